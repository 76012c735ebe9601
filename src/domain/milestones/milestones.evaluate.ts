/**
 * Milestone completion per county-level unit (时间节点完成情况), evaluated on a day from the rules in
 * the plan file. Pure: everything read comes in a MilestoneWorld.
 *
 * On a day D the registry is read for the school year running on D (a school year starts on
 * 1 September: 2025-12-31 is in school year 2025); the county figures and verdicts for the latest
 * school year with statistics not after it; the township facts and county reports in force on D.
 * A county that meets the rule is 已完成 (with the day it was completed where known); one that does
 * not is 未完成 up to the deadline and 逾期未完成 from the day after; one whose last missing pieces
 * are recorded by the county but not yet verified by the city is 待核实; one the rule does not apply
 * to is 不涉及.
 */
import type { InstitutionYear } from '../indicators/snapshot.types.ts';
import type { AttributeCondition, CompletionRule, Milestone, TownshipSelection } from '../plan/plan.types.ts';
import type {
  CountyUnit,
  MilestoneStatus,
  MilestoneUnit,
  MilestoneUnitStatus,
  MilestoneWorld,
  MissingUnit,
  TownshipFactRecord,
} from './milestones.types.ts';
import {
  conditionText,
  COUNTY_FIGURE_NAMES_ZH,
  COUNTY_VERDICT_NAMES_ZH,
  ruleText,
  runningTypesText,
  TOWNSHIP_FACT_NAMES_ZH,
} from './milestones.text.ts';

/** The school year running on a day: from 1 September of its year to 31 August of the next. */
export function schoolYearOf(date: string): number {
  const y = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 9 ? y : y - 1;
}

/** The first day of a school year. */
export const schoolYearStart = (year: number): string => `${year}-09-01`;

/** The day after a YYYY-MM-DD day. */
export function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** 乡镇 (a 镇 or a 乡), as opposed to a 街道 or another township-level unit. */
export const isTown = (name: string): boolean => name.endsWith('镇') || name.endsWith('乡');

function selectTownships(county: CountyUnit, sel: TownshipSelection) {
  return sel === 'all' ? county.townships : county.townships.filter((t) => isTown(t.name));
}

/** Whether an institution has, in its year, one of the listed values of every attribute named. */
export function meetsCondition(iy: InstitutionYear, cond: AttributeCondition): boolean {
  for (const [name, values] of Object.entries(cond)) {
    const v = (iy.attributes as Record<string, unknown>)[name];
    if (v === undefined || !(values ?? []).some((x) => x === v)) return false;
  }
  return true;
}

const fmt = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** What one check of one county found. */
interface Check {
  required: boolean;
  missing: Array<{ code: string; name: string; since?: string | null }>;
  awaiting: Array<{ code: string; name: string; since?: string | null }>;
  detail: string;
  /** For date-based rules: the day the county completed it (known from the records). */
  doneSince?: string | null;
}

const notRequired = (detail: string): Check => ({ required: false, missing: [], awaiting: [], detail });

