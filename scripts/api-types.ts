/**
 * The web app's API types, generated from the API's own OpenAPI document (GET /api/openapi.json),
 * into web/src/generated/openapi.ts — a file nobody edits by hand.
 *
 *   npm run api:types          write the file
 *   npm run api:types:check    fail (exit 1) when the file differs from what the API describes now
 *
 * The document comes from the real app (buildApp with every area), built on a database handle that
 * refuses every query: describing the API must not depend on data. openapi-typescript turns the
 * document into types (one of the most used generators; it reads OpenAPI 3.0 and 3.1).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../src/api/app.ts';
import { createAppContextFrom } from '../src/app/app.context.ts';
import { loadPlan } from '../src/app/plan/plan.loader.ts';
import type { DatabaseHandle, Db } from '../src/db/database.ts';

const GENERATED_FILE = fileURLToPath(new URL('../web/src/generated/openapi.ts', import.meta.url));

const HEADER = `/**
 * GENERATED from the API's OpenAPI document by \`npm run api:types\` (scripts/api-types.ts, with
 * openapi-typescript). Do not edit: change the route schemas in src/api and regenerate;
 * \`npm run check\` fails while this file differs from what the API describes.
 */
/* eslint-disable */
`;

/** A database that answers nothing: building the app and its document reads no data. */
function noDatabase(): DatabaseHandle {
  const refuse = () => {
    throw new Error('scripts/api-types.ts: generating the API description must not query the database');
  };
  const db = new Proxy({}, { get: refuse }) as unknown as Db;
  return { db, kind: 'pglite', location: '（无）', close: async () => undefined };
}

interface OpenApiDocument {
  paths: unknown;
  components?: { schemas?: Record<string, unknown> };
}

/**
 * Only the components something refers to: the zod provider registers every named schema twice
 * (as request input and as response output); most are used one way only.
 */
function pruneComponents(doc: OpenApiDocument): OpenApiDocument {
  const schemas = doc.components?.schemas ?? {};
  const used = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === '$ref' && typeof v === 'string' && v.startsWith('#/components/schemas/')) {
          const name = v.slice('#/components/schemas/'.length);
          if (!used.has(name)) {
            used.add(name);
            visit(schemas[name]);
          }
        } else visit(v);
      }
    }
  };
  visit(doc.paths);
  const kept = Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
  return { ...doc, components: { ...doc.components, schemas: kept } };
}

async function generateApiTypes(): Promise<string> {
  const ctx = createAppContextFrom(noDatabase(), loadPlan());
  const app = await buildApp(ctx);
  await app.ready();
  const document = pruneComponents(app.swagger() as unknown as OpenApiDocument);
  await app.close();
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], {
    alphabetize: true,
    exportType: true,
  });
  return `${HEADER}${astToString(ast)}`;
}

async function main(): Promise<void> {
  const text = await generateApiTypes();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(GENERATED_FILE, 'utf8');
    } catch {
      /* missing: differs */
    }
    if (current !== text) {
      process.stderr.write(
        'web/src/generated/openapi.ts 与当前接口定义不一致：请运行 npm run api:types 重新生成并提交。\n' +
          "The web app's API types are out of date: run `npm run api:types` and commit the result.\n",
      );
      process.exit(1);
    }
    process.stdout.write('web/src/generated/openapi.ts 与接口定义一致。\n');
    return;
  }
  writeFileSync(GENERATED_FILE, text);
  process.stdout.write(`已生成 ${GENERATED_FILE}（${text.split('\n').length} 行）\n`);
}

await main();
