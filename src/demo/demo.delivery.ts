/**
 * Demo work plans (演示数据) of Jining's 14 county-level units, deterministic from the seed: 6–15
 * measures each spread over the 19 tasks, owned by the county's education bureau, a township or a
 * school of the county, due 2025–2027. Most plans are approved (v1 in autumn 2024; one county revised
 * and had its v2 approved in autumn 2025). Waiting: one county's first plan, submitted late, and one
 * county's v2. 鱼台县 (370827, a demo county account) had its v2 returned with a comment; 任城区
 * (370811, the other demo county account) has a v2 draft that changes one measure, removes one and
 * adds one. Every county but the late one has approved measures, so the reporting demo can build its
 * progress reports on `demoApprovedMeasures` (pure, same input → same measures and ids).
 */
import type { Measure, WorkPlanAction, WorkPlanStatus } from '../domain/delivery/delivery.types.ts';
import { taskInfos } from '../domain/delivery/work-plan.ts';
import type { Plan } from '../domain/plan/plan.types.ts';
import type { Institution, OrgUnit, RunningType } from '../domain/registry/registry.types.ts';
import { Rng } from './rng.ts';

type OwnerKind = 'bureau' | 'township' | RunningType[];

interface Template {
  task: number;
  title: string;
  /** `{n}` is replaced by the figure when there is one. */
  output: string;
  /** [min, max] of the figure and its unit; absent: a measure without a figure. */
  figure?: [number, number, string];
  owner: OwnerKind;
  /** The year it is due (month and day drawn). */
  years: [number, number];
}

const KG: RunningType[] = ['111'];
const PRIMARY: RunningType[] = ['211', '312'];
const JUNIOR: RunningType[] = ['311', '312'];
const HIGH: RunningType[] = ['342', '341', '345'];
const SPECIAL: RunningType[] = ['511', '512', '513', '514'];

