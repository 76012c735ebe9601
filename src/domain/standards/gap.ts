/**
 * Gap to pass (达标差距): for a county that fails, a small concrete set of changes that makes every
 * COMPUTABLE rule pass, and applyGapPlan, which applies such a plan to the input (pure).
 *
 * Greedy, in this order, re-evaluating between steps (at most MAX_ROUNDS rounds):
 * 0. School size (优质均衡): a school over its limit gets a new campus that takes whole classes
 *    (largest first) and the same share of its teachers; the new campus's buildings and equipment
 *    start at zero and are planned by step 1 (they have to be built).
 * 1. Each failing school section's 6-of-7 rule, cheapest first: every unmet indicator is raised to
 *    its threshold, except the (7 − minMet) with the largest saving, which are only raised to
 *    floorShare × threshold. L1 and L2 are first met by upgrading existing teachers (学历提升,
 *    骨干认定; bounded by the teachers who lack it) and only then by hiring, unless configured costs
 *    say otherwise. New hires count as certified and, conservatively, only in the field they are
 *    hired for (a PE teacher is not counted as above the required qualification).
 * 2. Each failing CV: repeatedly the action with the best CV reduction per cost (per unit when costs
 *    are not configured) at a school below the weighted mean, in chunks of a quarter of that school's
 *    gap to the mean (at least one unit); the last chunk is trimmed to the smallest amount that reaches
 *    the limit. Raising the lowest schools is what this selects: the variance falls by
 *    2(X̄ − X_i)/P per unit added to school i, independent of its size.
 * 3. Government-guarantee items: oversized classes split (ceil(size ÷ limit) classes each, fewest extra
 *    classes first when the required share is below 1), teachers certified (schools with the most
 *    uncertified first), N more rotated teachers incl. M backbone, special-education funding raised.
 * 普及普惠: new public places for 毛入园率; kindergartens converted to public for the public share and
 * private ones recognised as 普惠 for coverage (largest first, so the fewest); teachers added where
 * the ratio is worst; oversized classes split; teachers certified.
 *
 * Costs: UnitCosts from the rule pack, overridden by the `unitCosts` argument. Where every candidate
 * action has a configured cost, the planner compares yuan; otherwise it compares units (normalised by
 * the requirement when comparing different indicators of a school) and the item's cost is null.
 * Judgement items cannot be planned: they are listed as 需评估员认定. Missing county inputs are listed.
 */
import {
  atLeast,
  computableVerdict,
  cvAmount,
  evaluateCounty,
  evaluateSchoolSection,
  exclusionOf,
  fmt,
  KG_GRADE_NAMES,
  pct,
  schoolLabel,
  SECTION_NAMES,
} from './evaluate.ts';
import type {
  CompulsoryBalancedPack,
  CountyEvaluation,
  CountyEvaluationInput,
  CountyInputs,
  GapActionKind,
  GapEffect,
  GapPlan,
  GapPlanItem,
  IndicatorDef,
  KindergartenGrade,
  KindergartenInput,
  PreschoolUniversalPack,
  ResourceField,
  RulePackSet,
  SchoolSectionInput,
  Section,
  SectionNumericField,
  StandardId,
  UnitCosts,
  Verdict,
} from './standards.types.ts';
import { KINDERGARTEN_OWNERSHIP_NAMES, SECTIONS } from './standards.types.ts';

const MAX_ROUNDS = 4;
/** Share of a school's gap to the weighted mean added per CV step. */
const CV_CHUNK_SHARE = 0.25;
/** Stop a CV this far below its limit, so that the evaluator's figure is safely within it. */
const CV_MARGIN = 1e-7;
const MAX_CV_STEPS = 200_000;

// ---------------------------------------------------------------------------------------------
// Small helpers

/** ceil that ignores floating-point noise below 1e-9 (14.000000000002 → 14). */
const ceilTol = (x: number): number => Math.ceil(x - 1e-9);

/** x rounded up to a multiple of `step`. */
const roundUp = (x: number, step: number): number => ceilTol(x / step) * step;

const money = (n: number): string => `¥${Math.round(n).toLocaleString('en-US')}`;

const rowLabel = schoolLabel;

function cloneInput(input: CountyEvaluationInput): CountyEvaluationInput {
  return {
    ...input,
    schools: input.schools.map((s) => ({ ...s, classSizes: [...s.classSizes] })),
    kindergartens: input.kindergartens.map((k) => ({ ...k, classes: k.classes.map((c) => ({ ...c })) })),
    inputs: { ...input.inputs },
    judgements: input.judgements.map((j) => ({ ...j })),
  };
}

