/**
 * The plan's 19 tasks (牵头科室, the targets and milestones they serve) and the counties' work plans (工作方案): measures (举措) with an owner, a due date and a measurable output; versioned, approved by the city.
 */
import { DELIVERY_PERMISSIONS } from '../../domain/delivery/delivery.permissions.ts';
import { defineArea } from '../area.ts';

export const deliveryArea = defineArea({
  name: 'delivery',
  title: '任务与工作方案',
  permissions: DELIVERY_PERMISSIONS,
  create: () => ({}),
});
