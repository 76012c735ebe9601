/**
 * Use cases of the county standards (义务教育优质均衡, 学前教育普及普惠; issue 5): build each
 * assessed county's input from the registry and the year's statistics, evaluate with the rule
 * packs, T4 for the city, the gap-to-pass plan, and the recording of county figures and
 * evaluators' verdicts (append-only, audited).
 *
 * Assessed units are the county-level divisions (区、县、县级市); a functional zone is not one, so
 * its schools count in the NBS county their township legally belongs to.
 */
import type { Db } from '../../db/database.ts';
import {
  countyStandardHistory,
  insertCountyInputs,
  insertJudgements,
  listCurrentCountyInputs,
  listCurrentJudgements,
} from '../../db/standards/standards.repository.ts';
import { listStatisticsOfYear } from '../../db/registry/registry.repository.ts';
import type { Scope } from '../../domain/access/access.types.ts';
import { pseudonymise, type Pseudonyms } from '../../domain/shared/pseudonyms.ts';
import { scopeIncludesInstitution, scopeIncludesOrg } from '../../domain/access/scope.ts';
import type { Institution, OrgUnit } from '../../domain/registry/registry.types.ts';
import type { InstitutionYearStatistics } from '../../domain/statistics/statistics.types.ts';
import { evaluateCity, evaluateCounty } from '../../domain/standards/evaluate.ts';
import { planGapToPass } from '../../domain/standards/gap.ts';
import { kindergartenInput, splitSections } from '../../domain/standards/sections.ts';
import {
  COUNTY_INPUT_KEYS,
  type CityEvaluation,
  type CountyEvaluation,
  type CountyEvaluationInput,
  type CountyInputs,
  type GapPlan,
  type Judgement,
  type KindergartenInput,
  type RulePackSet,
  type SchoolSectionInput,
} from '../../domain/standards/standards.types.ts';
import { ownershipOf } from '../../domain/indicators/snapshot.types.ts';
import type { CountyStandardsVerdicts } from '../../domain/targets/target.engine.ts';
import type { Actor, AuditService } from '../access/audit.service.ts';
import { AppError } from '../app-error.ts';
import { requireYear } from '../registry/registry.service.ts';
import type { DataSnapshots } from '../shared/data.snapshot.ts';
import { changesBetween, type DatasetView } from '../shared/dataset.cache.ts';
import { RevisionMemo } from '../shared/revision.memo.ts';
import './standards.errors.ts';

/** The marker of the recordings (db/standards: grows with every recording). */
export const STANDARDS_RECORDS_MARKER = 'standardsRecords';

/** Chinese names of the county figures, for messages and the web page. */
export const COUNTY_INPUT_NAMES: Readonly<Record<keyof CountyInputs, string>> = {
  population3to5: '3—5 岁常住人口',
  rotationEligibleTeachers: '符合交流轮岗条件的教师数',
  rotatedTeachers: '本年度交流轮岗教师数',
  rotatedBackboneTeachers: '其中县级及以上骨干教师数',
  specialEducationFundingPerStudent: '特殊教育学校生均公用经费（元）',
};

interface CountySections {
  schools: SchoolSectionInput[];
  kindergartens: KindergartenInput[];
}

interface StandardsCache {
  view: DatasetView;
  /** The recordings' marker when cached (append-only tables: it grows with every recording). */
  records: string;
  sections: Map<number, Map<string, CountySections>>;
  recorded: {
    inputs: Awaited<ReturnType<typeof listCurrentCountyInputs>>;
    judgements: Awaited<ReturnType<typeof listCurrentJudgements>>;
  } | null;
  years: Map<number, YearEntry>;
  /** T4 verdicts of every year, once computed for this cache state. */
  verdicts?: CountyStandardsVerdicts;
}

interface YearEntry {
  inputs: CountyEvaluationInput[];
  city: CityEvaluation;
  /** Per assessed county: passes both standards (T4). The same object while the entry is reused. */
  passes: Map<string, boolean>;
}

/**
 * Pseudonyms for the institutions of a county's evaluation input outside `scope`, numbered per
 * county-level unit that runs them in the order of their codes: "济宁高新区所辖机构 03", code
 * "370871#03". A hidden institution's name that a visible one also bears is replaced only next
 * to its code, never inside sentences (it would rename the visible one).
 */
