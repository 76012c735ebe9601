/**
 * The rules of the counties' work plans (工作方案), pure: the tasks as the delivery area reads them,
 * the plan's period, the state machine of a version (draft → submitted → approved, or returned and
 * resubmitted; a revision starts a new version from the approved one), the checks of a measure list
 * and the difference between two versions.
 */
import { isIsoDate } from '../plan/plan.schema.ts';
import type { Plan, PlanPeriod } from '../plan/plan.types.ts';
import type {
  FieldChange,
  Measure,
  MeasureDraft,
  MeasureFields,
  MeasureIssue,
  TaskInfo,
  WorkPlanAction,
  WorkPlanDiff,
  WorkPlanStatus,
} from './delivery.types.ts';

/** A plan file without a period: any date of the plan file's range. */
const OPEN_PERIOD: PlanPeriod = { createdOn: '2000-01-01', measuresDueBy: '2100-12-31' };

export function planPeriod(plan: Pick<Plan, 'period'>): PlanPeriod {
  return plan.period ?? OPEN_PERIOD;
}

/**
 * The tasks with what they serve. A task's milestones: those it lists, then those naming it as their
 * task (plan order); its measures may be due up to the later of the plan's horizon and the latest of
 * those milestones (decision 0016: task 8 serves m08, due 2030-12-31).
 */
