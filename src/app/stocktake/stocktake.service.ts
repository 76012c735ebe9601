/**
 * Use cases of the monthly stocktake (月度调度): the city's stocktake (each county's targets against
 * the trajectory, milestones due or overdue, measures done / late / blocked, the league table with
 * its method, what changed since the last recorded stocktake), one county's stocktake (the same for
 * it, with what is behind and what falls due this month — the county officer's start page),
 * recording a stocktake, and the county duty evaluation (督导评价).
 *
 * Built only on the public services of the targets, milestones, delivery and reporting areas. The
 * figures of every county are gathered once per state of the data and day (memo by the request's
 * markers) and then cut to the reader's scope; a county sees its own row and its rank only.
 */
import { AppError, defineErrorCodes } from '../app-error.ts';
import type { AuditService } from '../access/audit.service.ts';
import type { Clock } from '../access/auth.service.ts';
import { hasPermission, readerScope, type Caller, type Reader } from '../access/caller.ts';
import type { Db } from '../../db/database.ts';
import {
  findStocktakeRecordByLabel,
  insertStocktakeRecord,
  latestStocktakeRecord,
  listStocktakeRecords,
} from '../../db/stocktake/stocktake.repository.ts';
import type { Plan } from '../../domain/plan/plan.types.ts';
import { shanghaiDay } from '../../domain/shared/time.ts';
import type { DutyEvaluationRules, LeagueFigure } from '../../domain/stocktake/duty-evaluation.schema.ts';
import { evaluateCounties, type CountyScore } from '../../domain/stocktake/duty-evaluation.ts';
import { leagueTable, type LeagueFigures } from '../../domain/stocktake/league-table.ts';
import {
  diffSnapshots,
  snapshotOf,
  type CountyChanges,
  type StocktakeSnapshot,
} from '../../domain/stocktake/stocktake-diff.ts';
import {
  BEHIND_STATUSES,
  measureDelivery,
  type CountyFacts,
  type CountyMeasureFact,
  type CountyMilestoneFact,
  type CountyTargetFact,
  type MeasureDelivery,
  type MeasureProgress,
  type MeasureReview,
  type MilestoneUnitStatus,
} from '../../domain/stocktake/stocktake.types.ts';
import type { TargetOutlook } from '../../domain/targets/outlook.ts';
import { requireOrg } from '../registry/registry.service.ts';
import type { DataSnapshots, DataSnapshot } from '../shared/data.snapshot.ts';
import type { DemoInfo } from '../shared/dataset.cache.ts';
import { RevisionMemoMap } from '../shared/revision.memo.ts';
import { scopeIncludesOrg } from '../../domain/access/scope.ts';
import type { TargetsService } from '../targets/targets.service.ts';

declare module '../app-error.ts' {
  interface AreaErrorCodes {
    STOCKTAKE_LABEL_TAKEN: true;
    STOCKTAKE_ORG_LEVEL: true;
  }
}
defineErrorCodes({ STOCKTAKE_LABEL_TAKEN: 409, STOCKTAKE_ORG_LEVEL: 400 });

// ---- What the stocktake reads of the other areas (the shapes of /tmp CONTRACTS: M, D, R) ----

export interface MilestoneSource {
  status(
    reader: Reader,
    opts: { asOf?: string; orgCode?: string },
  ): Promise<{
    asOf: string;
    milestones: Array<{
      id: string;
      task: number;
      title: string;
      deadline: string;
      units: Array<{
        orgCode: string;
        status: MilestoneUnitStatus;
        since: string | null;
        missing: Array<{ code: string; name: string; since: string | null }>;
        detail: string;
      }>;
    }>;
  }>;
}

export interface DeliverySource {
  planStates(
    reader: Reader,
  ): Promise<Array<{ countyCode: string; approvedVersion: number | null; approvedAt: string | null }>>;
  measures(
    reader: Reader,
    opts: { countyCode?: string },
  ): Promise<
    Array<{
      id: string;
      countyCode: string;
      taskNumber: number;
      title: string;
      ownerName: string;
      ownerUnit: string;
      dueDate: string;
    }>
  >;
}