function pseudonymsOutside(view: DatasetView, input: CountyEvaluationInput, scope: Scope): Pseudonyms | null {
  const all = [...new Set([...input.schools, ...input.kindergartens].map((s) => s.institutionCode))].sort();
  const visibleNames = new Set<string>();
  const hidden: Institution[] = [];
  for (const code of all) {
    const inst = view.institutions.get(code);
    if (!inst) continue;
    if (scopeIncludesInstitution(view.orgIndex, scope, inst)) visibleNames.add(inst.name);
    else hidden.push(inst);
  }
  if (hidden.length === 0) return null;
  const codes = new Map<string, string>();
  const namesByCode = new Map<string, string>();
  const names = new Map<string, string>();
  const counters = new Map<string, number>();
  for (const inst of hidden) {
    const n = (counters.get(inst.countyCode) ?? 0) + 1;
    counters.set(inst.countyCode, n);
    const unit = view.orgIndex.byCode.get(inst.countyCode)?.name ?? '其他单位';
    const nn = String(n).padStart(2, '0');
    const name = `${unit}所辖机构 ${nn}`;
    codes.set(inst.code, `${inst.countyCode}#${nn}`);
    namesByCode.set(inst.code, name);
    if (!visibleNames.has(inst.name)) names.set(inst.name, name);
  }
  return { codes, namesByCode, names };
}

/** Whether a county-level unit is assessed on its own (not a functional zone). */
export function isAssessedUnit(unit: OrgUnit): boolean {
  return unit.level === 'county' && unit.countyKind !== 'zone';
}

export class StandardsService {
  /** Sections, recordings, evaluations and T4 per view and recordings marker. */
  private readonly memo = new RevisionMemo<readonly [DatasetView, string], StandardsCache>({
    rank: ([view, records]) => [view.revision, Number(records)],
  });

  constructor(
    private readonly db: Db,
    private readonly data: DataSnapshots,
    private readonly audit: AuditService,
    readonly packs: RulePackSet,
    /**
     * For a functional zone with townships of its own in the NBS list (济宁高新区 370871): the
     * county its schools are assessed with — the first of its legalCounties in
     * config/functional-zones.yaml (an assumption to confirm with the bureau).
     */
    private readonly zoneCounties: ReadonlyMap<string, string> = new Map(),
  ) {}

  /** The assessed counties, in the order of the org tree. */
  assessedCounties(view: DatasetView): OrgUnit[] {
    return view.orgIndex.counties.filter(isAssessedUnit);
  }

  /**
   * The county an institution is assessed with: its township's legal (NBS) county when a zone
   * administers the township; for a zone's own NBS townships, the county configured for the zone.
   */
  private legalCountyOf(view: DatasetView, inst: Institution): string {
    const township = view.orgIndex.byCode.get(inst.townshipCode);
    const legal = township?.legalParentCode ?? inst.countyCode;
    return this.zoneCounties.get(legal) ?? legal;
  }

  private async entries(): Promise<StandardsCache> {
    const snapshot = this.data.current();
    const view = await snapshot.view();
    const records = await snapshot.marker(STANDARDS_RECORDS_MARKER);
    return this.memo.get([view, records], (previous) =>
      this.nextCache(previous?.value ?? null, view, records),
    );
  }

  /** The cache for a new view or recordings marker, keeping from `old` what is still valid. */
  private async nextCache(
    old: StandardsCache | null,
    view: DatasetView,
    records: string,
  ): Promise<StandardsCache> {
    const changes = old && old.view !== view ? changesBetween(old.view, view) : null;
    if (!old || (old.view !== view && !changes)) {
      return { view, records, sections: new Map(), recorded: null, years: new Map() };
    }
    if (old.view !== view) {
      // Statistics of some institutions changed (approvals): patch those years' sections with
      // their new statistics and re-evaluate those years only; the other years stay cached.
      const sections = new Map<number, Map<string, CountySections>>();
      for (const [year, bySection] of old.sections) {
        const codes = changes!.get(year);
        sections.set(
          year,
          codes
            ? this.patchSections(
                view,
                year,
                bySection,
                codes,
                await listStatisticsOfYear(this.db, year, [...codes]),
              )
            : bySection,
        );
      }
      const sameRecords = old.records === records;
      return {
        view,
        records,
        sections,
        recorded: sameRecords ? old.recorded : null,
        years: sameRecords ? new Map([...old.years].filter(([year]) => !changes!.has(year))) : new Map(),
      };
    }
    // A new recording: re-read the recordings and re-evaluate; the statistics stay cached.
    return { ...old, records, recorded: null, years: new Map(), verdicts: undefined };
  }

