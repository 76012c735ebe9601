/**
 * Progress reports (进展报送, issue 14): each reporting round a county reports per measure of its
 * approved work plan (status, text, figure, evidence); the city accepts or returns with a comment;
 * overdue and blocked measures escalate. The rules are the domain's (rounds, report rules,
 * escalation); here they meet the clock, the scope, the measures of the delivery area and the
 * files of the evidence area, and every write — report, event, audit entry — is one transaction.
 *
 * Scope: a measure outside the caller's scope (another county's) answers as not found, and the
 * refusal is audited. Concurrency: every write names the version it was based on; a stale one is
 * refused (someone else changed the report in between).
 */
import {
  findReport,
  insertReport,
  insertReportEvent,
  listMeasureEvents,
  listReports,
  updateReport,
  type ReportEventRow,
  type ReportPatch,
  type ReportRow,
} from '../../db/reporting/reporting.repository.ts';
import type { Db } from '../../db/database.ts';
import type { Measure } from '../../domain/delivery/delivery.types.ts';
import type { EvidenceFile } from '../../domain/evidence/evidence.types.ts';
import { scopeIncludesOrg } from '../../domain/access/scope.ts';
import { measureState, type MeasureState, type ReportSummary } from '../../domain/reporting/escalation.ts';
import { actionsOpen, applyReportAction, reportIssues } from '../../domain/reporting/report.rules.ts';
import {
  REPORT_STATE_LABELS,
  type MeasureProgress,
  type ReportAction,
  type ReportContent,
  type ReportEvent,
  type ReportingSettings,
  type ReportState,
  type Round,
  type RoundStatus,
} from '../../domain/reporting/reporting.types.ts';
import {
  currentRound,
  daysBetween,
  openRounds,
  ROUND_ID_RULE,
  roundById,
  roundClosingSoon,
  roundStatus,
  roundsUpTo,
} from '../../domain/reporting/rounds.ts';
import { shanghaiDay } from '../../domain/shared/time.ts';
import { AppError } from '../app-error.ts';
import type { Clock } from '../access/auth.service.ts';
import type { AuditService } from '../access/audit.service.ts';
import { hasPermission, readerMay, readerScope, type Caller, type Reader } from '../access/caller.ts';
import type { DataSnapshots } from '../shared/data.snapshot.ts';
import type { DatasetView, DemoInfo } from '../shared/dataset.cache.ts';
import './reporting.errors.ts';

export type { MeasureState } from '../../domain/reporting/escalation.ts';
export type { MeasureProgress, ReportState, Round } from '../../domain/reporting/reporting.types.ts';

/** What reporting needs of the delivery area: the measures of the counties' approved work plans. */
export interface MeasureSource {
  measures(reader: Reader, options: { countyCode?: string }): Promise<Measure[]>;
}

/** What reporting needs of the evidence area. */
export interface EvidenceSource {
  describe(reader: Reader, ids: readonly string[]): Promise<EvidenceFile[]>;
  requireAttachable(caller: Caller, ids: readonly string[], orgCode: string): Promise<EvidenceFile[]>;
}

export interface ReportingDeps {
  db: Db;
  data: DataSnapshots;
  audit: AuditService;
  clock: Clock;
  settings: ReportingSettings;
  delivery: MeasureSource;
  evidence: EvidenceSource;
}

/** A round as the pages show it: its dates, whether it takes reports today, days to its closing. */
export interface RoundView extends Round {
  status: RoundStatus;
  /** Amber: open and closing within the reminder days. */
  closingSoon: boolean;
  /** Days from today to its closing day (negative once closed). */
  daysToClose: number;
}

/** The measure a report is about (the delivery area's, with its county's name). */
export interface MeasureInfo {
  id: string;
  countyCode: string;
  countyName: string;
  taskNumber: number;
  title: string;
  output: string;
  outputTarget: number | null;
  outputUnit: string | null;
  ownerName: string;
  ownerUnit: string;
  dueDate: string;
}