/** Two or three measures a county would write for each task. */
const TEMPLATES: Template[] = [
  {
    task: 1,
    title: '新建改扩建公办幼儿园',
    output: '新建改扩建公办幼儿园，新增公办学位 {n} 个',
    figure: [270, 1080, '个学位'],
    owner: 'bureau',
    years: [2025, 2026],
  },
  {
    task: 1,
    title: '小区配套幼儿园治理',
    output: '完成 {n} 所小区配套幼儿园移交并办成公办园',
    figure: [1, 4, '所'],
    owner: 'bureau',
    years: [2025, 2026],
  },
  {
    task: 2,
    title: '省一类幼儿园创建',
    output: '新增省一类及以上幼儿园 {n} 所',
    figure: [2, 8, '所'],
    owner: KG,
    years: [2025, 2027],
  },
  {
    task: 2,
    title: '幼儿园结对帮扶',
    output: '优质园与薄弱园结对 {n} 对，开展联合教研',
    figure: [5, 20, '对'],
    owner: KG,
    years: [2025, 2026],
  },
  {
    task: 3,
    title: '镇村幼儿园一体化管理',
    output: '中心园对村园实行人财物一体化管理，覆盖 {n} 所村园',
    figure: [6, 30, '所'],
    owner: 'township',
    years: [2025, 2025],
  },
  {
    task: 4,
    title: '幼小科学衔接实验',
    output: '建设幼小衔接实验园 {n} 所，形成双向衔接方案',
    figure: [2, 6, '所'],
    owner: KG,
    years: [2025, 2026],
  },
  {
    task: 4,
    title: '保教质量评估',
    output: '完成全部幼儿园保育教育质量自评和县级督导评估',
    owner: 'bureau',
    years: [2025, 2026],
  },
  {
    task: 5,
    title: '中小学布局规划修编',
    output: '编制县域中小学布局专项规划（2025—2030年）并经政府批准',
    owner: 'bureau',
    years: [2025, 2025],
  },
  {
    task: 5,
    title: '学位缺口学校扩容',
    output: '新建改扩建中小学 {n} 所，新增学位',
    figure: [1, 4, '所'],
    owner: 'bureau',
    years: [2025, 2027],
  },
  {
    task: 6,
    title: '强校扩优集团化办学',
    output: '组建教育集团 {n} 个，覆盖成员校',
    figure: [2, 6, '个'],
    owner: PRIMARY,
    years: [2025, 2026],
  },
  {
    task: 6,
    title: '新优质学校培育',
    output: '培育县级新优质学校 {n} 所',
    figure: [3, 10, '所'],
    owner: JUNIOR,
    years: [2025, 2027],
  },
  {
    task: 7,
    title: '强镇筑基试点',
    output: '镇驻地学校纳入强镇筑基试点，带动镇域学校提升',
    owner: 'township',
    years: [2025, 2025],
  },
  {
    task: 7,
    title: '乡镇驻地学校办学条件达标',
    output: '{n} 所乡镇驻地学校达到省定II类以上办学条件标准',
    figure: [2, 8, '所'],
    owner: 'bureau',
    years: [2026, 2027],
  },
  {
    task: 7,
    title: '寄宿制学校达标提升',
    output: '完成 {n} 所寄宿制学校宿舍、食堂改造',
    figure: [1, 5, '所'],
    owner: JUNIOR,
    years: [2025, 2026],
  },
  {
    task: 8,
    title: '优质均衡发展县创建规划',
    output: '编制义务教育优质均衡发展县创建规划，明确补短板清单和年度任务',
    owner: 'bureau',
    years: [2025, 2025],
  },
  {
    task: 8,
    title: '校际差异系数达标',
    output: '小学、初中综合差异系数分别降至 0.50、0.45 以下',
    owner: 'bureau',
    years: [2026, 2027],
  },
  {
    task: 9,
    title: '公办普通高中扩容',
    output: '公办普通高中新增学位 {n} 个',
    figure: [300, 1500, '个学位'],
    owner: HIGH,
    years: [2025, 2027],
  },
  {
    task: 10,
    title: '高中办学质量评价',
    output: '全部普通高中完成市级办学质量评价并公布问题清单',
    owner: HIGH,
    years: [2025, 2026],
  },
  {
    task: 11,
    title: '特色高中创建',
    output: '创建省市特色高中 {n} 所',
    figure: [1, 2, '所'],
    owner: HIGH,
    years: [2026, 2027],
  },
  {
    task: 11,
    title: '学科基地建设',
    output: '建设市级学科基地 {n} 个',
    figure: [1, 3, '个'],
    owner: HIGH,
    years: [2025, 2027],
  },
  {
    task: 12,
    title: '县中振兴',
    output: '薄弱高中与优质高中结对帮扶，建成优质公办县中 1 所',
    owner: HIGH,
    years: [2026, 2027],
  },
  {
    task: 13,
    title: '乡镇特殊教育资源中心',
    output: '依托中心小学或初中建成乡镇（街道）特殊教育资源中心 {n} 个',
    figure: [3, 12, '个'],
    owner: 'bureau',
    years: [2025, 2025],
  },
  {
    task: 13,
    title: '孤独症儿童教育',
    output: '特殊教育学校开设孤独症儿童班 {n} 个',
    figure: [1, 2, '个'],
    owner: SPECIAL,
    years: [2025, 2026],
  },
  {
    task: 14,
    title: '特教学校附设学前部和职教部',
    output: '特殊教育学校附设学前教育部（班）和中等职业教育部（班）',
    owner: SPECIAL,
    years: [2025, 2025],
  },
  {
    task: 14,
    title: '特教学校办学质量达标',
    output: '特殊教育学校通过办学质量达标评价',
    owner: SPECIAL,
    years: [2025, 2025],
  },
  {
    task: 15,
    title: '特教生均公用经费',
    output: '义务教育阶段特殊教育生均公用经费拨款标准提高至 {n} 元',
    figure: [9000, 9000, '元'],
    owner: 'bureau',
    years: [2025, 2025],
  },
  {
    task: 15,
    title: '送教上门一生一案',
    output: '为 {n} 名送教上门学生制定“一生一案”，每生每学年送教不少于 216 课时',
    figure: [20, 80, '人'],
    owner: SPECIAL,
    years: [2025, 2026],
  },
  {
    task: 16,
    title: '思政金课评选',
    output: '评选思政“金课” {n} 节并在全县推广',
    figure: [10, 30, '节'],
    owner: 'bureau',
    years: [2025, 2026],
  },
  {
    task: 16,
    title: '近视防控',
    output: '中小学生总体近视率较 2023 年下降 {n} 个百分点',
    figure: [1, 3, '个百分点'],
    owner: 'bureau',
    years: [2026, 2027],
  },
  {
    task: 17,
    title: '强课提质行动',
    output: '开展高效课堂达标活动，覆盖 {n} 所学校',
    figure: [20, 80, '所'],
    owner: PRIMARY,
    years: [2025, 2026],
  },
  {
    task: 17,
    title: '教学改革项目培育',
    output: '立项培育县级教学改革项目 {n} 项',
    figure: [5, 15, '项'],
    owner: 'bureau',
    years: [2025, 2027],
  },
  {
    task: 18,
    title: '阳光招生',
    output: '义务教育招生入学全流程网上办理，公民同招落实到位',
    owner: 'bureau',
    years: [2025, 2025],
  },
  {
    task: 18,
    title: '一二年级乐考',
    output: '全部小学一二年级实行“乐考”',
    owner: PRIMARY,
    years: [2025, 2026],
  },
  {
    task: 19,
    title: '家长学校建设',
    output: '建成标准化家长学校 {n} 所',
    figure: [20, 60, '所'],
    owner: 'bureau',
    years: [2025, 2027],
  },
  {
    task: 19,
    title: '研学实践基地认定',
    output: '认定县级中小学生研学基地（营地） {n} 个',
    figure: [2, 6, '个'],
    owner: 'bureau',
    years: [2025, 2026],
  },
];

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '孙',
  '周',
  '吴',
  '徐',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '高',
  '林',
  '孔',
  '颜',
];
const GIVEN = [
  '建国',
  '志强',
  '海燕',
  '丽娟',
  '明',
  '伟',
  '静',
  '磊',
  '秀英',
  '红梅',
  '国庆',
  '玉兰',
  '晓东',
  '文博',
  '春雷',
  '桂芝',
  '振华',
  '雪梅',
  '庆华',
  '立新',
];