  /** Adds the sections and kindergarten of each institution operating in the year to its county. */
  private addSections(
    view: DatasetView,
    year: number,
    out: Map<string, CountySections>,
    statistics: ReadonlyArray<InstitutionYearStatistics>,
  ): void {
    const operating = new Map((view.snapshots.get(year) ?? []).map((iy) => [iy.institution.code, iy]));
    for (const stats of statistics) {
      const iy = operating.get(stats.institutionCode);
      if (!iy) continue;
      const target = out.get(this.legalCountyOf(view, iy.institution));
      if (!target) continue;
      const ref = {
        code: iy.institution.code,
        name: iy.institution.name,
        runningType: iy.institution.runningType,
      };
      target.schools.push(...splitSections(ref, stats));
      const kg = kindergartenInput(ref, ownershipOf(iy), stats);
      if (kg) target.kindergartens.push(kg);
    }
    for (const t of out.values()) {
      t.schools.sort(
        (a, b) => a.institutionCode.localeCompare(b.institutionCode) || a.section.localeCompare(b.section),
      );
      t.kindergartens.sort((a, b) => a.institutionCode.localeCompare(b.institutionCode));
    }
  }

  /**
   * A year's sections with some institutions' statistics replaced (`statistics`: their new ones;
   * an institution of `codes` without new statistics drops out). `base` is not changed.
   */
  private patchSections(
    view: DatasetView,
    year: number,
    base: ReadonlyMap<string, CountySections>,
    codes: ReadonlySet<string>,
    statistics: ReadonlyArray<InstitutionYearStatistics>,
  ): Map<string, CountySections> {
    const out = new Map<string, CountySections>();
    for (const [county, s] of base) {
      out.set(county, {
        schools: s.schools.filter((x) => !codes.has(x.institutionCode)),
        kindergartens: s.kindergartens.filter((x) => !codes.has(x.institutionCode)),
      });
    }
    this.addSections(view, year, out, statistics);
    return out;
  }

  /** Each assessed county's school sections and kindergartens in a year, from the statistics. */
  private async sectionsOf(c: StandardsCache, year: number): Promise<Map<string, CountySections>> {
    const cached = c.sections.get(year);
    if (cached) return cached;
    const out = new Map<string, CountySections>(
      this.assessedCounties(c.view).map((u) => [u.code, { schools: [], kindergartens: [] }]),
    );
    this.addSections(c.view, year, out, await listStatisticsOfYear(this.db, year));
    c.sections.set(year, out);
    return out;
  }

  /** Every assessed county's input and evaluation for a school year (cached per data and recordings). */
  private async yearEntry(
    year: number,
    cache?: StandardsCache,
  ): Promise<{ view: DatasetView; entry: YearEntry }> {
    const c = cache ?? (await this.entries());
    const cached = c.years.get(year);
    if (cached) return { view: c.view, entry: cached };
    const entry = await this.evaluateYear(c, c.view, year, await this.sectionsOf(c, year));
    c.years.set(year, entry);
    return { view: c.view, entry };
  }

