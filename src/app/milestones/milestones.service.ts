/**
 * Milestone completion (时间节点) as a use case: every milestone of the plan evaluated per
 * county-level unit on a day (default: today, from the clock) from the registry, the county
 * standards (figures and verdicts, through the standards area's service), the township facts the
 * counties record and the county reports; and the writes — a county records a township fact or
 * reports a milestone with evidence files (ids of the evidence area), the city verifies or rejects.
 *
 * Every record and review is a new row (append-only tables); a record's state is its latest review.
 */
import { scopeIncludesOrg } from '../../domain/access/scope.ts';
import type { InstitutionYear } from '../../domain/indicators/snapshot.types.ts';
import { evaluateMilestones } from '../../domain/milestones/milestones.evaluate.ts';
import { TOWNSHIP_FACT_NAMES_ZH } from '../../domain/milestones/milestones.text.ts';
import type {
  CountyUnit,
  MilestoneReportRecord,
  MilestoneStatus,
  MilestoneWorld,
  ReviewState,
  TownshipFactRecord,
} from '../../domain/milestones/milestones.types.ts';
import { isIsoDate, TOWNSHIP_FACT_NAMES } from '../../domain/plan/plan.schema.ts';
import type { CountyVerdictName, Plan, TownshipFactName } from '../../domain/plan/plan.types.ts';
import { isOperating, resolveAttributes } from '../../domain/registry/registry.history.ts';
import type { OrgUnit } from '../../domain/registry/registry.types.ts';
import { shanghaiDay } from '../../domain/shared/time.ts';
import type { CountyInputs, Verdict } from '../../domain/standards/standards.types.ts';
import type { Db } from '../../db/database.ts';
import {
  findMilestoneReport,
  findTownshipFact,
  insertMilestoneReports,
  insertReviews,
  insertTownshipFacts,
  latestReviewLocked,
  listMilestoneReports,
  listReviews,
  listTownshipFacts,
  type StoredReview,
} from '../../db/milestones/milestones.repository.ts';
import type { Clock } from '../access/auth.service.ts';
import type { AuditService } from '../access/audit.service.ts';
import { hasPermission, readerScope, type Caller, type Reader } from '../access/caller.ts';
import { AppError } from '../app-error.ts';
import type { EvidenceFile, EvidenceService } from '../evidence/evidence.service.ts';
import type { DataSnapshots } from '../shared/data.snapshot.ts';
import type { DatasetView, DemoInfo } from '../shared/dataset.cache.ts';
import type { StandardsService } from '../standards/standards.service.ts';
import { STANDARDS_RECORDS_MARKER } from '../standards/standards.service.ts';
import './milestones.errors.ts';

export type {
  MilestoneStatus,
  MilestoneUnit,
  MilestoneUnitStatus,
} from '../../domain/milestones/milestones.types.ts';

/** The marker of the milestones area's tables. */
export const MILESTONES_MARKER = 'milestones';

/** The earliest school year the registry is read for (the demo's and the platform's first year). */
const FIRST_YEAR = 2019;

export interface MilestonesAnswer {
  asOf: string;
  org: { code: string; name: string; level: 'city' | 'county' };
  milestones: MilestoneStatus[];
  demo: DemoInfo | null;
}

export interface ReviewView {
  decision: 'verified' | 'rejected';
  comment: string;
  reviewedBy: string;
  reviewedAt: string;
}

export interface TownshipFactView {
  id: string;
  townshipCode: string;
  townshipName: string;
  countyCode: string;
  countyName: string;
  fact: TownshipFactName;
  factName: string;
  value: boolean;
  effectiveFrom: string;
  note: string;
  evidence: EvidenceFile[];
  recordedBy: string;
  recordedAt: string;
  state: ReviewState;
  reviews: ReviewView[];
}

export interface MilestoneReportView {
  id: string;
  milestoneId: string;
  milestoneTitle: string;
  countyCode: string;
  countyName: string;
  completedOn: string;
  text: string;
  evidence: EvidenceFile[];
  reportedBy: string;
  reportedAt: string;
  state: ReviewState;
  reviews: ReviewView[];
}

export interface MilestoneRecords {
  facts: TownshipFactView[];
  reports: MilestoneReportView[];
  demo: DemoInfo | null;
}

