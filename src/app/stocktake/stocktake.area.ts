/**
 * The monthly stocktake (月度调度) of the city and each county, the county duty evaluation (督导评价,
 * 三(一)) and a county officer's start page. Built on the targets, milestones, delivery and
 * reporting areas' services.
 */
import { stocktakeRecordMarker } from '../../db/stocktake/stocktake.repository.ts';
import type { DutyEvaluationRules } from '../../domain/stocktake/duty-evaluation.schema.ts';
import { STOCKTAKE_PERMISSIONS } from '../../domain/stocktake/stocktake.permissions.ts';
import { defineArea, requireService } from '../area.ts';
import { loadDutyEvaluationRules } from './duty-evaluation.loader.ts';
import { StocktakeService } from './stocktake.service.ts';

declare module '../area.ts' {
  interface AreaServices {
    stocktake: StocktakeService;
  }
  interface AreaOptions {
    /** Weights and rules of the duty evaluation and the league table (default: config/duty-evaluation.yaml). */
    dutyEvaluation?: DutyEvaluationRules;
  }
}

export const STOCKTAKE_RECORDS_MARKER = 'stocktakeRecords';

export const stocktakeArea = defineArea({
  name: 'stocktake',
  title: '月度调度',
  permissions: STOCKTAKE_PERMISSIONS,
  markers: { [STOCKTAKE_RECORDS_MARKER]: stocktakeRecordMarker },
  create: (ctx) => ({
    stocktake: new StocktakeService({
      plan: ctx.plan,
      db: ctx.db,
      data: ctx.data,
      clock: ctx.clock,
      audit: ctx.audit,
      rules: ctx.options.dutyEvaluation ?? loadDutyEvaluationRules(),
      targets: requireService(ctx, 'targets', 'stocktake'),
      milestones: requireService(ctx, 'milestones', 'stocktake'),
      delivery: requireService(ctx, 'delivery', 'stocktake'),
      reporting: requireService(ctx, 'reporting', 'stocktake'),
    }),
  }),
});