export interface ReportingSource {
  measureStates(
    reader: Reader,
    opts: { countyCode?: string },
  ): Promise<
    Array<{
      measureId: string;
      progress: MeasureProgress;
      review: MeasureReview;
      lastReportAt: string | null;
      overdue: boolean;
      escalation: 'none' | 'visible' | 'red';
      overdueSince: string | null;
    }>
  >;
  currentRound(): { id: string; label: string; opensOn: string; closesOn: string } | null;
}

export interface StocktakeSources {
  plan: Plan;
  db: Db;
  data: DataSnapshots;
  clock: Clock;
  audit: AuditService;
  rules: DutyEvaluationRules;
  targets: Pick<TargetsService, 'targetsFor' | 'defaultYearFor' | 'outlooks'>;
  milestones: MilestoneSource;
  delivery: DeliverySource;
  reporting: ReportingSource;
}

// ---- What the stocktake answers ----

export type StocktakeMeasure = CountyMeasureFact &
  MeasureDelivery & {
    /** Due in the current calendar month (Beijing) and not done. */
    dueThisMonth: boolean;
  };

export interface StocktakeRow {
  orgCode: string;
  orgName: string;
  rank: number;
  tied: boolean;
  decidedBy: string | null;
  figures: LeagueFigures;
  workPlan: { approved: boolean; approvedAt: string | null };
  targets: CountyTargetFact[];
  milestones: CountyMilestoneFact[];
  measures: StocktakeMeasure[];
  /** Since the last recorded stocktake; null when none is recorded (or the county was not in it). */
  changes: CountyChanges | null;
}

export interface StocktakeRecordInfo {
  id: number;
  label: string;
  asOf: string;
  recordedBy: string;
  recordedAt: string;
}

export interface Stocktake {
  level: 'city' | 'county';
  org: { code: string; name: string };
  /** Today (Beijing): milestones and measures are as of this day. */
  asOf: string;
  /** The school year of the targets' figures (the latest complete year). */
  year: number;
  /** The month the "due this month" lists cover, e.g. 2026-11. */
  month: string;
  round: { id: string; label: string } | null;
  league: { order: LeagueFigure[]; method: string };
  /** How many county-level units are ranked (a county sees its own row among this many). */
  countyCount: number;
  rows: StocktakeRow[];
  /** Of the rows (a county: its own), what is behind and what falls due this month. */
  attention: {
    targetsBehind: CountyTargetFact[];
    milestonesOverdue: Array<CountyMilestoneFact & { orgCode: string; orgName: string }>;
    measuresLateOrBlocked: Array<StocktakeMeasure & { orgCode: string; orgName: string }>;
    milestonesDueThisMonth: Array<CountyMilestoneFact & { orgCode: string; orgName: string }>;
    measuresDueThisMonth: Array<StocktakeMeasure & { orgCode: string; orgName: string }>;
  };
  lastRecord: StocktakeRecordInfo | null;
  records: StocktakeRecordInfo[];
  /** May this reader record the stocktake (cityStaff at the city). */
  canRecord: boolean;
  rules: { status: 'R' | 'confirmed'; source: string };
  demo: DemoInfo | null;
}

export interface Evaluation {
  year: number;
  /** The years an evaluation may be asked for (the first year with data to the current year). */
  years: number[];
  /** The school year of the targets' figures (the latest complete one up to the year). */
  targetYear: number;
  asOf: string;
  method: string[];
  rules: { status: 'R' | 'confirmed'; source: string };
  countyCount: number;
  counties: CountyScore[];
  demo: DemoInfo | null;
}

interface Gathered {
  year: number;
  asOf: string;
  /** Every county-level unit, in the registry's order. */
  counties: CountyFacts[];
}

const LABEL_MAX = 40;

export class StocktakeService {
  private readonly memo = new RevisionMemoMap<readonly [string], Gathered>({}, 50);
  /** How often the figures were gathered (tests and benchmarks). */
  readonly counts = { gathered: 0 };

  constructor(private readonly src: StocktakeSources) {}

  get rules(): DutyEvaluationRules {
    return this.src.rules;
  }

  private today(): string {
    return shanghaiDay(this.src.clock().getTime());
  }

  private async key(snapshot: DataSnapshot): Promise<string> {
    const m = await snapshot.markers();
    return Object.keys(m)
      .sort()
      .map((k) => `${k}=${m[k]}`)
      .join('&');
  }

