/**
 * Demo submissions of an open collection period (演示数据): for part of the schools, the next
 * school year's form, derived from the school's statistics of the year before with small
 * plausible changes (a few pupils more or fewer per grade, the class lists adjusted to match, a
 * teacher more or less, some new equipment), in a spread of states — not started, draft,
 * submitted, returned by the county (with its comment), approved by the county — and never final
 * (approved by the city), so that the figures of that year stay out of the cockpit until someone
 * approves them. Deterministic: the same seed, schools and clock give the same submissions.
 *
 * Every form that was submitted passes all hard rules, and has an explanation for each soft issue
 * (last year's values and the county's peers, as the service checks on submit). Pure: the clock
 * comes in as `now`.
 */
import { formForRunningType } from '../domain/collection/catalog.lookup.ts';
import { fieldValuesFromStatistics } from '../domain/collection/statistics-values.ts';
import type { SubmissionState } from '../domain/collection/approval.ts';
import type {
  CollectionCatalog,
  CollectionPeriod,
  FormDefinition,
} from '../domain/collection/catalog.types.ts';
import { formFields, type FieldValue, type FieldValues } from '../domain/collection/fields.ts';
import { validateValues, type ValidationIssue } from '../domain/collection/validation.ts';
import type { Institution } from '../domain/registry/registry.types.ts';
import type {
  GradeEnrolment,
  InstitutionYearStatistics,
  StageResources,
} from '../domain/statistics/statistics.types.ts';
import { Rng } from './rng.ts';

/** The states a demo submission can be in; 'notStarted' ones are not stored. */
export type DemoSubmissionState = Extract<
  SubmissionState,
  'draft' | 'submitted' | 'returned' | 'countyApproved'
>;

export interface DemoCollectionInput {
  seed: number;
  catalog: CollectionCatalog;
  period: CollectionPeriod;
  /** Schools that report in the period, each with its statistics of the year before. */
  schools: ReadonlyArray<{ institution: Institution; previous: InstitutionYearStatistics }>;
  /** ISO timestamp: every event happens before it. */
  now: string;
  /** 0 (lagging) … 1 (leading) per county: lagging counties have mostly not started. */
  progress: Readonly<Record<string, number>>;
  /** Schools that must stay editable (the demo school clerk's): draft or not started. */
  editable: ReadonlySet<string>;
  /** A county that must have several submitted forms waiting for its review. */
  reviewCounty: string;
  /** The username recorded for a school's and a county's actions. */
  schoolUser(code: string): string;
  countyUser(countyCode: string): string;
}

export interface DemoSubmissionEvent {
  action: 'submit' | 'return' | 'approve';
  from: SubmissionState;
  to: SubmissionState;
  actorUsername: string;
  actorLevel: 'school' | 'county';
  comment: string | null;
  at: string;
}

export interface DemoSubmission {
  institutionCode: string;
  formId: string;
  formVersion: number;
  state: DemoSubmissionState;
  values: Record<string, FieldValue>;
  explanations: Record<string, string>;
  /** The one save that filled the form in: every value, from empty. */
  savedBy: string;
  savedAt: string;
  events: DemoSubmissionEvent[];
  submittedAt: string | null;
  returnedAt: string | null;
  /** 1 after the save, + 1 per state change (as the service counts). */
  version: number;
  updatedAt: string;
}

/** Counties below this progress have mostly not started (演示：进度落后的县). */
export const LAGGING_PROGRESS = 0.3;
/** At least this many forms of the review county are submitted and waiting. */
export const MIN_WAITING_IN_REVIEW_COUNTY = 6;

const RETURN_COMMENTS = [
  '一年级各班人数合计与在校生数核对无误后，请补充说明班额变化原因再提交',
  '专任教师数较上年减少，请核实是否含调出和退休人员后重新提交',
  '教学仪器设备值请按账面原值填写，与资产台账核对后重新提交',
  '体育运动场馆面积与上年不一致，请附新建场地情况说明后重新提交',
];

/** A soft rule's explanation as a school would write it (演示说明). */
const EXPLANATIONS: Readonly<Record<string, string>> = {
  S01: '本学年学区调整，招生人数和教师配备随之变化，数据已核实（演示说明）',
  S02: '受校舍条件限制暂有大班额，已列入明年分班计划逐步消除（演示说明）',
  S03: '本学年新购置实验室和功能室设备，生均设备值高于同类学校，数据已核实（演示说明）',
  S04: '学校为新建校，教学及辅助用房按规划标准建设，生均面积较高，数据已核实（演示说明）',
};
const DEFAULT_EXPLANATION = '数据已与学校台账核对无误（演示说明）';

