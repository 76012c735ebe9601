/**
 * A school's own standing (本校概况, issue 13 item 7): for one institution and school year, the
 * plan's targets it is counted in (whether it counts in the numerator, the attribute that decides
 * it, its weight) beside its county's and the city's figures; its sections' county-standard
 * resource indicators L1–L7 (or, for a kindergarten, its 普及普惠 ratios) beside the county's and
 * the city's aggregates; and its collection returns with their deadlines.
 *
 * Built only on the public services of the registry, targets, standards and collection areas.
 * Other schools' figures never leave this service: the county's and the city's values are
 * aggregates (shares, student-weighted means, totals), and the school's own rows are picked out of
 * the evaluations by its code.
 */
import { scopeIncludesInstitution } from '../../domain/access/scope.ts';
import type { Scope } from '../../domain/access/access.types.ts';
import { daysUntilClose } from '../../domain/collection/approval.ts';
import { inPopulation, meetsNumerator } from '../../domain/indicators/share.indicator.ts';
import { ownershipOf, type InstitutionYear } from '../../domain/indicators/snapshot.types.ts';
import type { Plan, TargetDefinition } from '../../domain/plan/plan.types.ts';
import type { Ownership, RunningType } from '../../domain/registry/registry.types.ts';
import type {
  CountyEvaluation,
  IndicatorCode,
  IndicatorValue,
  KindergartenInput,
  PreschoolRuleDef,
  RulePackSet,
  Section,
  SchoolSectionResult,
  Verdict,
} from '../../domain/standards/standards.types.ts';
import type { TargetFigure } from '../../domain/targets/target.engine.ts';
import type { Clock } from '../access/auth.service.ts';
import { readerMay, readerScope, type Reader } from '../access/caller.ts';
import { AppError } from '../app-error.ts';
import type { CollectionServices } from '../collection/collection.services.ts';
import type { SchoolProgress } from '../collection/completeness.service.ts';
import { requireYear } from '../registry/registry.service.ts';
import type { DataSnapshots } from '../shared/data.snapshot.ts';
import type { DatasetView, DemoInfo } from '../shared/dataset.cache.ts';
import type { StandardsService } from '../standards/standards.service.ts';
import type { TargetsService } from '../targets/targets.service.ts';

/** A unit's figure of one target, as the standing page compares it. */
export type StandingFigure = Pick<
  TargetFigure,
  'orgCode' | 'value' | 'numerator' | 'denominator' | 'status' | 'expected'
> & { orgName: string };

/** One target the school is counted in (it is in the target's population that year). */
export interface StandingTarget {
  target: Pick<TargetDefinition, 'id' | 'title' | 'shortTitle' | 'threshold'>;
  /** institutions: the school counts 1; enrolment: its enrolled children or students. */
  weight: 'institutions' | 'enrolment';
  /** What decides the numerator: an attribute of the registry, or the ownership (T1). */
  attribute: string | null;
  /** The school's own value of it in the year (null when none is recorded). */
  value: string | boolean | null;
  inNumerator: boolean;
  /** The school's own part of the numerator and of the denominator. */
  numerator: number;
  denominator: number;
  county: StandingFigure;
  city: StandingFigure;
}

/** One resource indicator (L1–L7) of one of the school's sections, with the aggregates. */
export interface StandingIndicator extends IndicatorValue {
  unit: string;
  /** The county's student-weighted mean over its evaluated sections (null: not applicable). */
  countyMean: number | null;
  /** The same over every assessed county of the city. */
  cityMean: number | null;
}

export interface StandingSection {
  section: Section;
  runningType: string;
  students: number;
  exclusion: SchoolSectionResult['exclusion'];
  verdict: SchoolSectionResult['verdict'];
  metCount: number | null;
  explanation: string;
  indicators: StandingIndicator[];
  /** Sections of the county evaluated and passing (counts only). */
  countySchoolsEvaluated: number;
  countySchoolsPassing: number;
}

export type KindergartenMeasureKey = 'childrenPerTeacher' | 'certifiedShare' | 'classesWithinNorm';

/** One 普及普惠 ratio of a kindergarten against the county's and the city's. */
export interface KindergartenMeasure {
  key: KindergartenMeasureKey;
  ruleId: string;
  name: string;
  own: number | null;
  county: number | null;
  city: number | null;
  threshold: number;
  comparator: '>=' | '<=';
  /** own against the threshold; null when own is null. */
  met: boolean | null;
}

export interface StandingStandards {
  /** The county the school is assessed with (its township's legal county); null when not in any. */
  county: { code: string; name: string } | null;
  /** The county's verdicts of both standards; null with county. */
  verdicts: {
    compulsoryBalanced: Verdict;
    preschoolUniversal: Verdict;
    countyStandardsVerdict: Verdict;
  } | null;
  sections: StandingSection[];
  kindergarten: {
    ownership: Ownership;
    children: number;
    teachers: number;
    certifiedTeachers: number;
    classes: number;
    measures: KindergartenMeasure[];
  } | null;
  /** Why there is nothing to show, in Chinese; null when sections or the kindergarten are given. */
  note: string | null;
}

