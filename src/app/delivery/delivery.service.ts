/**
 * The delivery area's use cases: the 19 tasks with what they serve, and the counties' work plans
 * (工作方案) — a county saves its draft measures (optimistic `revision`), submits; the city approves
 * or returns with a comment; a revision starts a new version from the approved one; anyone in scope
 * sees the versions, the history and what changed between two versions. Other areas read the
 * measures of each county's current approved plan (`measures`) and the plans' states (`planStates`).
 */
import {
  insertEvents,
  insertMeasureIdentities,
  insertMeasures,
  insertVersion,
  latestApprovedVersions,
  listEvents,
  listVersions,
  measureIdentities,
  measuresOf,
  replaceMeasures,
  updateVersion,
  type StoredMeasure,
  type VersionRow,
} from '../../db/delivery/delivery.repository.ts';
import type { Db } from '../../db/database.ts';
import { scopeIncludesOrg } from '../../domain/access/scope.ts';
import type {
  Measure,
  MeasureDraft,
  TaskInfo,
  WorkPlanAction,
  WorkPlanDiff,
  WorkPlanStatus,
} from '../../domain/delivery/delivery.types.ts';
import {
  ACTION_LABELS,
  decide,
  diffMeasures,
  LIMITS,
  normaliseDraft,
  planPeriod,
  taskInfos,
  validateMeasures,
  type PlanState,
} from '../../domain/delivery/work-plan.ts';
import type { Plan } from '../../domain/plan/plan.types.ts';
import type { OrgUnit } from '../../domain/registry/registry.types.ts';
import type { Caller, Reader } from '../access/caller.ts';
import { hasPermission, readerMay, readerScope } from '../access/caller.ts';
import type { AuditService } from '../access/audit.service.ts';
import type { Clock } from '../access/auth.service.ts';
import { AppError, defineErrorCodes } from '../app-error.ts';
import type { DataSnapshots } from '../shared/data.snapshot.ts';
import type { DatasetView, DemoInfo } from '../shared/dataset.cache.ts';

declare module '../app-error.ts' {
  interface AreaErrorCodes {
    WORK_PLAN_NOT_FOUND: true;
  }
}
defineErrorCodes({ WORK_PLAN_NOT_FOUND: 404 });

export type { Measure, TaskInfo };

/** One county's work plan at a glance (the city's list; the other areas' view). */
export interface WorkPlanState {
  countyCode: string;
  countyName: string;
  /** The latest version, null before the first save. */
  version: number | null;
  state: PlanState;
  approvedVersion: number | null;
  approvedAt: string | null;
  /** Measures of the latest version. */
  measures: number;
  /** Measures of the approved version. */
  approvedMeasures: number;
  /** When the latest version was submitted (still waiting when state is submitted). */
  submittedAt: string | null;
}

export interface WorkPlanVersionInfo {
  version: number;
  state: WorkPlanStatus;
  /** For optimistic concurrency: send it back with an edit or a decision. */
  revision: number;
  basedOnVersion: number | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  decisionComment: string | null;
  measureCount: number;
}

export interface WorkPlanEventInfo {
  version: number;
  action: WorkPlanAction;
  fromState: PlanState;
  toState: WorkPlanStatus;
  actor: string;
  comment: string | null;
  at: string;
}

/** A unit a measure may name as its owner: the county (its education bureau), a township, a school. */
export interface OwnerUnit {
  code: string;
  name: string;
  kind: 'county' | 'township' | 'school';
}

export interface CountyRef {
  code: string;
  name: string;
}

export interface CountyWorkPlan {
  county: CountyRef;
  state: WorkPlanState;
  versions: WorkPlanVersionInfo[];
  /** The latest version with its measures. */
  current: { version: WorkPlanVersionInfo; measures: Measure[] } | null;
  /** The latest approved version's number and measures (when the latest is not it). */
  approved: { version: number; measures: Measure[] } | null;
  /** From the approved version to the latest one, when they differ. */
  diff: WorkPlanDiff | null;
  history: WorkPlanEventInfo[];
  /** What this caller may do now. */
  actions: WorkPlanAction[];
  units: OwnerUnit[];
  demo: DemoInfo | null;
}

