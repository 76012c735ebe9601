/**
 * Use cases of the headline targets: scorecard, one unit's targets with trends, breakdowns — on
 * the approved data, or with pending submissions overlaid; and how complete each year's data is.
 */
import type { Plan, TargetDefinition } from '../../domain/plan/plan.types.ts';
import {
  computeChildBreakdown,
  computeScorecard,
  computeTargetFigure,
  findTarget,
  listContributions,
  type CountyStandardsVerdicts,
  type TargetFigure,
} from '../../domain/targets/target.engine.ts';
import { projectOutlook, type TargetOutlook } from '../../domain/targets/outlook.ts';
import type { InstitutionContribution } from '../../domain/indicators/share.indicator.ts';
import type { InstitutionYear } from '../../domain/indicators/snapshot.types.ts';
import { totalEnrolment } from '../../domain/shared/enrolment.ts';
import { scopeIncludesOrg } from '../../domain/access/scope.ts';
import { daysUntilClose } from '../../domain/collection/approval.ts';
import type {
  CollectionCatalog,
  CollectionPeriod,
  FormDefinition,
} from '../../domain/collection/catalog.types.ts';
import type { InstitutionYearStatistics } from '../../domain/statistics/statistics.types.ts';
import type { Clock } from '../access/auth.service.ts';
import { readerMay, readerScope, type Reader } from '../access/caller.ts';
import { AppError } from '../app-error.ts';
import type { PendingSubmission } from '../collection/completeness.service.ts';
import { requireOrg, requireYear } from '../registry/registry.service.ts';
import type { DataSnapshots } from '../shared/data.snapshot.ts';
import { changesBetween, overlayEnrolment, type DatasetView } from '../shared/dataset.cache.ts';
import { RevisionMemo, RevisionMemoMap } from '../shared/revision.memo.ts';
import { DEFAULT_LIVE_FIGURES_SETTINGS, type LiveFiguresSettings } from '../shared/live-figures.loader.ts';
import './targets.errors.ts';

export interface TargetCard {
  target: Pick<
    TargetDefinition,
    'id' | 'title' | 'shortTitle' | 'threshold' | 'deadlineYear' | 'baselineYear' | 'source'
  >;
  figure: TargetFigure;
  /** The same unit's figure in every year with data, for trend lines. */
  trend: Array<Pick<TargetFigure, 'year' | 'value' | 'status' | 'expected'>>;
  /**
   * The 2027 projection on the last three complete years' linear trend as of the card's year
   * (decision 0013); null when the unit's figure is not computed (e.g. T4 for a county).
   */
  outlook: TargetOutlook | null;
}

/** How complete a school year's data is for one org unit. */
export interface YearCoverage {
  year: number;
  /** Operating institutions of the unit that fill a form that year. */
  expected: number;
  /** Of them, with (approved) statistics. */
  reported: number;
  /** Of the others, with a submission waiting for approval. */
  pendingReported: number;
  /** (reported, plus pendingReported when pending submissions are included) ÷ expected. */
  share: number;
  /** share ≥ the configured threshold (config/live-figures.yaml). */
  complete: boolean;
  periodId: string | null;
  periodName: string | null;
  /** Whole days to the period's close (negative after it); null without a period. */
  daysLeft: number | null;
}

/** Figures computed for one state of the data (approved, or with pending submissions). */
interface Computed {
  view: DatasetView;
  standardsToken: object | null;
  standards: CountyStandardsVerdicts | undefined;
  figures: TargetFigure[];
  index: Map<string, TargetFigure>;
}

/** Submissions waiting for approval, as statistics (memoised per marker of the submissions). */
interface PendingList {
  /** Per school year, per institution. */
  byYear: Map<number, Map<string, InstitutionYearStatistics>>;
}

/** Where the pending submissions, the collection periods and the forms come from. */
export interface CollectionSource {
  catalog: CollectionCatalog;
  formFor(period: CollectionPeriod, runningType: string): FormDefinition | null;
  /** The submissions waiting for approval, as statistics. */
  pendingStatistics(): Promise<PendingSubmission[]>;
  /** The marker of the submissions in the request's snapshot (changes whenever one is written). */
  pendingMarker(): Promise<string>;
}