  /**
   * Every county's facts for the school year (default: the latest complete year) as of `asOf`;
   * unrestricted (cut to the reader's scope by the callers).
   */
  private async gather(asOf: string, yearArg: number | null): Promise<Gathered> {
    const key = await this.key(this.src.data.current());
    return this.memo.get(`${asOf}:${yearArg ?? 'default'}`, [key], () => this.gatherNow(asOf, yearArg));
  }

  private async gatherNow(asOf: string, yearArg: number | null): Promise<Gathered> {
    this.counts.gathered += 1;
    const { plan, targets } = this.src;
    const view = await this.src.data.current().view();
    const year = yearArg ?? (await targets.defaultYearFor(null)) ?? view.years.at(-1)!;
    const [outlooks, ms, measures, states, plans] = await Promise.all([
      targets.outlooks(year, null),
      this.src.milestones.status(null, { asOf }),
      this.src.delivery.measures(null, {}),
      this.src.reporting.measureStates(null, {}),
      this.src.delivery.planStates(null),
    ]);
    const planOf = new Map(plans.map((p) => [p.countyCode, p]));
    const stateById = new Map(states.map((s) => [s.measureId, s]));
    const countyTargets = plan.targets.filter((t) => t.scope.includes('county'));
    const counties: CountyFacts[] = [];
    for (const county of view.orgIndex.counties) {
      const cards = (await targets.targetsFor(year, county.code, null)).cards;
      const targetFacts: CountyTargetFact[] = countyTargets.map((t) => {
        const card = cards.find((c) => c.target.id === t.id)!;
        const o: TargetOutlook | null | undefined = outlooks.outlooks.get(`${t.id}:${county.code}`);
        return {
          targetId: t.id,
          shortTitle: t.shortTitle,
          year,
          value: card.figure.value,
          threshold: t.threshold,
          expected: card.figure.expected,
          status: card.figure.status,
          outlook: o ? { value: o.value, onTrack: o.onTrack } : null,
          reason: card.figure.reason,
        };
      });
      const milestoneFacts: CountyMilestoneFact[] = [];
      for (const m of ms.milestones) {
        const u = m.units.find((x) => x.orgCode === county.code);
        if (!u) continue;
        milestoneFacts.push({
          id: m.id,
          task: m.task,
          title: m.title,
          deadline: m.deadline,
          status: u.status,
          since: u.since,
          missing: u.missing,
          detail: u.detail,
        });
      }
      const measureFacts: CountyMeasureFact[] = measures
        .filter((m) => m.countyCode === county.code)
        .map((m) => {
          const s = stateById.get(m.id);
          return {
            id: m.id,
            taskNumber: m.taskNumber,
            title: m.title,
            ownerName: m.ownerName,
            ownerUnit: m.ownerUnit,
            dueDate: m.dueDate,
            progress: s?.progress ?? 'notStarted',
            review: s?.review ?? 'none',
            lastReportAt: s?.lastReportAt ?? null,
            overdue: s?.overdue ?? m.dueDate < asOf,
            overdueSince: s?.overdueSince ?? null,
            escalation: s?.escalation ?? 'none',
          };
        });
      counties.push({
        orgCode: county.code,
        orgName: county.name,
        targets: targetFacts,
        milestones: milestoneFacts,
        measures: measureFacts,
        workPlan: {
          approved: (planOf.get(county.code)?.approvedVersion ?? null) !== null,
          approvedAt: planOf.get(county.code)?.approvedAt ?? null,
        },
      });
    }
    return { year, asOf, counties };
  }

  /** The unit a stocktake is asked for: the city or a county-level unit inside the scope. */
  private async requireUnit(reader: Reader, orgCode: string | undefined) {
    const view = await this.src.data.current().view();
    const org = requireOrg(view, orgCode, readerScope(reader));
    const isCity = org.code === view.orgIndex.city.code;
    if (!isCity && !view.orgIndex.counties.some((c) => c.code === org.code)) {
      throw new AppError(
        'STOCKTAKE_ORG_LEVEL',
        `月度调度只针对全市和县（市、区）：${org.code} ${org.name} 不是县级单位`,
        [{ field: 'org', value: orgCode, message: '应为市或县（市、区）的代码' }],
      );
    }
    return { view, org, isCity };
  }

