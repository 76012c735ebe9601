/**
 * The standing area (本校概况): one school's own figures against its county and the city — the
 * targets it is counted in, its county-standard sections, its collection returns and deadlines.
 * Built on the public services of the registry, targets, standards and collection areas.
 */
import { defineArea, requireService } from '../area.ts';
import { StandingService } from './standing.service.ts';

declare module '../area.ts' {
  interface AreaServices {
    standing: StandingService;
  }
}

export const standingArea = defineArea({
  name: 'standing',
  title: '本校概况',
  create: (ctx) => ({
    standing: new StandingService({
      plan: ctx.plan,
      data: ctx.data,
      clock: ctx.clock,
      targets: requireService(ctx, 'targets', 'standing'),
      standards: requireService(ctx, 'standards', 'standing'),
      collection: requireService(ctx, 'collection', 'standing'),
    }),
  }),
});