export interface LiveFiguresOptions {
  collection: CollectionSource;
  clock: Clock;
  settings?: LiveFiguresSettings;
}

function targetSummary(t: TargetDefinition): TargetCard['target'] {
  return {
    id: t.id,
    title: t.title,
    shortTitle: t.shortTitle,
    threshold: t.threshold,
    deadlineYear: t.deadlineYear,
    baselineYear: t.baselineYear,
    source: t.source,
  };
}

const figureKey = (f: Pick<TargetFigure, 'targetId' | 'orgCode' | 'year'>) =>
  `${f.targetId}:${f.orgCode}:${f.year}`;

function indexed(
  view: DatasetView,
  standardsToken: object | null,
  standards: CountyStandardsVerdicts | undefined,
  figures: TargetFigure[],
): Computed {
  return { view, standardsToken, standards, figures, index: new Map(figures.map((f) => [figureKey(f), f])) };
}

export class TargetsService {
  /** The scorecard on the approved data, per view and T4 verdicts. */
  private readonly approvedMemo = new RevisionMemo<readonly [DatasetView, object | null], Computed>({
    rank: ([view]) => [view.revision],
  });
  /** The scorecard with pending submissions, per approved scorecard and pending list. */
  private readonly overlaidMemo = new RevisionMemo<readonly [Computed, PendingList], Computed>({
    rank: ([base]) => [base.view.revision],
  });
  /** The pending submissions, per marker of the submissions. */
  private readonly pendingMemo = new RevisionMemo<readonly [string], PendingList>();
  /** Coverage per unit and mode (counts only; the days left are worked out per call). */
  private readonly coverageMemo = new RevisionMemoMap<
    readonly [Computed, PendingList],
    Array<YearCoverage & { closeAt: string | null }>
  >({ rank: ([sc]) => [sc.view.revision] });
  /** How scorecards were computed so far (tests and benchmarks read it). */
  readonly counts = { full: 0, partial: 0 };
  private readonly settings: LiveFiguresSettings;

  constructor(
    private readonly plan: Plan,
    private readonly data: DataSnapshots,
    /** Supplies T4 (county standards); without it T4 is reported as not computed. */
    private readonly standards?: {
      verdicts(): Promise<{ token: object; verdicts: CountyStandardsVerdicts }>;
      /** T4 with other statistics overlaid; without it T4 stays on the approved data. */
      verdictsWithOverlay?(
        view: DatasetView,
        overlay: ReadonlyMap<number, ReadonlyArray<InstitutionYearStatistics>>,
      ): Promise<CountyStandardsVerdicts>;
    },
    /** Pending submissions, periods and forms; without it nothing is pending and every type reports. */
    private readonly live?: LiveFiguresOptions,
  ) {
    this.settings = live?.settings ?? DEFAULT_LIVE_FIGURES_SETTINGS;
  }

  private async approvedScorecard(): Promise<Computed> {
    const view = await this.data.current().view();
    if (view.orgIndex.city.code !== this.plan.orgCode) {
      throw new AppError(
        'PLAN_ORG_MISMATCH',
        `方案《${this.plan.title}》适用于 ${this.plan.orgCode}，但数据库中的市级单位是 ${view.orgIndex.city.code} ${view.orgIndex.city.name}`,
        [
          {
            field: 'plan.orgCode',
            value: this.plan.orgCode,
            message: '方案的适用单位与数据库中的市级单位不一致',
          },
        ],
      );
    }
    const needsStandards = this.plan.targets.some((t) => t.indicator.kind === 'countyStandards');
    const st = needsStandards && this.standards ? await this.standards.verdicts() : null;
    return this.approvedMemo.get([view, st?.token ?? null], (previous) => {
      const old = previous?.value ?? null;
      const changed = old ? this.changedYears(old, view, st?.verdicts) : null;
      return this.recompute(old, changed, view, st?.token ?? null, st?.verdicts);
    });
  }