/** A registry rule in one school year. */
function checkRegistry(
  rule: Extract<CompletionRule, { kind: 'countyInstitution' | 'townshipInstitution' | 'everyInstitution' }>,
  county: CountyUnit,
  world: MilestoneWorld,
  year: number,
): Check {
  const all = world
    .institutions(county.code, year)
    .filter((iy) => rule.runningTypes.includes(iy.institution.runningType));
  const types = runningTypesText(rule.runningTypes);
  switch (rule.kind) {
    case 'countyInstitution': {
      let popText = '';
      if (rule.population) {
        const p = county.population10k;
        const min = rule.population.atLeast10k;
        if (p !== null && p < min) {
          return notRequired(`常住人口 ${fmt(p)} 万人，低于 ${fmt(min)} 万人，不涉及`);
        }
        popText =
          p === null
            ? `未登记常住人口，按须完成计；`
            : `常住人口 ${fmt(p)} 万人（不低于 ${fmt(min)} 万人）；`;
      }
      const found = rule.attributes ? all.filter((iy) => meetsCondition(iy, rule.attributes!)) : all;
      const attrs = rule.attributes ? `${conditionText(rule.attributes)}的` : '';
      return {
        required: true,
        missing: found.length > 0 ? [] : [{ code: county.code, name: county.name }],
        awaiting: [],
        detail: `${popText}${year} 学年在办${attrs}${types} ${found.length} 所`,
      };
    }
    case 'townshipInstitution': {
      const townships = selectTownships(county, rule.townships);
      if (townships.length === 0) return notRequired('无应纳入的乡镇（街道），不涉及');
      const withIt = new Set(
        all.filter((iy) => meetsCondition(iy, rule.attributes)).map((iy) => iy.institution.townshipCode),
      );
      const missing = townships.filter((t) => !withIt.has(t.code));
      return {
        required: true,
        missing: missing.map((t) => ({ code: t.code, name: t.name })),
        awaiting: [],
        detail: `${year} 学年 ${townships.length} 个乡镇（街道）中 ${townships.length - missing.length} 个具备：${conditionText(rule.attributes)}的${types}`,
      };
    }
    case 'everyInstitution': {
      const inScope =
        rule.townships === 'all' ? null : new Set(selectTownships(county, rule.townships).map((t) => t.code));
      const set = all.filter(
        (iy) =>
          (inScope === null || inScope.has(iy.institution.townshipCode)) &&
          (rule.where === undefined || meetsCondition(iy, rule.where)),
      );
      const where = rule.where ? `${conditionText(rule.where)}的` : '';
      if (set.length === 0) return notRequired(`${year} 学年无在办的${where}${types}，不涉及`);
      const missing = set.filter((iy) => !meetsCondition(iy, rule.attributes));
      return {
        required: true,
        missing: missing.map((iy) => ({ code: iy.institution.code, name: iy.institution.name })),
        awaiting: [],
        detail: `${year} 学年在办的${where}${types} ${set.length} 所，其中 ${set.length - missing.length} 所${conditionText(rule.attributes)}`,
      };
    }
  }
}

/** The latest school year with statistics not after `year` (county figures and verdicts). */
function statisticsYear(world: MilestoneWorld, year: number): number | null {
  let out: number | null = null;
  for (const y of world.statisticsYears) if (y <= year) out = y;
  return out;
}

/** A county figure or verdict rule for a statistics year. */
function checkCountyData(
  rule: Extract<CompletionRule, { kind: 'countyFigure' | 'countyVerdict' }>,
  county: CountyUnit,
  world: MilestoneWorld,
  year: number,
): Check {
  const self = [{ code: county.code, name: county.name }];
  if (rule.kind === 'countyFigure') {
    const v = world.figure(county.code, rule.figure, year);
    const name = COUNTY_FIGURE_NAMES_ZH[rule.figure];
    if (v === null)
      return { required: true, missing: self, awaiting: [], detail: `${year} 学年${name}未录入` };
    const ok = v >= rule.atLeast;
    return {
      required: true,
      missing: ok ? [] : self,
      awaiting: [],
      detail: `${year} 学年${name} ${fmt(v)}，${ok ? '不低于' : '低于'} ${fmt(rule.atLeast)}`,
    };
  }
  const v = world.verdict(county.code, rule.verdict, year);
  const name = COUNTY_VERDICT_NAMES_ZH[rule.verdict];
  const text =
    v === 'pass' ? '达标' : v === 'fail' ? '未达标' : v === 'incomplete' ? '数据不全，无法判定' : '未评估';
  return {
    required: true,
    missing: v === 'pass' ? [] : self,
    awaiting: [],
    detail: `${year} 学年${name}评估：${text}`,
  };
}

/** The record of a township fact in force on a day: latest effective, then latest recorded; rejected ones never count. */
export function factInForce(
  records: readonly TownshipFactRecord[],
  townshipCode: string,
  fact: TownshipFactRecord['fact'],
  day: string,
): TownshipFactRecord | null {
  let best: TownshipFactRecord | null = null;
  for (const r of records) {
    if (r.townshipCode !== townshipCode || r.fact !== fact || r.review === 'rejected') continue;
    if (r.effectiveFrom > day) continue;
    if (
      !best ||
      r.effectiveFrom > best.effectiveFrom ||
      (r.effectiveFrom === best.effectiveFrom && r.recordedAt >= best.recordedAt)
    )
      best = r;
  }
  return best;
}