export interface NewFactInput {
  townshipCode: string;
  fact: string;
  value: boolean;
  effectiveFrom: string;
  note: string;
  evidenceIds: string[];
}

export interface NewReportInput {
  countyCode: string;
  completedOn: string;
  text: string;
  evidenceIds: string[];
}

export interface ReviewInput {
  decision: 'verified' | 'rejected';
  comment: string;
}

export interface MilestonesDeps {
  db: Db;
  data: DataSnapshots;
  clock: Clock;
  plan: Plan;
  audit: AuditService;
  standards: Pick<StandardsService, 'city' | 'countyInput' | 'assessedCounties'>;
  evidence: Pick<EvidenceService, 'requireAttachable' | 'describe'>;
  /** Resident population (万人) per county-level unit. */
  population10k: ReadonlyMap<string, number>;
}

interface Records {
  facts: Awaited<ReturnType<typeof listTownshipFacts>>;
  reports: Awaited<ReturnType<typeof listMilestoneReports>>;
  reviews: Map<string, StoredReview[]>;
}

const reviewKey = (subject: 'fact' | 'report', id: number) => `${subject}:${id}`;

function stateOf(reviews: readonly StoredReview[] | undefined): ReviewState {
  const last = reviews?.at(-1);
  return last ? last.decision : 'pending';
}

const invalid = (field: string, value: unknown, message: string) =>
  new AppError('VALIDATION_FAILED', message, [{ field, value, message }]);

export class MilestonesService {
  /** Per data view: operating institutions per school year and county. */
  private readonly institutionsByView = new WeakMap<
    DatasetView,
    Map<number, Map<string, InstitutionYear[]>>
  >();
  /** Per data view: evaluations by markers and day (a few kept). */
  private readonly answers = new WeakMap<DatasetView, Map<string, Promise<MilestoneStatus[]>>>();

  constructor(private readonly deps: MilestonesDeps) {}

  /** Today in Asia/Shanghai, from the clock. */
  today(): string {
    return shanghaiDay(this.deps.clock().getTime());
  }

  private async loadRecords(): Promise<Records> {
    const [facts, reports, reviews] = await Promise.all([
      listTownshipFacts(this.deps.db),
      listMilestoneReports(this.deps.db),
      listReviews(this.deps.db),
    ]);
    const byKey = new Map<string, StoredReview[]>();
    for (const r of reviews) {
      const k = reviewKey(r.subject, r.subjectId);
      const list = byKey.get(k) ?? [];
      list.push(r);
      byKey.set(k, list);
    }
    return { facts, reports, reviews: byKey };
  }

  private institutionsOf(view: DatasetView, countyCode: string, year: number): readonly InstitutionYear[] {
    let perYear = this.institutionsByView.get(view);
    if (!perYear) {
      perYear = new Map();
      this.institutionsByView.set(view, perYear);
    }
    let byCounty = perYear.get(year);
    if (!byCounty) {
      byCounty = new Map();
      const snapshot =
        view.snapshots.get(year) ??
        [...view.institutions.values()]
          .filter((inst) => isOperating(view.spans.get(inst.code)!, year))
          .map((inst) => ({
            institution: inst,
            enrolment: null,
            attributes: resolveAttributes(view.attributes.get(inst.code) ?? [], year),
          }));
      for (const iy of snapshot) {
        const list = byCounty.get(iy.institution.countyCode) ?? [];
        list.push(iy);
        byCounty.set(iy.institution.countyCode, list);
      }
      perYear.set(year, byCounty);
    }
    return byCounty.get(countyCode) ?? [];
  }

  private countyUnits(view: DatasetView): CountyUnit[] {
    return view.orgIndex.counties.map((c) => ({
      code: c.code,
      name: c.name,
      kind: c.countyKind,
      population10k: this.deps.population10k.get(c.code) ?? null,
      townships: view.orgIndex
        .childrenOf(c.code)
        .filter((t) => t.level === 'township')
        .map((t) => ({ code: t.code, name: t.name }))
        .sort((a, b) => a.code.localeCompare(b.code)),
    }));
  }