  /**
   * The school years whose figures may differ between a computed scorecard and new data: those
   * with changed statistics (the view was patched) or changed T4 verdicts; null when anything may
   * have changed (the view was reloaded in full).
   */
  private changedYears(
    old: Computed,
    view: DatasetView,
    standards: CountyStandardsVerdicts | undefined,
  ): Set<number> | null {
    if (old.view.orgIndex !== view.orgIndex) return null;
    const changes = changesBetween(old.view, view);
    if (!changes) return null;
    const years = new Set(changes.keys());
    const before = new Set(old.view.years);
    for (const y of view.years) if (!before.delete(y)) years.add(y);
    for (const y of before) years.add(y);
    if ((old.standards === undefined) !== (standards === undefined)) return null;
    if (old.standards && standards) {
      for (const y of new Set([...old.standards.keys(), ...standards.keys()])) {
        if (old.standards.get(y) !== standards.get(y)) years.add(y);
      }
    }
    return years;
  }

  /**
   * The scorecard of `view`: only the `changed` years recomputed when given (and no target's
   * baseline year is among them, which would move every year's status), else all of it.
   */
  private recompute(
    old: Computed | null,
    changed: ReadonlySet<number> | null,
    view: DatasetView,
    standardsToken: object | null,
    standards: CountyStandardsVerdicts | undefined,
  ): Computed {
    const baselines = new Set(this.plan.targets.map((t) => t.baselineYear));
    if (!old || !changed || [...changed].some((y) => baselines.has(y))) {
      this.counts.full += 1;
      return indexed(
        view,
        standardsToken,
        standards,
        computeScorecard(this.plan, view.orgIndex, view.snapshots, standards),
      );
    }
    this.counts.partial += 1;
    if (changed.size === 0) return { ...old, view, standardsToken, standards };
    const some = new Map<number, InstitutionYear[]>();
    for (const y of [...changed, ...baselines]) {
      const snap = view.snapshots.get(y);
      if (snap) some.set(y, snap);
    }
    const fresh = computeScorecard(this.plan, view.orgIndex, some, standards).filter((f) =>
      changed.has(f.year),
    );
    const years = new Set(view.years);
    const kept = old.figures.filter((f) => !changed.has(f.year) && years.has(f.year));
    // The order of computeScorecard: target, year, then the city before the counties.
    const targetPos = new Map(this.plan.targets.map((t, i) => [t.id, i]));
    const orgPos = new Map(
      [view.orgIndex.city, ...view.orgIndex.counties].map((u, i) => [u.code, i] as const),
    );
    const figures = [...kept, ...fresh].sort(
      (a, b) =>
        targetPos.get(a.targetId)! - targetPos.get(b.targetId)! ||
        a.year - b.year ||
        orgPos.get(a.orgCode)! - orgPos.get(b.orgCode)!,
    );
    return indexed(view, standardsToken, standards, figures);
  }

  /** Submissions waiting for approval (re-read only when the submissions changed). */
  private async pendingSubmissions(): Promise<PendingList> {
    const live = this.live;
    if (!live) return this.pendingMemo.get([''], () => ({ byYear: new Map() }));
    return this.pendingMemo.get([await live.collection.pendingMarker()], async () => {
      const byYear = new Map<number, Map<string, InstitutionYearStatistics>>();
      for (const s of await live.collection.pendingStatistics()) {
        const m = byYear.get(s.statistics.schoolYear) ?? new Map<string, InstitutionYearStatistics>();
        byYear.set(s.statistics.schoolYear, m);
        m.set(s.statistics.institutionCode, s.statistics);
      }
      return { byYear };
    });
  }

  /**
   * The scorecard with every pending submission's values in place of the approved statistics (or
   * as the statistics where there are none yet): enrolment for the share targets, all statistics
   * for T4. Cached per approved scorecard and state of the submissions.
   */
  private overlaid(base: Computed, list: PendingList): Promise<Computed> {
    return this.overlaidMemo.get([base, list], () => this.overlay(base, list));
  }