  /** Every assessed county's input (sections and recordings) and evaluation in a year. */
  private async evaluateYear(
    c: StandardsCache,
    view: DatasetView,
    year: number,
    sections: ReadonlyMap<string, CountySections>,
  ): Promise<YearEntry> {
    c.recorded ??= {
      inputs: await listCurrentCountyInputs(this.db),
      judgements: await listCurrentJudgements(this.db),
    };
    const byCounty = new Map<string, CountyEvaluationInput>(
      this.assessedCounties(view).map((u) => [
        u.code,
        {
          countyCode: u.code,
          countyName: u.name,
          year,
          schools: sections.get(u.code)?.schools ?? [],
          kindergartens: sections.get(u.code)?.kindergartens ?? [],
          inputs: emptyInputs(),
          judgements: [],
        },
      ]),
    );
    for (const r of c.recorded.inputs) {
      const target = r.schoolYear === year ? byCounty.get(r.countyCode) : undefined;
      if (target && (COUNTY_INPUT_KEYS as readonly string[]).includes(r.item)) {
        target.inputs[r.item as keyof CountyInputs] = r.value;
      }
    }
    for (const j of c.recorded.judgements) {
      const target = j.schoolYear === year ? byCounty.get(j.countyCode) : undefined;
      target?.judgements.push({
        itemId: j.itemId,
        met: j.met,
        score: j.score,
        evaluator: j.evaluator,
        evidence: j.evidence,
        recordedAt: j.recordedAt,
      });
    }
    const inputs = [...byCounty.values()];
    const city = evaluateCity(this.packs, inputs);
    return { inputs, city, passes: new Map(city.counties.map((e) => [e.countyCode, e.passesBoth])) };
  }

  /** The assessed county `code`, within the caller's scope; a zone or a township is refused. */
  private requireCounty(view: DatasetView, code: string, scope: Scope | null): OrgUnit {
    const unit = view.orgIndex.byCode.get(code);
    const inScope = unit !== undefined && (!scope || scopeIncludesOrg(view.orgIndex, scope, code));
    if (!unit || !inScope) {
      const e = new AppError('ORG_UNIT_NOT_FOUND', `组织机构代码 ${code} 不存在`, [
        { field: 'county', value: code, message: '组织机构代码不存在' },
      ]);
      throw unit ? e.hiding('orgUnit', unit.code) : e;
    }
    if (!isAssessedUnit(unit)) {
      throw new AppError(
        'NOT_AN_ASSESSED_COUNTY',
        unit.countyKind === 'zone'
          ? `${unit.name}是功能区，不单独参加县域评估：其学校计入所在乡镇街道的法定县市区`
          : `${unit.name}不是县级单位：县域评估以县市区为单位`,
        [{ field: 'county', value: code, message: '县域评估只对县、区、县级市进行' }],
      );
    }
    return unit;
  }

  /**
   * All assessed counties of a year in the caller's scope, with T4 for city-wide callers only (T4
   * is a city figure: a county officer gets null).
   */
  async city(
    yearArg: number | undefined,
    scope: Scope | null,
  ): Promise<{
    year: number;
    years: number[];
    city: Omit<CityEvaluation, 't4'> & { t4: CityEvaluation['t4'] | null };
    view: DatasetView;
  }> {
    const view = await this.data.current().view();
    const year = requireYear(view, yearArg);
    if (scope && !(scope.kind === 'org' && scope.orgCode === view.orgIndex.city.code)) {
      // A county officer sees the counties in scope, without the city-wide T4.
      const { entry } = await this.yearEntry(year);
      const counties = entry.city.counties
        .filter((c) => scopeIncludesOrg(view.orgIndex, scope, c.countyCode))
        .map((c) => this.masked(view, entry, c.countyCode, scope, c));
      if (counties.length === 0) {
        throw new AppError('ORG_UNIT_NOT_FOUND', '当前账号的范围内没有参加县域评估的县市区', []).hiding(
          'orgUnit',
          view.orgIndex.city.code,
        );
      }
      return { year, years: view.years, city: { counties, t4: null }, view };
    }
    const { entry } = await this.yearEntry(year);
    return { year, years: view.years, city: entry.city, view };
  }

  /** Per evaluation result and caller scope: the result as that caller sees it (decision 0011). */
  private readonly maskedResults = new WeakMap<object, Map<string, unknown>>();