  /** County figures and verdicts of the statistics years up to `lastYear` (only when a rule reads them). */
  private async countyData(view: DatasetView, lastYear: number) {
    const rules = this.deps.plan.milestones.map((m) => m.completion.kind);
    const figures = new Map<string, CountyInputs>();
    const verdicts = new Map<string, Record<CountyVerdictName, Verdict>>();
    const years = view.years.filter((y) => y <= lastYear);
    if (rules.includes('countyFigure')) {
      for (const year of years) {
        for (const c of this.deps.standards.assessedCounties(view)) {
          const input = await this.deps.standards.countyInput(c.code, year, null);
          figures.set(`${c.code}:${year}`, input.inputs);
        }
      }
    }
    if (rules.includes('countyVerdict')) {
      for (const year of years) {
        const { city } = await this.deps.standards.city(year, null);
        for (const c of city.counties) {
          verdicts.set(`${c.countyCode}:${year}`, {
            compulsoryBalanced: c.compulsoryBalanced.verdict,
            preschoolUniversal: c.preschoolUniversal.verdict,
            countyStandards: c.countyStandardsVerdict,
          });
        }
      }
    }
    return { figures, verdicts };
  }

  /** Every milestone for every county-level unit on `asOf` (memoised by data view, markers and day). */
  private async evaluateAll(asOf: string): Promise<{ view: DatasetView; milestones: MilestoneStatus[] }> {
    const snapshot = this.deps.data.current();
    const view = await snapshot.view();
    const key = `${await snapshot.marker(MILESTONES_MARKER)}|${await snapshot.marker(STANDARDS_RECORDS_MARKER)}|${asOf}`;
    let perView = this.answers.get(view);
    if (!perView) {
      perView = new Map();
      this.answers.set(view, perView);
    }
    let answer = perView.get(key);
    if (!answer) {
      if (perView.size >= 16) perView.clear();
      answer = this.compute(view, asOf);
      perView.set(key, answer);
      answer.catch(() => perView.delete(key));
    }
    return { view, milestones: await answer };
  }

  private async compute(view: DatasetView, asOf: string): Promise<MilestoneStatus[]> {
    const records = await this.loadRecords();
    const schoolYear =
      Number(asOf.slice(5, 7)) >= 9 ? Number(asOf.slice(0, 4)) : Number(asOf.slice(0, 4)) - 1;
    const { figures, verdicts } = await this.countyData(view, schoolYear);
    const facts: TownshipFactRecord[] = records.facts.map((f) => ({
      id: String(f.id),
      townshipCode: f.townshipCode,
      fact: f.fact as TownshipFactName,
      value: f.value,
      effectiveFrom: f.effectiveFrom,
      recordedAt: f.recordedAt,
      review: stateOf(records.reviews.get(reviewKey('fact', f.id))),
    }));
    const reports: MilestoneReportRecord[] = records.reports.map((r) => ({
      id: String(r.id),
      milestoneId: r.milestoneId,
      countyCode: r.countyCode,
      completedOn: r.completedOn,
      recordedAt: r.reportedAt,
      review: stateOf(records.reviews.get(reviewKey('report', r.id))),
    }));
    const world: MilestoneWorld = {
      asOf,
      counties: this.countyUnits(view),
      firstYear: Math.min(FIRST_YEAR, view.years[0] ?? FIRST_YEAR),
      institutions: (county, year) => this.institutionsOf(view, county, year),
      statisticsYears: view.years,
      figure: (county, name, year) => figures.get(`${county}:${year}`)?.[name] ?? null,
      verdict: (county, name, year) => verdicts.get(`${county}:${year}`)?.[name] ?? null,
      facts,
      reports,
    };
    return evaluateMilestones(this.deps.plan.milestones, world);
  }

  /** The org unit asked for (city or county-level), in the reader's scope; default: the reader's own. */
  private orgFor(view: DatasetView, reader: Reader, orgCode: string | undefined): OrgUnit {
    const scope = readerScope(reader);
    const code = orgCode ?? (scope?.kind === 'org' ? scope.orgCode : view.orgIndex.city.code);
    const org = view.orgIndex.byCode.get(code);
    const notFound = () =>
      new AppError('ORG_UNIT_NOT_FOUND', `组织机构 ${code} 不存在`, [
        { field: 'org', value: code, message: '应为全市或县市区（功能区）的代码' },
      ]);
    if (!org || org.level === 'township') throw notFound();
    if (scope && !scopeIncludesOrg(view.orgIndex, scope, code)) throw notFound().hiding('orgUnit', code);
    return org;
  }