  private async overlay(base: Computed, list: PendingList): Promise<Computed> {
    if (list.byYear.size === 0) return base;
    const updates = new Map<number, Map<string, number>>();
    const overlay = new Map<number, InstitutionYearStatistics[]>();
    for (const [year, byCode] of list.byYear) {
      updates.set(year, new Map([...byCode].map(([code, s]) => [code, totalEnrolment(s)])));
      overlay.set(year, [...byCode.values()]);
    }
    const view = overlayEnrolment(base.view, updates);
    const standards =
      base.standards && this.standards?.verdictsWithOverlay
        ? await this.standards.verdictsWithOverlay(view, overlay)
        : base.standards;
    return this.recompute(base, new Set(list.byYear.keys()), view, base.standardsToken, standards);
  }

  /**
   * Figures with forms still under review are for those who take part in the collection: a role
   * without collection.read (e.g. 发改、财政) sees approved data only.
   */
  private requirePendingAllowed(reader: Reader, pending: boolean): void {
    if (pending && !readerMay(reader, 'collection.read')) {
      throw new AppError(
        'FORBIDDEN',
        '您的角色不能查看待审核的数据（需要数据采集的查看权限），请去掉 pending=true',
        [{ field: 'pending', value: true, message: '需要 collection.read 权限' }],
      );
    }
  }

  /** The figures on the approved data, or with pending submissions overlaid; and the pending list. */
  private async computed(pending: boolean): Promise<{ sc: Computed; approved: Computed; list: PendingList }> {
    const approved = await this.approvedScorecard();
    const list = await this.pendingSubmissions();
    return { sc: pending ? await this.overlaid(approved, list) : approved, approved, list };
  }

  /**
   * Per school year of the figures: how many of the unit's institutions were expected to report,
   * reported (approved), or have a pending submission besides; complete from the threshold on.
   */
  private async coverage(
    c: { sc: Computed; approved: Computed; list: PendingList },
    orgCode: string,
    pending: boolean,
  ): Promise<YearCoverage[]> {
    const now = this.live ? this.live.clock().getTime() : Date.now();
    const counts = await this.coverageMemo.get(`${orgCode}:${pending}`, [c.sc, c.list], () =>
      this.coverageCounts(c, orgCode, pending),
    );
    return counts.map(({ closeAt, ...y }) => ({
      ...y,
      daysLeft: closeAt === null ? null : daysUntilClose(closeAt, now),
    }));
  }

  private coverageCounts(
    c: { sc: Computed; approved: Computed; list: PendingList },
    orgCode: string,
    pending: boolean,
  ): Array<YearCoverage & { closeAt: string | null }> {
    const view = c.sc.view;
    const catalog = this.live?.collection.catalog;
    const out: Array<YearCoverage & { closeAt: string | null }> = [];
    for (const year of view.years) {
      const period: CollectionPeriod | null =
        catalog?.periods.find((p) => p.schoolYear === year && p.kind === 'schoolYear') ??
        catalog?.periods.find((p) => p.schoolYear === year) ??
        null;
      const fills = new Map<string, boolean>();
      const fillsForm = (runningType: string): boolean => {
        let f = fills.get(runningType);
        if (f === undefined) {
          f = !this.live
            ? true
            : period
              ? this.live.collection.formFor(period, runningType) !== null
              : this.live.collection.catalog.forms.some((x) => x.runningTypes.includes(runningType));
          fills.set(runningType, f);
        }
        return f;
      };
      const approvedYear = c.approved.view.enrolment.get(year);
      const pendingYear = c.list.byYear.get(year);
      let expected = 0;
      let reported = 0;
      let pendingReported = 0;
      for (const iy of view.snapshots.get(year) ?? []) {
        const inst = iy.institution;
        if (!view.orgIndex.contains(orgCode, inst) || !fillsForm(inst.runningType)) continue;
        expected += 1;
        if (approvedYear?.has(inst.code)) reported += 1;
        else if (pendingYear?.has(inst.code)) pendingReported += 1;
      }
      const share = expected > 0 ? (reported + (pending ? pendingReported : 0)) / expected : 0;
      out.push({
        year,
        expected,
        reported,
        pendingReported,
        share,
        complete: share >= this.settings.completeShare,
        periodId: period?.id ?? null,
        periodName: period?.name ?? null,
        daysLeft: null,
        closeAt: period?.closeAt ?? null,
      });
    }
    return out;
  }

