/** The reporting API's data as the pages read it: the generated types (web/src/generated/openapi.ts). */
import type { components, paths } from '../../generated/openapi';

type Schemas = components['schemas'];
type Get<P extends keyof paths> = paths[P]['get'] extends {
  responses: { 200: { content: { 'application/json': infer T } } };
}
  ? T
  : never;
export type Round = Schemas['ReportingRound'];
export type RoundsOverview = Schemas['ReportingRounds'];
export type ProgressReport = Schemas['ProgressReport'];
export type ReportMeasure = Schemas['ReportMeasure'];
export type MeasureState = Schemas['MeasureState'];
export type MeasureProgress = Schemas['MeasureProgress'];
export type ReportState = Schemas['ReportState'];
export type DatasetNotice = { demo: boolean; notice: string | null };
export type CountyRound = Get<'/api/v1/reporting/rounds/{round}/counties/{county}'>;
export type ReviewQueue = Get<'/api/v1/reporting/queue'>;
export type Escalations = Get<'/api/v1/reporting/escalations'>;

export const PROGRESS = [
  'notStarted',
  'inProgress',
  'done',
  'blocked',
] as const satisfies readonly MeasureProgress[];
export const REPORT_STATES = [
  'draft',
  'submitted',
  'accepted',
  'returned',
] as const satisfies readonly ReportState[];

export const PROGRESS_COLOURS: Record<MeasureProgress, string> = {
  notStarted: 'default',
  inProgress: 'blue',
  done: 'green',
  blocked: 'red',
};
export const STATE_COLOURS: Record<ReportState, string> = {
  draft: 'default',
  submitted: 'gold',
  accepted: 'green',
  returned: 'volcano',
};