  private validDay(field: string, value: string): string {
    if (!isIsoDate(value)) throw invalid(field, value, `日期“${value}”无效，应为 YYYY-MM-DD 格式的真实日期`);
    return value;
  }

  /**
   * Every milestone's completion per county-level unit in the reader's scope (for `orgCode`: that
   * county only, or the whole city), on `asOf` (default today).
   */
  async status(reader: Reader, options: { asOf?: string; orgCode?: string } = {}): Promise<MilestonesAnswer> {
    const asOf = options.asOf === undefined ? this.today() : this.validDay('asOf', options.asOf);
    const view = await this.deps.data.current().view();
    const org = this.orgFor(view, reader, options.orgCode);
    const { milestones } = await this.evaluateAll(asOf);
    const keep = (code: string) => org.level === 'city' || code === org.code;
    const out = milestones.map((m) => {
      const units = m.units.filter((u) => keep(u.orgCode));
      if (units.length === m.units.length) return m;
      const summary = { done: 0, notDone: 0, overdue: 0, toVerify: 0, notRequired: 0 };
      for (const u of units) summary[u.status] += 1;
      return { ...m, units, summary, cityStatus: m.cityStatus };
    });
    return {
      asOf,
      org: { code: org.code, name: org.name, level: org.level === 'city' ? 'city' : 'county' },
      milestones: out,
      demo: view.demo,
    };
  }

  /** The township facts and reports of the counties in the reader's scope (or of `orgCode`), newest first. */
  async records(reader: Reader, options: { orgCode?: string } = {}): Promise<MilestoneRecords> {
    const view = await this.deps.data.current().view();
    const org = this.orgFor(view, reader, options.orgCode);
    const rec = await this.loadRecords();
    const inOrg = (countyCode: string) => org.level === 'city' || countyCode === org.code;
    const nameOf = (code: string) => view.orgIndex.byCode.get(code)?.name ?? code;
    const ids = [
      ...rec.facts.filter((f) => inOrg(f.countyCode)).flatMap((f) => f.evidenceIds),
      ...rec.reports.filter((r) => inOrg(r.countyCode)).flatMap((r) => r.evidenceIds),
    ];
    const files = new Map((await this.deps.evidence.describe(reader, ids)).map((f) => [f.id, f]));
    const evidence = (list: readonly string[]) =>
      list.flatMap((id) => (files.has(id) ? [files.get(id)!] : []));
    const reviewsOf = (subject: 'fact' | 'report', id: number): ReviewView[] =>
      (rec.reviews.get(reviewKey(subject, id)) ?? []).map((r) => ({
        decision: r.decision,
        comment: r.comment,
        reviewedBy: r.reviewedBy,
        reviewedAt: r.reviewedAt,
      }));
    const titles = new Map(this.deps.plan.milestones.map((m) => [m.id, m.title]));
    const facts: TownshipFactView[] = rec.facts
      .filter((f) => inOrg(f.countyCode))
      .map((f) => ({
        id: String(f.id),
        townshipCode: f.townshipCode,
        townshipName: nameOf(f.townshipCode),
        countyCode: f.countyCode,
        countyName: nameOf(f.countyCode),
        fact: f.fact as TownshipFactName,
        factName: TOWNSHIP_FACT_NAMES_ZH[f.fact as TownshipFactName] ?? f.fact,
        value: f.value,
        effectiveFrom: f.effectiveFrom,
        note: f.note,
        evidence: evidence(f.evidenceIds),
        recordedBy: f.recordedBy,
        recordedAt: f.recordedAt,
        state: stateOf(rec.reviews.get(reviewKey('fact', f.id))),
        reviews: reviewsOf('fact', f.id),
      }))
      .reverse();
    const reports: MilestoneReportView[] = rec.reports
      .filter((r) => inOrg(r.countyCode))
      .map((r) => ({
        id: String(r.id),
        milestoneId: r.milestoneId,
        milestoneTitle: titles.get(r.milestoneId) ?? r.milestoneId,
        countyCode: r.countyCode,
        countyName: nameOf(r.countyCode),
        completedOn: r.completedOn,
        text: r.text,
        evidence: evidence(r.evidenceIds),
        reportedBy: r.reportedBy,
        reportedAt: r.reportedAt,
        state: stateOf(rec.reviews.get(reviewKey('report', r.id))),
        reviews: reviewsOf('report', r.id),
      }))
      .reverse();
    return { facts, reports, demo: view.demo };
  }