/** One collection period the school has a form in, with its state and deadline. */
export interface StandingReturn {
  periodId: string;
  periodName: string;
  schoolYear: number;
  openFrom: string;
  closeAt: string;
  /** Whole days to the close (negative after it). */
  daysLeft: number;
  /** The period accepts entries now (openFrom ≤ now < closeAt). */
  open: boolean;
  state: SchoolProgress['state'];
  submittedAt: string | null;
  late: boolean;
  final: boolean;
}

export interface Standing {
  institution: {
    code: string;
    name: string;
    runningType: RunningType;
    ownership: Ownership;
    countyCode: string;
    countyName: string;
    townshipCode: string;
    townshipName: string;
  };
  year: number;
  years: number[];
  /** Operating in the year (a closed or merged school is counted in nothing). */
  operating: boolean;
  city: { code: string; name: string };
  targets: StandingTarget[];
  standards: StandingStandards;
  /** null when the reader's role may not see the collection (no collection.read). */
  returns: StandingReturn[] | null;
  demo: DemoInfo | null;
}

/** The services the standing is computed from. */
export interface StandingSources {
  plan: Plan;
  data: DataSnapshots;
  clock: Clock;
  targets: Pick<TargetsService, 'targetsFor' | 'defaultYearFor'>;
  standards: Pick<StandardsService, 'city' | 'countyInput' | 'packs'>;
  collection: Pick<CollectionServices, 'catalog' | 'formFor' | 'completeness'>;
}

const SECTION_ORDER: Record<Section, number> = { primary: 0, junior: 1 };

/** Σ mean × students ÷ Σ students over the aggregates that have a mean. */
function weightedMean(parts: ReadonlyArray<{ mean: number | null; students: number }>): number | null {
  let amount = 0;
  let students = 0;
  for (const p of parts) {
    if (p.mean === null || p.students <= 0) continue;
    amount += p.mean * p.students;
    students += p.students;
  }
  return students > 0 ? amount / students : null;
}

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

function figureOf(f: TargetFigure, orgName: string): StandingFigure {
  return {
    orgCode: f.orgCode,
    orgName,
    value: f.value,
    numerator: f.numerator,
    denominator: f.denominator,
    status: f.status,
    expected: f.expected,
  };
}

export class StandingService {
  constructor(private readonly src: StandingSources) {}

  /**
   * The standing of `code` in `yearArg` (default: the reader's default year). A school account
   * reaches its own school only; an org account the schools in its subtree; any other answers as
   * not found (and the refusal is audited as out of scope).
   */
  async standing(code: string, yearArg: number | undefined, reader: Reader = null): Promise<Standing> {
    const view = await this.src.data.current().view();
    const inst = view.institutions.get(code);
    const scope: Scope | null = readerScope(reader);
    if (!inst || (scope && !scopeIncludesInstitution(view.orgIndex, scope, inst))) {
      const e = new AppError('INSTITUTION_NOT_FOUND', `学校（机构）代码 ${code} 不存在`, [
        { field: 'institution', value: code, message: '学校（机构）代码不存在' },
      ]);
      throw inst ? e.hiding('institution', code) : e;
    }
    const year = requireYear(
      view,
      yearArg,
      yearArg === undefined ? await this.src.targets.defaultYearFor(reader) : undefined,
    );
    const iy = (view.snapshots.get(year) ?? []).find((x) => x.institution.code === code) ?? null;
    const nameOf = (c: string) => view.orgIndex.byCode.get(c)?.name ?? c;
    return {
      institution: {
        code: inst.code,
        name: inst.name,
        runningType: inst.runningType,
        ownership: iy ? ownershipOf(iy) : inst.ownership,
        countyCode: inst.countyCode,
        countyName: nameOf(inst.countyCode),
        townshipCode: inst.townshipCode,
        townshipName: nameOf(inst.townshipCode),
      },
      year,
      years: view.years,
      operating: iy !== null,
      city: { code: view.orgIndex.city.code, name: view.orgIndex.city.name },
      targets: iy ? await this.targets(view, iy, year) : [],
      standards: await this.standards(view, code, year, iy !== null),
      returns: readerMay(reader, 'collection.read') ? await this.returns(code, inst.runningType) : null,
      demo: view.demo,
    };
  }