function checkFacts(
  rule: Extract<CompletionRule, { kind: 'townshipFact' }>,
  county: CountyUnit,
  world: MilestoneWorld,
): Check {
  const townships = selectTownships(county, rule.townships);
  if (townships.length === 0) return notRequired('无应纳入的乡镇，不涉及');
  const missing: Check['missing'] = [];
  const awaiting: Check['awaiting'] = [];
  let doneSince: string | null = null;
  for (const t of townships) {
    const r = factInForce(world.facts, t.code, rule.fact, world.asOf);
    if (r && r.value && r.review === 'verified') {
      if (doneSince === null || r.effectiveFrom > doneSince) doneSince = r.effectiveFrom;
    } else if (r && r.value) {
      awaiting.push({ code: t.code, name: t.name, since: r.effectiveFrom });
    } else {
      // A recorded "no" after a "yes" lapses from its day.
      missing.push({ code: t.code, name: t.name, since: r ? r.effectiveFrom : null });
    }
  }
  const done = townships.length - missing.length - awaiting.length;
  const wait = awaiting.length > 0 ? `，${awaiting.length} 个已登记待市级核实` : '';
  return {
    required: true,
    missing,
    awaiting,
    doneSince,
    detail: `${townships.length} 个乡镇中 ${done} 个经市级核实${TOWNSHIP_FACT_NAMES_ZH[rule.fact]}${wait}`,
  };
}

function checkReported(milestone: Milestone, county: CountyUnit, world: MilestoneWorld): Check {
  let best: MilestoneWorld['reports'][number] | null = null;
  for (const r of world.reports) {
    if (r.milestoneId !== milestone.id || r.countyCode !== county.code || r.review === 'rejected') continue;
    if (r.completedOn > world.asOf) continue;
    if (!best || r.recordedAt >= best.recordedAt) best = r;
  }
  const self = { code: county.code, name: county.name };
  if (!best)
    return {
      required: true,
      missing: [self],
      awaiting: [],
      detail: '县市区尚未报送完成情况（或报送被退回）',
    };
  if (best.review === 'verified') {
    return {
      required: true,
      missing: [],
      awaiting: [],
      doneSince: best.completedOn,
      detail: `县市区报送于 ${best.completedOn} 完成，市级已核实`,
    };
  }
  return {
    required: true,
    missing: [],
    awaiting: [{ ...self, since: best.completedOn }],
    detail: `县市区报送于 ${best.completedOn} 完成，待市级核实`,
  };
}

/** Whether a registry or county-data rule is checked per school year (and so has a history). */
type YearlyRule = Extract<
  CompletionRule,
  {
    kind: 'countyInstitution' | 'townshipInstitution' | 'everyInstitution' | 'countyFigure' | 'countyVerdict';
  }
>;

function checkYear(rule: YearlyRule, county: CountyUnit, world: MilestoneWorld, year: number): Check {
  return rule.kind === 'countyFigure' || rule.kind === 'countyVerdict'
    ? checkCountyData(rule, county, world, year)
    : checkRegistry(rule, county, world, year);
}

