/** Use cases of the headline targets: scorecard, one unit's targets with trends, breakdowns. */
import type { Plan, TargetDefinition } from '../../domain/plan/plan.types.ts';
import {
  computeChildBreakdown,
  computeScorecard,
  computeTargetFigure,
  findTarget,
  listContributions,
  type InstitutionContribution,
  type CountyStandardsVerdicts,
  type TargetFigure,
} from '../../domain/targets/target.engine.ts';
import type { Scope } from '../../domain/access/access.types.ts';
import { scopeIncludesOrg } from '../../domain/access/scope.ts';
import { AppError } from '../app-error.ts';
import type { DatasetCache, DatasetView } from '../dataset.cache.ts';
import { requireOrg, requireYear } from '../registry/registry.service.ts';

export interface TargetCard {
  target: Pick<
    TargetDefinition,
    'id' | 'title' | 'shortTitle' | 'threshold' | 'deadlineYear' | 'baselineYear' | 'source'
  >;
  figure: TargetFigure;
  /** The same unit's figure in every year with data, for trend lines. */
  trend: Array<Pick<TargetFigure, 'year' | 'value' | 'status' | 'expected'>>;
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

export class TargetsService {
  /** The scorecard of the dataset revision it was computed for (recomputed when data changes). */
  private scorecardCache: {
    view: DatasetView;
    standardsToken: object | null;
    standards: CountyStandardsVerdicts | undefined;
    figures: TargetFigure[];
    index: Map<string, TargetFigure>;
  } | null = null;

  constructor(
    private readonly plan: Plan,
    private readonly cache: DatasetCache,
    /** Supplies T4 (county standards); without it T4 is reported as not computed. */
    private readonly standards?: {
      verdicts(): Promise<{ token: object; verdicts: CountyStandardsVerdicts }>;
    },
  ) {}

  private async cachedScorecard() {
    const view = await this.cache.get();
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
    if (this.scorecardCache?.view !== view || this.scorecardCache.standardsToken !== (st?.token ?? null)) {
      const figures = computeScorecard(this.plan, view.orgIndex, view.snapshots, st?.verdicts);
      const index = new Map(figures.map((f) => [`${f.targetId}:${f.orgCode}:${f.year}`, f]));
      this.scorecardCache = {
        view,
        standardsToken: st?.token ?? null,
        standards: st?.verdicts,
        figures,
        index,
      };
    }
    return this.scorecardCache;
  }

  /** A figure from the cached scorecard when the unit is in it, else computed. */
  private figure(
    sc: {
      view: DatasetView;
      index: Map<string, TargetFigure>;
      standards: CountyStandardsVerdicts | undefined;
    },
    t: TargetDefinition,
    year: number,
    orgCode: string,
  ): TargetFigure {
    return (
      sc.index.get(`${t.id}:${orgCode}:${year}`) ??
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

  /** All targets × city and county-level units × all years. */
  /** The scorecard, limited to the units inside the caller's scope (all for unrestricted callers). */
  async scorecard(
    scope: Scope | null = null,
  ): Promise<{ years: number[]; figures: TargetFigure[]; view: DatasetView }> {
    const { view, figures } = await this.cachedScorecard();
    if (scope) requireOrg(view, undefined, scope);
    const visible = scope
      ? figures.filter((f) => scopeIncludesOrg(view.orgIndex, scope, f.orgCode))
      : figures;
    return { years: view.years, figures: visible, view };
  }

  /** Every target for one unit and year, each with its trend across the years. */
  async targetsFor(yearArg: number | undefined, orgArg: string | undefined, scope: Scope | null = null) {
    const sc = await this.cachedScorecard();
    const view = sc.view;
    const year = requireYear(view, yearArg);
    const org = requireOrg(view, orgArg, scope);
    const cards: TargetCard[] = this.plan.targets.map((t) => {
      const trend = view.years.map((y) => {
        const f = this.figure(sc, t, y, org.code);
        return { year: y, value: f.value, status: f.status, expected: f.expected };
      });
      return { target: targetSummary(t), figure: this.figure(sc, t, year, org.code), trend };
    });
    return { year, org, cards, view };
  }

  /** The figure a breakdown explains: target, year and unit checked, total computed. */
  private async breakdownBase(
    targetId: string,
    yearArg: number | undefined,
    orgArg: string | undefined,
    scope: Scope | null,
  ) {
    const { view, standards } = await this.cachedScorecard();
    const target = this.requireTarget(targetId);
    const year = requireYear(view, yearArg);
    const org = requireOrg(view, orgArg, scope);
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
    scope: Scope | null = null,
  ) {
    const { view, target, year, org, total, standards } = await this.breakdownBase(
      targetId,
      yearArg,
      orgArg,
      scope,
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
    return { target: targetSummary(target), year, org, total, rows, view };
  }

  async breakdownByInstitution(
    targetId: string,
    yearArg: number | undefined,
    orgArg: string | undefined,
    scope: Scope | null = null,
  ) {
    const { view, target, year, org, total } = await this.breakdownBase(targetId, yearArg, orgArg, scope);
    const rows: Array<InstitutionContribution & { countyName: string; townshipName: string }> =
      listContributions(target, view.orgIndex, view.snapshots, year, org.code).map((r) => ({
        ...r,
        countyName: view.orgIndex.byCode.get(r.countyCode)?.name ?? r.countyCode,
        townshipName: view.orgIndex.byCode.get(r.townshipCode)?.name ?? r.townshipCode,
      }));
    return { target: targetSummary(target), year, org, total, rows, view };
  }
}