/** One report (or, not yet filed, the empty one to fill: id null, state null, version 0). */
export interface ReportView {
  id: number | null;
  roundId: string;
  measureId: string;
  countyCode: string;
  state: ReportState | null;
  progress: MeasureProgress;
  text: string;
  blockedReason: string | null;
  figure: number | null;
  evidence: EvidenceFile[];
  /** The city's comment of the latest return. */
  returnComment: string | null;
  firstSubmittedAt: string | null;
  submittedAt: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  updatedAt: string | null;
  version: number;
  /** What the caller may do with it now (the round's dates and its permissions considered). */
  actions: ReportAction[];
}

export interface CountyRoundItem {
  measure: MeasureInfo;
  report: ReportView;
  state: MeasureState;
}

export interface CountyRoundReports {
  today: string;
  round: RoundView;
  county: { code: string; name: string };
  items: CountyRoundItem[];
  summary: {
    measures: number;
    notFiled: number;
    draft: number;
    submitted: number;
    accepted: number;
    returned: number;
  };
  demo: DemoInfo | null;
}

export interface RoundsOverview {
  today: string;
  current: RoundView | null;
  /** Every round from the first to today's, newest first. */
  rounds: RoundView[];
  settings: {
    frequency: ReportingSettings['frequency'];
    closeDay: number;
    graceDays: number;
    amberDays: number;
  };
}

export interface QueueFilter {
  roundId?: string;
  countyCode?: string;
  /** Report states to list (default: submitted, the ones waiting for review). */
  states?: ReportState[];
  taskNumber?: number;
}

export interface QueueItem {
  measure: MeasureInfo;
  report: ReportView;
  roundLabel: string;
}

export interface ReviewQueue {
  today: string;
  items: QueueItem[];
  demo: DemoInfo | null;
}

export interface ReportEventView {
  id: number;
  roundId: string;
  action: ReportEvent;
  fromState: ReportState | null;
  toState: ReportState;
  progress: MeasureProgress;
  text: string;
  blockedReason: string | null;
  figure: number | null;
  evidence: string[];
  comment: string | null;
  actor: string;
  at: string;
}

export interface MeasureHistory {
  measure: MeasureInfo;
  state: MeasureState;
  events: ReportEventView[];
  demo: DemoInfo | null;
}

export interface EscalationItem {
  measure: MeasureInfo;
  state: MeasureState;
}

export interface EscalationList {
  today: string;
  graceDays: number;
  items: EscalationItem[];
  summary: { visible: number; red: number; overdue: number; blocked: number };
  demo: DemoInfo | null;
}

/** What a county writes into a report (the draft's content). */
export interface ReportInput extends ReportContent {
  /** The version the edit is based on: 0 for a report not yet filed. */
  version: number;
}

const STATES_WAITING: ReportState[] = ['submitted'];

function invalid(message: string, details: Array<{ field: string; value?: unknown; message: string }>) {
  return new AppError('VALIDATION_FAILED', message, details);
}

export class ReportingService {
  constructor(private readonly deps: ReportingDeps) {}

  get settings(): ReportingSettings {
    return this.deps.settings;
  }

  /** Today in Beijing, from the context's clock. */
  today(): string {
    return shanghaiDay(this.deps.clock().getTime());
  }

  private roundView(round: Round, today: string): RoundView {
    return {
      ...round,
      status: roundStatus(round, today),
      closingSoon: roundClosingSoon(round, today, this.deps.settings.amberDays),
      daysToClose: daysBetween(today, round.closesOn),
    };
  }

  /** Every round from the first to the one of today's period, oldest first. */
  rounds(): Round[] {
    return roundsUpTo(this.deps.settings, this.today());
  }

  /** The open round that closes first (the one to report now); null before the first round. */
  currentRound(): Round | null {
    return currentRound(this.deps.settings, this.today());
  }

  overview(): RoundsOverview {
    const today = this.today();
    const { frequency, closeDay, graceDays, amberDays } = this.deps.settings;
    const current = this.currentRound();
    return {
      today,
      current: current ? this.roundView(current, today) : null,
      rounds: this.rounds()
        .reverse()
        .map((r) => this.roundView(r, today)),
      settings: { frequency, closeDay, graceDays, amberDays },
    };
  }

