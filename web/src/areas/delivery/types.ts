/** The delivery API's data as the pages read it: the generated types (web/src/generated/openapi.ts). */
import type { components } from '../../generated/openapi';

type Schemas = components['schemas'];
export type TaskRow = Schemas['TaskRow'];
export type WorkPlanState = Schemas['WorkPlanState'];
export type CountyWorkPlan = Schemas['CountyWorkPlan'];
export type Measure = Schemas['Measure'];
export type OwnerUnit = Schemas['OwnerUnit'];
export type PlanState = Schemas['WorkPlanPlanState'];
export type DatasetNotice = { demo: boolean; notice: string | null };

/** A measure as the county edits it (PUT …/draft): a kept one with its id, a new one without. */
export interface MeasureDraft {
  id?: string;
  taskNumber: number;
  title: string;
  output: string;
  outputTarget: number | null;
  outputUnit: string | null;
  ownerName: string;
  ownerUnitCode: string;
  dueDate: string;
}

export const STATE_COLOURS: Record<PlanState, string> = {
  none: 'default',
  draft: 'blue',
  submitted: 'gold',
  approved: 'green',
  returned: 'red',
};

export const draftOf = (m: Measure): MeasureDraft => ({
  id: m.id,
  taskNumber: m.taskNumber,
  title: m.title,
  output: m.output,
  outputTarget: m.outputTarget,
  outputUnit: m.outputUnit,
  ownerName: m.ownerName,
  ownerUnitCode: m.ownerUnitCode,
  dueDate: m.dueDate,
});
