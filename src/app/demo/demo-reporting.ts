/**
 * Writes the demo progress reports (演示数据, src/demo/demo.reporting.ts) of the demo's approved
 * work plans: the evidence files they attach (stored as every upload is: SHA-256 address, one
 * chunk, real downloadable files), the reports and the history of each, in the demo's transaction.
 */
import { createHash } from 'node:crypto';
import { insertStoredFile } from '../../db/evidence/evidence.repository.ts';
import { insertReportEvents, insertReports } from '../../db/reporting/reporting.repository.ts';
import { demoWorkPlans } from '../../demo/demo.delivery.ts';
import { demoReports } from '../../demo/demo.reporting.ts';
import { EVIDENCE_CHUNK_BYTES } from '../../domain/evidence/evidence.types.ts';
import { shanghaiDay } from '../../domain/shared/time.ts';
import { loadReportingSettings } from '../reporting/reporting-config.loader.ts';
import type { AreaDemo } from './area-demos.ts';

/** The demo's county accounts (demo-accounts.ts) and its city reviewer. */
const COUNTY_USERS = { '370811': 'rencheng', '370827': 'yutai' };
const REVIEWER = 'city';

export const reportingDemo: AreaDemo = {
  area: 'reporting',
  title: '举措进展报告',
  async write({ tx, seed, now, plan, config, dataset }) {
    const plans = demoWorkPlans({
      seed,
      now,
      plan,
      orgUnits: config.orgUnits,
      institutions: dataset.institutions,
    });
    const measures = plans.flatMap((p) => {
      const approved = p.versions.filter((v) => v.state === 'approved').at(-1);
      if (!approved) return [];
      const approvedOn = shanghaiDay(Date.parse(approved.decidedAt ?? approved.updatedAt));
      return approved.measures.map((measure) => ({ measure, approvedOn }));
    });
    const { reports, files } = demoReports({
      seed,
      now,
      settings: loadReportingSettings(),
      measures,
      countyUsers: COUNTY_USERS,
      reviewer: REVIEWER,
    });
    for (const f of files) {
      if (f.bytes.byteLength > EVIDENCE_CHUNK_BYTES)
        throw new Error(`demo evidence ${f.fileName} is over one chunk`);
      await insertStoredFile(tx, {
        id: f.id,
        sha256: createHash('sha256').update(f.bytes).digest('hex'),
        fileName: f.fileName,
        mediaType: f.mediaType,
        kind: f.kind,
        size: f.bytes.byteLength,
        orgCode: f.orgCode,
        uploadedBy: f.uploadedBy,
        uploadedAt: f.uploadedAt,
        data: f.bytes,
      });
    }
    const ids = await insertReports(
      tx,
      reports.map((r) => ({
        roundId: r.roundId,
        measureId: r.measureId,
        countyCode: r.countyCode,
        state: r.state,
        ...r.content,
        returnComment: r.returnComment,
        firstSubmittedAt: r.firstSubmittedAt,
        submittedAt: r.submittedAt,
        reviewedBy: r.reviewedBy,
        reviewedAt: r.reviewedAt,
        version: r.events.length,
        createdBy: r.createdBy,
        updatedAt: r.updatedAt,
      })),
    );
    await insertReportEvents(
      tx,
      reports.flatMap((r, i) =>
        r.events.map((e) => ({
          reportId: ids[i]!,
          roundId: r.roundId,
          measureId: r.measureId,
          countyCode: r.countyCode,
          action: e.action,
          fromState: e.fromState,
          toState: e.toState,
          ...e.content,
          comment: e.comment,
          actorUsername: e.actor,
          at: e.at,
        })),
      ),
    );
    const returned = reports.filter((r) => r.state === 'returned').length;
    const blocked = reports.filter((r) => r.content.progress === 'blocked').length;
    return `${reports.length} 份举措进展报告（${returned} 份被退回，${blocked} 份报受阻），${files.length} 份佐证材料`;
  },
};