  /** A round that has begun; anything else is not found. */
  private requireRound(id: string): Round {
    const round = roundById(this.deps.settings, id);
    const today = this.today();
    if (!round || roundStatus(round, today) === 'upcoming') {
      const first = roundById(this.deps.settings, this.deps.settings.firstRound)!;
      throw new AppError(
        'ROUND_NOT_FOUND',
        `报送轮次 ${id} 不存在：${ROUND_ID_RULE[this.deps.settings.frequency]}，从 ${first.id}（${first.label}）起，到当前轮次为止`,
        [{ field: 'round', value: id, message: ROUND_ID_RULE[this.deps.settings.frequency] }],
      );
    }
    return round;
  }

  private async view(): Promise<DatasetView> {
    return this.deps.data.current().view();
  }

  private info(m: Measure, view: DatasetView): MeasureInfo {
    return {
      id: m.id,
      countyCode: m.countyCode,
      countyName: view.orgIndex.byCode.get(m.countyCode)?.name ?? m.countyCode,
      taskNumber: m.taskNumber,
      title: m.title,
      output: m.output,
      outputTarget: m.outputTarget,
      outputUnit: m.outputUnit,
      ownerName: m.ownerName,
      ownerUnit: m.ownerUnit,
      dueDate: m.dueDate,
    };
  }

  /** The measure `id` within the reader's scope; another county's measure is not found (audited). */
  private async requireMeasure(reader: Reader, id: string): Promise<Measure> {
    const mine = (await this.deps.delivery.measures(reader, {})).find((m) => m.id === id);
    if (mine) return mine;
    const e = new AppError('MEASURE_NOT_FOUND', `举措 ${id} 不存在，或不在您的管理范围内`, [
      { field: 'measure', value: id, message: '没有此举措（已批准的县级工作方案中）' },
    ]);
    const anywhere = (await this.deps.delivery.measures(null, {})).find((m) => m.id === id);
    throw anywhere ? e.hiding('measure', id) : e;
  }

  /** The county `code` (a county-level unit) within the reader's scope. */
  private requireCounty(view: DatasetView, reader: Reader, code: string): { code: string; name: string } {
    const unit = view.orgIndex.byCode.get(code);
    const scope = readerScope(reader);
    const inScope = unit !== undefined && (!scope || scopeIncludesOrg(view.orgIndex, scope, code));
    if (!unit || !inScope || unit.level !== 'county') {
      const e = new AppError('ORG_UNIT_NOT_FOUND', `县市区代码 ${code} 不存在`, [
        { field: 'county', value: code, message: '应为县级单位（县市区或功能区）的代码' },
      ]);
      throw unit && !inScope ? e.hiding('orgUnit', code) : e;
    }
    return { code: unit.code, name: unit.name };
  }

  private requireRead(reader: Reader): void {
    if (!readerMay(reader, 'reporting.read'))
      throw new AppError('FORBIDDEN', '您的角色没有查看进展报送的权限');
  }

  private mayOf(reader: Reader) {
    return { submit: readerMay(reader, 'reporting.submit'), review: readerMay(reader, 'reporting.review') };
  }

  /** The actions the reader may take on a report in a round today. */
  private actions(reader: Reader, round: Round, state: ReportState | null, today: string): ReportAction[] {
    const status = roundStatus(round, today);
    return actionsOpen(state, this.mayOf(reader)).filter(
      (a) =>
        a === 'accept' ||
        a === 'return' ||
        status === 'open' ||
        (status === 'closed' && state === 'returned'),
    );
  }

  private reportView(
    reader: Reader,
    round: Round,
    measure: Measure,
    row: ReportRow | null,
    files: ReadonlyMap<string, EvidenceFile>,
    today: string,
  ): ReportView {
    const state = (row?.state ?? null) as ReportState | null;
    return {
      id: row?.id ?? null,
      roundId: round.id,
      measureId: measure.id,
      countyCode: measure.countyCode,
      state,
      progress: (row?.progress ?? 'notStarted') as MeasureProgress,
      text: row?.text ?? '',
      blockedReason: row?.blockedReason ?? null,
      figure: row?.figure ?? null,
      evidence: (row?.evidence ?? []).flatMap((id) => files.get(id) ?? []),
      returnComment: row?.returnComment ?? null,
      firstSubmittedAt: row?.firstSubmittedAt ?? null,
      submittedAt: row?.submittedAt ?? null,
      reviewedBy: row?.reviewedBy ?? null,
      reviewedAt: row?.reviewedAt ?? null,
      updatedAt: row?.updatedAt ?? null,
      version: row?.version ?? 0,
      actions: this.actions(reader, round, state, today),
    };
  }