/**
 * Class sizes summing to `total`: last year's classes with pupils added to the smallest class or
 * taken from the largest one at a time; a class is opened when every class has 45 (kept within
 * 1…66, so the capacity rule holds) and closed when it empties.
 */
export function adjustClasses(sizes: readonly number[], total: number): number[] {
  if (total <= 0) return [];
  const out = sizes.length > 0 ? [...sizes] : [0];
  let delta = total - out.reduce((a, b) => a + b, 0);
  while (delta > 0) {
    let i = 0;
    for (let j = 1; j < out.length; j++) if (out[j]! < out[i]!) i = j;
    if (out[i]! >= 45) {
      out.push(0);
      i = out.length - 1;
    }
    out[i]! += 1;
    delta--;
  }
  while (delta < 0) {
    let i = 0;
    for (let j = 1; j < out.length; j++) if (out[j]! > out[i]!) i = j;
    out[i]! -= 1;
    delta++;
  }
  return out.filter((x) => x > 0);
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Next year's statistics: last year's with small plausible changes. */
export function nextYearStatistics(
  rng: Rng,
  prev: InstitutionYearStatistics,
  schoolYear: number,
): InstitutionYearStatistics {
  const grades: GradeEnrolment[] = prev.grades.map((g) => {
    const vary = (n: number) => (n === 0 ? 0 : Math.max(0, Math.round(n * (1 + rng.normal(0, 0.04)))));
    const male = vary(g.male);
    const female = vary(g.female);
    return { ...g, male, female, classSizes: adjustClasses(g.classSizes, male + female) };
  });
  const stages: Partial<Record<keyof typeof prev.stages, StageResources>> = {};
  for (const [stage, r] of Object.entries(prev.stages) as Array<[keyof typeof prev.stages, StageResources]>) {
    const teachers = Math.max(0, r.teachers + rng.int(-1, 2));
    const part = (n: number) => Math.min(teachers, Math.max(0, n + rng.int(-1, 1)));
    stages[stage] = {
      ...r,
      teachers,
      teachersAboveRequiredQualification: part(r.teachersAboveRequiredQualification),
      backboneTeachers: part(r.backboneTeachers),
      peArtsTeachers: part(r.peArtsTeachers),
      certifiedTeachers: part(r.certifiedTeachers),
      establishedPostTeachers: part(r.establishedPostTeachers),
      teachingAuxAreaM2: rng.chance(0.1) ? round2(r.teachingAuxAreaM2 * 1.04) : r.teachingAuxAreaM2,
      sportsAreaM2: r.sportsAreaM2,
      equipmentValueYuan: Math.round(r.equipmentValueYuan * (1 + rng.range(0, 0.06))),
      multimediaRooms: r.multimediaRooms + (rng.chance(0.2) ? 1 : 0),
    };
  }
  return { institutionCode: prev.institutionCode, schoolYear, grades, stages };
}

/** The state of a school's form: lagging counties have mostly not started. */
function drawState(rng: Rng, progress: number): DemoSubmissionState | 'notStarted' {
  const u = rng.float();
  if (progress < LAGGING_PROGRESS) return u < 0.85 ? 'notStarted' : u < 0.97 ? 'draft' : 'submitted';
  if (u < 0.28) return 'notStarted';
  if (u < 0.5) return 'draft';
  if (u < 0.74) return 'submitted';
  if (u < 0.8) return 'returned';
  return 'countyApproved';
}

/** A draft may be half filled in: the pupils and classes first, the rest later. */
function partial(rng: Rng, values: Record<string, FieldValue>): Record<string, FieldValue> {
  if (rng.chance(0.5)) return values;
  return Object.fromEntries(
    Object.entries(values).filter(([k]) => k.startsWith('ENR.') || k.startsWith('CLASS_SIZES.')),
  );
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Generates the demo submissions of `period` (see the module comment). */
export function generateDemoSubmissions(input: DemoCollectionInput): DemoSubmission[] {
  const root = new Rng(input.seed).fork(`collection:${input.period.id}`);
  const now = Date.parse(input.now);
  const hour = 3_600_000;
  // Events fall between the opening (or 40 days ago, whichever is later) and an hour ago.
  const from = Math.max(Date.parse(input.period.openFrom), now - 40 * 24 * hour);
  const until = Math.max(from + hour, now - hour);
  const at = (rng: Rng, after: number) => after + Math.floor(rng.range(0.05, 0.5) * (until - after));

  type Draft = {
    school: DemoCollectionInput['schools'][number];
    form: FormDefinition;
    state: DemoSubmissionState | 'notStarted';
    values: Record<string, FieldValue>;
    previous: FieldValues;
    rng: Rng;
  };
  const drafts: Draft[] = [];
  for (const school of [...input.schools].sort((a, b) =>
    a.institution.code.localeCompare(b.institution.code),
  )) {
    const inst = school.institution;
    const form = formForRunningType(input.catalog, input.period, inst.runningType);
    if (!form) continue;
    const rng = root.fork(inst.code);
    let state = drawState(rng, input.progress[inst.countyCode] ?? 0.5);
    if (input.editable.has(inst.code) && state !== 'notStarted') state = 'draft';
    // Values are made lazily (below): only stored forms need them.
    drafts.push({ school, form, state, values: {}, previous: {}, rng });
  }
  // The review county: several forms waiting for it (the first not-yet-submitted ones by code).
  const review = drafts.filter((d) => d.school.institution.countyCode === input.reviewCounty);
  let waiting = review.filter((d) => d.state === 'submitted').length;
  for (const d of review) {
    if (waiting >= MIN_WAITING_IN_REVIEW_COUNTY) break;
    if ((d.state === 'notStarted' || d.state === 'draft') && !input.editable.has(d.school.institution.code)) {
      d.state = 'submitted';
      waiting++;
    }
  }
  for (const d of drafts) {
    if (d.state === 'notStarted') continue;
    const prev = d.school.previous;
    // Last year's values: for the change rule (S01) and the fallback of a form that is submitted.
    if (d.state !== 'draft') d.previous = fieldValuesFromStatistics(input.catalog, d.form, prev);
    d.values = fieldValuesFromStatistics(
      input.catalog,
      d.form,
      nextYearStatistics(d.rng, prev, input.period.schoolYear),
    );
    if (d.state === 'draft') d.values = partial(d.rng, d.values);
  }

  // Peers for the outlier rules: the county's other stored forms of the same form.
  const stored = drafts.filter((d) => d.state !== 'notStarted');
  const peersOf = (d: Draft) =>
    stored
      .filter(
        (p) =>
          p !== d &&
          p.form.id === d.form.id &&
          p.school.institution.countyCode === d.school.institution.countyCode,
      )
      .map((p) => p.values);

  const out: DemoSubmission[] = [];
  const fieldKeys = new Map<FormDefinition, string[]>();
  for (const d of stored) {
    const code = d.school.institution.code;
    const state = d.state as DemoSubmissionState;
    const school = input.schoolUser(code);
    const county = input.countyUser(d.school.institution.countyCode);
    const savedAt = at(d.rng, from);
    const explanations: Record<string, string> = {};
    const events: DemoSubmissionEvent[] = [];
    let submittedAt: string | null = null;
    let returnedAt: string | null = null;
    if (state !== 'draft') {
      const check = () =>
        validateValues(input.catalog, d.form, d.values, {
          previous: d.previous,
          peers: peersOf(d),
          mode: 'submit',
        });
      let issues: ValidationIssue[] = check();
      if (issues.some((i) => i.severity === 'hard')) {
        // Whatever the variation did (it keeps class lists summing to the pupils, sub-counts
        // within the teachers), a form that went to the county passes every hard rule: else it
        // carries last year's figures unchanged (the statistics of that year pass them).
        d.values = { ...d.previous };
        issues = check();
      }
      for (const i of issues) {
        if (i.severity === 'soft') explanations[i.ruleId] = EXPLANATIONS[i.ruleId] ?? DEFAULT_EXPLANATION;
      }
      const submitAt = at(d.rng, savedAt);
      submittedAt = iso(submitAt);
      events.push({
        action: 'submit',
        from: 'draft',
        to: 'submitted',
        actorUsername: school,
        actorLevel: 'school',
        comment: null,
        at: submittedAt,
      });
      if (state === 'returned' || state === 'countyApproved') {
        const reviewAt = iso(at(d.rng, submitAt));
        events.push({
          action: state === 'returned' ? 'return' : 'approve',
          from: 'submitted',
          to: state,
          actorUsername: county,
          actorLevel: 'county',
          comment: state === 'returned' ? d.rng.pick(RETURN_COMMENTS) : null,
          at: reviewAt,
        });
        if (state === 'returned') returnedAt = reviewAt;
      }
    }
    let keys = fieldKeys.get(d.form);
    if (!keys) fieldKeys.set(d.form, (keys = formFields(input.catalog, d.form).map((f) => f.key)));
    const values = Object.fromEntries(
      keys.filter((k) => d.values[k] !== null && d.values[k] !== undefined).map((k) => [k, d.values[k]!]),
    );
    out.push({
      institutionCode: code,
      formId: d.form.id,
      formVersion: d.form.version,
      state,
      values,
      explanations,
      savedBy: school,
      savedAt: iso(savedAt),
      events,
      submittedAt,
      returnedAt,
      version: 1 + events.length,
      updatedAt: events.at(-1)?.at ?? iso(savedAt),
    });
  }
  return out;
}