  /** The year a request without one is about: the latest complete year, else the latest. */
  private defaultYear(coverage: YearCoverage[]): number | undefined {
    return [...coverage].reverse().find((c) => c.complete)?.year;
  }

  /**
   * The school year every page opens on for this reader: the latest year whose approved data is
   * complete for the reader's unit (the city for city and institution accounts), else the latest.
   */
  async defaultYearFor(reader: Reader = null): Promise<number | undefined> {
    const c = await this.computed(false);
    const scope = readerScope(reader);
    const orgCode = scope && scope.kind !== 'institution' ? scope.orgCode : c.sc.view.orgIndex.city.code;
    return this.defaultYear(await this.coverage(c, orgCode, false)) ?? c.sc.view.years.at(-1);
  }

  /** A figure from the cached scorecard when the unit is in it, else computed. */
  private figure(sc: Computed, t: TargetDefinition, year: number, orgCode: string): TargetFigure {
    return (
      sc.index.get(figureKey({ targetId: t.id, orgCode, year })) ??
      computeTargetFigure(this.plan, t, sc.view.orgIndex, sc.view.snapshots, year, orgCode, sc.standards)
    );
  }

  private requireTarget(id: string): TargetDefinition {
    const t = findTarget(this.plan, id);
    if (!t) {
      throw new AppError(
        'TARGET_NOT_FOUND',
        `目标 ${id} 不存在（可用：${this.plan.targets.map((x) => x.id).join('、')}）`,
        [{ field: 'targetId', value: id, message: '目标编号不存在' }],
      );
    }
    return t;
  }

  /**
   * The scorecard (all targets × city and county-level units × all years), limited to the units
   * inside the caller's scope (all for unrestricted callers); with `pending`, on the approved data
   * overlaid with the submissions waiting for approval. Coverage is the caller's scope root's.
   */
  async scorecard(
    reader: Reader = null,
    pending = false,
  ): Promise<{
    years: number[];
    figures: TargetFigure[];
    /** Names of the units in `figures` (the city and the county-level units in scope). */
    orgNames: Record<string, string>;
    view: DatasetView;
    pending: boolean;
    coverage: YearCoverage[];
  }> {
    this.requirePendingAllowed(reader, pending);
    const scope = readerScope(reader);
    const c = await this.computed(pending);
    const { view, figures } = c.sc;
    const root = requireOrg(view, undefined, scope);
    const visible = scope
      ? figures.filter((f) => scopeIncludesOrg(view.orgIndex, scope, f.orgCode))
      : figures;
    const shown = new Set(visible.map((f) => f.orgCode));
    const orgNames = Object.fromEntries(
      [view.orgIndex.city, ...view.orgIndex.counties]
        .filter((o) => shown.has(o.code))
        .map((o) => [o.code, o.name]),
    );
    return {
      years: view.years,
      figures: visible,
      orgNames,
      view,
      pending,
      coverage: await this.coverage(c, root.code, pending),
    };
  }

  /**
   * Every target for one unit and year, each with its trend across the years. Without a year:
   * the latest year whose data is complete for the unit (else the latest year).
   */
  async targetsFor(
    yearArg: number | undefined,
    orgArg: string | undefined,
    reader: Reader = null,
    pending = false,
  ) {
    this.requirePendingAllowed(reader, pending);
    const c = await this.computed(pending);
    const sc = c.sc;
    const view = sc.view;
    const org = requireOrg(view, orgArg, readerScope(reader));
    const coverage = await this.coverage(c, org.code, pending);
    const year = requireYear(view, yearArg, this.defaultYear(coverage));
    const complete = new Set(coverage.filter((c) => c.complete).map((c) => c.year));
    const cards: TargetCard[] = this.plan.targets.map((t) => {
      const trend = view.years.map((y) => {
        const f = this.figure(sc, t, y, org.code);
        return { year: y, value: f.value, status: f.status, expected: f.expected };
      });
      const figure = this.figure(sc, t, year, org.code);
      const outlook =
        figure.status === 'notComputed'
          ? null
          : projectOutlook(
              trend.map((p) => ({ year: p.year, value: p.value, complete: complete.has(p.year) })),
              t.threshold,
              year,
            );
      return { target: targetSummary(t), figure, trend, outlook };
    });
    return { year, org, cards, view, pending, coverage };
  }