  private requirePermission(caller: Caller, permission: 'milestones.report' | 'milestones.verify'): void {
    if (!hasPermission(caller, permission)) {
      throw new AppError(
        'FORBIDDEN',
        permission === 'milestones.report' ? '您的角色不能报送时间节点' : '您的角色不能核实时间节点',
      );
    }
  }

  private requireEvidence(ids: readonly string[], required: boolean): void {
    if (required && ids.length === 0)
      throw invalid('evidenceIds', ids, '佐证材料 evidenceIds 至少应有 1 份（先上传，再引用其编号）');
    if (new Set(ids).size !== ids.length) throw invalid('evidenceIds', ids, '佐证材料 evidenceIds 不能重复');
  }

  /** A county records a township fact (value, from which day, a note, evidence); the city then verifies it. */
  async recordFact(caller: Caller, input: NewFactInput): Promise<TownshipFactView> {
    this.requirePermission(caller, 'milestones.report');
    const view = await this.deps.data.current().view();
    const township = view.orgIndex.byCode.get(input.townshipCode);
    const notFound = new AppError('ORG_UNIT_NOT_FOUND', `乡镇（街道）${input.townshipCode} 不存在`, [
      { field: 'townshipCode', value: input.townshipCode, message: '应为本县市区的乡镇（街道）代码' },
    ]);
    if (!township || township.level !== 'township' || township.parentCode === null) throw notFound;
    if (!scopeIncludesOrg(view.orgIndex, caller.scope, township.code))
      throw notFound.hiding('orgUnit', township.code);
    if (!(TOWNSHIP_FACT_NAMES as readonly string[]).includes(input.fact)) {
      throw invalid(
        'fact',
        input.fact,
        `未知的乡镇事项“${input.fact}”，应为 ${TOWNSHIP_FACT_NAMES.map((f) => `${f}（${TOWNSHIP_FACT_NAMES_ZH[f]}）`).join('、')} 之一`,
      );
    }
    const effectiveFrom = this.validDay('effectiveFrom', input.effectiveFrom);
    const today = this.today();
    if (effectiveFrom > today)
      throw invalid('effectiveFrom', effectiveFrom, `生效日期 ${effectiveFrom} 不能晚于今天（${today}）`);
    this.requireEvidence(input.evidenceIds, input.value);
    const countyCode = township.parentCode;
    await this.deps.evidence.requireAttachable(caller, input.evidenceIds, countyCode);
    const id = await this.deps.data.write(async (tx) => {
      const [newId] = await insertTownshipFacts(tx, [
        {
          townshipCode: township.code,
          countyCode,
          fact: input.fact,
          value: input.value,
          effectiveFrom,
          note: input.note.trim(),
          evidenceIds: input.evidenceIds,
          recordedBy: caller.actor.username,
        },
      ]);
      await this.deps.audit.record(
        caller.actor,
        {
          action: 'milestones.fact',
          outcome: 'success',
          targetType: 'township',
          targetId: `${township.code}/${input.fact}`,
          newValue: { value: input.value, effectiveFrom, evidenceIds: input.evidenceIds },
        },
        tx,
      );
      return newId!;
    });
    return (await this.records(caller, { orgCode: countyCode })).facts.find((f) => f.id === String(id))!;
  }

