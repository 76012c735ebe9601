/**
 * The plan's 19 tasks (牵头科室, the targets and milestones they serve) and the counties' work plans (工作方案): measures (举措) with an owner, a due date and a measurable output; versioned, approved by the city.
 */
import { deliveryMarker } from '../../db/delivery/delivery.repository.ts';
import { DELIVERY_PERMISSIONS } from '../../domain/delivery/delivery.permissions.ts';
import { defineArea } from '../area.ts';
import { DeliveryService } from './delivery.service.ts';

declare module '../area.ts' {
  interface AreaServices {
    delivery: DeliveryService;
  }
}

/** The marker of the work plans (grows with every save and decision). */
export const DELIVERY_MARKER = 'delivery';

export const deliveryArea = defineArea({
  name: 'delivery',
  title: '任务与工作方案',
  permissions: DELIVERY_PERMISSIONS,
  markers: { [DELIVERY_MARKER]: deliveryMarker },
  create: (ctx) => ({
    delivery: new DeliveryService({
      db: ctx.db,
      plan: ctx.plan,
      data: ctx.data,
      audit: ctx.audit,
      clock: ctx.clock,
    }),
  }),
});