  private async filesOf(reader: Reader, rows: readonly ReportRow[]): Promise<Map<string, EvidenceFile>> {
    const ids = [...new Set(rows.flatMap((r) => r.evidence))];
    if (ids.length === 0 || !readerMay(reader, 'evidence.read')) return new Map();
    return new Map((await this.deps.evidence.describe(reader, ids)).map((f) => [f.id, f]));
  }

  private summaries(rows: readonly ReportRow[]): Map<string, ReportSummary[]> {
    const out = new Map<string, ReportSummary[]>();
    for (const r of rows) {
      const list = out.get(r.measureId) ?? [];
      list.push({
        roundId: r.roundId,
        state: r.state as ReportState,
        progress: r.progress as MeasureProgress,
        figure: r.figure,
        submittedOn: r.firstSubmittedAt ? shanghaiDay(Date.parse(r.firstSubmittedAt)) : null,
        submittedAt: r.submittedAt,
      });
      out.set(r.measureId, list);
    }
    return out;
  }

  private statesOf(
    measures: readonly Measure[],
    rows: readonly ReportRow[],
    today: string,
  ): Map<string, MeasureState> {
    const byMeasure = this.summaries(rows);
    return new Map(
      measures.map((m) => [m.id, measureState(m, byMeasure.get(m.id) ?? [], today, this.deps.settings)]),
    );
  }

  /** Where every measure of the counties in the reader's scope stands (for the stocktake and the start page). */
  async measureStates(reader: Reader, options: { countyCode?: string } = {}): Promise<MeasureState[]> {
    this.requireRead(reader);
    const measures = await this.deps.delivery.measures(reader, options);
    const rows = await listReports(this.deps.db, { measureIds: measures.map((m) => m.id) });
    const states = this.statesOf(measures, rows, this.today());
    return measures.map((m) => states.get(m.id)!);
  }

  /** A county's reports of one round: one item per measure of its approved work plan. */
  async countyRound(reader: Reader, countyCode: string, roundId: string): Promise<CountyRoundReports> {
    this.requireRead(reader);
    const view = await this.view();
    const county = this.requireCounty(view, reader, countyCode);
    const round = this.requireRound(roundId);
    const today = this.today();
    const measures = await this.deps.delivery.measures(reader, { countyCode });
    const all = await listReports(this.deps.db, { measureIds: measures.map((m) => m.id) });
    const states = this.statesOf(measures, all, today);
    const ofRound = new Map(all.filter((r) => r.roundId === round.id).map((r) => [r.measureId, r]));
    const files = await this.filesOf(reader, [...ofRound.values()]);
    const items = measures.map((m) => ({
      measure: this.info(m, view),
      report: this.reportView(reader, round, m, ofRound.get(m.id) ?? null, files, today),
      state: states.get(m.id)!,
    }));
    const count = (s: ReportState | null) => items.filter((i) => i.report.state === s).length;
    return {
      today,
      round: this.roundView(round, today),
      county,
      items,
      summary: {
        measures: items.length,
        notFiled: count(null),
        draft: count('draft'),
        submitted: count('submitted'),
        accepted: count('accepted'),
        returned: count('returned'),
      },
      demo: view.demo,
    };
  }

  /** One report of a round (the empty one when not filed yet). */
  async report(reader: Reader, roundId: string, measureId: string): Promise<ReportView> {
    this.requireRead(reader);
    const round = this.requireRound(roundId);
    const measure = await this.requireMeasure(reader, measureId);
    const row = await findReport(this.deps.db, round.id, measure.id);
    return this.reportView(
      reader,
      round,
      measure,
      row,
      await this.filesOf(reader, row ? [row] : []),
      this.today(),
    );
  }