  /**
   * The 2027 outlook of every target for the city and every county-level unit in the caller's
   * scope, as of `yearArg` (default: the latest complete year), keyed `targetId:orgCode` — each
   * on the unit's own complete years, as its cockpit card shows it.
   */
  async outlooks(
    yearArg: number | undefined,
    reader: Reader = null,
    pending = false,
  ): Promise<{ year: number; outlooks: Map<string, TargetOutlook | null> }> {
    const first = await this.targetsFor(yearArg, undefined, reader, pending);
    const scope = readerScope(reader);
    const index = first.view.orgIndex;
    const units = [index.city, ...index.counties].filter(
      (o) => !scope || scopeIncludesOrg(index, scope, o.code),
    );
    const outlooks = new Map<string, TargetOutlook | null>();
    for (const o of units) {
      const r =
        o.code === first.org.code ? first : await this.targetsFor(first.year, o.code, reader, pending);
      for (const c of r.cards) outlooks.set(`${c.target.id}:${o.code}`, c.outlook);
    }
    return { year: first.year, outlooks };
  }

  /** The figure a breakdown explains: target, year and unit checked, total computed. */
  private async breakdownBase(
    targetId: string,
    yearArg: number | undefined,
    orgArg: string | undefined,
    reader: Reader,
    pending: boolean,
  ) {
    this.requirePendingAllowed(reader, pending);
    const c = await this.computed(pending);
    const { view, standards } = c.sc;
    const target = this.requireTarget(targetId);
    const org = requireOrg(view, orgArg, readerScope(reader));
    const year = requireYear(view, yearArg, this.defaultYear(await this.coverage(c, org.code, pending)));
    const total = computeTargetFigure(
      this.plan,
      target,
      view.orgIndex,
      view.snapshots,
      year,
      org.code,
      standards,
    );
    return { view, target, year, org, total, standards };
  }

  async breakdownByChild(
    targetId: string,
    yearArg: number | undefined,
    orgArg: string | undefined,
    reader: Reader = null,
    pending = false,
  ) {
    const { view, target, year, org, total, standards } = await this.breakdownBase(
      targetId,
      yearArg,
      orgArg,
      reader,
      pending,
    );
    const rows = computeChildBreakdown(
      this.plan,
      target,
      view.orgIndex,
      view.snapshots,
      year,
      org.code,
      standards,
    ).map((f) => ({ ...f, orgName: view.orgIndex.byCode.get(f.orgCode)?.name ?? f.orgCode }));
    return { target: targetSummary(target), year, org, total, rows, view, pending };
  }

  async breakdownByInstitution(
    targetId: string,
    yearArg: number | undefined,
    orgArg: string | undefined,
    reader: Reader = null,
    pending = false,
  ) {
    const { view, target, year, org, total } = await this.breakdownBase(
      targetId,
      yearArg,
      orgArg,
      reader,
      pending,
    );
    const rows: Array<InstitutionContribution & { countyName: string; townshipName: string }> =
      listContributions(target, view.orgIndex, view.snapshots, year, org.code).map((r) => ({
        ...r,
        countyName: view.orgIndex.byCode.get(r.countyCode)?.name ?? r.countyCode,
        townshipName: view.orgIndex.byCode.get(r.townshipCode)?.name ?? r.townshipCode,
      }));
    return { target: targetSummary(target), year, org, total, rows, view, pending };
  }
}
