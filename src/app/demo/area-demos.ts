/**
 * The demo data (演示数据) of the areas that run the plan (milestones, delivery, reporting,
 * stocktake …), written after the registry, the statistics, the county standards, the collection
 * forms and the demo accounts, in the same transaction as the rest of the demo. Each area adds
 * its writer to AREA_DEMOS (in app/areas.ts order: a writer may read what earlier ones wrote).
 */
import type { Db } from '../../db/database.ts';
import type { DemoDataset } from '../../demo/demo.generator.ts';
import type { Plan } from '../../domain/plan/plan.types.ts';
import type { RegistryConfig } from '../registry/registry-config.loader.ts';
import { deliveryDemo } from './demo-delivery.ts';
import { milestonesDemo } from './demo-milestones.ts';
import { evidenceDemo } from './demo-evidence.ts';
import { reportingDemo } from './demo-reporting.ts';

export interface AreaDemoInput {
  tx: Db;
  seed: number;
  /** The demo's "today" (the clock of createDemoData): dates are set relative to it. */
  now: Date;
  plan: Plan;
  config: RegistryConfig;
  dataset: DemoDataset;
  /** The demo accounts as written: username → account id. */
  accountIds: ReadonlyMap<string, number>;
}

export interface AreaDemo {
  /** The area's name, as in app/areas.ts. */
  area: string;
  /** What it writes, in Chinese, for the progress line, e.g. 县级工作方案和举措. */
  title: string;
  /** Writes the area's demo data; returns what it wrote as a short Chinese phrase (for the progress line). */
  write(input: AreaDemoInput): Promise<string>;
}

export const AREA_DEMOS: readonly AreaDemo[] = [evidenceDemo, milestonesDemo, deliveryDemo, reportingDemo];