  /** A county reports that it completed a milestone decided by report; the city then verifies it. */
  async report(caller: Caller, milestoneId: string, input: NewReportInput): Promise<MilestoneReportView> {
    this.requirePermission(caller, 'milestones.report');
    const milestone = this.deps.plan.milestones.find((m) => m.id === milestoneId);
    if (!milestone) {
      throw new AppError('MILESTONE_NOT_FOUND', `时间节点“${milestoneId}”不存在`, [
        { field: 'milestone', value: milestoneId, message: '应为方案文件 milestones 中的编号' },
      ]);
    }
    const view = await this.deps.data.current().view();
    const county = view.orgIndex.byCode.get(input.countyCode);
    const notFound = new AppError('ORG_UNIT_NOT_FOUND', `县市区 ${input.countyCode} 不存在`, [
      { field: 'countyCode', value: input.countyCode, message: '应为本县市区（功能区）的代码' },
    ]);
    if (!county || county.level !== 'county') throw notFound;
    if (!scopeIncludesOrg(view.orgIndex, caller.scope, county.code))
      throw notFound.hiding('orgUnit', county.code);
    if (milestone.completion.kind !== 'reported') {
      const how =
        milestone.completion.kind === 'townshipFact'
          ? '由各乡镇登记的事项计算（请登记乡镇事项）'
          : '由平台数据计算';
      throw new AppError('MILESTONE_NOT_REPORTED', `时间节点“${milestone.title}”${how}，无需报送`, [
        { field: 'milestone', value: milestoneId, message: '只有完成规则为 reported 的时间节点由县市区报送' },
      ]);
    }
    const completedOn = this.validDay('completedOn', input.completedOn);
    const today = this.today();
    if (completedOn > today)
      throw invalid('completedOn', completedOn, `完成日期 ${completedOn} 不能晚于今天（${today}）`);
    const text = input.text.trim();
    if (text.length === 0) throw invalid('text', input.text, '完成情况说明 text 不能为空');
    this.requireEvidence(input.evidenceIds, true);
    await this.deps.evidence.requireAttachable(caller, input.evidenceIds, county.code);
    const id = await this.deps.data.write(async (tx) => {
      const [newId] = await insertMilestoneReports(tx, [
        {
          milestoneId,
          countyCode: county.code,
          completedOn,
          text,
          evidenceIds: input.evidenceIds,
          reportedBy: caller.actor.username,
        },
      ]);
      await this.deps.audit.record(
        caller.actor,
        {
          action: 'milestones.report',
          outcome: 'success',
          targetType: 'county',
          targetId: `${county.code}/${milestoneId}`,
          newValue: { completedOn, evidenceIds: input.evidenceIds },
        },
        tx,
      );
      return newId!;
    });
    return (await this.records(caller, { orgCode: county.code })).reports.find((r) => r.id === String(id))!;
  }

  /** The city verifies or rejects a fact or a report that is waiting (pending); a rejection needs a comment. */
  async review(caller: Caller, subject: 'fact' | 'report', id: string, input: ReviewInput): Promise<void> {
    this.requirePermission(caller, 'milestones.verify');
    const what = subject === 'fact' ? '乡镇事项登记' : '时间节点报送';
    const notFound = new AppError('MILESTONE_RECORD_NOT_FOUND', `${what} ${id} 不存在`, [
      { field: 'id', value: id, message: `应为${what}的编号` },
    ]);
    const n = /^\d{1,15}$/.test(id) ? Number(id) : NaN;
    if (!Number.isSafeInteger(n)) throw notFound;
    const view = await this.deps.data.current().view();
    const row =
      subject === 'fact'
        ? await findTownshipFact(this.deps.db, n)
        : await findMilestoneReport(this.deps.db, n);
    if (!row) throw notFound;
    if (!scopeIncludesOrg(view.orgIndex, caller.scope, row.countyCode)) throw notFound.hiding(subject, id);
    const comment = input.comment.trim();
    if (input.decision === 'rejected' && comment.length === 0)
      throw invalid('comment', input.comment, '退回时应写明意见 comment（县市区据此补充或更正）');
    await this.deps.data.write(async (tx) => {
      const last = await latestReviewLocked(tx, subject, n);
      if (last) {
        const state = last.decision === 'verified' ? '已核实' : '已退回';
        throw new AppError('MILESTONE_REVIEW_CONFLICT', `${what} ${id} ${state}，不能再次核实或退回`, [
          {
            field: 'decision',
            value: input.decision,
            message: `只有待核实的记录可以核实或退回；${state}的记录如需更正，由县市区重新登记或报送`,
          },
        ]);
      }
      await insertReviews(tx, [
        { subject, subjectId: n, decision: input.decision, comment, reviewedBy: caller.actor.username },
      ]);
      await this.deps.audit.record(
        caller.actor,
        {
          action: 'milestones.review',
          outcome: 'success',
          targetType: subject,
          targetId: id,
          newValue: { decision: input.decision, comment },
        },
        tx,
      );
    });
  }
}