  /** The share targets whose population the school is in, with the county's and the city's figures. */
  private async targets(view: DatasetView, iy: InstitutionYear, year: number): Promise<StandingTarget[]> {
    const countyCode = iy.institution.countyCode;
    // Aggregates only: read without a scope (the school's own account could not read its county).
    const [county, city] = await Promise.all([
      this.src.targets.targetsFor(year, countyCode, null),
      this.src.targets.targetsFor(year, undefined, null),
    ]);
    const countyName = view.orgIndex.byCode.get(countyCode)?.name ?? countyCode;
    const out: StandingTarget[] = [];
    for (const t of this.src.plan.targets) {
      const ind = t.indicator;
      if (ind.kind !== 'share' || !inPopulation(ind, iy)) continue;
      const countyCard = county.cards.find((c) => c.target.id === t.id);
      const cityCard = city.cards.find((c) => c.target.id === t.id);
      if (!countyCard || !cityCard) continue;
      const byOwnership = ind.numerator.ownerships !== undefined && ind.numerator.attribute === undefined;
      const raw = ind.numerator.attribute ? iy.attributes[ind.numerator.attribute] : undefined;
      const value = byOwnership
        ? ownershipOf(iy)
        : typeof raw === 'string' || typeof raw === 'boolean'
          ? raw
          : null;
      const weight = ind.weight === 'institutions' ? 1 : (iy.enrolment ?? 0);
      const hit = meetsNumerator(ind, iy);
      out.push({
        target: { id: t.id, title: t.title, shortTitle: t.shortTitle, threshold: t.threshold },
        weight: ind.weight,
        attribute: ind.numerator.attribute ?? (ind.numerator.ownerships ? 'ownership' : null),
        value,
        inNumerator: hit,
        numerator: hit ? weight : 0,
        denominator: weight,
        county: figureOf(countyCard.figure, countyName),
        city: figureOf(cityCard.figure, view.orgIndex.city.name),
      });
    }
    return out;
  }

  /** The school's sections (or kindergarten) in the county standards, with the aggregates. */
  private async standards(
    view: DatasetView,
    code: string,
    year: number,
    operating: boolean,
  ): Promise<StandingStandards> {
    const empty = (note: string): StandingStandards => ({
      county: null,
      verdicts: null,
      sections: [],
      kindergarten: null,
      note,
    });
    if (!operating) return empty(`本校 ${year} 学年不在办，未计入县域评估`);
    const { city } = await this.src.standards.city(year, null);
    const packs = this.src.standards.packs;
    // The county the school is assessed with: where its sections or its kindergarten are counted.
    let evaluation: CountyEvaluation | null = null;
    let kindergarten: KindergartenInput | null = null;
    const township = view.orgIndex.byCode.get(view.institutions.get(code)!.townshipCode);
    const legal = township?.legalParentCode ?? view.institutions.get(code)!.countyCode;
    const counties = [...city.counties].sort(
      (a, b) => Number(b.countyCode === legal) - Number(a.countyCode === legal),
    );
    for (const c of counties) {
      const inSections = c.compulsoryBalanced.schools.some((s) => s.institutionCode === code);
      const kg = (await this.src.standards.countyInput(c.countyCode, year, null)).kindergartens.find(
        (k) => k.institutionCode === code,
      );
      if (inSections || kg) {
        evaluation = c;
        kindergarten = kg ?? null;
        break;
      }
    }
    if (!evaluation) {
      return empty(
        `本校 ${year} 学年没有计入县域义务教育优质均衡或学前教育普及普惠评估的学段（无该学年统计数据，或办学类型不参评）`,
      );
    }
    const ev = evaluation;
    const defs = new Map(packs.compulsoryBalanced.indicators.map((d) => [d.code, d]));
    const cityMean = (section: Section, indicator: IndicatorCode) =>
      weightedMean(
        city.counties.map((c) => {
          const cv = c.compulsoryBalanced.sections[section].cv.find((x) => x.code === indicator);
          return { mean: cv?.mean ?? null, students: cv?.students ?? 0 };
        }),
      );
    const sections: StandingSection[] = ev.compulsoryBalanced.schools
      .filter((s) => s.institutionCode === code)
      .sort((a, b) => SECTION_ORDER[a.section] - SECTION_ORDER[b.section])
      .map((s) => {
        const summary = ev.compulsoryBalanced.sections[s.section];
        return {
          section: s.section,
          runningType: s.runningType,
          students: s.students,
          exclusion: s.exclusion,
          verdict: s.verdict,
          metCount: s.metCount,
          explanation: s.explanation,
          indicators: s.indicators.map((ind) => ({
            ...ind,
            unit: defs.get(ind.code)?.unit ?? '',
            countyMean: summary.cv.find((x) => x.code === ind.code)?.mean ?? null,
            cityMean: cityMean(s.section, ind.code),
          })),
          countySchoolsEvaluated: summary.schoolsEvaluated,
          countySchoolsPassing: summary.schoolsPassing,
        };
      });
    return {
      county: { code: ev.countyCode, name: ev.countyName },
      verdicts: {
        compulsoryBalanced: ev.compulsoryBalanced.verdict,
        preschoolUniversal: ev.preschoolUniversal.verdict,
        countyStandardsVerdict: ev.countyStandardsVerdict,
      },
      sections,
      kindergarten: kindergarten ? this.kindergartenStanding(kindergarten, ev, city.counties, packs) : null,
      note: null,
    };
  }