  /** Refuses a county's write to a round that does not take reports today (a returned report may still be corrected). */
  private requireOpen(round: Round, measure: Measure, state: ReportState | null, today: string): void {
    const status = roundStatus(round, today);
    if (status === 'open' || (status === 'closed' && state === 'returned')) return;
    throw new AppError(
      'ROUND_CLOSED',
      `${round.label}的进展报送已于 ${round.closesOn} 截止（轮次 ${round.id}，${round.opensOn} 至 ${round.closesOn}），不能再填写或报送举措“${measure.title}”的进展`,
      [
        {
          field: 'round',
          value: round.id,
          message: `报送时间为 ${round.opensOn} 至 ${round.closesOn}，今天是 ${today}`,
        },
      ],
    );
  }

  private requireVersion(row: ReportRow | null, version: number, measure: Measure, round: Round): void {
    const current = row?.version ?? 0;
    if (current === version) return;
    throw new AppError(
      'CONFLICT',
      `举措“${measure.title}”${round.label}的报告已被他人修改（当前版本 ${current}，您打开时为版本 ${version}），请刷新后重试`,
      [{ field: 'version', value: version, message: `当前版本为 ${current}` }],
    );
  }

  private refuse(
    result: Extract<ReturnType<typeof applyReportAction>, { ok: false }>,
    action: ReportAction,
  ): AppError {
    if (result.code === 'ILLEGAL_TRANSITION')
      return new AppError('REPORT_STATE_CONFLICT', result.message, [
        { field: 'action', value: action, message: result.message },
      ]);
    return invalid(result.message, [{ field: 'comment', message: result.message }]);
  }

  private contentOf(row: ReportRow): ReportContent {
    return {
      progress: row.progress as MeasureProgress,
      text: row.text,
      blockedReason: row.blockedReason,
      figure: row.figure,
      evidence: row.evidence,
    };
  }

  /** Writes a report's change, its event and the audit entry in one transaction. */
  private async write(
    caller: Caller,
    target: { round: Round; measure: Measure; row: ReportRow | null },
    change: {
      event: ReportEvent;
      to: ReportState;
      content: ReportContent;
      comment: string | null;
      patch: Omit<ReportPatch, 'updatedAt'>;
    },
  ): Promise<ReportRow> {
    const { round, measure, row } = target;
    const at = this.deps.clock().toISOString();
    const username = caller.actor.username;
    const written = await this.deps.data.write(async (tx) => {
      let saved: ReportRow | null;
      if (row === null) {
        saved = await insertReport(tx, {
          roundId: round.id,
          measureId: measure.id,
          countyCode: measure.countyCode,
          state: change.to,
          ...change.content,
          version: 1,
          createdBy: username,
          updatedAt: at,
        });
      } else {
        saved = await updateReport(tx, row.id, row.version, {
          ...change.content,
          ...change.patch,
          state: change.to,
          updatedAt: at,
        });
      }
      if (!saved) return null;
      await insertReportEvent(tx, {
        reportId: saved.id,
        roundId: round.id,
        measureId: measure.id,
        countyCode: measure.countyCode,
        action: change.event,
        fromState: row?.state ?? null,
        toState: change.to,
        ...change.content,
        comment: change.comment,
        actorUsername: username,
        at,
      });
      await this.deps.audit.record(
        caller.actor,
        {
          action: `reporting.${change.event}`,
          outcome: 'success',
          targetType: 'progressReport',
          targetId: `${round.id}/${measure.id}`,
          oldValue: row ? { state: row.state, progress: row.progress } : null,
          newValue: { state: change.to, progress: change.content.progress, comment: change.comment },
        },
        tx,
      );
      return saved;
    });
    if (!written) {
      throw new AppError('CONFLICT', `举措“${measure.title}”${round.label}的报告已被他人修改，请刷新后重试`, [
        { field: 'version', message: '报告在保存时已被他人修改' },
      ]);
    }
    return written;
  }

  private requirePermission(caller: Caller, permission: 'reporting.submit' | 'reporting.review'): void {
    if (!hasPermission(caller, permission)) {
      throw new AppError(
        'FORBIDDEN',
        permission === 'reporting.submit' ? '您的角色不能填报进展报告' : '您的角色不能审核进展报告',
      );
    }
  }