export interface WorkPlanVersionView {
  county: CountyRef;
  version: WorkPlanVersionInfo;
  measures: Measure[];
  demo: DemoInfo | null;
}

export interface WorkPlanDiffView {
  county: CountyRef;
  from: number;
  to: number;
  diff: WorkPlanDiff;
  demo: DemoInfo | null;
}

/** A save: the whole list of the draft's measures, based on the revision the county opened. */
export interface SaveDraftInput {
  revision: number | null;
  measures: MeasureDraft[];
}

export interface DecisionInput {
  revision: number;
  comment?: string | null;
}

const isStatus = (s: string): s is WorkPlanStatus =>
  s === 'draft' || s === 'submitted' || s === 'approved' || s === 'returned';

const toMeasure = (m: StoredMeasure): Measure => ({
  id: m.id,
  countyCode: m.countyCode,
  sinceVersion: m.sinceVersion,
  taskNumber: m.taskNumber,
  title: m.title,
  output: m.output,
  outputTarget: m.outputTarget,
  outputUnit: m.outputUnit,
  ownerName: m.ownerName,
  ownerUnitCode: m.ownerUnitCode,
  ownerUnit: m.ownerUnit,
  dueDate: m.dueDate,
});

/** The name of a county-level unit's education department, as a measure's owner. */
export function bureauName(county: Pick<OrgUnit, 'name' | 'countyKind'>): string {
  return county.countyKind === 'zone' ? `${county.name}教育主管部门` : `${county.name}教育和体育局`;
}

function versionInfo(row: VersionRow, measureCount: number): WorkPlanVersionInfo {
  return {
    version: row.version,
    state: isStatus(row.state) ? row.state : 'draft',
    revision: row.revision,
    basedOnVersion: row.basedOnVersion,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    submittedAt: row.submittedAt,
    decidedAt: row.decidedAt,
    decidedBy: row.decidedBy,
    decisionComment: row.decisionComment,
    measureCount,
  };
}

const invalid = (message: string, details: AppError['details']) =>
  new AppError('VALIDATION_FAILED', message, details);

const stale = (current: number, sent: number | null) =>
  new AppError('CONFLICT', '工作方案已被他人修改，请刷新后再操作', [
    { field: 'revision', value: sent, message: `当前修订号为 ${current}，提交的为 ${String(sent)}` },
  ]);

export interface DeliveryDeps {
  db: Db;
  plan: Plan;
  data: DataSnapshots;
  audit: AuditService;
  clock: Clock;
}

export class DeliveryService {
  private readonly taskList: TaskInfo[];

  constructor(private readonly deps: DeliveryDeps) {
    this.taskList = taskInfos(deps.plan);
  }

  /** The plan's 19 tasks with their lead sections, the targets and milestones they serve. */
  tasks(): TaskInfo[] {
    return this.taskList;
  }

  private get db(): Db {
    return this.deps.db;
  }

  // -------------------------------------------------------------------------------------------
  // Scope

  /** The county-level units the reader sees (every one for the city; its own for a county). */
  private countiesFor(view: DatasetView, reader: Reader): OrgUnit[] {
    const scope = readerScope(reader);
    return view.orgIndex.counties.filter((c) => !scope || scopeIncludesOrg(view.orgIndex, scope, c.code));
  }