  /**
   * `result` (part of `entry` for the county `countyCode`) as the caller with `scope` may see it:
   * the institutions counted in the county's evaluation but outside the scope — the schools a
   * functional zone runs in the county's territory, for the county's own account — appear under
   * pseudonyms ("济宁高新区所辖机构 03"), as everywhere else they answer as not found. The figures
   * are the county's, unchanged. Null scope (the operator) and the city see every name.
   */
  private masked<T extends object>(
    view: DatasetView,
    entry: YearEntry,
    countyCode: string,
    scope: Scope | null,
    result: T,
  ): T {
    if (!scope || (scope.kind === 'org' && scope.orgCode === view.orgIndex.city.code)) return result;
    const key = scope.kind === 'org' ? `org:${scope.orgCode}` : `inst:${scope.institutionCode}`;
    const perScope = this.maskedResults.get(result) ?? new Map<string, unknown>();
    this.maskedResults.set(result, perScope);
    const cached = perScope.get(key);
    if (cached) return cached as T;
    const input = entry.inputs.find((i) => i.countyCode === countyCode);
    const pseudonyms = input ? pseudonymsOutside(view, input, scope) : null;
    const out = pseudonyms ? pseudonymise(result, pseudonyms) : result;
    perScope.set(key, out);
    return out;
  }

  /** One assessed county's input and evaluation for a year (scope and year checked). */
  private async countyEntry(code: string, yearArg: number | undefined, scope: Scope | null) {
    const view = await this.data.current().view();
    this.requireCounty(view, code, scope);
    const { entry } = await this.yearEntry(requireYear(view, yearArg));
    const input = entry.inputs.find((i) => i.countyCode === code)!;
    const evaluation = entry.city.counties.find((c) => c.countyCode === code)!;
    return {
      view,
      input,
      evaluation,
      /** `result`, derived from this county's entry, as the caller may see it. */
      mask: <T extends object>(result: T): T => this.masked(view, entry, code, scope, result),
    };
  }

  async county(
    code: string,
    yearArg: number | undefined,
    scope: Scope | null,
  ): Promise<{ evaluation: CountyEvaluation; years: number[]; view: DatasetView }> {
    const { view, evaluation, mask } = await this.countyEntry(code, yearArg, scope);
    return { evaluation: mask(evaluation), years: view.years, view };
  }

  /** The county's evaluation input (for the drill-down to inputs and for the gap planner). */
  async countyInput(
    code: string,
    yearArg: number | undefined,
    scope: Scope | null,
  ): Promise<CountyEvaluationInput> {
    const { input, mask } = await this.countyEntry(code, yearArg, scope);
    return mask(input);
  }

  async gap(
    code: string,
    yearArg: number | undefined,
    scope: Scope | null,
  ): Promise<{ plan: GapPlan; view: DatasetView }> {
    const { view, input, mask } = await this.countyEntry(code, yearArg, scope);
    return { plan: mask(planGapToPass(this.packs, input)), view };
  }

  /**
   * For T4: per school year, per assessed county, whether it passes both standards. `token`
   * changes whenever the data or a recording changes (callers cache on it).
   */
  async verdicts(): Promise<{ token: object; verdicts: CountyStandardsVerdicts }> {
    const c = await this.entries();
    if (!c.verdicts) {
      // A year whose evaluation was kept gives the same map as before (callers compare by identity).
      const verdicts = new Map<number, Map<string, boolean>>();
      for (const year of c.view.years) verdicts.set(year, (await this.yearEntry(year, c)).entry.passes);
      c.verdicts = verdicts;
    }
    return { token: c, verdicts: c.verdicts };
  }

  /**
   * T4 verdicts on the approved statistics overlaid with others (pending submissions): `view` is
   * the data view with the overlay's enrolment, `overlay` the statistics per school year. The
   * overlaid years are re-evaluated; every other year is the approved verdict (same map).
   */
  async verdictsWithOverlay(
    view: DatasetView,
    overlay: ReadonlyMap<number, ReadonlyArray<InstitutionYearStatistics>>,
  ): Promise<CountyStandardsVerdicts> {
    const c = await this.entries();
    const out = new Map((await this.verdicts()).verdicts);
    for (const [year, statistics] of overlay) {
      if (statistics.length === 0) continue;
      const codes = new Set(statistics.map((s) => s.institutionCode));
      const sections = this.patchSections(view, year, await this.sectionsOf(c, year), codes, statistics);
      out.set(year, (await this.evaluateYear(c, view, year, sections)).passes);
    }
    return out;
  }

