/**
 * The use cases of data collection, by use case: entry (the school's form), review (county and
 * city decisions, one or many), completeness (progress and the pending figures), workbooks
 * (template, import, export). They share one CollectionCore.
 */
import type {
  CollectionCatalog,
  CollectionPeriod,
  FormDefinition,
} from '../../domain/collection/catalog.types.ts';
import type { DemoInfo } from '../shared/dataset.cache.ts';
import type { CollectionCore } from './collection.core.ts';
import { CompletenessService } from './completeness.service.ts';
import { EntryService } from './entry.service.ts';
import { ReviewService } from './review.service.ts';
import { WorkbookService } from './workbook.service.ts';

export class CollectionServices {
  readonly entry: EntryService;
  readonly review: ReviewService;
  readonly completeness: CompletenessService;
  readonly workbooks: WorkbookService;

  constructor(private readonly core: CollectionCore) {
    this.entry = new EntryService(core);
    this.review = new ReviewService(core, this.entry);
    this.completeness = new CompletenessService(core);
    this.workbooks = new WorkbookService(core);
  }

  get catalog(): CollectionCatalog {
    return this.core.catalog;
  }

  /**
   * The catalog (periods, forms, elements, rules) with the server's time: the server's clock
   * decides which period is open (the browser's may be wrong).
   */
  async periods(): Promise<CollectionCatalog & { now: string; demo: DemoInfo | null }> {
    const view = await this.core.data.current().view();
    return { ...this.core.catalog, now: this.core.clock().toISOString(), demo: view.demo };
  }

  requirePeriod(periodId: string): CollectionPeriod {
    return this.core.requirePeriod(periodId);
  }

  formFor(period: CollectionPeriod, runningType: string): FormDefinition | null {
    return this.core.formFor(period, runningType);
  }
}