  /** A county-level unit in the reader's scope; anything else answers as not found. */
  private requireCounty(view: DatasetView, reader: Reader, code: string): OrgUnit {
    const unit = view.orgIndex.byCode.get(code);
    const scope = readerScope(reader);
    if (unit?.level !== 'county') {
      throw new AppError('ORG_UNIT_NOT_FOUND', `县市区代码 ${code} 不存在`, [
        { field: 'county', value: code, message: '应为一个县级单位（县、市、区或功能区）的代码' },
      ]);
    }
    if (scope && !scopeIncludesOrg(view.orgIndex, scope, code)) {
      throw new AppError('ORG_UNIT_NOT_FOUND', `县市区代码 ${code} 不存在`, [
        { field: 'county', value: code, message: '不存在，或不在您的管理范围内' },
      ]).hiding('workPlan', code);
    }
    return unit;
  }

  private requireRead(reader: Reader): void {
    if (!readerMay(reader, 'delivery.read')) throw new AppError('FORBIDDEN', '当前角色不能查看工作方案');
  }

  /** The units a county's measures may name as owner (the county's bureau, townships, operating schools). */
  ownerUnits(view: DatasetView, county: OrgUnit): OwnerUnit[] {
    const out: OwnerUnit[] = [{ code: county.code, name: bureauName(county), kind: 'county' }];
    for (const t of view.orgIndex.childrenOf(county.code)) {
      if (t.level === 'township') out.push({ code: t.code, name: t.name, kind: 'township' });
    }
    const closed = new Set<string>();
    for (const [code, events] of view.events) {
      if (events.some((e) => e.kind === 'closed' || e.kind === 'mergedInto')) closed.add(code);
    }
    const schools = [...view.institutions.values()]
      .filter((i) => i.countyCode === county.code && !closed.has(i.code))
      .sort((a, b) => a.code.localeCompare(b.code));
    for (const s of schools) out.push({ code: s.code, name: s.name, kind: 'school' });
    return out;
  }

  // -------------------------------------------------------------------------------------------
  // Reading

  private async loadCounty(countyCode: string) {
    const versions = await listVersions(this.db, countyCode);
    const measures = await measuresOf(
      this.db,
      versions.map((v) => v.id),
    );
    const byVersion = new Map<number, Measure[]>();
    for (const v of versions) byVersion.set(v.version, []);
    const idToVersion = new Map(versions.map((v) => [v.id, v.version]));
    for (const m of measures) byVersion.get(idToVersion.get(m.planVersionId)!)!.push(toMeasure(m));
    return { versions, byVersion };
  }

  private stateOf(
    county: OrgUnit,
    versions: readonly VersionRow[],
    count: (v: VersionRow) => number,
  ): WorkPlanState {
    const latest = versions.at(-1);
    const approved = versions.filter((v) => v.state === 'approved').at(-1);
    return {
      countyCode: county.code,
      countyName: county.name,
      version: latest?.version ?? null,
      state: latest ? (isStatus(latest.state) ? latest.state : 'draft') : 'none',
      approvedVersion: approved?.version ?? null,
      approvedAt: approved?.decidedAt ?? null,
      measures: latest ? count(latest) : 0,
      approvedMeasures: approved ? count(approved) : 0,
      submittedAt: latest?.submittedAt ?? null,
    };
  }

  /** Every county's plan state, in the reader's scope (the city's overview; other areas). */
  async planStates(reader: Reader): Promise<WorkPlanState[]> {
    this.requireRead(reader);
    const view = await this.deps.data.current().view();
    const counties = this.countiesFor(view, reader);
    const versions = await listVersions(this.db);
    const measures = await measuresOf(
      this.db,
      versions.map((v) => v.id),
    );
    const counts = new Map<number, number>();
    for (const m of measures) counts.set(m.planVersionId, (counts.get(m.planVersionId) ?? 0) + 1);
    const byCounty = new Map<string, VersionRow[]>();
    for (const v of versions) byCounty.set(v.countyCode, [...(byCounty.get(v.countyCode) ?? []), v]);
    return counties.map((c) => this.stateOf(c, byCounty.get(c.code) ?? [], (v) => counts.get(v.id) ?? 0));
  }