export function taskInfos(plan: Pick<Plan, 'tasks' | 'milestones' | 'period'>): TaskInfo[] {
  const period = planPeriod(plan);
  const deadline = new Map(plan.milestones.map((m) => [m.id, m.deadline]));
  return plan.tasks.map((t) => {
    const ids = [...(t.milestones ?? [])];
    for (const m of plan.milestones) if (m.task === t.number && !ids.includes(m.id)) ids.push(m.id);
    let dueBy = period.measuresDueBy;
    for (const id of ids) {
      const d = deadline.get(id);
      if (d !== undefined && d > dueBy) dueBy = d;
    }
    return {
      number: t.number,
      section: t.section,
      title: t.title,
      action: t.action,
      leadSection: t.leadSection ?? '',
      leadSectionConfirmed: t.leadSectionConfirmed ?? false,
      targetIds: [...(t.targets ?? [])],
      milestoneIds: ids,
      dueBy,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// States

/** The latest version's state, or none before a county's first save. */
export type PlanState = WorkPlanStatus | 'none';

export type Decision =
  { ok: true; next: WorkPlanStatus; newVersion: boolean } | { ok: false; message: string };

export const STATUS_LABELS: Record<PlanState, string> = {
  none: '未编制',
  draft: '草稿',
  submitted: '已提交待审核',
  approved: '已批准',
  returned: '已退回',
};

export const ACTION_LABELS: Record<WorkPlanAction, string> = {
  save: '保存草稿',
  submit: '提交',
  approve: '批准',
  return: '退回',
  revise: '新建修订版本',
};

/**
 * What `action` does to a county's plan whose latest version is in `state` (of `version`):
 *  - save: none → draft (the first version); draft and returned stay as they are (a returned
 *    version keeps its state, with the city's comment, until it is resubmitted).
 *  - submit: draft, returned → submitted.   - approve, return: submitted → approved, returned.
 *  - revise: approved → a new draft version starting from the approved one.
 * Everything else is refused with the rule in Chinese.
 */
export function decide(state: PlanState, action: WorkPlanAction, version: number | null): Decision {
  const v = version === null ? '' : `第 ${version} 版`;
  const refuse = (message: string): Decision => ({ ok: false, message });
  switch (action) {
    case 'save':
      if (state === 'none') return { ok: true, next: 'draft', newVersion: true };
      if (state === 'draft' || state === 'returned') return { ok: true, next: state, newVersion: false };
      if (state === 'submitted')
        return refuse(`${v}工作方案已提交，等待市级审核，不能修改；如需修改请联系市级退回`);
      return refuse(`${v}工作方案已批准，不能修改；请先新建修订版本`);
    case 'submit':
      if (state === 'draft' || state === 'returned')
        return { ok: true, next: 'submitted', newVersion: false };
      if (state === 'none') return refuse('尚未编制工作方案，不能提交');
      if (state === 'submitted') return refuse(`${v}工作方案已提交，不能重复提交`);
      return refuse(`${v}工作方案已批准，不能再提交；如需调整请新建修订版本`);
    case 'approve':
    case 'return': {
      const verb = action === 'approve' ? '批准' : '退回';
      if (state === 'submitted') {
        return { ok: true, next: action === 'approve' ? 'approved' : 'returned', newVersion: false };
      }
      if (state === 'none') return refuse(`该县尚未编制工作方案，不能${verb}`);
      if (state === 'draft') return refuse(`${v}工作方案是草稿，尚未提交，不能${verb}`);
      if (state === 'returned') return refuse(`${v}工作方案已退回县级修改，尚未重新提交，不能${verb}`);
      return refuse(`${v}工作方案已批准，不能${action === 'approve' ? '重复批准' : '退回'}`);
    }
    case 'revise':
      if (state === 'approved') return { ok: true, next: 'draft', newVersion: true };
      if (state === 'none') return refuse('尚无已批准的工作方案，不能新建修订版本；请直接编制');
      return refuse(`${v}工作方案${STATUS_LABELS[state]}，尚未批准，不能新建修订版本；请在当前版本上修改`);
  }
}

// ---------------------------------------------------------------------------------------------
// Measures

export const LIMITS = {
  measures: 60,
  title: 100,
  output: 300,
  outputUnit: 20,
  ownerName: 30,
  comment: 500,
} as const;

export interface MeasureRules {
  tasks: readonly Pick<TaskInfo, 'number' | 'dueBy'>[];
  period: PlanPeriod;
  countyName: string;
  /** The unit's name when `code` is the county itself, or a township or school inside it; else null. */
  ownerUnitName(code: string): string | null;
  /** Ids the county's measures have (any version): a draft may keep only these. */
  knownIds: ReadonlySet<string>;
}

const quote = (v: unknown) => `“${String(v)}”`;

/**
 * Every problem of a measure list (nothing is saved unless there is none), each naming the field
 * (`measures[i].dueDate`), the value and the rule. Text is compared trimmed.
 */
export function validateMeasures(drafts: readonly MeasureDraft[], rules: MeasureRules): MeasureIssue[] {
  const issues: MeasureIssue[] = [];
  const dueBy = new Map(rules.tasks.map((t) => [t.number, t.dueBy]));
  if (drafts.length > LIMITS.measures) {
    issues.push({
      field: 'measures',
      value: drafts.length,
      message: `一份工作方案最多 ${LIMITS.measures} 条举措，实际 ${drafts.length} 条`,
    });
  }
  const seen = new Map<string, number>();
  drafts.forEach((m, i) => {
    const at = `第 ${i + 1} 条举措`;
    const add = (field: keyof MeasureDraft, value: unknown, message: string) =>
      issues.push({ field: `measures[${i}].${field}`, value, message: `${at}：${message}` });
    if (m.id !== undefined) {
      const first = seen.get(m.id);
      if (first !== undefined) add('id', m.id, `举措编号${quote(m.id)}重复（已是第 ${first + 1} 条）`);
      else seen.set(m.id, i);
      if (!rules.knownIds.has(m.id)) {
        add('id', m.id, `举措编号${quote(m.id)}不是${rules.countyName}的举措；新增举措不填编号`);
      }
    }
    if (!dueBy.has(m.taskNumber)) {
      add(
        'taskNumber',
        m.taskNumber,
        `服务的任务${quote(m.taskNumber)}不存在，应为方案的任务 1–${rules.tasks.length} 之一`,
      );
    }
    const text = (field: 'title' | 'output' | 'ownerName', label: string, max: number) => {
      const v = m[field].trim();
      if (v === '') add(field, m[field], `${label}不能为空`);
      else if (v.length > max) add(field, m[field], `${label}不能超过 ${max} 个字，实际 ${v.length} 个字`);
    };
    text('title', '举措名称', LIMITS.title);
    text('output', '可衡量的产出', LIMITS.output);
    text('ownerName', '责任人', LIMITS.ownerName);
    if (m.outputTarget !== null) {
      if (!Number.isFinite(m.outputTarget) || m.outputTarget < 0) {
        add('outputTarget', m.outputTarget, `产出目标值应为不小于 0 的数，实际为${quote(m.outputTarget)}`);
      }
      if (m.outputUnit === null || m.outputUnit.trim() === '') {
        add('outputUnit', m.outputUnit, '填写了产出目标值时须填写单位（如 所、个、人）');
      }
    } else if (m.outputUnit !== null && m.outputUnit.trim() !== '') {
      add('outputUnit', m.outputUnit, '填写了单位时须填写产出目标值');
    }
    if (m.outputUnit !== null && m.outputUnit.trim().length > LIMITS.outputUnit) {
      add('outputUnit', m.outputUnit, `单位不能超过 ${LIMITS.outputUnit} 个字`);
    }
    if (rules.ownerUnitName(m.ownerUnitCode) === null) {
      add(
        'ownerUnitCode',
        m.ownerUnitCode,
        `责任单位${quote(m.ownerUnitCode)}不在${rules.countyName}：应为本县（市、区）教育部门、本县的乡镇（街道）或本县的学校`,
      );
    }
    if (!isIsoDate(m.dueDate)) {
      add('dueDate', m.dueDate, `完成期限${quote(m.dueDate)}无效，应为 YYYY-MM-DD 格式的真实日期`);
    } else if (m.dueDate < rules.period.createdOn) {
      add('dueDate', m.dueDate, `完成期限${quote(m.dueDate)}早于方案印发日期 ${rules.period.createdOn}`);
    } else {
      const latest = dueBy.get(m.taskNumber);
      if (latest !== undefined && m.dueDate > latest) {
        add(
          'dueDate',
          m.dueDate,
          `完成期限${quote(m.dueDate)}晚于方案期限：服务任务 ${m.taskNumber} 的举措应在 ${latest} 前完成`,
        );
      }
    }
  });
  return issues;
}

/** A draft's text as stored: trimmed, an empty unit as null. */
export function normaliseDraft(m: MeasureDraft): MeasureDraft {
  const unit = m.outputUnit?.trim() ?? '';
  return {
    ...m,
    title: m.title.trim(),
    output: m.output.trim(),
    ownerName: m.ownerName.trim(),
    outputUnit: unit === '' ? null : unit,
  };
}

// ---------------------------------------------------------------------------------------------
// Differences between versions

const COMPARED: ReadonlyArray<Exclude<keyof MeasureFields, 'ownerUnit'>> = [
  'taskNumber',
  'title',
  'output',
  'outputTarget',
  'outputUnit',
  'ownerName',
  'ownerUnitCode',
  'dueDate',
];

function fieldChanges(a: MeasureFields, b: MeasureFields): FieldChange[] {
  const out: FieldChange[] = [];
  for (const f of COMPARED) {
    if (a[f] === b[f]) continue;
    // A unit is shown by its name; its code is what is compared.
    if (f === 'ownerUnitCode') out.push({ field: 'ownerUnit', from: a.ownerUnit, to: b.ownerUnit });
    else out.push({ field: f, from: a[f], to: b[f] });
  }
  return out;
}

/** What changed from version `older` to version `newer` of one county's plan (by measure id). */
export function diffMeasures(older: readonly Measure[], newer: readonly Measure[]): WorkPlanDiff {
  const before = new Map(older.map((m) => [m.id, m]));
  const after = new Set(newer.map((m) => m.id));
  const diff: WorkPlanDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const m of newer) {
    const old = before.get(m.id);
    if (!old) {
      diff.added.push(m);
      continue;
    }
    const changes = fieldChanges(old, m);
    if (changes.length === 0) diff.unchanged += 1;
    else diff.changed.push({ measure: m, changes });
  }
  for (const m of older) if (!after.has(m.id)) diff.removed.push(m);
  return diff;
}