/** One county's completion of one milestone on the world's day. */
export function evaluateUnit(milestone: Milestone, county: CountyUnit, world: MilestoneWorld): MilestoneUnit {
  const rule = milestone.completion;
  const base = { orgCode: county.code, orgName: county.name };
  if (rule.countyKinds && (county.kind === null || !rule.countyKinds.includes(county.kind))) {
    const why =
      county.kind === 'zone'
        ? '功能区不单列，由所在县市区统筹，不涉及'
        : '不属于本规则适用的县级单位，不涉及';
    return { ...base, status: 'notRequired', since: null, missing: [], awaiting: [], detail: why };
  }
  const overdueFrom = dayAfter(milestone.deadline);
  const overdue = world.asOf >= overdueFrom;

  let check: Check;
  /** Per missing unit code: the first school year of its current run of failures (for "since"). */
  let lapsedFrom = new Map<string, string | null>();
  let doneSince: string | null = null;

  if (rule.kind === 'townshipFact' || rule.kind === 'reported') {
    check =
      rule.kind === 'townshipFact'
        ? checkFacts(rule, county, world)
        : checkReported(milestone, county, world);
    doneSince = check.doneSince ?? null;
    lapsedFrom = new Map(check.missing.map((m) => [m.code, m.since ?? null]));
  } else {
    const byData = rule.kind === 'countyFigure' || rule.kind === 'countyVerdict';
    const current = byData ? statisticsYear(world, schoolYearOf(world.asOf)) : schoolYearOf(world.asOf);
    if (current === null) {
      check = {
        required: true,
        missing: [{ code: county.code, name: county.name }],
        awaiting: [],
        detail: '尚无统计学年的县级数据',
      };
    } else {
      check = checkYear(rule, county, world, current);
      // Walk back through earlier years: how long has each unit been missing, since when is it done?
      const years = byData
        ? world.statisticsYears.filter((y) => y < current && y >= world.firstYear).reverse()
        : Array.from({ length: Math.max(0, current - world.firstYear) }, (_, i) => current - 1 - i);
      const open = new Set(check.missing.map((m) => m.code));
      const run = new Map<string, number>(check.missing.map((m) => [m.code, current]));
      let doneFrom: number | null = check.required && check.missing.length === 0 ? current : null;
      for (const y of years) {
        if (open.size === 0 && doneFrom === null) break;
        const earlier = checkYear(rule, county, world, y);
        const missingThen = new Set(earlier.missing.map((m) => m.code));
        for (const code of [...open]) {
          if (missingThen.has(code) || !earlier.required) run.set(code, y);
          else open.delete(code);
        }
        if (doneFrom !== null) {
          if (earlier.required && earlier.missing.length === 0) doneFrom = y;
          else {
            doneSince = schoolYearStart(doneFrom);
            doneFrom = null;
          }
        }
      }
      // Still done in the earliest year read: completed before the records begin (day unknown).
      if (doneFrom !== null) doneSince = null;
      for (const m of check.missing) {
        const first = run.get(m.code)!;
        // Missing in every year read: never had it (no lapse day); else missing from that school year.
        lapsedFrom.set(m.code, open.has(m.code) ? null : schoolYearStart(first));
      }
    }
  }

  if (!check.required)
    return { ...base, status: 'notRequired', since: null, missing: [], awaiting: [], detail: check.detail };
  const sinceOf = (code: string): string | null => {
    if (!overdue) return null;
    const lapse = lapsedFrom.get(code) ?? null;
    return lapse !== null && lapse > overdueFrom ? lapse : overdueFrom;
  };
  const missing: MissingUnit[] = check.missing.map((m) => ({
    code: m.code,
    name: m.name,
    since: sinceOf(m.code),
  }));
  const awaiting: MissingUnit[] = check.awaiting.map((m) => ({
    code: m.code,
    name: m.name,
    since: m.since ?? null,
  }));
  let status: MilestoneUnitStatus;
  let since: string | null = null;
  if (missing.length > 0) {
    status = overdue ? 'overdue' : 'notDone';
    if (overdue)
      since = missing.reduce<string>(
        (a, m) => (m.since !== null && m.since < a ? m.since : a),
        missing[0]!.since!,
      );
  } else if (awaiting.length > 0) status = 'toVerify';
  else {
    status = 'done';
    since = doneSince;
  }
  return { ...base, status, since, missing, awaiting, detail: check.detail };
}

/** The city's status: every county required done → done; otherwise the worst of them. */
export function cityStatusOf(units: readonly MilestoneUnit[]): MilestoneUnitStatus {
  const required = units.filter((u) => u.status !== 'notRequired');
  if (required.length === 0) return 'notRequired';
  for (const s of ['overdue', 'notDone', 'toVerify'] as const)
    if (required.some((u) => u.status === s)) return s;
  return 'done';
}

export function summaryOf(units: readonly MilestoneUnit[]): Record<MilestoneUnitStatus, number> {
  const out: Record<MilestoneUnitStatus, number> = {
    done: 0,
    notDone: 0,
    overdue: 0,
    toVerify: 0,
    notRequired: 0,
  };
  for (const u of units) out[u.status] += 1;
  return out;
}

/** Every milestone of the plan for every county of the world, on the world's day. */
export function evaluateMilestones(
  milestones: readonly Milestone[],
  world: MilestoneWorld,
): MilestoneStatus[] {
  return milestones.map((m) => {
    const units = world.counties.map((c) => evaluateUnit(m, c, world));
    return {
      id: m.id,
      task: m.task,
      title: m.title,
      deadline: m.deadline,
      method: m.completion.kind === 'reported' ? 'reported' : 'computed',
      rule: ruleText(m.completion),
      units,
      summary: summaryOf(units),
      cityStatus: cityStatusOf(units),
    };
  });
}