  /** The city's overview of the plans, with the dataset notice. */
  async overview(reader: Reader): Promise<{ plans: WorkPlanState[]; demo: DemoInfo | null }> {
    const plans = await this.planStates(reader);
    return { plans, demo: (await this.deps.data.current().view()).demo };
  }

  /** The measures of each county's current approved work plan (counties in the reader's scope). */
  async measures(reader: Reader, options: { countyCode?: string } = {}): Promise<Measure[]> {
    this.requireRead(reader);
    const view = await this.deps.data.current().view();
    if (options.countyCode !== undefined) this.requireCounty(view, reader, options.countyCode);
    const visible = new Set(this.countiesFor(view, reader).map((c) => c.code));
    const approved = (await latestApprovedVersions(this.db)).filter(
      (v) =>
        visible.has(v.countyCode) &&
        (options.countyCode === undefined || v.countyCode === options.countyCode),
    );
    return (
      await measuresOf(
        this.db,
        approved.map((v) => v.id),
      )
    ).map(toMeasure);
  }

  /** Measures per task and county in the reader's scope (approved plans): for the tasks page. */
  async taskCounts(reader: Reader): Promise<{
    tasks: Array<TaskInfo & { measures: number; counties: number }>;
    demo: DemoInfo | null;
  }> {
    const measures = await this.measures(reader);
    const demo = (await this.deps.data.current().view()).demo;
    return {
      tasks: this.taskList.map((t) => {
        const own = measures.filter((m) => m.taskNumber === t.number);
        return { ...t, measures: own.length, counties: new Set(own.map((m) => m.countyCode)).size };
      }),
      demo,
    };
  }

  /** What `caller` may do now to a plan in `state`. */
  private actionsFor(reader: Reader, view: DatasetView, state: PlanState, version: number | null) {
    const caller = reader !== null && !('kind' in reader) ? reader : null;
    const scope = readerScope(reader);
    const isCity = !scope || (scope.kind === 'org' && scope.orgCode === view.orgIndex.city.code);
    const may = (a: WorkPlanAction) => {
      if (!decide(state, a, version).ok) return false;
      if (a === 'approve' || a === 'return') return isCity && hasPermission(caller, 'delivery.approve');
      // The county plans; the city reviews (a city account with delivery.plan — the operator — may do both).
      return hasPermission(caller, 'delivery.plan') && (caller !== null || reader === null);
    };
    return (['save', 'submit', 'approve', 'return', 'revise'] as const).filter(may);
  }

  /** A county's work plan: versions, the latest with its measures, the diff to the approved one, history. */
  async workPlan(reader: Reader, countyCode: string): Promise<CountyWorkPlan> {
    this.requireRead(reader);
    const view = await this.deps.data.current().view();
    const county = this.requireCounty(view, reader, countyCode);
    const { versions, byVersion } = await this.loadCounty(county.code);
    const count = (v: VersionRow) => byVersion.get(v.version)?.length ?? 0;
    const state = this.stateOf(county, versions, count);
    const latest = versions.at(-1);
    const approvedRow = versions.filter((v) => v.state === 'approved').at(-1);
    const current = latest
      ? { version: versionInfo(latest, count(latest)), measures: byVersion.get(latest.version) ?? [] }
      : null;
    const approved =
      approvedRow && latest && approvedRow.version !== latest.version
        ? { version: approvedRow.version, measures: byVersion.get(approvedRow.version) ?? [] }
        : null;
    const events = await listEvents(this.db, county.code);
    return {
      county: { code: county.code, name: county.name },
      state,
      versions: versions.map((v) => versionInfo(v, count(v))),
      current,
      approved,
      diff: approved && current ? diffMeasures(approved.measures, current.measures) : null,
      history: events.map((e) => ({
        version: e.version,
        action: e.action as WorkPlanAction,
        fromState: e.fromState as PlanState,
        toState: e.toState as WorkPlanStatus,
        actor: e.actorUsername,
        comment: e.comment,
        at: e.at,
      })),
      actions: this.actionsFor(reader, view, state.state, state.version),
      units: this.ownerUnits(view, county),
      demo: view.demo,
    };
  }