/** The state the demo gives each county's plan. */
export type DemoPlanScenario =
  'approved' | 'approvedV2' | 'submitted' | 'v2Submitted' | 'v2Returned' | 'v2Draft';

export interface DemoPlanVersion {
  version: number;
  state: WorkPlanStatus;
  basedOnVersion: number | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  decisionComment: string | null;
  measures: Measure[];
}

export interface DemoPlanEvent {
  version: number;
  action: WorkPlanAction;
  fromState: WorkPlanStatus | 'none';
  toState: WorkPlanStatus;
  actor: string;
  comment: string | null;
  at: string;
  /** Measures submitted or decided (the writer stores them with the event). */
  withMeasures: boolean;
}

export interface DemoWorkPlan {
  countyCode: string;
  scenario: DemoPlanScenario;
  versions: DemoPlanVersion[];
  events: DemoPlanEvent[];
  /** The measure identities: id, sequence and first version. */
  identities: Array<{ id: string; seq: number; firstVersion: number; createdAt: string }>;
}

export interface DemoDeliveryInput {
  seed: number;
  now: Date;
  plan: Pick<Plan, 'tasks' | 'milestones' | 'period'>;
  orgUnits: readonly OrgUnit[];
  institutions: readonly Institution[];
}

/** Fixed scenarios for the demo's county accounts; the rest drawn. */
const FIXED: Record<string, DemoPlanScenario> = { '370811': 'v2Draft', '370827': 'v2Returned' };

/** The demo's county accounts (app/demo/demo-accounts.ts) act for their counties. */
const DEMO_COUNTY_USERS: Record<string, string> = { '370811': 'rencheng', '370827': 'yutai' };

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

function bureau(county: OrgUnit): string {
  return county.countyKind === 'zone' ? `${county.name}教育主管部门` : `${county.name}教育和体育局`;
}

