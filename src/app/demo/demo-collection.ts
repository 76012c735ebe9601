/**
 * Data collection in the demo (演示数据).
 *
 * 1. An open period. The catalog's periods are real dates (catalog/collection/periods.yaml) and
 *    the latest one has usually closed by the time someone tries the demo, so nothing could be
 *    entered. `demoCollectionCatalog` is an explicit demo setting, applied by `eduplan demo` only
 *    and only on a demo database: the latest period that has opened gets its close moved to the
 *    end of the demo's start day + 21 days (Beijing time), and its name says so
 *    (“2026 年秋季统计（演示：截止日期已顺延）”). The YAML file is not changed, and `eduplan serve`
 *    and every real deployment read it as it is.
 * 2. Seeded submissions. When the demo dataset is made, the period of the school year after the
 *    last statistics (2026-autumn) gets submissions for part of the schools in every state but
 *    final (src/demo/demo.collection.ts), written in the demo's load transaction with bulk
 *    inserts: the forms, one change set each (every value, from empty) and their approval events.
 */
import { DAY_MS, shanghaiDay } from '../../domain/shared/time.ts';
import {
  insertChangeSets,
  insertSubmissionEvents,
  insertSubmissions,
} from '../../db/collection/collection.repository.ts';
import type { Db } from '../../db/database.ts';
import type { CollectionCatalog, CollectionPeriod } from '../../domain/collection/catalog.types.ts';
import { generateDemoSubmissions, type DemoSubmission } from '../../demo/demo.collection.ts';
import { JINING_DEMO_PROGRESS } from '../../demo/demo-inputs.ts';
import type { DemoDataset } from '../../demo/demo.types.ts';
import { isOperating, operatingSpan } from '../../domain/registry/registry.history.ts';
import type { LifecycleEvent } from '../../domain/registry/registry.types.ts';

/** Days the demo keeps the latest period open after the day it starts. */
export const DEMO_EXTENSION_DAYS = 21;
export const DEMO_EXTENDED_SUFFIX = '（演示：截止日期已顺延）';

/** The latest period that has opened at `now` (by opening time), or null. */
export function latestOpenedPeriod(catalog: CollectionCatalog, now: Date): CollectionPeriod | null {
  return (
    catalog.periods
      .filter((p) => Date.parse(p.openFrom) <= now.getTime())
      .sort((a, b) => Date.parse(b.openFrom) - Date.parse(a.openFrom))[0] ?? null
  );
}

/** The end (23:59:59 Beijing time) of the day `days` after `now`'s day in Beijing. */
export function endOfBeijingDay(now: Date, days: number): string {
  return `${shanghaiDay(now.getTime() + days * DAY_MS)}T23:59:59+08:00`;
}

/**
 * The catalog as the demo runs it: the latest opened period closes at the end of the start day
 * + 21 days (never earlier than its real close), named as extended. Other periods unchanged.
 */
export function demoCollectionCatalog(
  catalog: CollectionCatalog,
  now: Date,
): { catalog: CollectionCatalog; extended: CollectionPeriod | null } {
  const latest = latestOpenedPeriod(catalog, now);
  if (!latest) return { catalog, extended: null };
  const closeAt = endOfBeijingDay(now, DEMO_EXTENSION_DAYS);
  if (Date.parse(closeAt) <= Date.parse(latest.closeAt)) return { catalog, extended: null };
  const extended: CollectionPeriod = { ...latest, closeAt, name: `${latest.name}${DEMO_EXTENDED_SUFFIX}` };
  return {
    catalog: { ...catalog, periods: catalog.periods.map((p) => (p === latest ? extended : p)) },
    extended,
  };
}

/** Usernames of the demo's county accounts (demo.service.ts demoAccounts), others synthetic. */
const COUNTY_ACCOUNTS: Readonly<Record<string, string>> = { '370811': 'rencheng', '370827': 'yutai' };

/** The 任城区 account reviews: it must find forms waiting. */
export const DEMO_REVIEW_COUNTY = '370811';

/**
 * The demo's submissions of the period after the dataset's last school year, if that period has
 * opened at `now` (else none).
 */
export function demoSubmissions(
  dataset: DemoDataset,
  catalog: CollectionCatalog,
  now: Date,
  schoolAccountCode: string,
): { period: CollectionPeriod | null; submissions: DemoSubmission[] } {
  const period = catalog.periods.find(
    (p) => p.schoolYear === dataset.toYear + 1 && Date.parse(p.openFrom) <= now.getTime(),
  );
  if (!period) return { period: null, submissions: [] };
  const events = new Map<string, LifecycleEvent[]>();
  for (const e of dataset.events) {
    const list = events.get(e.institutionCode);
    if (list) list.push(e);
    else events.set(e.institutionCode, [e]);
  }
  const previous = new Map(
    dataset.statistics.filter((s) => s.schoolYear === dataset.toYear).map((s) => [s.institutionCode, s]),
  );
  const schools = dataset.institutions
    .filter(
      (i) => previous.has(i.code) && isOperating(operatingSpan(events.get(i.code) ?? []), period.schoolYear),
    )
    .map((institution) => ({ institution, previous: previous.get(institution.code)! }));
  const submissions = generateDemoSubmissions({
    seed: dataset.seed,
    catalog,
    period,
    schools,
    now: now.toISOString(),
    progress: JINING_DEMO_PROGRESS,
    editable: new Set([schoolAccountCode]),
    reviewCounty: DEMO_REVIEW_COUNTY,
    schoolUser: (code) => (code === schoolAccountCode ? 'school' : `school-${code}`),
    countyUser: (county) => COUNTY_ACCOUNTS[county] ?? `county-${county}`,
  });
  return { period, submissions };
}

/** Writes the demo submissions (inside the demo's load transaction): three bulk inserts. */
export async function writeDemoSubmissions(
  tx: Db,
  period: CollectionPeriod,
  submissions: readonly DemoSubmission[],
): Promise<void> {
  if (submissions.length === 0) return;
  const ids = await insertSubmissions(
    tx,
    submissions.map((s) => ({
      periodId: period.id,
      formId: s.formId,
      formVersion: s.formVersion,
      institutionCode: s.institutionCode,
      values: s.values,
      explanations: s.explanations,
      state: s.state,
      version: s.version,
      submittedAt: s.submittedAt,
      returnedAt: s.returnedAt,
      updatedAt: s.updatedAt,
    })),
  );
  if (ids.size !== submissions.length) throw new Error('演示报表写入不完整：已有同一学校同一周期的报表');
  await insertChangeSets(
    tx,
    submissions.map((s) => ({
      submissionId: ids.get(s.institutionCode)!,
      changes: Object.entries(s.values).map(([k, v]) => [k, null, v] as const),
      changedBy: s.savedBy,
      changedAt: s.savedAt,
    })),
  );
  await insertSubmissionEvents(
    tx,
    submissions.flatMap((s) =>
      s.events.map((e) => ({
        submissionId: ids.get(s.institutionCode)!,
        action: e.action,
        fromState: e.from,
        toState: e.to,
        actorUsername: e.actorUsername,
        actorLevel: e.actorLevel,
        comment: e.comment,
        at: e.at,
      })),
    ),
  );
}
