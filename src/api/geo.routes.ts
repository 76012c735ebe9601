/**
 * Map boundaries for the web app's choropleth: the county-level polygons of Jining
 * (data/jining-counties.geojson, DataV.GeoAtlas / AutoNavi, GCJ-02; see data/SOURCES.md).
 * Read once when the routes are built; sent as stored (no zone has a polygon).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { responses } from './api.schemas.ts';

const GEOJSON_FILE = new URL('../../data/jining-counties.geojson', import.meta.url);

const featureCollectionSchema = z.looseObject({
  type: z.literal('FeatureCollection'),
  features: z.array(z.unknown()),
});

export function geoRoutes(file: URL = GEOJSON_FILE): FastifyPluginAsyncZod {
  const counties = featureCollectionSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  return async (app) => {
    app.get(
      '/geo/counties',
      {
        config: { access: { permission: 'orgUnits.read' } },
        schema: {
          tags: ['registry'],
          summary: '济宁市县级行政区边界（GeoJSON，GCJ-02 坐标；来源 DataV.GeoAtlas，高德）',
          response: responses(featureCollectionSchema),
        },
      },
      async (_request, reply) => {
        reply.header('Cache-Control', 'private, max-age=3600');
        return counties;
      },
    );
  };
}
