/** The 演示数据 notice every response that carries data has, so every screen can say so. */
import type { DemoInfo } from '../app/shared/dataset.cache.ts';
import { DEMO_NOTICE } from '../app/shared/labels.ts';

export interface DatasetNotice {
  demo: boolean;
  notice: string | null;
}

export function datasetNotice(demo: DemoInfo | null): DatasetNotice {
  return demo ? { demo: true, notice: DEMO_NOTICE } : { demo: false, notice: null };
}

/** A use case's result with its `demo` info presented as the dataset notice. */
export function withDataset<T extends { demo: DemoInfo | null }>(
  result: T,
): Omit<T, 'demo'> & { dataset: DatasetNotice } {
  const { demo, ...rest } = result;
  return { ...rest, dataset: datasetNotice(demo) };
}