  private async versionOf(reader: Reader, countyCode: string, version: number) {
    this.requireRead(reader);
    const view = await this.deps.data.current().view();
    const county = this.requireCounty(view, reader, countyCode);
    const { versions, byVersion } = await this.loadCounty(county.code);
    const row = versions.find((v) => v.version === version);
    if (!row) {
      throw new AppError('WORK_PLAN_NOT_FOUND', `${county.name}没有第 ${version} 版工作方案`, [
        {
          field: 'version',
          value: version,
          message: versions.length === 0 ? '该县尚未编制工作方案' : `现有版本 1–${versions.at(-1)!.version}`,
        },
      ]);
    }
    return { view, county, row, measures: byVersion.get(version) ?? [] };
  }

  /** One version of a county's plan with its measures. */
  async workPlanVersion(reader: Reader, countyCode: string, version: number): Promise<WorkPlanVersionView> {
    const { view, county, row, measures } = await this.versionOf(reader, countyCode, version);
    return {
      county: { code: county.code, name: county.name },
      version: versionInfo(row, measures.length),
      measures,
      demo: view.demo,
    };
  }

  /** What changed from version `from` to version `to` of a county's plan. */
  async diff(reader: Reader, countyCode: string, from: number, to: number): Promise<WorkPlanDiffView> {
    const a = await this.versionOf(reader, countyCode, from);
    const b = await this.versionOf(reader, countyCode, to);
    return {
      county: { code: a.county.code, name: a.county.name },
      from,
      to,
      diff: diffMeasures(a.measures, b.measures),
      demo: a.view.demo,
    };
  }

  // -------------------------------------------------------------------------------------------
  // Writing

  private requirePlanner(caller: Caller): void {
    if (!hasPermission(caller, 'delivery.plan')) {
      throw new AppError('FORBIDDEN', '当前角色不能编制工作方案（需要县级工作方案编制权限）');
    }
  }

  private requireApprover(caller: Caller, view: DatasetView): void {
    const cityScope = caller.scope.kind === 'org' && caller.scope.orgCode === view.orgIndex.city.code;
    if (!hasPermission(caller, 'delivery.approve') || !cityScope) {
      throw new AppError('FORBIDDEN', '只有市级教育局可以批准或退回县级工作方案');
    }
  }

  private refused(action: WorkPlanAction, state: PlanState, version: number | null): never {
    const d = decide(state, action, version);
    const message = d.ok ? '' : d.message;
    throw new AppError('CONFLICT', message, [
      { field: 'state', value: state, message: `${ACTION_LABELS[action]}：${message}` },
    ]);
  }