  private async load(caller: Caller, roundId: string, measureId: string) {
    const round = this.requireRound(roundId);
    const measure = await this.requireMeasure(caller, measureId);
    const row = await findReport(this.deps.db, round.id, measure.id);
    return { round, measure, row };
  }

  private issuesError(measure: Measure, issues: ReturnType<typeof reportIssues>, verb: string): AppError {
    return invalid(
      `举措“${measure.title}”的报告有 ${issues.length} 处需要修改后才能${verb}：${issues.map((i) => i.message).join('；')}`,
      issues,
    );
  }

  /** Files or updates the draft of a measure's report for a round (the county). */
  async save(caller: Caller, roundId: string, measureId: string, input: ReportInput): Promise<ReportView> {
    this.requirePermission(caller, 'reporting.submit');
    const { round, measure, row } = await this.load(caller, roundId, measureId);
    const today = this.today();
    const state = (row?.state ?? null) as ReportState | null;
    const step = applyReportAction(state, 'save');
    if (!step.ok) throw this.refuse(step, 'save');
    this.requireOpen(round, measure, state, today);
    const { version, ...content } = input;
    this.requireVersion(row, version, measure, round);
    const issues = reportIssues(content, measure, 'save');
    if (issues.length > 0) throw this.issuesError(measure, issues, '保存');
    await this.deps.evidence.requireAttachable(caller, content.evidence, measure.countyCode);
    await this.write(
      caller,
      { round, measure, row },
      { event: step.event, to: step.to, content, comment: null, patch: {} },
    );
    return this.report(caller, round.id, measure.id);
  }

  /** Submits (or, after a return, resubmits) a measure's report for review (the county). */
  async submit(caller: Caller, roundId: string, measureId: string, version: number): Promise<ReportView> {
    this.requirePermission(caller, 'reporting.submit');
    const { round, measure, row } = await this.load(caller, roundId, measureId);
    const today = this.today();
    const state = (row?.state ?? null) as ReportState | null;
    const step = applyReportAction(state, 'submit');
    if (!step.ok) throw this.refuse(step, 'submit');
    this.requireOpen(round, measure, state, today);
    this.requireVersion(row, version, measure, round);
    const content = this.contentOf(row!);
    const issues = reportIssues(content, measure, 'submit');
    if (issues.length > 0) throw this.issuesError(measure, issues, '报送');
    await this.deps.evidence.requireAttachable(caller, content.evidence, measure.countyCode);
    const at = this.deps.clock().toISOString();
    await this.write(
      caller,
      { round, measure, row },
      {
        event: step.event,
        to: step.to,
        content,
        comment: null,
        patch: { submittedAt: at, firstSubmittedAt: row!.firstSubmittedAt ?? at },
      },
    );
    return this.report(caller, round.id, measure.id);
  }

  /** The city's review: accept, or return with a comment. */
  async review(
    caller: Caller,
    roundId: string,
    measureId: string,
    decision: { action: 'accept' | 'return'; version: number; comment?: string | null },
  ): Promise<ReportView> {
    this.requirePermission(caller, 'reporting.review');
    const { round, measure, row } = await this.load(caller, roundId, measureId);
    const state = (row?.state ?? null) as ReportState | null;
    const comment = decision.comment?.trim() || null;
    const step = applyReportAction(state, decision.action, comment);
    if (!step.ok) throw this.refuse(step, decision.action);
    this.requireVersion(row, decision.version, measure, round);
    const at = this.deps.clock().toISOString();
    await this.write(
      caller,
      { round, measure, row },
      {
        event: step.event,
        to: step.to,
        content: this.contentOf(row!),
        comment,
        patch: {
          reviewedBy: caller.actor.username,
          reviewedAt: at,
          ...(decision.action === 'return' ? { returnComment: comment } : {}),
        },
      },
    );
    return this.report(caller, round.id, measure.id);
  }

