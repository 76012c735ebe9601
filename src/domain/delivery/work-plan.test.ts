/**
 * The work-plan rules on an invented plan: three tasks, the plan created 2024-01-01 with measures due
 * by 2027-12-31, task 2 serving a milestone due 2030-12-31 (so its measures may be due up to then);
 * an invented county 甲县 (999901) with its township 999901001 and school PA00000001; 999902001 is a
 * township of another county. Every expected value is worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { planSchema } from '../plan/plan.schema.ts';
import type { Plan } from '../plan/plan.types.ts';
import type { Measure, MeasureDraft, WorkPlanAction } from './delivery.types.ts';
import {
  decide,
  diffMeasures,
  taskInfos,
  validateMeasures,
  type MeasureRules,
  type PlanState,
} from './work-plan.ts';

const plan: Pick<Plan, 'tasks' | 'milestones' | 'period'> = {
  period: { createdOn: '2024-01-01', measuresDueBy: '2027-12-31' },
  milestones: [
    { id: 'm01-early', task: 1, title: '节点一', deadline: '2025-12-31' },
    { id: 'm02-late', task: 2, title: '节点二', deadline: '2030-12-31' },
  ] as Plan['milestones'],
  tasks: [
    {
      number: 1,
      section: '二(一)1',
      title: '任务一',
      action: '行动一',
      leadSection: '学前教育科',
      targets: ['T1'],
    },
    {
      number: 2,
      section: '二(一)2',
      title: '任务二',
      action: '行动一',
      leadSection: '教育督导科',
      leadSectionConfirmed: true,
      targets: ['T4'],
      milestones: ['m02-late'],
    },
    // Serves m01-early too (listed), though the milestone names task 1.
    { number: 3, section: '二(二)3', title: '任务三', action: '行动二', milestones: ['m01-early'] },
  ],
};

describe('taskInfos', () => {
  it('gives each task its section, targets, milestones (listed, then naming it) and the latest due date', () => {
    const tasks = taskInfos(plan);
    expect(tasks.map((t) => [t.number, t.leadSection, t.leadSectionConfirmed])).toEqual([
      [1, '学前教育科', false],
      [2, '教育督导科', true],
      [3, '', false],
    ]);
    // Task 1 lists none but m01-early names it; task 3 lists m01-early.
    expect(tasks.map((t) => t.milestoneIds)).toEqual([['m01-early'], ['m02-late'], ['m01-early']]);
    expect(tasks.map((t) => t.targetIds)).toEqual([['T1'], ['T4'], []]);
    // m01-early (2025) is before the horizon, so only task 2 runs to its milestone's 2030-12-31.
    expect(tasks.map((t) => t.dueBy)).toEqual(['2027-12-31', '2030-12-31', '2027-12-31']);
  });
});

describe('plan file: what a task serves', () => {
  const base = {
    id: 'test-plan',
    title: '测试方案',
    documentNumber: '测〔2024〕1号',
    issuer: ['测试局'],
    orgCode: '999900',
    targets: (['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'] as const).map((id) => ({
      id,
      title: id,
      shortTitle: id,
      threshold: 0.5,
      deadlineYear: 2027,
      baselineYear: 2023,
      scope: ['city'],
      indicator: { kind: 'notYetComputed', reason: '测试' },
      source: '测试',
    })),
    statusRules: { onTrackMaxGap: 0.02, lagMaxGap: 0.08 },
    milestones: [],
  };
  const issues = (input: unknown) => {
    const r = planSchema.safeParse(input);
    return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  };

  it('refuses an unknown milestone and an unknown target, naming the entry', () => {
    const task = { number: 1, section: 's', title: 't', action: 'a' };
    expect(issues({ ...base, tasks: [{ ...task, targets: ['T1'], milestones: ['m99-none'] }] })).toEqual([
      {
        path: 'tasks.0.milestones.0',
        message: '任务 1 服务的里程碑“m99-none”不存在（见 milestones 中的 id）',
      },
    ]);
    expect(issues({ ...base, tasks: [{ ...task, targets: ['T9'] }] })).toEqual([
      {
        path: 'tasks.0.targets.0',
        message: '任务服务的目标“T9”不存在，应为 T1、T2、T3、T4、T5、T6、T7 之一',
      },
    ]);
  });

  it('refuses a period that ends before it starts', () => {
    const found = issues({
      ...base,
      period: { createdOn: '2024-05-01', measuresDueBy: '2024-04-30' },
      tasks: [{ number: 1, section: 's', title: 't', action: 'a' }],
    });
    expect(found).toEqual([
      {
        path: 'period.measuresDueBy',
        message: '举措最晚完成日期“2024-04-30”不能早于方案印发日期“2024-05-01”',
      },
    ]);
  });
});

describe('decide (the states of a version)', () => {
  const table: Array<[PlanState, WorkPlanAction, string]> = [
    // [state, action, next state or "refused"]
    ['none', 'save', 'draft+new'],
    ['none', 'submit', 'refused'],
    ['none', 'approve', 'refused'],
    ['none', 'return', 'refused'],
    ['none', 'revise', 'refused'],
    ['draft', 'save', 'draft'],
    ['draft', 'submit', 'submitted'],
    ['draft', 'approve', 'refused'],
    ['draft', 'return', 'refused'],
    ['draft', 'revise', 'refused'],
    ['submitted', 'save', 'refused'],
    ['submitted', 'submit', 'refused'],
    ['submitted', 'approve', 'approved'],
    ['submitted', 'return', 'returned'],
    ['submitted', 'revise', 'refused'],
    ['returned', 'save', 'returned'],
    ['returned', 'submit', 'submitted'],
    ['returned', 'approve', 'refused'],
    ['returned', 'return', 'refused'],
    ['returned', 'revise', 'refused'],
    ['approved', 'save', 'refused'],
    ['approved', 'submit', 'refused'],
    ['approved', 'approve', 'refused'],
    ['approved', 'return', 'refused'],
    ['approved', 'revise', 'draft+new'],
  ];
  it.each(table)('%s + %s → %s', (state, action, expected) => {
    const d = decide(state, action, state === 'none' ? null : 2);
    const got = d.ok ? `${d.next}${d.newVersion ? '+new' : ''}` : 'refused';
    expect(got).toBe(expected);
  });

  it('names the version and the rule when refusing', () => {
    expect(decide('draft', 'approve', 1)).toEqual({
      ok: false,
      message: '第 1 版工作方案是草稿，尚未提交，不能批准',
    });
    expect(decide('submitted', 'save', 3)).toEqual({
      ok: false,
      message: '第 3 版工作方案已提交，等待市级审核，不能修改；如需修改请联系市级退回',
    });
    expect(decide('approved', 'return', 2)).toEqual({
      ok: false,
      message: '第 2 版工作方案已批准，不能退回',
    });
  });
});

describe('validateMeasures', () => {
  const units = new Map([
    ['999901', '甲县教育和体育局'],
    ['999901001', '镇1-1'],
    ['PA00000001', '甲县实验小学'],
  ]);
  const rules: MeasureRules = {
    tasks: taskInfos(plan),
    period: plan.period!,
    countyName: '甲县',
    ownerUnitName: (code) => units.get(code) ?? null,
    knownIds: new Set(['999901-001']),
  };
  const ok: MeasureDraft = {
    taskNumber: 1,
    title: '新建公办幼儿园',
    output: '新建公办幼儿园 2 所',
    outputTarget: 2,
    outputUnit: '所',
    ownerName: '王明',
    ownerUnitCode: '999901',
    dueDate: '2026-08-31',
  };
  const check = (m: Partial<MeasureDraft>) => validateMeasures([{ ...ok, ...m }], rules);

  it('accepts a complete measure, with or without a figure, owned by the county, a township or a school', () => {
    expect(check({})).toEqual([]);
    expect(check({ outputTarget: null, outputUnit: null, ownerUnitCode: '999901001' })).toEqual([]);
    expect(check({ ownerUnitCode: 'PA00000001', id: '999901-001' })).toEqual([]);
  });

  it('takes the first and last day of the period, and the later milestone for task 2', () => {
    expect(check({ dueDate: '2024-01-01' })).toEqual([]);
    expect(check({ dueDate: '2027-12-31' })).toEqual([]);
    expect(check({ taskNumber: 2, dueDate: '2030-12-31' })).toEqual([]);
  });

  it('refuses a due date before the plan was created or after its end', () => {
    expect(check({ dueDate: '2023-12-31' })).toEqual([
      {
        field: 'measures[0].dueDate',
        value: '2023-12-31',
        message: '第 1 条举措：完成期限“2023-12-31”早于方案印发日期 2024-01-01',
      },
    ]);
    expect(check({ dueDate: '2028-01-01' })[0]?.message).toBe(
      '第 1 条举措：完成期限“2028-01-01”晚于方案期限：服务任务 1 的举措应在 2027-12-31 前完成',
    );
    expect(check({ taskNumber: 2, dueDate: '2031-01-01' })[0]?.message).toBe(
      '第 1 条举措：完成期限“2031-01-01”晚于方案期限：服务任务 2 的举措应在 2030-12-31 前完成',
    );
    expect(check({ dueDate: '2026-02-30' })[0]?.message).toBe(
      '第 1 条举措：完成期限“2026-02-30”无效，应为 YYYY-MM-DD 格式的真实日期',
    );
  });

  it('refuses an owner unit outside the county, an unknown task, empty text and a figure without unit', () => {
    expect(check({ ownerUnitCode: '999902001' })).toEqual([
      {
        field: 'measures[0].ownerUnitCode',
        value: '999902001',
        message:
          '第 1 条举措：责任单位“999902001”不在甲县：应为本县（市、区）教育部门、本县的乡镇（街道）或本县的学校',
      },
    ]);
    expect(check({ taskNumber: 20 }).map((i) => i.field)).toEqual(['measures[0].taskNumber']);
    expect(check({ title: '   ' })).toEqual([
      { field: 'measures[0].title', value: '   ', message: '第 1 条举措：举措名称不能为空' },
    ]);
    expect(check({ outputUnit: null }).map((i) => i.message)).toEqual([
      '第 1 条举措：填写了产出目标值时须填写单位（如 所、个、人）',
    ]);
    expect(check({ outputTarget: -1 }).map((i) => i.field)).toEqual(['measures[0].outputTarget']);
  });

  it('refuses an id of another county and a repeated id, naming the row', () => {
    const issues = validateMeasures(
      [
        { ...ok, id: '999901-001' },
        { ...ok, id: '999901-001' },
        { ...ok, id: '999902-001' },
      ],
      rules,
    );
    expect(issues.map((i) => [i.field, i.message])).toEqual([
      ['measures[1].id', '第 2 条举措：举措编号“999901-001”重复（已是第 1 条）'],
      ['measures[2].id', '第 3 条举措：举措编号“999902-001”不是甲县的举措；新增举措不填编号'],
    ]);
  });
});

describe('diffMeasures', () => {
  const m = (id: string, over: Partial<Measure> = {}): Measure => ({
    id,
    countyCode: '999901',
    sinceVersion: 1,
    taskNumber: 1,
    title: `举措${id}`,
    output: '产出',
    outputTarget: null,
    outputUnit: null,
    ownerName: '王明',
    ownerUnitCode: '999901',
    ownerUnit: '甲县教育和体育局',
    dueDate: '2026-06-30',
    ...over,
  });

  it('lists added, removed and changed measures with each changed field; the owner unit by name', () => {
    const v1 = [m('a'), m('b'), m('c')];
    const v2 = [
      m('a'),
      m('c', { dueDate: '2026-12-31', ownerUnitCode: '999901001', ownerUnit: '镇1-1' }),
      m('d', { sinceVersion: 2 }),
    ];
    const diff = diffMeasures(v1, v2);
    expect(diff.added.map((x) => x.id)).toEqual(['d']);
    expect(diff.removed.map((x) => x.id)).toEqual(['b']);
    expect(diff.unchanged).toBe(1);
    expect(diff.changed).toEqual([
      {
        measure: v2[1],
        changes: [
          { field: 'ownerUnit', from: '甲县教育和体育局', to: '镇1-1' },
          { field: 'dueDate', from: '2026-06-30', to: '2026-12-31' },
        ],
      },
    ]);
  });

  it('finds nothing between a version and itself', () => {
    const v = [m('a'), m('b')];
    expect(diffMeasures(v, v)).toEqual({ added: [], removed: [], changed: [], unchanged: 2 });
  });
});