  /** A kindergarten's children per teacher, certified share and classes within the norm. */
  private kindergartenStanding(
    kg: KindergartenInput,
    county: CountyEvaluation,
    counties: readonly CountyEvaluation[],
    packs: RulePackSet,
  ): NonNullable<StandingStandards['kindergarten']> {
    const rules = packs.preschoolUniversal.rules;
    const ruleOf = <K extends PreschoolRuleDef['kind']>(kind: K) =>
      rules.find((r): r is Extract<PreschoolRuleDef, { kind: K }> => r.kind === kind);
    const countyValue = (ev: CountyEvaluation, ruleId: string) =>
      ev.preschoolUniversal.rules.find((r) => r.ruleId === ruleId)?.value ?? null;
    const sum = (f: (t: CountyEvaluation['preschoolUniversal']['totals']) => number) =>
      counties.reduce((s, c) => s + f(c.preschoolUniversal.totals), 0);
    const measures: KindergartenMeasure[] = [];
    const perTeacher = ruleOf('childrenPerTeacher');
    if (perTeacher) {
      const own = ratio(kg.children, kg.teachers);
      measures.push({
        key: 'childrenPerTeacher',
        ruleId: perTeacher.id,
        name: perTeacher.name,
        own,
        county: countyValue(county, perTeacher.id),
        city: ratio(
          sum((t) => t.children),
          sum((t) => t.teachers),
        ),
        threshold: perTeacher.max,
        comparator: '<=',
        met: own === null ? null : own <= perTeacher.max,
      });
    }
    const certification = ruleOf('kindergartenCertification');
    if (certification) {
      const own = ratio(kg.certifiedTeachers, kg.teachers);
      measures.push({
        key: 'certifiedShare',
        ruleId: certification.id,
        name: certification.name,
        own,
        county: countyValue(county, certification.id),
        city: ratio(
          sum((t) => t.certifiedTeachers),
          sum((t) => t.teachers),
        ),
        threshold: certification.min,
        comparator: '>=',
        met: own === null ? null : own >= certification.min,
      });
    }
    const classSize = ruleOf('kindergartenClassSize');
    if (classSize) {
      const within = kg.classes.filter((c) => c.size <= classSize.maxClassSize[c.grade]).length;
      const own = ratio(within, kg.classes.length);
      measures.push({
        key: 'classesWithinNorm',
        ruleId: classSize.id,
        name: classSize.name,
        own,
        county: countyValue(county, classSize.id),
        // Each county's share of classes within the norm, weighted by its classes.
        city: weightedMean(
          counties.map((c) => ({
            mean: countyValue(c, classSize.id),
            students: c.preschoolUniversal.totals.classes,
          })),
        ),
        threshold: classSize.min,
        comparator: '>=',
        met: own === null ? null : own >= classSize.min,
      });
    }
    return {
      ownership: kg.ownership,
      children: kg.children,
      teachers: kg.teachers,
      certifiedTeachers: kg.certifiedTeachers,
      classes: kg.classes.length,
      measures,
    };
  }

  /** Every collection period the school has a form in: its state there and the deadline. */
  private async returns(code: string, runningType: string): Promise<StandingReturn[]> {
    const now = this.src.clock().getTime();
    // The school's own progress, read in the school's own scope (the reader's scope holds it).
    const schoolCaller = {
      actor: { id: null, username: 'standing', ip: null },
      scope: { kind: 'institution' as const, institutionCode: code },
    };
    const out: StandingReturn[] = [];
    for (const period of this.src.collection.catalog.periods) {
      if (this.src.collection.formFor(period, runningType) === null) continue;
      const progress = await this.src.collection.completeness.completeness(period.id, schoolCaller);
      const own = progress.schools.find((s) => s.code === code);
      if (!own) continue; // not operating in the period's school year
      out.push({
        periodId: period.id,
        periodName: period.name,
        schoolYear: period.schoolYear,
        openFrom: period.openFrom,
        closeAt: period.closeAt,
        daysLeft: daysUntilClose(period.closeAt, now),
        open: Date.parse(period.openFrom) <= now && now < Date.parse(period.closeAt),
        state: own.state,
        submittedAt: own.submittedAt,
        late: own.late,
        final: own.final,
      });
    }
    // The latest period first (the one a clerk works on).
    return out.sort((a, b) => b.schoolYear - a.schoolYear || b.closeAt.localeCompare(a.closeAt));
  }
}