  private async recordInfo(): Promise<{
    last: (StocktakeRecordInfo & { snapshot: StocktakeSnapshot }) | null;
    all: StocktakeRecordInfo[];
  }> {
    const [last, all] = await Promise.all([
      latestStocktakeRecord(this.src.db),
      listStocktakeRecords(this.src.db),
    ]);
    return {
      last: last ? { ...last, snapshot: last.snapshot as StocktakeSnapshot } : null,
      all,
    };
  }

  /** The stocktake of the city (all counties ranked) or of one county (its row and its rank). */
  async stocktake(reader: Reader, opts: { orgCode?: string } = {}): Promise<Stocktake> {
    const { view, org, isCity } = await this.requireUnit(reader, opts.orgCode);
    const asOf = this.today();
    const g = await this.gather(asOf, null);
    const rules = this.src.rules;
    const table = leagueTable(g.counties, rules.leagueTable.order, asOf);
    const ranks = new Map(table.rows.map((r) => [r.orgCode, r.rank]));
    const { last, all } = await this.recordInfo();
    const changes = last ? diffSnapshots(last.snapshot, snapshotOf(g.counties, ranks, asOf)) : null;
    const month = asOf.slice(0, 7);
    const byCode = new Map(g.counties.map((c) => [c.orgCode, c]));
    const rows: StocktakeRow[] = table.rows
      .filter((r) => isCity || r.orgCode === org.code)
      .map((r) => {
        const c = byCode.get(r.orgCode)!;
        return {
          orgCode: r.orgCode,
          orgName: r.orgName,
          rank: r.rank,
          tied: r.tied,
          decidedBy: isCity ? r.decidedBy : null,
          figures: r.figures,
          workPlan: c.workPlan,
          targets: c.targets,
          milestones: c.milestones,
          measures: c.measures.map((m) => {
            const d = measureDelivery(m, asOf);
            return { ...m, ...d, dueThisMonth: !d.done && m.dueDate.startsWith(month) };
          }),
          changes: changes?.counties.find((x) => x.orgCode === r.orgCode) ?? null,
        };
      });
    const withOrg = <T>(r: StocktakeRow, x: T) => ({ ...x, orgCode: r.orgCode, orgName: r.orgName });
    const attention: Stocktake['attention'] = {
      targetsBehind: rows.flatMap((r) =>
        r.targets.filter((t) => BEHIND_STATUSES.has(t.status)).map((t) => t),
      ),
      milestonesOverdue: rows.flatMap((r) =>
        r.milestones
          .filter((m) => m.status === 'overdue' || (m.status === 'notDone' && m.deadline < asOf))
          .map((m) => withOrg(r, m)),
      ),
      measuresLateOrBlocked: rows.flatMap((r) =>
        r.measures.filter((m) => m.late || m.blocked).map((m) => withOrg(r, m)),
      ),
      milestonesDueThisMonth: rows.flatMap((r) =>
        r.milestones
          .filter((m) => m.deadline.startsWith(month) && m.status !== 'done' && m.status !== 'notRequired')
          .map((m) => withOrg(r, m)),
      ),
      measuresDueThisMonth: rows.flatMap((r) =>
        r.measures.filter((m) => m.dueThisMonth).map((m) => withOrg(r, m)),
      ),
    };
    const round = this.src.reporting.currentRound();
    const caller = reader !== null && !('kind' in reader) ? reader : null;
    return {
      level: isCity ? 'city' : 'county',
      org: { code: org.code, name: org.name },
      asOf,
      year: g.year,
      month,
      round: round ? { id: round.id, label: round.label } : null,
      league: { order: table.order, method: table.method },
      countyCount: table.rows.length,
      rows,
      attention,
      lastRecord: last ? stripSnapshot(last) : null,
      records: all,
      canRecord: isCity && this.mayRecord(caller, reader),
      rules: { status: rules.status, source: rules.source },
      demo: view.demo,
    };
  }

  private mayRecord(caller: Caller | null, reader: Reader): boolean {
    if (reader === null || 'kind' in reader) return true;
    return hasPermission(caller, 'stocktake.record');
  }

