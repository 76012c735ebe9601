/**
 * The layer arrows and file names of docs/ARCHITECTURE.md, as eslint.config.js enforces them: each
 * case lints a probe file (which need not exist) with the repository's own config.
 */
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function lint(file: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${file}` });
  return result!.messages;
}

const IMPORTS = 'no-restricted-imports';
const DYNAMIC = 'no-restricted-syntax';
const FILE_NAME = 'check-file/filename-naming-convention';

/** Exactly one problem per expected entry, each from that rule and naming that layer rule (both languages). */
function expectProblems(messages: Linter.LintMessage[], expected: [ruleId: string, needle: string][]): void {
  expect(messages).toHaveLength(expected.length);
  for (const [ruleId, needle] of expected) {
    expect(messages).toContainEqual(
      expect.objectContaining({ ruleId, message: expect.stringContaining(needle) }),
    );
  }
}

function expectLayerError(messages: Linter.LintMessage[], needle: string, ruleId = IMPORTS): void {
  expectProblems(messages, [[ruleId, needle]]);
  expect(messages[0]!.message).toContain('分层规则');
  expect(messages[0]!.message).toContain('Layer rule:');
}

describe('lint fails for an import against the layer arrows', () => {
  it('src/api importing a repository from src/db', async () => {
    const messages = await lint(
      'src/api/probe.ts',
      "import { listSubmissions } from '../db/collection/collection.repository.ts';\nexport const probe = listSubmissions;\n",
    );
    expectLayerError(messages, 'src/api must not import src/db');
  });

  it('src/api importing only a type from src/db', async () => {
    const messages = await lint(
      'src/api/probe.ts',
      "import type { SubmissionRow } from '../db/collection/collection.repository.ts';\nexport type Probe = SubmissionRow;\n",
    );
    expectLayerError(messages, 'src/api must not import src/db');
  });

  it('src/api two folders down reaching src/db with ../../db', async () => {
    const messages = await lint(
      'src/api/collection/probe.ts',
      "export { listSubmissions } from '../../db/collection/collection.repository.ts';\n",
    );
    expectLayerError(messages, 'src/api must not import src/db');
  });

  it('src/api loading src/db with a dynamic import()', async () => {
    const messages = await lint(
      'src/api/collection/probe.ts',
      "export const probe = () => import('../../db/collection/collection.repository.ts');\n",
    );
    expectLayerError(messages, 'src/api must not import src/db', DYNAMIC);
  });

  it('src/api using drizzle-orm', async () => {
    const messages = await lint(
      'src/api/probe.ts',
      "import { sql } from 'drizzle-orm';\nexport const probe = sql;\n",
    );
    expectLayerError(messages, 'src/api must not use drizzle-orm');
  });

  it('src/db importing src/api', async () => {
    const messages = await lint(
      'src/db/probe.ts',
      "import { buildApp } from '../api/app.ts';\nexport const probe = buildApp;\n",
    );
    expectLayerError(messages, 'src/db must not import src/api');
  });

  it('web/src importing src/app', async () => {
    const messages = await lint(
      'web/src/probe.ts',
      "import { openAppContext } from '../../src/app/app.context.ts';\nexport const probe = openAppContext;\n",
    );
    expectLayerError(messages, 'web/src must not import src/');
  });

  it('web/src using a node:* built-in', async () => {
    const messages = await lint(
      'web/src/charts/probe.ts',
      "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n",
    );
    expectLayerError(messages, 'web/src runs in the browser');
  });

  it('src/domain importing src/demo', async () => {
    const messages = await lint(
      'src/domain/probe.ts',
      "import { generateDemo } from '../demo/demo.generator.ts';\nexport const probe = generateDemo;\n",
    );
    expectLayerError(messages, 'src/domain must not import src/demo');
  });

  it('src/domain using node:fs', async () => {
    const messages = await lint(
      'src/domain/targets/probe.ts',
      "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n",
    );
    expectLayerError(messages, 'src/domain is pure');
  });

  it('src/domain using a framework', async () => {
    const messages = await lint(
      'src/domain/probe.ts',
      "import Fastify from 'fastify';\nexport const probe = Fastify;\n",
    );
    expectLayerError(messages, 'src/domain may use only the npm packages zod');
  });

  it('src/app importing src/api', async () => {
    const messages = await lint(
      'src/app/probe.ts',
      "import { buildApp } from '../api/app.ts';\nexport const probe = buildApp;\n",
    );
    expectLayerError(messages, 'src/app must not import src/api');
  });

  it('src/cli importing src/db', async () => {
    const messages = await lint(
      'src/cli/probe.ts',
      "import { openDatabase } from '../db/database.ts';\nexport const probe = openDatabase;\n",
    );
    expectLayerError(messages, 'src/cli must not import src/db');
  });

  it('src/demo importing src/app', async () => {
    const messages = await lint(
      'src/demo/probe.ts',
      "import { openAppContext } from '../app/app.context.ts';\nexport const probe = openAppContext;\n",
    );
    expectLayerError(messages, 'src/demo must not import src/app');
  });

  it('a path that hides where it goes (../x/../../db)', async () => {
    const messages = await lint(
      'src/api/collection/probe.ts',
      "import { listSubmissions } from '../registry/../../db/collection/collection.repository.ts';\nexport const probe = listSubmissions;\n",
    );
    expectLayerError(messages, 'write relative imports normalised');
  });
});

describe('lint fails for a file name against the house style', () => {
  it('a PascalCase .ts file under src/', async () => {
    const messages = await lint('src/app/collection/CollectionService.ts', 'export const probe = 1;\n');
    expectProblems(messages, [[FILE_NAME, 'File name "CollectionService.ts" must be lower-case kebab-case']]);
  });

  it('a camelCase .ts file under web/src/', async () => {
    const messages = await lint('web/src/schoolFigures.ts', 'export const probe = 1;\n');
    expectProblems(messages, [[FILE_NAME, 'File name "schoolFigures.ts" breaks the house style']]);
  });

  it('a camelCase .tsx component under web/src/', async () => {
    const messages = await lint('web/src/pages/probePage.tsx', 'export const probe = 1;\n');
    expectProblems(messages, [[FILE_NAME, 'File name "probePage.tsx" breaks the house style']]);
  });
});

describe('lint passes for the imports each layer may make', () => {
  it('src/api importing src/app and src/domain', async () => {
    const messages = await lint(
      'src/api/probe.ts',
      [
        "import { openAppContext } from '../app/app.context.ts';",
        "import { canTransition } from '../domain/collection/approval.ts';",
        "import { z } from 'zod';",
        'export const probe = [openAppContext, canTransition, z];',
        '',
      ].join('\n'),
    );
    expect(messages).toEqual([]);
  });

  it('src/api folders named like another layer are not that layer (src/api/demo, ../app from src/api/x/)', async () => {
    const messages = await lint(
      'src/api/demo/probe.ts',
      "import { registerDemo } from './demo.routes.ts';\nimport { helper } from '../db/helper.ts';\nexport const probe = [registerDemo, helper];\n",
    );
    expect(messages).toEqual([]);
  });

  it('src/app importing src/db, src/demo and its own demo folder', async () => {
    const messages = await lint(
      'src/app/collection/probe.ts',
      [
        "import { listSubmissions } from '../../db/collection/collection.repository.ts';",
        "import { generateDemo } from '../../demo/demo.generator.ts';",
        "import { loadDemo } from '../demo/demo.service.ts';",
        "import { readFileSync } from 'node:fs';",
        'export const probe = [listSubmissions, generateDemo, loadDemo, readFileSync];',
        '',
      ].join('\n'),
    );
    expect(messages).toEqual([]);
  });

  it('src/cli importing src/api (serve) and src/app', async () => {
    const messages = await lint(
      'src/cli/probe.ts',
      "import { buildApp } from '../api/app.ts';\nimport { openAppContext } from '../app/app.context.ts';\nexport const probe = [buildApp, openAppContext];\n",
    );
    expect(messages).toEqual([]);
  });

  it('src/db importing src/domain and drizzle', async () => {
    const messages = await lint(
      'src/db/collection/probe.ts',
      "import { sql } from 'drizzle-orm';\nimport type { Scope } from '../../domain/access/scope.ts';\nexport const probe = sql;\nexport type Probe = Scope;\n",
    );
    expect(messages).toEqual([]);
  });

  it('src/domain importing src/domain and zod', async () => {
    const messages = await lint(
      'src/domain/targets/probe.ts',
      "import { z } from 'zod';\nimport { buildOrgIndex } from '../indicators/org.index.ts';\nexport const probe = [z, buildOrgIndex];\n",
    );
    expect(messages).toEqual([]);
  });

  it('src/demo importing src/domain and pure-rand', async () => {
    const messages = await lint(
      'src/demo/probe.ts',
      "import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';\nimport type { Institution } from '../domain/registry/registry.types.ts';\nexport const probe = xoroshiro128plus;\nexport type Probe = Institution;\n",
    );
    expect(messages).toEqual([]);
  });

  it('a web/src component importing web/src and npm packages', async () => {
    const messages = await lint(
      'web/src/pages/ProbePage.tsx',
      "import { Button } from 'antd';\nimport { formatNumber } from '../format.ts';\nexport const probe = [Button, formatNumber];\n",
    );
    expect(messages).toEqual([]);
  });

  it('web/src/main.tsx keeps its name', async () => {
    expect(await lint('web/src/main.tsx', 'export const probe = 1;\n')).toEqual([]);
  });

  it('a test file importing anything', async () => {
    const code = [
      "import { openDatabase } from '../../src/db/database.ts';",
      "import { buildApp } from '../../src/api/app.ts';",
      "import { readFileSync } from 'node:fs';",
      'export const probe = [openDatabase, buildApp, readFileSync];',
      '',
    ].join('\n');
    expect(await lint('test/integration/probe.test.ts', code)).toEqual([]);
    expect(await lint('src/domain/targets/probe.test.ts', code)).toEqual([]);
  });
});
