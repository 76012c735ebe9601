/** The stocktake area's API types, by name, from the generated OpenAPI types (never hand-written copies). */
import type { components, paths } from '../../generated/openapi';

type Schemas = components['schemas'];

export type Stocktake = Schemas['Stocktake'];
export type StocktakeRow = Schemas['StocktakeRow'];
export type StocktakeTarget = Schemas['StocktakeTarget'];
export type StocktakeMilestone = Schemas['StocktakeMilestone'];
export type StocktakeMeasure = Schemas['StocktakeMeasure'];
export type StocktakeChanges = Schemas['StocktakeChanges'];
export type StocktakeRecord = Schemas['StocktakeRecord'];
export type DutyEvaluation = Schemas['DutyEvaluation'];
export type DutyEvaluationCounty = Schemas['DutyEvaluationCounty'];
type Ok<P extends keyof paths> = paths[P] extends {
  get: { responses: { 200: { content: { 'application/json': infer T } } } };
}
  ? T
  : never;

export type StocktakeResponse = Ok<'/api/v1/stocktake'>;
export type EvaluationResponse = Ok<'/api/v1/stocktake/evaluation'>;