/** `size` split into `into` near-equal parts, larger first: 92 into 3 → 31, 31, 30. */
export function splitSize(size: number, into: number): number[] {
  const base = Math.floor(size / into);
  return Array.from({ length: into }, (_, i) => base + (i < size - base * into ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------
// Applying effects

function addChanges<K extends string>(
  target: Record<K, number>,
  changes: Partial<Record<K, number>>,
  sign = 1,
): void {
  for (const [k, v] of Object.entries(changes) as Array<[K, number | undefined]>) {
    if (v !== undefined) target[k] += sign * v;
  }
}

function findRow(work: CountyEvaluationInput, code: string, section: Section): SchoolSectionInput {
  const row = work.schools.find((s) => s.institutionCode === code && s.section === section);
  if (!row) throw new Error(`方案引用的学校 ${code}（${SECTION_NAMES[section]}学段）不在输入数据中`);
  return row;
}

function findKg(work: CountyEvaluationInput, code: string): KindergartenInput {
  const kg = work.kindergartens.find((k) => k.institutionCode === code);
  if (!kg) throw new Error(`方案引用的幼儿园 ${code} 不在输入数据中`);
  return kg;
}

function removeClass(sizes: number[], size: number, where: string): void {
  const i = sizes.indexOf(size);
  if (i < 0) throw new Error(`${where}没有 ${size} 人的班，方案与输入数据不一致`);
  sizes.splice(i, 1);
}

/** Applies one effect to `work` in place. */
function applyEffect(work: CountyEvaluationInput, effect: GapEffect): void {
  switch (effect.kind) {
    case 'sectionDelta':
      addChanges(findRow(work, effect.institutionCode, effect.section), effect.changes);
      return;
    case 'splitClasses': {
      const row = findRow(work, effect.institutionCode, effect.section);
      for (const s of effect.splits) {
        removeClass(row.classSizes, s.size, row.institutionName);
        row.classSizes.push(...splitSize(s.size, s.into));
      }
      return;
    }
    case 'splitCampus': {
      const originals = work.schools.filter((s) => s.institutionCode === effect.institutionCode);
      if (originals.length === 0) throw new Error(`方案引用的学校 ${effect.institutionCode} 不在输入数据中`);
      const moved = effect.moves.reduce((s, m) => s + m.students, 0);
      for (const m of effect.moves) {
        const row = findRow(work, effect.institutionCode, m.section);
        row.students -= m.students;
        for (const size of m.classSizes) removeClass(row.classSizes, size, row.institutionName);
        addChanges(row, m.changes, -1);
        work.schools.push({
          institutionCode: effect.newInstitutionCode,
          institutionName: effect.newInstitutionName,
          section: m.section,
          runningType: row.runningType,
          students: m.students,
          classSizes: [...m.classSizes],
          schoolCompulsoryStudents: moved,
          teachers: m.changes.teachers ?? 0,
          teachersAboveRequiredQualification: m.changes.teachersAboveRequiredQualification ?? 0,
          backboneTeachers: m.changes.backboneTeachers ?? 0,
          peArtsTeachers: m.changes.peArtsTeachers ?? 0,
          certifiedTeachers: m.changes.certifiedTeachers ?? 0,
          teachingAuxAreaM2: 0,
          sportsAreaM2: 0,
          equipmentValueYuan: 0,
          multimediaRooms: 0,
        });
      }
      for (const row of originals)
        row.schoolCompulsoryStudents = Math.max(0, row.schoolCompulsoryStudents - moved);
      return;
    }
    case 'countyDelta':
      for (const [k, v] of Object.entries(effect.changes) as Array<
        [keyof CountyInputs, number | undefined]
      >) {
        if (v === undefined) continue;
        const current = work.inputs[k];
        if (current === null) throw new Error(`县级数据 ${k} 未录入，不能在其上增加`);
        work.inputs[k] = current + v;
      }
      return;
    case 'kindergartenDelta':
      addChanges(findKg(work, effect.institutionCode), effect.changes);
      return;
    case 'kindergartenOwnership':
      findKg(work, effect.institutionCode).ownership = effect.to;
      return;
    case 'kindergartenSplitClasses': {
      const kg = findKg(work, effect.institutionCode);
      for (const s of effect.splits) {
        const i = kg.classes.findIndex((c) => c.grade === s.grade && c.size === s.size);
        if (i < 0)
          throw new Error(
            `${kg.institutionName}没有 ${s.size} 人的${KG_GRADE_NAMES[s.grade]}，方案与输入数据不一致`,
          );
        kg.classes.splice(i, 1);
        kg.classes.push(...splitSize(s.size, s.into).map((size) => ({ grade: s.grade, size })));
      }
      return;
    }
    case 'newKindergarten':
      work.kindergartens.push({
        ...effect.kindergarten,
        classes: effect.kindergarten.classes.map((c) => ({ ...c })),
      });
      return;
  }
}

/** The input with the plan applied (pure: `input` is not changed). */
export function applyGapPlan(input: CountyEvaluationInput, plan: GapPlan): CountyEvaluationInput {
  const work = cloneInput(input);
  for (const item of plan.items) applyEffect(work, item.effect);
  return work;
}

// ---------------------------------------------------------------------------------------------
// Plan items

interface RawItem {
  standard: StandardId;
  ruleIds: string[];
  action: GapActionKind;
  institutionCode: string | null;
  institutionName: string | null;
  section: Section | null;
  field: string;
  amount: number;
  unit: string;
  effect: GapEffect;
  /** Description of the (possibly merged) item. */
  describe: (amount: number, effect: GapEffect) => string;
}

/** Which effects add up when the same action hits the same place twice. */
function mergeKey(item: RawItem): string | null {
  const e = item.effect;
  const place = `${item.action}|${item.institutionCode ?? ''}|${item.section ?? ''}|${item.field}`;
  switch (e.kind) {
    case 'sectionDelta':
    case 'kindergartenDelta':
    case 'countyDelta':
    case 'splitClasses':
    case 'kindergartenSplitClasses':
      return `${e.kind}|${place}`;
    default:
      return null;
  }
}

function mergeEffects(a: GapEffect, b: GapEffect): GapEffect {
  if (a.kind === 'sectionDelta' && b.kind === 'sectionDelta') {
    const changes = { ...a.changes };
    for (const [k, v] of Object.entries(b.changes) as Array<[SectionNumericField, number]>)
      changes[k] = (changes[k] ?? 0) + v;
    return { ...a, changes };
  }
  if (a.kind === 'kindergartenDelta' && b.kind === 'kindergartenDelta') {
    const changes = { ...a.changes };
    for (const [k, v] of Object.entries(b.changes) as Array<['teachers' | 'certifiedTeachers', number]>) {
      changes[k] = (changes[k] ?? 0) + v;
    }
    return { ...a, changes };
  }
  if (a.kind === 'countyDelta' && b.kind === 'countyDelta') {
    const changes = { ...a.changes };
    for (const [k, v] of Object.entries(b.changes) as Array<[keyof CountyInputs, number]>)
      changes[k] = (changes[k] ?? 0) + v;
    return { ...a, changes };
  }
  if (a.kind === 'splitClasses' && b.kind === 'splitClasses')
    return { ...a, splits: [...a.splits, ...b.splits] };
  if (a.kind === 'kindergartenSplitClasses' && b.kind === 'kindergartenSplitClasses') {
    return { ...a, splits: [...a.splits, ...b.splits] };
  }
  return a;
}

function finaliseItems(raw: readonly RawItem[], costs: UnitCosts): GapPlanItem[] {
  const merged: RawItem[] = [];
  const byKey = new Map<string, RawItem>();
  for (const item of raw) {
    const key = mergeKey(item);
    const prev = key === null ? undefined : byKey.get(key);
    if (prev === undefined) {
      const copy = { ...item, ruleIds: [...item.ruleIds] };
      merged.push(copy);
      if (key !== null) byKey.set(key, copy);
    } else {
      prev.amount += item.amount;
      prev.effect = mergeEffects(prev.effect, item.effect);
      for (const id of item.ruleIds) if (!prev.ruleIds.includes(id)) prev.ruleIds.push(id);
    }
  }
  return merged.map((m) => {
    const unitCost = costs[m.action] ?? null;
    return {
      standard: m.standard,
      ruleIds: m.ruleIds,
      action: m.action,
      institutionCode: m.institutionCode,
      institutionName: m.institutionName,
      section: m.section,
      field: m.field,
      amount: m.amount,
      unit: m.unit,
      unitCost,
      cost: unitCost === null ? null : Math.round(m.amount * unitCost),
      description: m.describe(m.amount, m.effect),
      effect: m.effect,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Actions on a school section's resources

interface FieldAction {
  action: GapActionKind;
  unit: string;
  /** How many units this action can still add at this school (Infinity when unbounded). */
  capacity: (row: SchoolSectionInput) => number;
  changes: (n: number) => Partial<Record<SectionNumericField, number>>;
  describe: (label: string, n: number) => string;
}

const FIELD_ACTIONS: Readonly<Record<ResourceField, readonly FieldAction[]>> = {
  teachersAboveRequiredQualification: [
    {
      action: 'upgradeQualification',
      unit: '名',
      capacity: (r) => r.teachers - r.teachersAboveRequiredQualification,
      changes: (n) => ({ teachersAboveRequiredQualification: n }),
      describe: (l, n) =>
        `${l} 现有专任教师 ${n} 名通过学历提升达到高于规定学历（小学专科及以上、初中本科及以上）`,
    },
    {
      action: 'hireQualifiedTeacher',
      unit: '名',
      capacity: () => Infinity,
      changes: (n) => ({ teachers: n, teachersAboveRequiredQualification: n, certifiedTeachers: n }),
      describe: (l, n) => `${l} 招聘高于规定学历的持证专任教师 ${n} 名`,
    },
  ],
  backboneTeachers: [
    {
      action: 'recogniseBackbone',
      unit: '名',
      capacity: (r) => r.teachers - r.backboneTeachers,
      changes: (n) => ({ backboneTeachers: n }),
      describe: (l, n) => `${l} 从现有专任教师中培养认定县级以上骨干教师 ${n} 名`,
    },
    {
      action: 'hireBackboneTeacher',
      unit: '名',
      capacity: () => Infinity,
      changes: (n) => ({ teachers: n, backboneTeachers: n, certifiedTeachers: n }),
      describe: (l, n) => `${l} 引进（交流）县级以上骨干教师 ${n} 名`,
    },
  ],
  peArtsTeachers: [
    {
      action: 'hirePeArtsTeacher',
      unit: '名',
      capacity: () => Infinity,
      changes: (n) => ({ teachers: n, peArtsTeachers: n, certifiedTeachers: n }),
      describe: (l, n) => `${l} 增加体育艺术（音乐、美术）专任教师 ${n} 名`,
    },
  ],
  teachingAuxAreaM2: [
    {
      action: 'addTeachingAuxArea',
      unit: '平方米',
      capacity: () => Infinity,
      changes: (n) => ({ teachingAuxAreaM2: n }),
      describe: (l, n) => `${l} 增加教学及辅助用房面积 ${fmt(n)} 平方米`,
    },
  ],
  sportsAreaM2: [
    {
      action: 'addSportsArea',
      unit: '平方米',
      capacity: () => Infinity,
      changes: (n) => ({ sportsAreaM2: n }),
      describe: (l, n) => `${l} 增加体育运动场馆面积 ${fmt(n)} 平方米`,
    },
  ],
  equipmentValueYuan: [
    {
      action: 'addEquipmentValue',
      unit: '元',
      capacity: () => Infinity,
      changes: (n) => ({ equipmentValueYuan: n }),
      describe: (l, n) => `${l} 增加教学仪器设备值 ${money(n)}`,
    },
  ],
  multimediaRooms: [
    {
      action: 'addMultimediaRoom',
      unit: '间',
      capacity: () => Infinity,
      changes: (n) => ({ multimediaRooms: n }),
      describe: (l, n) => `${l} 增加网络多媒体教室 ${n} 间`,
    },
  ],
};

const CONTINUOUS_FIELDS: ReadonlySet<ResourceField> = new Set([
  'teachingAuxAreaM2',
  'sportsAreaM2',
  'equipmentValueYuan',
]);

// ---------------------------------------------------------------------------------------------
// Planner state

interface Planner {
  packs: RulePackSet;
  costs: UnitCosts;
  work: CountyEvaluationInput;
  raw: RawItem[];
  unresolved: Map<string, { standard: StandardId; ruleId: string; name: string; reason: string }>;
}

function push(p: Planner, item: RawItem): void {
  applyEffect(p.work, item.effect);
  p.raw.push(item);
}

function costOf(p: Planner, action: GapActionKind): number | null {
  return p.costs[action] ?? null;
}

function stepOf(pack: CompulsoryBalancedPack, field: ResourceField): number {
  if (field === 'equipmentValueYuan') return pack.planning.rounding.equipmentValueYuan;
  return CONTINUOUS_FIELDS.has(field) ? pack.planning.rounding.areaM2 : 1;
}

/** Units of `field` to add so that it reaches `target` (rounded up to whole units / the rounding step). */
function unitsToReach(
  pack: CompulsoryBalancedPack,
  field: ResourceField,
  current: number,
  target: number,
): number {
  const d = target - current;
  if (d <= 1e-9 * Math.max(1, Math.abs(target))) return 0;
  return CONTINUOUS_FIELDS.has(field) ? roundUp(d, stepOf(pack, field)) : ceilTol(d);
}

/** Actions of a field in the order to use them: by configured cost when all have one, else as listed. */
function orderedActions(p: Planner, field: ResourceField): readonly FieldAction[] {
  const actions = FIELD_ACTIONS[field];
  if (actions.every((a) => costOf(p, a.action) !== null)) {
    return [...actions].sort((a, b) => (costOf(p, a.action) ?? 0) - (costOf(p, b.action) ?? 0));
  }
  return actions;
}

interface Raise {
  parts: Array<{ fa: FieldAction; n: number }>;
  units: number;
  cost: number | null;
}

function planRaise(p: Planner, row: SchoolSectionInput, field: ResourceField, units: number): Raise {
  const parts: Raise['parts'] = [];
  let left = units;
  let cost: number | null = 0;
  for (const fa of orderedActions(p, field)) {
    if (left <= 0) break;
    const n = Math.min(left, Math.max(0, fa.capacity(row)));
    if (n <= 0) continue;
    parts.push({ fa, n });
    left -= n;
    const c = costOf(p, fa.action);
    cost = cost === null || c === null ? null : cost + c * n;
  }
  return { parts, units, cost };
}

function pushRaise(p: Planner, row: SchoolSectionInput, raise: Raise, ruleIds: string[]): void {
  const label = rowLabel(row);
  for (const { fa, n } of raise.parts) {
    push(p, {
      standard: 'compulsoryBalanced',
      ruleIds,
      action: fa.action,
      institutionCode: row.institutionCode,
      institutionName: row.institutionName,
      section: row.section,
      field:
        Object.keys(fa.changes(1)).find((k) => k !== 'teachers' && k !== 'certifiedTeachers') ?? 'teachers',
      amount: n,
      unit: fa.unit,
      effect: {
        kind: 'sectionDelta',
        institutionCode: row.institutionCode,
        section: row.section,
        changes: fa.changes(n),
      },
      describe: (amount) => fa.describe(label, amount),
    });
  }
}

// ---------------------------------------------------------------------------------------------
// 优质均衡 steps

function inScopeRows(pack: CompulsoryBalancedPack, work: CountyEvaluationInput): SchoolSectionInput[] {
  return work.schools.filter((r) => exclusionOf(pack, r)?.scope !== 'all');
}

function evaluatedRows(
  pack: CompulsoryBalancedPack,
  work: CountyEvaluationInput,
  section: Section,
): SchoolSectionInput[] {
  return work.schools.filter((r) => r.section === section && exclusionOf(pack, r) === null);
}

/** Step 0: schools over the size limit get a new campus. */
function planSchoolSize(p: Planner): void {
  const pack = p.packs.compulsoryBalanced;
  const def = pack.guarantee.find((g) => g.kind === 'schoolSize');
  if (!def || def.kind !== 'schoolSize') return;
  const codes = [...new Set(inScopeRows(pack, p.work).map((r) => r.institutionCode))];
  for (const code of codes) {
    for (let campus = 1; campus <= 20; campus++) {
      const rows = p.work.schools.filter((r) => r.institutionCode === code);
      const first = rows[0];
      if (!first) break;
      const students = Math.max(
        ...rows.map((r) => r.schoolCompulsoryStudents),
        rows.reduce((s, r) => s + r.students, 0),
      );
      const max = def.maxStudentsByRunningType[first.runningType] ?? def.maxStudents;
      if (students <= max) break;
      const excess = students - max;
      // Whole classes, largest first, until the excess has moved; the new campus stays within the limit.
      const classes = rows
        .flatMap((r) => r.classSizes.map((size) => ({ section: r.section, size })))
        .sort((a, b) => b.size - a.size);
      const taken: Array<{ section: Section; size: number }> = [];
      let moved = 0;
      for (const c of classes) {
        if (moved >= excess) break;
        if (moved + c.size > max || taken.length === classes.length - 1) continue;
        taken.push(c);
        moved += c.size;
      }
      if (moved === 0) {
        // No class data: move students without classes, from the largest section.
        const row = [...rows].sort((a, b) => b.students - a.students)[0];
        if (!row) break;
        moved = Math.min(excess, max, row.students);
        if (moved <= 0) break;
        moveCampus(p, def.id, first, code, campus, [{ row, students: moved, classSizes: [] }]);
        continue;
      }
      const moves = SECTIONS.flatMap((section) => {
        const row = rows.find((r) => r.section === section);
        const sizes = taken.filter((t) => t.section === section).map((t) => t.size);
        if (!row || sizes.length === 0) return [];
        return [{ row, students: sizes.reduce((s, n) => s + n, 0), classSizes: sizes }];
      });
      moveCampus(p, def.id, first, code, campus, moves);
    }
  }
}

function moveCampus(
  p: Planner,
  ruleId: string,
  first: SchoolSectionInput,
  code: string,
  campus: number,
  moves: Array<{ row: SchoolSectionInput; students: number; classSizes: number[] }>,
): void {
  const newInstitutionCode = `${code}-XQ${campus}`;
  const newInstitutionName = `${first.institutionName}（新校区${campus > 1 ? campus : ''}）`;
  const TEACHER_FIELDS = [
    'teachers',
    'teachersAboveRequiredQualification',
    'backboneTeachers',
    'peArtsTeachers',
    'certifiedTeachers',
  ] as const;
  const effectMoves = moves.map(({ row, students, classSizes }) => {
    const share = row.students > 0 ? students / row.students : 0;
    const changes: Partial<Record<SectionNumericField, number>> = {};
    for (const f of TEACHER_FIELDS) changes[f] = Math.floor(row[f] * share);
    return { section: row.section, students, classSizes, changes };
  });
  const students = effectMoves.reduce((s, m) => s + m.students, 0);
  const teachers = effectMoves.reduce((s, m) => s + (m.changes.teachers ?? 0), 0);
  const classes = effectMoves.reduce((s, m) => s + m.classSizes.length, 0);
  const total = Math.max(first.schoolCompulsoryStudents, 0);
  push(p, {
    standard: 'compulsoryBalanced',
    ruleIds: [ruleId],
    action: 'splitCampus',
    institutionCode: code,
    institutionName: first.institutionName,
    section: null,
    field: 'students',
    amount: students,
    unit: '名学生',
    effect: {
      kind: 'splitCampus',
      institutionCode: code,
      newInstitutionCode,
      newInstitutionName,
      moves: effectMoves,
    },
    describe: (n) =>
      `${first.institutionName} 义务教育在校生 ${total} 人超过规模上限：分设「${newInstitutionName}」（或新建学校），` +
      `分流${classes > 0 ? ` ${classes} 个班` : ''} ${n} 名学生，随迁专任教师 ${teachers} 名；新校区的校舍、场馆和设备按标准另行建设（见后续各项）`,
  });
}

/** Step 1: every failing school section's 6-of-7 rule, at the least cost. */
function planSchoolRules(p: Planner): void {
  const pack = p.packs.compulsoryBalanced;
  const k = pack.indicators.length - pack.schoolRule.minMet;
  for (const row of p.work.schools) {
    const result = evaluateSchoolSection(pack, row);
    if (result.verdict !== 'fail') continue;
    const unmet = pack.indicators.filter(
      (def) => !(result.indicators.find((i) => i.code === def.code)?.met ?? true),
    );
    const mult = (def: IndicatorDef): number => (def.basis === 'per100Students' ? 100 : 1);
    const options = unmet.map((def) => {
      const threshold = def.thresholds[row.section];
      const required = (threshold * row.students) / mult(def);
      const toThreshold = planRaise(
        p,
        row,
        def.numerator,
        unitsToReach(pack, def.numerator, row[def.numerator], required),
      );
      const toFloor = planRaise(
        p,
        row,
        def.numerator,
        unitsToReach(pack, def.numerator, row[def.numerator], pack.schoolRule.floorShare * required),
      );
      return { def, required, toThreshold, toFloor };
    });
    const costed = options.every((o) => o.toThreshold.cost !== null && o.toFloor.cost !== null);
    const effort = (o: (typeof options)[number], r: Raise): number =>
      costed ? (r.cost ?? 0) : r.units / Math.max(o.required, 1e-9);
    const atFloor = new Set(
      [...options]
        .sort(
          (a, b) =>
            effort(b, b.toThreshold) -
            effort(b, b.toFloor) -
            (effort(a, a.toThreshold) - effort(a, a.toFloor)),
        )
        .slice(0, Math.max(0, k))
        .map((o) => o.def.code),
    );
    const ruleIds = [`CB-SCH-${row.section}`];
    for (const o of options) {
      // Re-plan against the current row: an earlier hire may have added upgrade capacity.
      const target = atFloor.has(o.def.code) ? pack.schoolRule.floorShare * o.required : o.required;
      const units = unitsToReach(pack, o.def.numerator, row[o.def.numerator], target);
      if (units > 0) pushRaise(p, row, planRaise(p, row, o.def.numerator, units), ruleIds);
    }
  }
}

/** Step 2: one failing CV, by raising the schools below the mean. Returns false when stuck. */
function planCv(p: Planner, section: Section, def: IndicatorDef): boolean {
  const pack = p.packs.compulsoryBalanced;
  const rows = evaluatedRows(pack, p.work, section);
  if (rows.length === 0) return true;
  const limit = pack.cv.limits[section];
  const target = limit - CV_MARGIN;
  const field = def.numerator;
  const mult = def.basis === 'per100Students' ? 100 : 1;
  const continuous = CONTINUOUS_FIELDS.has(field);
  const step = stepOf(pack, field);
  const actions = orderedActions(p, field);
  const costed = actions.every((a) => costOf(p, a.action) !== null);
  const P = rows.map((r) => r.students);
  const a = rows.map((r) => cvAmount(def, r[field]));
  const total = P.reduce((s, x) => s + x, 0);
  let A = a.reduce((s, x) => s + x, 0);
  let Q = a.reduce((s, x, i) => s + (x * x) / (P[i] ?? 1), 0);
  const cvOf = (sumA: number, sumQ: number): number => {
    const mean = sumA / total;
    if (mean <= 0) return Infinity;
    return Math.sqrt(Math.max(0, sumQ / total - mean * mean)) / mean;
  };
  const ruleIds = [`CB-CV-${section}-${def.code}`];
  // Only a CV that fails now is planned (then with a small margin below the limit).
  if (cvOf(A, Q) <= limit) return true;
  for (let iter = 0; iter < MAX_CV_STEPS; iter++) {
    const current = cvOf(A, Q);
    if (current <= target) return true;
    const mean = A / total;
    let best: { i: number; fa: FieldAction; n: number; score: number } | null = null;
    for (let i = 0; i < rows.length; i++) {
      const Pi = P[i] ?? 0;
      const ai = a[i] ?? 0;
      if (ai / Pi >= mean) continue;
      const gap = (mean * Pi - ai) / mult; // numerator units to the mean
      for (const fa of actions) {
        const cap = fa.capacity(rows[i] as SchoolSectionInput);
        if (cap <= 0) continue;
        const n = continuous
          ? roundUp(Math.max(step, gap * CV_CHUNK_SHARE), step)
          : Math.min(cap, Math.max(1, Math.floor(gap * CV_CHUNK_SHARE)));
        const d = n * mult;
        const gain = current - cvOf(A + d, Q - (ai * ai) / Pi + ((ai + d) * (ai + d)) / Pi);
        if (gain <= 0) continue;
        const unitCost = costOf(p, fa.action) ?? 0;
        const score = gain / (costed ? Math.max(unitCost, 1e-9) * n : n);
        if (best === null || score > best.score) best = { i, fa, n, score };
      }
    }
    if (best === null) return false;
    const i = best.i;
    const Pi = P[i] ?? 0;
    const ai = a[i] ?? 0;
    let n = best.n;
    // Trim the last chunk to the smallest amount that reaches the target.
    const after = (m: number): number =>
      cvOf(A + m * mult, Q - (ai * ai) / Pi + ((ai + m * mult) * (ai + m * mult)) / Pi);
    if (after(n) <= target) {
      const unit = continuous ? step : 1;
      let lo = 0;
      let hi = Math.round(n / unit);
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (after(mid * unit) <= target) hi = mid;
        else lo = mid;
      }
      n = hi * unit;
    }
    const row = rows[i] as SchoolSectionInput;
    pushRaise(p, row, { parts: [{ fa: best.fa, n }], units: n, cost: null }, ruleIds);
    const d = n * mult;
    a[i] = ai + d;
    A += d;
    Q += ((ai + d) * (ai + d) - ai * ai) / Pi;
  }
  return false;
}

/** Step 3: class size, certification, rotation, special-education funding. */
function planGuarantee(p: Planner): void {
  const pack = p.packs.compulsoryBalanced;
  for (const def of pack.guarantee) {
    switch (def.kind) {
      case 'classSize': {
        const rows = inScopeRows(pack, p.work);
        const all = rows.flatMap((row) =>
          row.classSizes
            .filter((size) => size > def.maxClassSize[row.section])
            .map((size) => ({ row, size, into: Math.ceil(size / def.maxClassSize[row.section]) })),
        );
        let total = rows.reduce((s, r) => s + r.classSizes.length, 0);
        let compliant = total - all.length;
        const chosen: typeof all = [];
        for (const c of [...all].sort((x, y) => x.into - y.into || y.size - x.size)) {
          if (total > 0 && atLeast(compliant / total, def.requiredShare)) break;
          chosen.push(c);
          compliant += c.into;
          total += c.into - 1;
        }
        for (const c of chosen) {
          const max = def.maxClassSize[c.row.section];
          const label = rowLabel(c.row);
          push(p, {
            standard: 'compulsoryBalanced',
            ruleIds: [def.id],
            action: 'splitClass',
            institutionCode: c.row.institutionCode,
            institutionName: c.row.institutionName,
            section: c.row.section,
            field: 'classSizes',
            amount: c.into - 1,
            unit: '个班',
            effect: {
              kind: 'splitClasses',
              institutionCode: c.row.institutionCode,
              section: c.row.section,
              splits: [{ size: c.size, into: c.into }],
            },
            describe: (n, e) =>
              `${label} 增设 ${n} 个班，拆分超过 ${max} 人的班 ${e.kind === 'splitClasses' ? e.splits.length : 0} 个（${
                e.kind === 'splitClasses'
                  ? e.splits.map((s) => `${s.size} 人→${splitSize(s.size, s.into).join('+')}`).join('，')
                  : ''
              }）`,
          });
        }
        break;
      }
      case 'teacherCertification': {
        const rows = inScopeRows(pack, p.work);
        const teachers = rows.reduce((s, r) => s + r.teachers, 0);
        const certified = rows.reduce((s, r) => s + r.certifiedTeachers, 0);
        let need = ceilTol(def.minShare * teachers) - certified;
        for (const row of [...rows].sort(
          (x, y) => y.teachers - y.certifiedTeachers - (x.teachers - x.certifiedTeachers),
        )) {
          if (need <= 0) break;
          const n = Math.min(need, row.teachers - row.certifiedTeachers);
          if (n <= 0) continue;
          need -= n;
          const label = rowLabel(row);
          push(p, {
            standard: 'compulsoryBalanced',
            ruleIds: [def.id],
            action: 'certifyTeacher',
            institutionCode: row.institutionCode,
            institutionName: row.institutionName,
            section: row.section,
            field: 'certifiedTeachers',
            amount: n,
            unit: '名',
            effect: {
              kind: 'sectionDelta',
              institutionCode: row.institutionCode,
              section: row.section,
              changes: { certifiedTeachers: n },
            },
            describe: (m) => `${label} 未持证专任教师 ${m} 名取得教师资格证`,
          });
        }
        break;
      }
      case 'teacherRotation': {
        const { rotationEligibleTeachers: e, rotatedTeachers: r, rotatedBackboneTeachers: b } = p.work.inputs;
        if (e === null || r === null || b === null || e <= 0) break;
        let n = Math.max(0, ceilTol(def.minRotatedShare * e) - r);
        const backboneNeed = (m: number): number =>
          Math.max(0, ceilTol(def.minBackboneShareOfRotated * (r + m)) - b);
        while (backboneNeed(n) > n) n += 1;
        const m = backboneNeed(n);
        if (r + n > e) {
          p.unresolved.set(def.id, {
            standard: 'compulsoryBalanced',
            ruleId: def.id,
            name: def.name,
            reason: `需再交流 ${n} 名教师，但符合交流条件的教师只有 ${e} 名（已交流 ${r} 名）`,
          });
          break;
        }
        if (n === 0 && m === 0) break;
        push(p, {
          standard: 'compulsoryBalanced',
          ruleIds: [def.id],
          action: 'rotateTeacher',
          institutionCode: null,
          institutionName: null,
          section: null,
          field: 'rotatedTeachers',
          amount: n,
          unit: '名',
          effect: { kind: 'countyDelta', changes: { rotatedTeachers: n, rotatedBackboneTeachers: m } },
          describe: (x, eff) => {
            const backbone = eff.kind === 'countyDelta' ? (eff.changes.rotatedBackboneTeachers ?? 0) : 0;
            return `全县再交流轮岗教师 ${x} 名，其中县级以上骨干教师 ${backbone} 名（达到符合条件教师的 ${pct(def.minRotatedShare, 0)}、骨干占 ${pct(def.minBackboneShareOfRotated, 0)}）`;
          },
        });
        break;
      }
      case 'specialEducationFunding': {
        const v = p.work.inputs.specialEducationFundingPerStudent;
        if (v === null || atLeast(v, def.minPerStudent)) break;
        const d = ceilTol(def.minPerStudent - v);
        push(p, {
          standard: 'compulsoryBalanced',
          ruleIds: [def.id],
          action: 'raiseSpecialEducationFunding',
          institutionCode: null,
          institutionName: null,
          section: null,
          field: 'specialEducationFundingPerStudent',
          amount: d,
          unit: '元/生',
          effect: { kind: 'countyDelta', changes: { specialEducationFundingPerStudent: d } },
          describe: (x) =>
            `特殊教育学校生均公用经费从 ${money(v)} 提高到 ${money(v + x)}（每生每年增加 ${money(x)}）`,
        });
        break;
      }
      case 'schoolSize':
        break; // step 0
    }
  }
}

function planCompulsory(p: Planner, evaluation: CountyEvaluation): void {
  const pack = p.packs.compulsoryBalanced;
  const failing = new Set(
    evaluation.compulsoryBalanced.rules
      .filter((r) => r.computable && r.verdict === 'fail')
      .map((r) => r.ruleId),
  );
  if (failing.size === 0) return;
  planSchoolRules(p);
  for (const section of SECTIONS) {
    for (const def of pack.indicators) {
      const ruleId = `CB-CV-${section}-${def.code}`;
      const ok = planCv(p, section, def);
      if (!ok) {
        p.unresolved.set(ruleId, {
          standard: 'compulsoryBalanced',
          ruleId,
          name: `${SECTION_NAMES[section]} ${def.code} ${def.name} 校际差异系数`,
          reason: '均值以下的学校增加任何一个单位都会扩大差异（学校规模过小），需人工调整',
        });
      } else p.unresolved.delete(ruleId);
    }
  }
  planGuarantee(p);
}

// ---------------------------------------------------------------------------------------------
// 普及普惠 steps

function kgTotals(work: CountyEvaluationInput) {
  let children = 0;
  let pub = 0;
  let inclusive = 0;
  let teachers = 0;
  let certified = 0;
  for (const k of work.kindergartens) {
    children += k.children;
    if (k.ownership === 'public') pub += k.children;
    if (k.ownership === 'inclusivePrivate') inclusive += k.children;
    teachers += k.teachers;
    certified += k.certifiedTeachers;
  }
  return { children, pub, inclusive, teachers, certified };
}

function kgItem(
  p: Planner,
  ruleId: string,
  action: GapActionKind,
  kg: { institutionCode: string; institutionName: string } | null,
  field: string,
  amount: number,
  unit: string,
  effect: GapEffect,
  describe: RawItem['describe'],
): void {
  push(p, {
    standard: 'preschoolUniversal',
    ruleIds: [ruleId],
    action,
    institutionCode: kg?.institutionCode ?? null,
    institutionName: kg?.institutionName ?? null,
    section: null,
    field,
    amount,
    unit,
    effect,
    describe,
  });
}

function planPreschool(p: Planner): void {
  const pack: PreschoolUniversalPack = p.packs.preschoolUniversal;
  const rule = <K extends PreschoolUniversalPack['rules'][number]['kind']>(kind: K) =>
    pack.rules.find(
      (r): r is Extract<PreschoolUniversalPack['rules'][number], { kind: K }> => r.kind === kind,
    );
  if (p.work.kindergartens.length === 0) return;
  const ratio = rule('childrenPerTeacher');
  const classRule = rule('kindergartenClassSize');

  // 毛入园率: new public places.
  const gross = rule('grossEnrolment');
  const pop = p.work.inputs.population3to5;
  if (gross && pop !== null && pop > 0) {
    const need = ceilTol(gross.min * pop) - kgTotals(p.work).children;
    if (need > 0) {
      const norms = classRule?.maxClassSize ?? { K1: 25, K2: 30, K3: 35 };
      const perGrade = splitSize(need, 3);
      const classes = (['K1', 'K2', 'K3'] as const).flatMap((grade, i) => {
        const n = perGrade[i] ?? 0;
        if (n === 0) return [];
        return splitSize(n, Math.ceil(n / norms[grade])).map((size) => ({ grade, size }));
      });
      const teachers = ceilTol(need / (ratio?.max ?? 15));
      const kindergarten: KindergartenInput = {
        institutionCode: `${p.work.countyCode || 'XX'}-XZGBXW`,
        institutionName: '新增公办学位（新建或扩建公办幼儿园）',
        ownership: 'public',
        children: need,
        classes,
        teachers,
        certifiedTeachers: teachers,
      };
      kgItem(
        p,
        gross.id,
        'addPublicPlace',
        kindergarten,
        'children',
        need,
        '个学位',
        { kind: 'newKindergarten', kindergarten },
        (n) =>
          `新增公办幼儿园学位 ${n} 个（新建或扩建公办园，按班额标准设 ${classes.length} 个班，按 1:${fmt(ratio?.max ?? 15)} 配备持证专任教师 ${teachers} 名），使毛入园率达到 ${pct(gross.min, 0)}`,
      );
    }
  }

  // 公办园占比: convert the largest non-public kindergartens to public.
  const publicShare = rule('publicShare');
  if (publicShare) {
    const candidates = p.work.kindergartens
      .filter((k) => k.ownership !== 'public')
      .sort((x, y) => y.children - x.children);
    for (const kg of candidates) {
      if (kg.children === 0) continue;
      const t = kgTotals(p.work);
      if (t.children === 0 || atLeast(t.pub / t.children, publicShare.min)) break;
      const from = kg.ownership;
      kgItem(
        p,
        publicShare.id,
        'convertToPublic',
        kg,
        'ownership',
        kg.children,
        '名幼儿',
        { kind: 'kindergartenOwnership', institutionCode: kg.institutionCode, from, to: 'public' },
        (n) =>
          `将 ${kg.institutionName}（${KINDERGARTEN_OWNERSHIP_NAMES[from]}，在园幼儿 ${n} 人）转为公办园（如收回小区配套园、政府回购或托管）`,
      );
    }
  }

  // 普惠性覆盖率: recognise the largest private kindergartens as 普惠.
  const coverage = rule('inclusiveCoverage');
  if (coverage) {
    const candidates = p.work.kindergartens
      .filter((k) => k.ownership === 'private')
      .sort((x, y) => y.children - x.children);
    for (const kg of candidates) {
      if (kg.children === 0) continue;
      const t = kgTotals(p.work);
      if (t.children === 0 || atLeast((t.pub + t.inclusive) / t.children, coverage.min)) break;
      kgItem(
        p,
        coverage.id,
        'recogniseInclusive',
        kg,
        'ownership',
        kg.children,
        '名幼儿',
        {
          kind: 'kindergartenOwnership',
          institutionCode: kg.institutionCode,
          from: 'private',
          to: 'inclusivePrivate',
        },
        (n) => `认定 ${kg.institutionName}（在园幼儿 ${n} 人）为普惠性民办园`,
      );
    }
  }

  // 生师比: one teacher at a time where the ratio is worst.
  if (ratio) {
    const t = kgTotals(p.work);
    let need = ceilTol(t.children / ratio.max) - t.teachers;
    const added = new Map<KindergartenInput, number>();
    while (need > 0) {
      let worst: KindergartenInput | null = null;
      let worstRatio = -1;
      for (const k of p.work.kindergartens) {
        const r = k.children / (k.teachers + (added.get(k) ?? 0) || 0.5);
        if (r > worstRatio) {
          worstRatio = r;
          worst = k;
        }
      }
      if (worst === null) break;
      added.set(worst, (added.get(worst) ?? 0) + 1);
      need -= 1;
    }
    for (const [kg, n] of added) {
      kgItem(
        p,
        ratio.id,
        'hirePreschoolTeacher',
        kg,
        'teachers',
        n,
        '名',
        {
          kind: 'kindergartenDelta',
          institutionCode: kg.institutionCode,
          changes: { teachers: n, certifiedTeachers: n },
        },
        (m) => `${kg.institutionName} 增加持证专任教师 ${m} 名`,
      );
    }
  }

  // 班额达标率: split oversized classes, fewest extra classes first.
  if (classRule) {
    const over = p.work.kindergartens.flatMap((kg) =>
      kg.classes
        .filter((c) => c.size > classRule.maxClassSize[c.grade])
        .map((c) => ({
          kg,
          grade: c.grade,
          size: c.size,
          into: Math.ceil(c.size / classRule.maxClassSize[c.grade]),
        })),
    );
    let total = p.work.kindergartens.reduce((s, k) => s + k.classes.length, 0);
    let compliant = total - over.length;
    for (const c of over.sort((x, y) => x.into - y.into || y.size - x.size)) {
      if (total > 0 && atLeast(compliant / total, classRule.min)) break;
      compliant += c.into;
      total += c.into - 1;
      const grade: KindergartenGrade = c.grade;
      kgItem(
        p,
        classRule.id,
        'splitKindergartenClass',
        c.kg,
        'classes',
        c.into - 1,
        '个班',
        {
          kind: 'kindergartenSplitClasses',
          institutionCode: c.kg.institutionCode,
          splits: [{ grade, size: c.size, into: c.into }],
        },
        (n, e) =>
          `${c.kg.institutionName} 增设 ${n} 个班，拆分超额班（${
            e.kind === 'kindergartenSplitClasses'
              ? e.splits
                  .map(
                    (s) => `${KG_GRADE_NAMES[s.grade]} ${s.size} 人→${splitSize(s.size, s.into).join('+')}`,
                  )
                  .join('，')
              : ''
          }）`,
      );
    }
  }

  // 持证率: kindergartens with the most uncertified teachers first.
  const cert = rule('kindergartenCertification');
  if (cert) {
    const t = kgTotals(p.work);
    let need = ceilTol(cert.min * t.teachers) - t.certified;
    for (const kg of [...p.work.kindergartens].sort(
      (x, y) => y.teachers - y.certifiedTeachers - (x.teachers - x.certifiedTeachers),
    )) {
      if (need <= 0) break;
      const n = Math.min(need, kg.teachers - kg.certifiedTeachers);
      if (n <= 0) continue;
      need -= n;
      kgItem(
        p,
        cert.id,
        'certifyPreschoolTeacher',
        kg,
        'certifiedTeachers',
        n,
        '名',
        { kind: 'kindergartenDelta', institutionCode: kg.institutionCode, changes: { certifiedTeachers: n } },
        (m) => `${kg.institutionName} 未持证专任教师 ${m} 名取得教师资格证`,
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The plan

const INPUT_NAMES: Readonly<Record<keyof CountyInputs, string>> = {
  population3to5: '3–5 岁常住人口数',
  rotationEligibleTeachers: '符合交流轮岗条件的教师数',
  rotatedTeachers: '交流轮岗教师数',
  rotatedBackboneTeachers: '交流轮岗骨干教师数',
  specialEducationFundingPerStudent: '特殊教育学校生均公用经费',
};

const INPUT_RULES: ReadonlyArray<{ standard: StandardId; kind: string; fields: Array<keyof CountyInputs> }> =
  [
    { standard: 'preschoolUniversal', kind: 'grossEnrolment', fields: ['population3to5'] },
    {
      standard: 'compulsoryBalanced',
      kind: 'teacherRotation',
      fields: ['rotationEligibleTeachers', 'rotatedTeachers', 'rotatedBackboneTeachers'],
    },
    {
      standard: 'compulsoryBalanced',
      kind: 'specialEducationFunding',
      fields: ['specialEducationFundingPerStudent'],
    },
  ];

function ruleOfKind(
  packs: RulePackSet,
  standard: StandardId,
  kind: string,
): { id: string; name: string } | null {
  const list =
    standard === 'compulsoryBalanced' ? packs.compulsoryBalanced.guarantee : packs.preschoolUniversal.rules;
  return list.find((r) => r.kind === kind) ?? null;
}

function verdicts(evaluation: CountyEvaluation): Record<StandardId, Verdict> {
  return {
    compulsoryBalanced: computableVerdict(evaluation.compulsoryBalanced),
    preschoolUniversal: computableVerdict(evaluation.preschoolUniversal),
  };
}

/**
 * The changes that make every computable rule of both standards pass (as far as the data allow),
 * the judgement items still to be decided and the county inputs still to be recorded.
 */
export function planGapToPass(
  packs: RulePackSet,
  input: CountyEvaluationInput,
  unitCosts?: UnitCosts,
): GapPlan {
  const costs: UnitCosts = {
    ...packs.compulsoryBalanced.planning.unitCosts,
    ...packs.preschoolUniversal.planning.unitCosts,
    ...unitCosts,
  };
  const p: Planner = { packs, costs, work: cloneInput(input), raw: [], unresolved: new Map() };
  const initial = evaluateCounty(packs, input);

  const schoolSize = initial.compulsoryBalanced.rules.find(
    (r) => r.kind === 'guarantee' && r.ruleId === ruleOfKind(packs, 'compulsoryBalanced', 'schoolSize')?.id,
  );
  if (schoolSize?.verdict === 'fail') planSchoolSize(p);

  let evaluation = evaluateCounty(packs, p.work);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const before = p.raw.length;
    planCompulsory(p, evaluation);
    if (computableVerdict(evaluation.preschoolUniversal) === 'fail') planPreschool(p);
    evaluation = evaluateCounty(packs, p.work);
    const stillFailing = [evaluation.compulsoryBalanced, evaluation.preschoolUniversal].some((e) =>
      e.rules.some((r) => r.computable && r.verdict === 'fail'),
    );
    if (!stillFailing || p.raw.length === before) break;
  }

  // What the plan cannot do.
  const judgementsNeeded: GapPlan['judgementsNeeded'] = [];
  const unresolved = new Map(p.unresolved);
  for (const e of [evaluation.compulsoryBalanced, evaluation.preschoolUniversal]) {
    for (const r of e.rules) {
      if (r.verdict === 'pass' || r.verdict === 'notApplicable') continue;
      if (!r.computable) {
        judgementsNeeded.push({
          standard: r.standard,
          itemId: r.ruleId,
          name: r.name,
          part: r.part,
          message:
            r.verdict === 'incomplete'
              ? r.explanation
              : `需评估员认定：已认定未达标（${r.explanation}），整改后重新认定`,
        });
      } else if (r.verdict === 'fail' && !unresolved.has(r.ruleId)) {
        unresolved.set(r.ruleId, {
          standard: r.standard,
          ruleId: r.ruleId,
          name: r.name,
          reason: `自动规划后仍未达标：${r.explanation}`,
        });
      } else if (r.verdict === 'incomplete' && r.kind === 'sectionCoverage') {
        unresolved.set(r.ruleId, {
          standard: r.standard,
          ruleId: r.ruleId,
          name: r.name,
          reason: r.explanation,
        });
      }
    }
  }
  const missingInputs: GapPlan['missingInputs'] = [];
  for (const { standard, kind, fields } of INPUT_RULES) {
    const rule = ruleOfKind(packs, standard, kind);
    if (rule === null) continue;
    for (const field of fields) {
      if (input.inputs[field] === null) {
        missingInputs.push({
          standard,
          field,
          ruleIds: [rule.id],
          message: `需录入县级数据“${INPUT_NAMES[field]}”，才能计算“${rule.name}”`,
        });
      }
    }
  }

  const items = finaliseItems(p.raw, costs);
  const known = items.filter((i) => i.cost !== null);
  return {
    countyCode: input.countyCode,
    countyName: input.countyName,
    year: input.year,
    items,
    totalCost: known.length > 0 ? known.reduce((s, i) => s + (i.cost ?? 0), 0) : null,
    uncostedItems: items.length - known.length,
    judgementsNeeded,
    missingInputs,
    unresolved: [...unresolved.values()],
    before: verdicts(initial),
    after: verdicts(evaluation),
  };
}
