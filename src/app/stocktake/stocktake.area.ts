/**
 * The monthly stocktake (月度调度) of the city and each county, the county duty evaluation (督导评价, 三(一)) and a county officer's start page.
 */
import { STOCKTAKE_PERMISSIONS } from '../../domain/stocktake/stocktake.permissions.ts';
import { defineArea } from '../area.ts';

export const stocktakeArea = defineArea({
  name: 'stocktake',
  title: '月度调度',
  permissions: STOCKTAKE_PERMISSIONS,
  create: () => ({}),
});
