/** The data-collection area (数据采集): forms, submissions, approval, Excel, completeness. */
import { submissionsMarker } from '../../db/collection/collection.repository.ts';
import { COLLECTION_PERMISSIONS } from '../../domain/collection/collection.permissions.ts';
import type { CollectionCatalog } from '../../domain/collection/catalog.types.ts';
import { defineArea } from '../area.ts';
import { loadCollectionCatalog } from './catalog.loader.ts';
import { CollectionCore } from './collection.core.ts';
import { CollectionServices } from './collection.services.ts';
import { SUBMISSIONS_MARKER } from './completeness.service.ts';

declare module '../area.ts' {
  interface AreaServices {
    collection: CollectionServices;
  }
  interface AreaOptions {
    /** The data-collection catalog (default: catalog/collection). */
    collectionCatalog?: CollectionCatalog;
  }
}

export const collectionArea = defineArea({
  name: 'collection',
  title: '数据采集',
  permissions: COLLECTION_PERMISSIONS,
  markers: { [SUBMISSIONS_MARKER]: submissionsMarker },
  create: (ctx) => ({
    collection: new CollectionServices(
      new CollectionCore(
        ctx.db,
        ctx.data,
        ctx.audit,
        ctx.options.collectionCatalog ?? loadCollectionCatalog(),
        ctx.clock,
        { finalLevel: ctx.liveFigures.finalLevel!, resubmitGraceDays: ctx.liveFigures.resubmitGraceDays! },
      ),
    ),
  }),
});