  /**
   * Saves the county's draft: the whole list of measures (kept ones by id, new ones without), all
   * checked first — nothing is written unless every measure passes. The first save creates
   * version 1; a returned version stays returned until it is resubmitted.
   */
  async saveDraft(caller: Caller, countyCode: string, input: SaveDraftInput): Promise<CountyWorkPlan> {
    this.requirePlanner(caller);
    const view = await this.deps.data.current().view();
    const county = this.requireCounty(view, caller, countyCode);
    const versions = await listVersions(this.db, county.code);
    const latest = versions.at(-1);
    const state: PlanState = latest ? (latest.state as WorkPlanStatus) : 'none';
    const decision = decide(state, 'save', latest?.version ?? null);
    if (!decision.ok) this.refused('save', state, latest?.version ?? null);
    if (latest && input.revision !== latest.revision) throw stale(latest.revision, input.revision);
    if (!latest && input.revision !== null && input.revision !== 0) throw stale(0, input.revision);

    const drafts = input.measures.map(normaliseDraft);
    const identities = await measureIdentities(this.db, county.code);
    const units = new Map(this.ownerUnits(view, county).map((u) => [u.code, u.name]));
    const issues = validateMeasures(drafts, {
      tasks: this.taskList,
      period: planPeriod(this.deps.plan),
      countyName: county.name,
      ownerUnitName: (code) => units.get(code) ?? null,
      knownIds: identities.ids,
    });
    if (issues.length > 0) {
      throw invalid(
        `工作方案有 ${issues.length} 处问题，未保存`,
        issues.map((i) => ({ ...i, field: `body.${i.field}` })),
      );
    }

    const now = this.now();
    const versionNumber = latest?.version ?? 1;
    let seq = identities.maxSeq;
    const fresh: Array<{ id: string; seq: number }> = [];
    const rows = drafts.map((d, position) => {
      let id = d.id;
      if (id === undefined) {
        seq += 1;
        id = `${county.code}-${String(seq).padStart(3, '0')}`;
        fresh.push({ id, seq });
      }
      return {
        id,
        position,
        taskNumber: d.taskNumber,
        title: d.title,
        output: d.output,
        outputTarget: d.outputTarget,
        outputUnit: d.outputUnit,
        ownerName: d.ownerName,
        ownerUnitCode: d.ownerUnitCode,
        ownerUnit: units.get(d.ownerUnitCode)!,
        dueDate: d.dueDate,
      };
    });
    await this.deps.data.write(async (tx) => {
      let versionId: number;
      if (!latest) {
        const created = await insertVersion(tx, {
          countyCode: county.code,
          version: 1,
          state: 'draft',
          revision: 1,
          basedOnVersion: null,
          createdBy: caller.actor.username,
          createdAt: now,
          updatedAt: now,
        });
        versionId = created.id;
      } else {
        if (!(await updateVersion(tx, latest.id, latest.revision, { updatedAt: now }))) {
          throw stale(latest.revision + 1, input.revision);
        }
        versionId = latest.id;
      }
      await insertMeasureIdentities(
        tx,
        fresh.map((f) => ({
          id: f.id,
          countyCode: county.code,
          seq: f.seq,
          firstVersion: versionNumber,
          createdAt: now,
        })),
      );
      await replaceMeasures(tx, versionId, rows);
      await insertEvents(tx, [
        {
          planVersionId: versionId,
          countyCode: county.code,
          version: versionNumber,
          action: 'save',
          fromState: state,
          toState: decision.ok ? decision.next : 'draft',
          actorUsername: caller.actor.username,
          comment: null,
          measures: null,
          at: now,
        },
      ]);
      await this.deps.audit.record(
        caller.actor,
        {
          action: 'delivery.workPlan.save',
          outcome: 'success',
          targetType: 'workPlan',
          targetId: `${county.code}/v${versionNumber}`,
          newValue: { measures: rows.length, added: fresh.map((f) => f.id) },
          detail: `保存${county.name}第 ${versionNumber} 版工作方案草稿（${rows.length} 条举措）`,
        },
        tx,
      );
    });
    return this.workPlan(caller, county.code);
  }

  /** Submits the latest version (draft or returned) for the city's approval. */
  async submit(caller: Caller, countyCode: string, input: DecisionInput): Promise<CountyWorkPlan> {
    this.requirePlanner(caller);
    return this.transition(caller, countyCode, 'submit', input);
  }

  async approve(caller: Caller, countyCode: string, input: DecisionInput): Promise<CountyWorkPlan> {
    return this.transition(caller, countyCode, 'approve', input);
  }

  async returnPlan(caller: Caller, countyCode: string, input: DecisionInput): Promise<CountyWorkPlan> {
    return this.transition(caller, countyCode, 'return', input);
  }

  /** Starts a new version (a draft) from the approved one, with the same measures and ids. */
  async revise(caller: Caller, countyCode: string, input: DecisionInput): Promise<CountyWorkPlan> {
    this.requirePlanner(caller);
    return this.transition(caller, countyCode, 'revise', input);
  }