  /** Every recording of a county's figures and verdicts in a year, newest first. */
  async history(code: string, yearArg: number | undefined, scope: Scope | null) {
    const view = await this.data.current().view();
    this.requireCounty(view, code, scope);
    const year = requireYear(view, yearArg);
    return { year, ...(await countyStandardHistory(this.db, code, year)) };
  }

  /** Records county figures (one row per figure given); audited with old and new values. */
  async recordInputs(
    actor: Actor,
    scope: Scope | null,
    code: string,
    year: number,
    values: Partial<Record<keyof CountyInputs, number>>,
    evidence: string,
  ): Promise<void> {
    const view = await this.data.current().view();
    this.requireCounty(view, code, scope);
    requireYear(view, year);
    const keys = Object.keys(values) as (keyof CountyInputs)[];
    const old = (await this.countyInput(code, year, null)).inputs;
    await this.data.write(async (tx) => {
      await insertCountyInputs(
        tx,
        keys.map((item) => ({
          countyCode: code,
          schoolYear: year,
          item,
          value: values[item]!,
          evidence,
          recordedBy: actor.username,
        })),
      );
      await this.audit.record(
        actor,
        {
          action: 'standards.input',
          outcome: 'success',
          targetType: 'county',
          targetId: `${code}/${year}`,
          oldValue: Object.fromEntries(keys.map((k) => [k, old[k]])),
          newValue: { ...values, evidence },
        },
        tx,
      );
    });
  }

  /** Records an evaluator's verdict on a judgement item; the item must exist in a rule pack. */
  async recordJudgement(
    actor: Actor,
    scope: Scope | null,
    code: string,
    year: number,
    judgement: Pick<Judgement, 'itemId' | 'met' | 'evidence'> & { score: number | null },
  ): Promise<void> {
    const view = await this.data.current().view();
    this.requireCounty(view, code, scope);
    requireYear(view, year);
    const item = [
      ...this.packs.compulsoryBalanced.judgements,
      ...this.packs.preschoolUniversal.judgements,
    ].find((j) => j.id === judgement.itemId);
    if (!item) {
      throw new AppError('VALIDATION_FAILED', `评估项目 ${judgement.itemId} 不存在`, [
        { field: 'itemId', value: judgement.itemId, message: '应为评估规则包中需人工认定的项目编号' },
      ]);
    }
    if (item.minScore !== undefined && judgement.score === null) {
      throw new AppError('VALIDATION_FAILED', `“${item.name}”需要填写得分`, [
        {
          field: 'score',
          value: null,
          message: `该项按得分认定（不低于 ${item.minScore * 100}%），得分为 0—1 的小数`,
        },
      ]);
    }
    const old =
      (await this.countyInput(code, year, null)).judgements.find((j) => j.itemId === judgement.itemId) ??
      null;
    await this.data.write(async (tx) => {
      await insertJudgements(tx, [
        {
          countyCode: code,
          schoolYear: year,
          itemId: judgement.itemId,
          met: judgement.met,
          score: judgement.score,
          evidence: judgement.evidence,
          evaluator: actor.username,
        },
      ]);
      await this.audit.record(
        actor,
        {
          action: 'standards.judgement',
          outcome: 'success',
          targetType: 'county',
          targetId: `${code}/${year}/${judgement.itemId}`,
          oldValue: old,
          newValue: judgement,
        },
        tx,
      );
    });
  }
}

function emptyInputs(): CountyInputs {
  return {
    population3to5: null,
    rotationEligibleTeachers: null,
    rotatedTeachers: null,
    rotatedBackboneTeachers: null,
    specialEducationFundingPerStudent: null,
  };
}

/** Evaluates one county input directly (CLI offline self-assessment), with its gap plan unless `gap` is false. */
export function evaluateOffline(
  packs: RulePackSet,
  input: CountyEvaluationInput,
  gap = true,
): { evaluation: CountyEvaluation; plan: GapPlan | null } {
  return { evaluation: evaluateCounty(packs, input), plan: gap ? planGapToPass(packs, input) : null };
}