  /** The city's queue: reports of the counties in scope, by default those waiting for review, oldest first. */
  async queue(reader: Reader, filter: QueueFilter = {}): Promise<ReviewQueue> {
    this.requireRead(reader);
    const view = await this.view();
    if (filter.countyCode) this.requireCounty(view, reader, filter.countyCode);
    const round = filter.roundId ? this.requireRound(filter.roundId) : null;
    const today = this.today();
    const measures = (
      await this.deps.delivery.measures(reader, filter.countyCode ? { countyCode: filter.countyCode } : {})
    ).filter((m) => filter.taskNumber === undefined || m.taskNumber === filter.taskNumber);
    const byId = new Map(measures.map((m) => [m.id, m]));
    const rows = await listReports(this.deps.db, {
      measureIds: [...byId.keys()],
      states: filter.states ?? STATES_WAITING,
      ...(round ? { roundIds: [round.id] } : {}),
    });
    rows.sort(
      (a, b) => (a.submittedAt ?? a.updatedAt).localeCompare(b.submittedAt ?? b.updatedAt) || a.id - b.id,
    );
    const files = await this.filesOf(reader, rows);
    const items = rows.map((r) => {
      const m = byId.get(r.measureId)!;
      const rd = roundById(this.deps.settings, r.roundId)!;
      return {
        measure: this.info(m, view),
        report: this.reportView(reader, rd, m, r, files, today),
        roundLabel: rd.label,
      };
    });
    return { today, items, demo: view.demo };
  }

  /** Every event of every report of one measure, oldest first, with where the measure stands. */
  async history(reader: Reader, measureId: string): Promise<MeasureHistory> {
    this.requireRead(reader);
    const view = await this.view();
    const measure = await this.requireMeasure(reader, measureId);
    const db = this.deps.db;
    const [events, rows] = await Promise.all([
      listMeasureEvents(db, measure.id),
      listReports(db, { measureIds: [measure.id] }),
    ]);
    return {
      measure: this.info(measure, view),
      state: this.statesOf([measure], rows, this.today()).get(measure.id)!,
      events: events.map(eventView),
      demo: view.demo,
    };
  }

  /** The escalated measures (overdue or blocked) of the counties in scope: red first, then the longest overdue. */
  async escalations(reader: Reader, options: { countyCode?: string } = {}): Promise<EscalationList> {
    this.requireRead(reader);
    const view = await this.view();
    if (options.countyCode) this.requireCounty(view, reader, options.countyCode);
    const measures = await this.deps.delivery.measures(reader, options);
    const rows = await listReports(this.deps.db, { measureIds: measures.map((m) => m.id) });
    const today = this.today();
    const states = this.statesOf(measures, rows, today);
    const rank = { red: 0, visible: 1, none: 2 } as const;
    const items = measures
      .map((m) => ({ measure: this.info(m, view), state: states.get(m.id)! }))
      .filter((i) => i.state.escalation !== 'none')
      .sort(
        (a, b) =>
          rank[a.state.escalation] - rank[b.state.escalation] ||
          (b.state.daysOverdue ?? -1) - (a.state.daysOverdue ?? -1) ||
          a.measure.countyCode.localeCompare(b.measure.countyCode) ||
          a.measure.id.localeCompare(b.measure.id),
      );
    return {
      today,
      graceDays: this.deps.settings.graceDays,
      items,
      summary: {
        visible: items.filter((i) => i.state.escalation === 'visible').length,
        red: items.filter((i) => i.state.escalation === 'red').length,
        overdue: items.filter((i) => i.state.overdue).length,
        blocked: items.filter((i) => i.state.blocked).length,
      },
      demo: view.demo,
    };
  }

  /** The open rounds today (one, or two around the closing day). */
  openRounds(): RoundView[] {
    const today = this.today();
    return openRounds(this.deps.settings, today).map((r) => this.roundView(r, today));
  }

  /** The label of a report state (for the CLI). */
  static stateLabel(state: ReportState | null): string {
    return state === null ? '未填写' : REPORT_STATE_LABELS[state];
  }
}

function eventView(e: ReportEventRow): ReportEventView {
  return {
    id: e.id,
    roundId: e.roundId,
    action: e.action as ReportEvent,
    fromState: e.fromState as ReportState | null,
    toState: e.toState as ReportState,
    progress: e.progress as MeasureProgress,
    text: e.text,
    blockedReason: e.blockedReason,
    figure: e.figure,
    evidence: e.evidence,
    comment: e.comment,
    actor: e.actorUsername,
    at: e.at,
  };
}
