/**
 * Completeness and timeliness of a collection period (issue 6), and the submissions waiting for
 * approval as the statistics they would become (the live figures "including pending forms").
 */
import { listSubmissionsInStates } from '../../db/collection/collection.repository.ts';
import {
  daysUntilClose,
  isApprovedState,
  isFinal,
  isSubmittedState,
  type SubmissionState,
} from '../../domain/collection/approval.ts';
import { submissionForm } from '../../domain/collection/catalog.lookup.ts';
import type { CollectionPeriod } from '../../domain/collection/catalog.types.ts';
import type { FieldValues } from '../../domain/collection/fields.ts';
import { statisticsFromFieldValues } from '../../domain/collection/statistics-values.ts';
import type { InstitutionYearStatistics } from '../../domain/statistics/statistics.types.ts';
import { requireOrg } from '../registry/registry.service.ts';
import type { DemoInfo } from '../shared/dataset.cache.ts';
import type { CollectionCaller, CollectionCore } from './collection.core.ts';

/** The marker of the submissions (db/collection: changes whenever any submission is written). */
export const SUBMISSIONS_MARKER = 'submissions';

export interface SchoolProgress {
  code: string;
  name: string;
  countyCode: string;
  townshipCode: string;
  /** The submission's state, or notStarted before the school's first save. */
  state: SubmissionState | 'notStarted';
  submittedAt: string | null;
  submitted: boolean;
  approved: boolean;
  final: boolean;
  late: boolean;
}

export interface CountyProgress {
  code: string;
  name: string;
  expected: number;
  started: number;
  submitted: number;
  approved: number;
  final: number;
  late: number;
}

export interface Completeness {
  period: CollectionPeriod;
  daysLeft: number;
  /** How many schools are in each state (notStarted included). */
  states: Record<string, number>;
  counties: CountyProgress[];
  schools: SchoolProgress[];
  demo: DemoInfo | null;
}

/** A submission waiting for approval, as the statistics it would become. */
export interface PendingSubmission {
  periodId: string;
  state: SubmissionState;
  statistics: InstitutionYearStatistics;
}

export class CompletenessService {
  constructor(private readonly core: CollectionCore) {}

  /**
   * Completeness and timeliness of a period for the caller's scope (optionally one org unit):
   * per county and per school, expected vs submitted vs approved vs final, on time or late, and
   * the days left before the close (negative after it).
   */
  async completeness(periodId: string, caller: CollectionCaller, orgCode?: string): Promise<Completeness> {
    const core = this.core;
    const period = core.requirePeriod(periodId);
    const view = await core.data.current().view();
    if (orgCode !== undefined) requireOrg(view, orgCode, caller.scope);
    const closeAt = Date.parse(period.closeAt);
    const now = core.clock().getTime();
    const expected = core.expectedSchools(view, period, caller, orgCode);
    const rows = await core.submissionsByCode(
      period.id,
      expected.map((i) => i.code),
    );
    const schools: SchoolProgress[] = expected
      .map((i) => {
        const r = rows.get(i.code);
        const state = (r?.state ?? 'notStarted') as SchoolProgress['state'];
        const submittedAt = r?.submittedAt ?? null;
        const submitted = isSubmittedState(state);
        const late = submitted ? submittedAt !== null && Date.parse(submittedAt) > closeAt : now > closeAt;
        return {
          code: i.code,
          name: i.name,
          countyCode: i.countyCode,
          townshipCode: i.townshipCode,
          state,
          submittedAt,
          submitted,
          approved: isApprovedState(state),
          final: state !== 'notStarted' && isFinal(state, core.settings.finalLevel),
          late,
        };
      })
      .sort((a, b) => a.countyCode.localeCompare(b.countyCode) || a.code.localeCompare(b.code));
    const counties = new Map<string, Omit<CountyProgress, 'code' | 'name'>>();
    for (const s of schools) {
      const c = counties.get(s.countyCode) ?? {
        expected: 0,
        started: 0,
        submitted: 0,
        approved: 0,
        final: 0,
        late: 0,
      };
      c.expected++;
      if (s.state !== 'notStarted') c.started++;
      if (s.submitted) c.submitted++;
      if (s.approved) c.approved++;
      if (s.final) c.final++;
      if (s.late) c.late++;
      counties.set(s.countyCode, c);
    }
    // How many schools are in each state (the reminder reads these, not the list).
    const states: Record<string, number> = {};
    for (const s of schools) states[s.state] = (states[s.state] ?? 0) + 1;
    return {
      period,
      daysLeft: daysUntilClose(period.closeAt, now),
      states,
      counties: [...counties].map(([code, c]) => ({
        code,
        name: view.orgIndex.byCode.get(code)?.name ?? code,
        ...c,
      })),
      schools,
      demo: view.demo,
    };
  }

  /** The submissions' marker in the request's snapshot: it changes whenever one is written. */
  pendingMarker(): Promise<string> {
    return this.core.data.current().marker(SUBMISSIONS_MARKER);
  }

  /**
   * Live figures including pending submissions: every submission waiting for approval — submitted,
   * or approved by the county while the city is the final level — as the statistics it would
   * become (callers keep them until `pendingMarker()` moves). Drafts and returned forms are not
   * pending; a locked form (also while an unlock is requested) already is the statistics.
   */
  async pendingStatistics(): Promise<PendingSubmission[]> {
    const core = this.core;
    const states = (['submitted', 'countyApproved'] as const).filter(
      (st) => !isFinal(st, core.settings.finalLevel),
    );
    const submissions: PendingSubmission[] = [];
    for (const row of await listSubmissionsInStates(core.db, states)) {
      const period = core.catalog.periods.find((p) => p.id === row.periodId);
      const form = period ? submissionForm(core.catalog, period, row) : null;
      if (!period || !form) continue;
      submissions.push({
        periodId: period.id,
        state: row.state as SubmissionState,
        statistics: statisticsFromFieldValues(
          form,
          row.institutionCode,
          period.schoolYear,
          row.values as FieldValues,
        ),
      });
    }
    return submissions;
  }
}
