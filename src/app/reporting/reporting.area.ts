/**
 * Progress reports (进展报送) per measure and reporting round, with figures and evidence; the city's review (accept / return) and the escalation of overdue and blocked measures.
 */
import { reportingMarker } from '../../db/reporting/reporting.repository.ts';
import type { ReportingSettings } from '../../domain/reporting/reporting.types.ts';
import { REPORTING_PERMISSIONS } from '../../domain/reporting/reporting.permissions.ts';
import { defineArea, requireService } from '../area.ts';
import { loadReportingSettings } from './reporting-config.loader.ts';
import { ReportingService } from './reporting.service.ts';

/** The reports' data marker: moves with every event of every report. */
export const REPORTS_MARKER = 'progressReports';

declare module '../area.ts' {
  interface AreaServices {
    reporting: ReportingService;
  }
  interface AreaOptions {
    /** Reporting rounds, escalation and reminders (default: config/reporting.yaml). */
    reporting?: ReportingSettings;
  }
}

export const reportingArea = defineArea({
  name: 'reporting',
  title: '进展报送',
  permissions: REPORTING_PERMISSIONS,
  markers: { [REPORTS_MARKER]: reportingMarker },
  create: (ctx) => ({
    reporting: new ReportingService({
      db: ctx.db,
      data: ctx.data,
      audit: ctx.audit,
      clock: ctx.clock,
      settings: ctx.options.reporting ?? loadReportingSettings(),
      delivery: requireService(ctx, 'delivery', 'reporting'),
      evidence: requireService(ctx, 'evidence', 'reporting'),
    }),
  }),
});
