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
const FOLDER_NAME = 'check-file/folder-naming-convention';
const GLOBALS = 'no-restricted-globals';
const PROPERTIES = 'no-restricted-properties';
const TYPE_IMPORTS = '@typescript-eslint/consistent-type-imports';

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

  it('src/api naming src/db in a type with typeof import()', async () => {
    const messages = await lint(
      'src/api/probe.ts',
      "export type Probe = typeof import('../db/database.ts');\n",
    );
    // consistent-type-imports refuses import() types as well; the layer rule must fire on its own.
    expectProblems(messages, [
      [DYNAMIC, 'import(): 分层规则：src/api 不得导入 src/db'],
      [TYPE_IMPORTS, '`import()` type annotations are forbidden'],
    ]);
    expect(messages.find((m) => m.ruleId === DYNAMIC)!.message).toContain(
      'Layer rule: src/api must not import src/db',
    );
  });

  it('src/app using drizzle-orm', async () => {
    const messages = await lint(
      'src/app/collection/probe.ts',
      "import { sql } from 'drizzle-orm';\nexport const probe = sql;\n",
    );
    expectLayerError(
      messages,
      'src/app must not use drizzle-orm, pg, @electric-sql/* (SQL lives in src/db only)',
    );
  });

  it('src/app using pg, and only a type from @electric-sql/pglite', async () => {
    const messages = await lint(
      'src/app/probe.ts',
      "import pg from 'pg';\nimport type { PGlite } from '@electric-sql/pglite';\nexport const probe = pg;\nexport type Probe = PGlite;\n",
    );
    expectProblems(messages, [
      [IMPORTS, "'pg' import is restricted"],
      [IMPORTS, "'@electric-sql/pglite' import is restricted"],
    ]);
    for (const { message } of messages)
      expect(message).toContain('Layer rule: src/app must not use drizzle-orm');
  });

  it('src/app importing web/src', async () => {
    const messages = await lint(
      'src/app/probe.ts',
      "import { formatNumber } from '../../web/src/format.ts';\nexport const probe = formatNumber;\n",
    );
    expectLayerError(messages, 'src/app must not import web (the browser app)');
  });

  it('src/app importing test support', async () => {
    const messages = await lint(
      'src/app/collection/probe.ts',
      "import { openTestDatabase } from '../../../test/support/database.ts';\nexport const probe = openTestDatabase;\n",
    );
    expectLayerError(
      messages,
      'src/app must not import files outside src/ (test, scripts, the repository root)',
    );
  });

  it('src/cli importing scripts', async () => {
    const messages = await lint(
      'src/cli/probe.ts',
      "import { main } from '../../scripts/api-types.ts';\nexport const probe = main;\n",
    );
    expectLayerError(messages, 'src/cli must not import files outside src/');
  });

  it('src/cli importing src/demo', async () => {
    const messages = await lint(
      'src/cli/probe.ts',
      "import { generateDemo } from '../demo/demo.generator.ts';\nexport const probe = generateDemo;\n",
    );
    expectLayerError(messages, 'src/cli must not import src/demo');
  });

  it('src/demo using an npm package besides pure-rand', async () => {
    const messages = await lint('src/demo/probe.ts', "import { z } from 'zod';\nexport const probe = z;\n");
    expectLayerError(messages, 'src/demo may use only the npm packages pure-rand');
  });

  it('web/src importing web/vite.config.ts', async () => {
    const messages = await lint(
      'web/src/charts/probe.ts',
      "import config from '../../vite.config.ts';\nexport const probe = config;\n",
    );
    expectLayerError(messages, 'web/src may import only web/src and npm packages');
  });

  it('src/api .mts and .js files importing src/db', async () => {
    const code = (up: string) =>
      `import { openDatabase } from '${up}db/database.ts';\nexport const probe = openDatabase;\n`;
    expectLayerError(await lint('src/api/probe.mts', code('../')), 'src/api must not import src/db');
    expectLayerError(await lint('src/api/probe.cts', code('../')), 'src/api must not import src/db');
    expectLayerError(
      await lint('src/api/collection/probe.js', code('../../')),
      'src/api must not import src/db',
    );
    expectLayerError(await lint('src/cli/probe.mjs', code('../')), 'src/cli must not import src/db');
  });

  it('a path that hides where it goes (../x/../../db)', async () => {
    const messages = await lint(
      'src/api/collection/probe.ts',
      "import { listSubmissions } from '../registry/../../db/collection/collection.repository.ts';\nexport const probe = listSubmissions;\n",
    );
    expectLayerError(messages, 'write relative imports normalised');
  });
});

describe('lint fails for a file outside the known layers or too deep', () => {
  const unlisted = 'add a new src/ folder to LAYERS in eslint.config.js first';

  it('a file directly in src/', async () => {
    const messages = await lint('src/probe.ts', 'export const probe = 1;\n');
    expectLayerError(
      messages,
      `code under src/ must live in one of src/domain, src/demo, src/db, src/app, src/api, src/cli; ${unlisted}`,
      DYNAMIC,
    );
  });

  it('a file in a src/ folder that is not a layer, importing src/db', async () => {
    const messages = await lint(
      'src/newlayer/probe.ts',
      "import { openDatabase } from '../db/database.ts';\nexport const probe = openDatabase;\n",
    );
    expectLayerError(messages, unlisted, DYNAMIC);
    expect(await lint('src/newlayer/deeper/probe.mts', 'export const probe = 1;\n')).toEqual([
      expect.objectContaining({ ruleId: DYNAMIC, message: expect.stringContaining(unlisted) }),
    ]);
  });

  it('a server file nested deeper than MAX_DEPTH', async () => {
    const messages = await lint('src/domain/a/b/c/d/e/f/probe.ts', 'export const probe = 1;\n');
    expectProblems(messages, [
      [DYNAMIC, 'eslint.config.js: folder nesting deeper than MAX_DEPTH; raise MAX_DEPTH.'],
    ]);
  });

  it('a web/src file nested deeper than MAX_DEPTH', async () => {
    const messages = await lint('web/src/a/b/c/d/e/f/g/Probe.tsx', 'export const probe = 1;\n');
    expectProblems(messages, [[DYNAMIC, 'folder nesting deeper than MAX_DEPTH']]);
  });
});

