/**
 * An area's HTTP routes: each area with an API has `src/api/<name>/<name>.routes.ts` exporting
 * `apiArea` (its OpenAPI tag and its Fastify plugin). buildApp finds them by the names of the
 * areas in the context (app/areas.ts), so adding an area edits no file of this layer.
 */
import { existsSync } from 'node:fs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../app/app.context.ts';

export interface ApiArea {
  /** The OpenAPI tag of the area's routes, with its Chinese description. */
  tag: { name: string; description: string };
  /** Routes under /api/v1. */
  routes(ctx: AppContext): FastifyPluginAsyncZod;
}

export function defineApiArea(area: ApiArea): ApiArea {
  return area;
}

/** The API parts of the given areas, in their order (areas without routes are skipped). */
export async function loadApiAreas(names: readonly string[]): Promise<Array<{ name: string; api: ApiArea }>> {
  const out: Array<{ name: string; api: ApiArea }> = [];
  for (const name of names) {
    const file = new URL(`./${name}/${name}.routes.ts`, import.meta.url);
    if (!existsSync(file)) continue;
    const mod = (await import(file.href)) as { apiArea?: ApiArea };
    if (!mod.apiArea) throw new Error(`src/api/${name}/${name}.routes.ts does not export apiArea`);
    out.push({ name, api: mod.apiArea });
  }
  return out;
}
