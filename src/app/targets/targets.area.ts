/** The targets area (驾驶舱): the plan's seven targets, scorecard, breakdowns, data coverage. */
import { TARGETS_PERMISSIONS } from '../../domain/targets/targets.permissions.ts';
import { defineArea, requireService } from '../area.ts';
import { TargetsService } from './targets.service.ts';

declare module '../area.ts' {
  interface AreaServices {
    targets: TargetsService;
  }
}

export const targetsArea = defineArea({
  name: 'targets',
  title: '目标进度',
  permissions: TARGETS_PERMISSIONS,
  create: (ctx) => {
    // T4 comes from the county standards; the live figures from the collection's pending forms.
    const standards = requireService(ctx, 'standards', 'targets');
    const collection = requireService(ctx, 'collection', 'targets');
    return {
      targets: new TargetsService(ctx.plan, ctx.data, standards, {
        collection: {
          catalog: collection.catalog,
          formFor: (period, runningType) => collection.formFor(period, runningType),
          pendingStatistics: () => collection.completeness.pendingStatistics(),
          pendingMarker: () => collection.completeness.pendingMarker(),
        },
        clock: ctx.clock,
        settings: ctx.liveFigures,
      }),
    };
  },
});