/** Every county-level unit's demo work plan, by county code. */
export function demoWorkPlans(input: DemoDeliveryInput): DemoWorkPlan[] {
  const root = new Rng(input.seed).fork('delivery');
  const counties = input.orgUnits
    .filter((u) => u.level === 'county')
    .sort((a, b) => a.code.localeCompare(b.code));
  const tasks = new Map(taskInfos(input.plan).map((t) => [t.number, t]));
  const templates = TEMPLATES.filter((t) => tasks.has(t.task));
  const drawn = root.fork('scenarios').shuffle(counties.filter((c) => !(c.code in FIXED)).map((c) => c.code));
  const scenarioOf = (code: string): DemoPlanScenario =>
    FIXED[code] ?? (['submitted', 'v2Submitted', 'approvedV2'] as const)[drawn.indexOf(code)] ?? 'approved';
  const nowMs = input.now.getTime();
  const dueBy = (task: number) => tasks.get(task)!.dueBy;
  const createdOn = input.plan.period?.createdOn ?? '2024-01-01';

  return counties.map((county, ci) => {
    const rng = root.fork(county.code);
    const scenario = scenarioOf(county.code);
    const townships = input.orgUnits.filter((u) => u.parentCode === county.code && u.level === 'township');
    const schools = input.institutions.filter((i) => i.countyCode === county.code);
    const countyUser = DEMO_COUNTY_USERS[county.code] ?? `county-${county.code}`;
    const cityUser = 'city';
    const person = () => `${rng.pick(SURNAMES)}${rng.pick(GIVEN)}`;
    const owner = (kind: OwnerKind): { code: string; name: string } => {
      if (kind === 'township' && townships.length > 0) {
        const t = rng.pick(townships);
        return { code: t.code, name: t.name };
      }
      if (Array.isArray(kind)) {
        const fit = schools.filter((s) => kind.includes(s.runningType));
        if (fit.length > 0) {
          const s = rng.pick(fit);
          return { code: s.code, name: s.name };
        }
      }
      return { code: county.code, name: bureau(county) };
    };
    const dueDate = (t: Template): string => {
      const year = rng.int(t.years[0], t.years[1]);
      const [m, d] = rng.pick([
        ['06', '30'],
        ['08', '31'],
        ['10', '31'],
        ['12', '31'],
      ] as const);
      const date = `${year}-${m}-${d}`;
      const latest = dueBy(t.task);
      return date > latest ? latest : date < createdOn ? createdOn : date;
    };
    let seq = 0;
    const identities: DemoWorkPlan['identities'] = [];
    const makeMeasure = (t: Template, version: number, at: string): Measure => {
      seq += 1;
      const id = `${county.code}-${String(seq).padStart(3, '0')}`;
      identities.push({ id, seq, firstVersion: version, createdAt: at });
      const figure = t.figure ? rng.int(t.figure[0], t.figure[1]) : null;
      const unit = owner(t.owner);
      return {
        id,
        countyCode: county.code,
        sinceVersion: version,
        taskNumber: t.task,
        title: t.title,
        output: t.output.replace('{n}', String(figure ?? '')),
        outputTarget: figure,
        outputUnit: t.figure ? t.figure[2] : null,
        ownerName: person(),
        ownerUnitCode: unit.code,
        ownerUnit: unit.name,
        dueDate: dueDate(t),
      };
    };

    // v1: drafted in autumn 2024, a few days apart per county.
    const v1Created = Date.parse('2024-09-20T01:30:00Z') + ci * 3 * DAY + rng.int(0, 2) * DAY;
    const count = rng.int(6, 15);
    const chosen = rng
      .shuffle(templates)
      .slice(0, count)
      .sort((a, b) => a.task - b.task);
    const v1Measures = chosen.map((t) => makeMeasure(t, 1, iso(v1Created)));
    const versions: DemoPlanVersion[] = [];
    const events: DemoPlanEvent[] = [];
    const ev = (e: Omit<DemoPlanEvent, 'withMeasures'>) =>
      events.push({ ...e, withMeasures: e.action !== 'save' && e.action !== 'revise' });

    // A county late with its first plan submitted it recently; the others in the autumn of 2024.
    const pending = scenario === 'submitted';
    const submitted = pending ? nowMs - rng.int(3, 20) * DAY : v1Created + rng.int(5, 15) * DAY;
    const created = pending ? submitted - rng.int(5, 20) * DAY : v1Created;
    const decided = submitted + rng.int(3, 12) * DAY;
    ev({
      version: 1,
      action: 'save',
      fromState: 'none',
      toState: 'draft',
      actor: countyUser,
      comment: null,
      at: iso(created),
    });
    ev({
      version: 1,
      action: 'submit',
      fromState: 'draft',
      toState: 'submitted',
      actor: countyUser,
      comment: null,
      at: iso(submitted),
    });
    const v1: DemoPlanVersion = {
      version: 1,
      state: 'submitted',
      basedOnVersion: null,
      createdBy: countyUser,
      createdAt: iso(created),
      updatedAt: iso(submitted),
      submittedAt: iso(submitted),
      decidedAt: null,
      decidedBy: null,
      decisionComment: null,
      measures: v1Measures,
    };
    versions.push(v1);
    if (!pending) {
      Object.assign(v1, {
        state: 'approved',
        updatedAt: iso(decided),
        decidedAt: iso(decided),
        decidedBy: cityUser,
      });
      ev({
        version: 1,
        action: 'approve',
        fromState: 'submitted',
        toState: 'approved',
        actor: cityUser,
        comment: null,
        at: iso(decided),
      });
    }

    if (scenario !== 'approved' && scenario !== 'submitted') {
      // A revision in autumn 2025 (approvedV2) or in the last weeks (the others): one measure
      // changed, one removed, one added; the rest kept as they were.
      const revised =
        scenario === 'approvedV2'
          ? Date.parse('2025-09-15T02:00:00Z') + ci * DAY
          : nowMs - (scenario === 'v2Draft' ? rng.int(2, 6) : rng.int(15, 25)) * DAY;
      const kept = v1.measures.slice();
      const removedAt = rng.int(0, kept.length - 1);
      kept.splice(removedAt, 1);
      const changedAt = rng.int(0, kept.length - 1);
      const c = kept[changedAt]!;
      const later =
        c.dueDate.slice(0, 4) < '2027'
          ? `${Number(c.dueDate.slice(0, 4)) + 1}${c.dueDate.slice(4)}`
          : c.dueDate;
      kept[changedAt] = {
        ...c,
        dueDate: later > dueBy(c.taskNumber) ? dueBy(c.taskNumber) : later,
        ...(c.outputTarget !== null
          ? {
              outputTarget: c.outputTarget + 1,
              output: c.output.replace(String(c.outputTarget), String(c.outputTarget + 1)),
            }
          : {}),
      };
      const unused = templates.filter((t) => !chosen.includes(t));
      const added = makeMeasure(rng.pick(unused), 2, iso(revised));
      const v2Measures = [...kept, added].sort((a, b) => a.taskNumber - b.taskNumber);
      ev({
        version: 2,
        action: 'revise',
        fromState: 'none',
        toState: 'draft',
        actor: countyUser,
        comment: null,
        at: iso(revised),
      });
      ev({
        version: 2,
        action: 'save',
        fromState: 'draft',
        toState: 'draft',
        actor: countyUser,
        comment: null,
        at: iso(revised + DAY / 24),
      });
      const v2: DemoPlanVersion = {
        version: 2,
        state: 'draft',
        basedOnVersion: 1,
        createdBy: countyUser,
        createdAt: iso(revised),
        updatedAt: iso(revised + DAY / 24),
        submittedAt: null,
        decidedAt: null,
        decidedBy: null,
        decisionComment: null,
        measures: v2Measures,
      };
      if (scenario !== 'v2Draft') {
        const s2 = revised + (scenario === 'approvedV2' ? 2 : rng.int(3, 6)) * DAY;
        ev({
          version: 2,
          action: 'submit',
          fromState: 'draft',
          toState: 'submitted',
          actor: countyUser,
          comment: null,
          at: iso(s2),
        });
        Object.assign(v2, { state: 'submitted', updatedAt: iso(s2), submittedAt: iso(s2) });
        const d2 = s2 + (scenario === 'approvedV2' ? 5 : 2) * DAY;
        if (scenario === 'approvedV2') {
          ev({
            version: 2,
            action: 'approve',
            fromState: 'submitted',
            toState: 'approved',
            actor: cityUser,
            comment: null,
            at: iso(d2),
          });
          Object.assign(v2, {
            state: 'approved',
            updatedAt: iso(d2),
            decidedAt: iso(d2),
            decidedBy: cityUser,
          });
        } else if (scenario === 'v2Returned') {
          const comment = `新增的 ${added.id} 条举措请写明可衡量的产出和数量；调整完成期限的举措请说明原因`;
          ev({
            version: 2,
            action: 'return',
            fromState: 'submitted',
            toState: 'returned',
            actor: cityUser,
            comment,
            at: iso(d2),
          });
          Object.assign(v2, {
            state: 'returned',
            updatedAt: iso(d2),
            decidedAt: iso(d2),
            decidedBy: cityUser,
            decisionComment: comment,
          });
        }
      }
      versions.push(v2);
    }
    return { countyCode: county.code, scenario, versions, events, identities };
  });
}

/**
 * The measures of each county's approved plan (v2 where it was approved, else v1; none for the
 * plans still waiting or returned) — what progress reports attach to.
 */
export function demoApprovedMeasures(plans: readonly DemoWorkPlan[]): Measure[] {
  return plans.flatMap((p) => p.versions.filter((v) => v.state === 'approved').at(-1)?.measures ?? []);
}