  private now(): string {
    return this.deps.clock().toISOString();
  }

  private async transition(
    caller: Caller,
    countyCode: string,
    action: 'submit' | 'approve' | 'return' | 'revise',
    input: DecisionInput,
  ): Promise<CountyWorkPlan> {
    const view = await this.deps.data.current().view();
    const county = this.requireCounty(view, caller, countyCode);
    if (action === 'approve' || action === 'return') this.requireApprover(caller, view);
    const comment = input.comment?.trim() ? input.comment.trim() : null;
    if (action === 'return' && comment === null) {
      throw invalid('退回时须填写意见', [
        { field: 'body.comment', value: input.comment ?? null, message: '退回工作方案须说明需修改之处' },
      ]);
    }
    if (comment !== null && comment.length > LIMITS.comment) {
      throw invalid(`意见不能超过 ${LIMITS.comment} 个字`, [
        { field: 'body.comment', value: comment.length, message: `意见不能超过 ${LIMITS.comment} 个字` },
      ]);
    }
    const { versions, byVersion } = await this.loadCounty(county.code);
    const latest = versions.at(-1);
    const state: PlanState = latest ? (latest.state as WorkPlanStatus) : 'none';
    const decision = decide(state, action, latest?.version ?? null);
    if (!decision.ok || !latest) this.refused(action, state, latest?.version ?? null);
    if (input.revision !== latest.revision) throw stale(latest.revision, input.revision);
    const measures = byVersion.get(latest.version) ?? [];
    if (action === 'submit' && measures.length === 0) {
      throw invalid('工作方案没有举措，不能提交', [
        { field: 'measures', value: 0, message: '至少应有 1 条举措才能提交' },
      ]);
    }
    const now = this.now();
    await this.deps.data.write(async (tx) => {
      let versionId = latest.id;
      let versionNumber = latest.version;
      if (action === 'revise') {
        if (!(await updateVersion(tx, latest.id, latest.revision, { updatedAt: latest.updatedAt }))) {
          throw stale(latest.revision + 1, input.revision);
        }
        const created = await insertVersion(tx, {
          countyCode: county.code,
          version: latest.version + 1,
          state: 'draft',
          revision: 1,
          basedOnVersion: latest.version,
          createdBy: caller.actor.username,
          createdAt: now,
          updatedAt: now,
        });
        versionId = created.id;
        versionNumber = created.version;
        await insertMeasures(
          tx,
          versionId,
          measures.map((m, position) => ({ ...m, position })),
        );
      } else {
        const next = decision.next;
        const ok = await updateVersion(tx, latest.id, latest.revision, {
          state: next,
          updatedAt: now,
          ...(action === 'submit' ? { submittedAt: now } : {}),
          ...(action === 'approve' || action === 'return'
            ? { decidedAt: now, decidedBy: caller.actor.username, decisionComment: comment }
            : {}),
        });
        if (!ok) throw stale(latest.revision + 1, input.revision);
      }
      await insertEvents(tx, [
        {
          planVersionId: versionId,
          countyCode: county.code,
          version: versionNumber,
          action,
          fromState: action === 'revise' ? 'none' : state,
          toState: decision.next,
          actorUsername: caller.actor.username,
          comment,
          // What was submitted or decided stays on record even if a returned version is edited later.
          measures: action === 'revise' ? null : measures,
          at: now,
        },
      ]);
      await this.deps.audit.record(
        caller.actor,
        {
          action: `delivery.workPlan.${action}`,
          outcome: 'success',
          targetType: 'workPlan',
          targetId: `${county.code}/v${versionNumber}`,
          oldValue: { state },
          newValue: { state: decision.next, comment },
          detail: `${ACTION_LABELS[action]}${county.name}第 ${versionNumber} 版工作方案`,
        },
        tx,
      );
    });
    return this.workPlan(caller, county.code);
  }
}