describe('lint fails for the clock, the environment or the network in the pure layers', () => {
  const clock = 'is pure: no clock; pass the current time in as an argument';
  const cases: [file: string, code: string, ruleId: string, needle: string][] = [
    [
      'src/domain/targets/probe.ts',
      'export const probe = Date.now();\n',
      PROPERTIES,
      `'Date.now' is restricted from being used. 分层规则：src/domain 是纯代码`,
    ],
    [
      'src/domain/probe.ts',
      'export const probe = new Date();\n',
      DYNAMIC,
      `new Date(): 分层规则：src/domain 是纯代码：不得读取时钟`,
    ],
    [
      'src/domain/probe.ts',
      'export const probe = Date();\n',
      DYNAMIC,
      `Date(): 分层规则：src/domain 是纯代码：不得读取时钟`,
    ],
    [
      'src/domain/probe.ts',
      'export const probe = performance.now();\n',
      GLOBALS,
      `Unexpected use of 'performance'. 分层规则：src/domain 是纯代码`,
    ],
    [
      'src/demo/probe.ts',
      'export const probe = Date.now();\n',
      PROPERTIES,
      `'Date.now' is restricted from being used. 分层规则：src/demo 是纯代码`,
    ],
    [
      'src/demo/probe.ts',
      'export const probe = new Date();\n',
      DYNAMIC,
      `new Date(): 分层规则：src/demo 是纯代码：不得读取时钟`,
    ],
  ];
  for (const [file, code, ruleId, needle] of cases) {
    it(`${file}: ${code.trim()}`, async () => {
      const messages = await lint(file, code);
      expectLayerError(messages, needle, ruleId);
      expect(messages[0]!.message).toContain(clock);
    });
  }

  it('src/domain reading process.env, also through globalThis', async () => {
    const env = 'is pure: no environment (process.env …); pass configuration in as an argument';
    expectLayerError(
      await lint('src/domain/probe.ts', 'export const probe = process.env.EDUPLAN_DATA_DIR;\n'),
      `Unexpected use of 'process'. 分层规则：src/domain 是纯代码：不得读取环境`,
      GLOBALS,
    );
    expectLayerError(
      await lint('src/demo/probe.ts', 'export const probe = globalThis.process.env.TZ;\n'),
      `src/demo ${env}`,
      GLOBALS,
    );
  });

  it('src/demo fetching', async () => {
    const messages = await lint(
      'src/demo/probe.ts',
      "export const probe = () => fetch('https://example.org');\n",
    );
    expectLayerError(
      messages,
      `Unexpected use of 'fetch'. 分层规则：src/demo 是纯代码：不得进行网络访问（fetch）。/ Layer rule: src/demo is pure: no network access (fetch)`,
      GLOBALS,
    );
  });

  it('src/demo using Math.random', async () => {
    const messages = await lint('src/demo/probe.ts', 'export const probe = Math.random();\n');
    expectLayerError(messages, 'src/demo is pure: no Math.random (results must be reproducible)', PROPERTIES);
  });
});

describe('lint fails for a file name against the house style', () => {
  it('a PascalCase folder under src/', async () => {
    const messages = await lint('src/app/CollectionArea/probe.ts', 'export const probe = 1;\n');
    expectProblems(messages, [
      [
        FOLDER_NAME,
        '文件夹名 "CollectionArea" 须为 kebab-case。/ Folder name "CollectionArea" must be kebab-case.',
      ],
    ]);
  });

  it('a camelCase folder under web/src/', async () => {
    const messages = await lint('web/src/areas/schoolFigures/index.tsx', 'export const probe = 1;\n');
    expectProblems(messages, [[FOLDER_NAME, 'Folder name "schoolFigures" must be kebab-case.']]);
  });

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

  it('src/domain and src/demo given the time as a number (new Date(ms), Date.UTC)', async () => {
    const code = 'export const probe = (ms: number) => [new Date(ms).toISOString(), Date.UTC(2025, 8, 1)];\n';
    expect(await lint('src/domain/shared/probe.ts', code)).toEqual([]);
    expect(await lint('src/demo/probe.ts', code)).toEqual([]);
  });

  it('src/app reading the clock and the environment', async () => {
    const code = 'export const probe = [Date.now(), new Date(), process.env.EDUPLAN_DATA_DIR];\n';
    expect(await lint('src/app/probe.ts', code)).toEqual([]);
  });

  it('a browser script in src/api/assets (not a server module)', async () => {
    expect(
      await lint(
        'src/api/assets/probe.js',
        "(function () {\n  'use strict';\n  fetch('/api/session');\n})();\n",
      ),
    ).toEqual([]);
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
    expect(
      await lint(
        'src/domain/targets/probe.test.ts',
        'export const probe = [Date.now(), new Date(), process.env.TZ];\n',
      ),
    ).toEqual([]);
  });
});
