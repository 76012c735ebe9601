import type { DemoInfo } from '../app/dataset.cache.ts';
import { DEMO_NOTICE } from '../app/labels.ts';

export function datasetNotice(demo: DemoInfo | null): { demo: boolean; notice: string | null } {
  return demo ? { demo: true, notice: DEMO_NOTICE } : { demo: false, notice: null };
}