  /**
   * Records the current stocktake under `label` (e.g. 2026年11月): the snapshot of every county's
   * figures, so the next stocktake shows what changed since. City level only; a label once.
   */
  async record(caller: Caller, input: { label: string }): Promise<StocktakeRecordInfo> {
    const label = input.label.trim();
    if (label.length === 0 || label.length > LABEL_MAX) {
      throw new AppError('VALIDATION_FAILED', `调度名称应为 1–${LABEL_MAX} 个字，例如“2026年11月”`, [
        { field: 'label', value: input.label, message: `应为 1–${LABEL_MAX} 个字` },
      ]);
    }
    const view = await this.src.data.current().view();
    const scope = caller.scope;
    if (
      !hasPermission(caller, 'stocktake.record') ||
      (scope.kind === 'org' && scope.orgCode !== view.orgIndex.city.code) ||
      scope.kind === 'institution'
    ) {
      throw new AppError('FORBIDDEN', '只有市级的调度人员可以记录月度调度', [
        { field: 'label', value: label, message: '需要市级范围和 stocktake.record 权限' },
      ]);
    }
    const asOf = this.today();
    const g = await this.gather(asOf, null);
    const table = leagueTable(g.counties, this.src.rules.leagueTable.order, asOf);
    const snapshot = snapshotOf(g.counties, new Map(table.rows.map((r) => [r.orgCode, r.rank])), asOf);
    return this.src.data.write(async (tx) => {
      if (await findStocktakeRecordByLabel(tx, label)) {
        throw new AppError('STOCKTAKE_LABEL_TAKEN', `已经记录过名为“${label}”的调度；每次调度的名称应不同`, [
          { field: 'label', value: label, message: '名称已被使用' },
        ]);
      }
      const row = await insertStocktakeRecord(tx, {
        label,
        asOf,
        snapshot,
        recordedBy: caller.actor.username,
      });
      await this.src.audit.record(
        caller.actor,
        {
          action: 'stocktake.record',
          outcome: 'success',
          targetType: 'stocktake',
          targetId: String(row.id),
          oldValue: null,
          newValue: { label, asOf },
        },
        tx,
      );
      return stripSnapshot(row);
    });
  }

  /**
   * The county duty evaluation for a calendar year (default: the current one): the targets'
   * figures of the latest complete school year up to it, milestones and measures due by the
   * year's end (or today, within the year). A county sees its own score and rank.
   */
  async evaluation(reader: Reader, opts: { year?: number } = {}): Promise<Evaluation> {
    const view = await this.src.data.current().view();
    const scope = readerScope(reader);
    const today = this.today();
    const thisYear = Number(today.slice(0, 4));
    const first = Math.min(...view.years);
    const years: number[] = [];
    for (let y = first; y <= thisYear; y++) years.push(y);
    const year = opts.year ?? thisYear;
    if (!years.includes(year)) {
      throw new AppError(
        'YEAR_NOT_AVAILABLE',
        `不能评价 ${year} 年：可评价 ${first}—${thisYear} 年（有数据的第一年到今年）`,
        [{ field: 'year', value: year, message: `应为 ${first} 到 ${thisYear} 之间的年份` }],
      );
    }
    const complete = (await this.src.targets.defaultYearFor(null)) ?? view.years.at(-1)!;
    const targetYear = complete <= year ? complete : Math.max(...view.years.filter((y) => y <= year));
    const end = `${year}-12-31`;
    const asOf = end < today ? end : today;
    const g = await this.gather(asOf, targetYear);
    const e = evaluateCounties(g.counties, this.src.rules, year, asOf);
    const visible = scope
      ? e.counties.filter((c) => scopeIncludesOrg(view.orgIndex, scope, c.orgCode))
      : e.counties;
    return {
      year,
      years,
      targetYear,
      asOf,
      method: e.method,
      rules: { status: this.src.rules.status, source: this.src.rules.source },
      countyCount: e.counties.length,
      counties: visible,
      demo: view.demo,
    };
  }
}

function stripSnapshot<T extends StocktakeRecordInfo>(r: T): StocktakeRecordInfo {
  return { id: r.id, label: r.label, asOf: r.asOf, recordedBy: r.recordedBy, recordedAt: r.recordedAt };
}
