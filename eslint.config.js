// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import checkFile from 'eslint-plugin-check-file';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// ─────────────────────────── Layer arrows (docs/ARCHITECTURE.md) ───────────────────────────
//
// How the arrows are matched. `no-restricted-imports` sees the import string as written, not the
// file it resolves to, and every layer has folders with the same area names (src/db/collection,
// src/app/collection, src/app/demo next to src/demo …), so globs such as '**/db/**' or
// '**/demo/**' would also catch a layer's own folders. Instead we use the one fact a relative path
// does tell: a file N folders below src/ (src/api/x.ts: N = 1, src/api/collection/x.ts: N = 2)
// reaches src/ with exactly N '../' and the repository root with N + 1. So from src/api at N = 2,
// `^(\.\./){2}db(/|$)` is src/db and nothing else, while '../db/…' (src/api/db) is not. One config
// block per layer and depth (1…MAX_DEPTH) carries the regexes for that depth; a file deeper than
// MAX_DEPTH is an error asking to raise it. Paths with '/../' after a folder name
// ('../x/../../db') would defeat the count, so they are forbidden too. The check is an allowlist:
// a new top-level folder under src/ is an error until it is added to LAYERS.
// (A resolver-based rule — import/no-restricted-paths — would resolve the files but needs another
// plugin and resolver setup; the regexes are exact for the normalised relative paths used here.)
//
// `no-restricted-imports` checks `import`, `import type`, `export … from` and `import x = require()`
// (allowTypeImports is not set: type imports cross layers no more than values do), but not dynamic
// `import('…')` in ESLint 10.15 — the same regexes are applied to `import('…')` and to TypeScript's
// `typeof import('…')` through `no-restricted-syntax`.
//
// The rules apply to every script extension (CODE: .ts, .mts, .js …), not only .ts. A file directly
// in src/ or in a src/ folder missing from LAYERS is an error (eduplan/layers/unlisted). The pure
// layers (domain, demo) also may not read the clock, the environment or the network: no Date.now(),
// no argument-less new Date(), no process, fetch, performance, Math.random.
//
// Tests (`*.test.ts`, test/, bench/, scripts/) are not restricted: they reach into every layer.

const MAX_DEPTH = 6;
const SERVER_FOLDERS = ['domain', 'demo', 'db', 'app', 'api', 'cli'];
/** The script extensions the layer rules look at. */
const CODE = '{ts,tsx,mts,cts,js,jsx,mjs,cjs}';
/** @type {{ names: string[], why: [string, string] }} */
const SQL_PACKAGES = {
  names: ['drizzle-orm', 'pg', '@electric-sql/*'],
  why: ['SQL 只在 src/db', 'SQL lives in src/db only'],
};

/** @type {{ layer: string, may: string[], packages?: string[], pure?: boolean, noPackages?: typeof SQL_PACKAGES, why: [string, string] }[]} */
const LAYERS = [
  // src/domain — pure TypeScript (no I/O, no clock, no env): imports only src/domain and zod.
  {
    layer: 'domain',
    may: ['domain'],
    packages: ['zod'],
    pure: true,
    why: ['领域层是纯 TypeScript', 'the domain is pure TypeScript'],
  },
  // src/demo — the synthetic-data generator, pure like the domain: src/domain and pure-rand.
  {
    layer: 'demo',
    may: ['demo', 'domain'],
    packages: ['pure-rand'],
    pure: true,
    why: ['演示数据生成器与领域层一样是纯代码', 'the demo generator is pure like the domain'],
  },
  // src/db — schema, migrations, repositories (the only SQL): src/domain, drizzle, pg, pglite.
  {
    layer: 'db',
    may: ['db', 'domain'],
    why: ['数据库层只依赖领域层', 'the database layer depends on the domain only'],
  },
  // src/app — use cases, transactions, caches, loaders: src/db, src/domain, src/demo; no SQL packages.
  {
    layer: 'app',
    may: ['app', 'db', 'domain', 'demo'],
    noPackages: SQL_PACKAGES,
    why: ['用例层不知道 HTTP 与命令行', 'use cases know nothing of HTTP or the command line'],
  },
  // src/api — Fastify edge (validate → call → present): src/app, src/domain; no src/db, not even types.
  {
    layer: 'api',
    may: ['api', 'app', 'domain'],
    noPackages: SQL_PACKAGES,
    why: [
      '路由调用 src/app 的用例，SQL 只在 src/db',
      'routes call use cases in src/app; SQL lives in src/db',
    ],
  },
  // src/cli — the eduplan commands: src/api (serve), src/app, src/domain; no src/db.
  {
    layer: 'cli',
    may: ['cli', 'api', 'app', 'domain'],
    noPackages: SQL_PACKAGES,
    why: [
      '命令调用 src/app 的用例，SQL 只在 src/db',
      'commands call use cases in src/app; SQL lives in src/db',
    ],
  },
];

const NODE_BUILTINS = [
  ...new Set(builtinModules.filter((m) => !m.startsWith('_')).map((m) => m.split('/')[0])),
];
const BUILTIN_RE = `node:|(?:${NODE_BUILTINS.join('|')})(?:/|$)`;
/** @param {string[]} names npm package names, '@scope/*' for a whole scope */
const packagesRe = (names) =>
  `(?:${names.map((n) => n.replace(/\./g, '\\.').replace('/*', '/[^/]+')).join('|')})(?:/|$)`;
/** An import path that climbs exactly n folders ('./' in front allowed). */
const up = (/** @type {number} */ n) => `^(?:\\./)?(?:\\.\\./){${n}}`;
/** A '.' or '..' segment after a folder name: '../x/../../db' hides where it goes. */
const UNNORMALISED_RE = '(?:^|/)(?!\\.\\.?(?:/|$))[^/]+/(?:.*/)?\\.\\.?(?:/|$)';
const rule = (/** @type {string} */ zh, /** @type {string} */ en) =>
  `分层规则：${zh}。/ Layer rule: ${en} (docs/ARCHITECTURE.md).`;
const unnormalised = {
  regex: UNNORMALISED_RE,
  message: rule(
    '相对路径须规范化（目录名后不得再有 ..）',
    'write relative imports normalised (no .. after a folder name)',
  ),
};

/**
 * The no-restricted-imports patterns, plus the same as no-restricted-syntax selectors for `import('…')`.
 * @param {{ regex: string, message: string }[]} patterns
 * @param {{ selector: string, message: string }[]} [syntax] more no-restricted-syntax entries (one rule per block: they must go together)
 * @returns {import('eslint').Linter.RulesRecord}
 */
function restrict(patterns, syntax = []) {
  const selector = (/** @type {string} */ node, /** @type {string} */ regex) =>
    `${node}[${node === 'ImportExpression' ? 'source' : 'argument.literal'}.value=/${regex.replaceAll('/', '\\/')}/iu]`;
  return {
    'no-restricted-imports': ['error', { patterns }],
    'no-restricted-syntax': [
      'error',
      ...patterns.flatMap(({ regex, message }) => [
        { selector: selector('ImportExpression', regex), message: `import(): ${message}` },
        { selector: selector('TSImportType', regex), message: `import(): ${message}` },
      ]),
      ...syntax,
    ],
  };
}

/**
 * The pure layers' "no I/O, no clock, no env": the time and randomness come in as arguments.
 * `new Date(ms)` and `Date.UTC(…)` are fine; `Date.now()`, `new Date()` and `Date()` read the clock.
 * @param {string} from
 * @returns {{ syntax: { selector: string, message: string }[], rules: import('eslint').Linter.RulesRecord }}
 */
function purity(from) {
  const clock = rule(
    `${from} 是纯代码：不得读取时钟，当前时间须作为参数传入`,
    `${from} is pure: no clock; pass the current time in as an argument`,
  );
  const world = (/** @type {string} */ zh, /** @type {string} */ en) =>
    rule(`${from} 是纯代码：${zh}`, `${from} is pure: ${en}`);
  return {
    syntax: [
      { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: `new Date(): ${clock}` },
      { selector: "CallExpression[callee.name='Date']", message: `Date(): ${clock}` },
    ],
    rules: {
      'no-restricted-globals': [
        'error',
        {
          checkGlobalObject: true,
          globals: [
            {
              name: 'process',
              message: world(
                '不得读取环境（process.env 等），配置须作为参数传入',
                'no environment (process.env …); pass configuration in as an argument',
              ),
            },
            {
              name: 'fetch',
              message: world('不得进行网络访问（fetch）', 'no network access (fetch)'),
            },
            { name: 'performance', message: clock },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: clock },
        {
          object: 'Math',
          property: 'random',
          message: world(
            '不得使用 Math.random（结果须可复现），随机源须作为参数传入（如 pure-rand）',
            'no Math.random (results must be reproducible); pass a seeded generator in (pure-rand)',
          ),
        },
      ],
    },
  };
}

/** Config blocks for one server layer, one per depth below src/. */
function serverLayer(/** @type {(typeof LAYERS)[number]} */ { layer, may, packages, pure, noPackages, why }) {
  const from = `src/${layer}`;
  const [whyZh, whyEn] = why;
  /** @type {import('eslint').Linter.Config[]} */
  const blocks = [];
  for (let depth = 1; depth <= MAX_DEPTH; depth++) {
    const patterns = [
      ...SERVER_FOLDERS.filter((t) => !may.includes(t)).map((target) => ({
        regex: `${up(depth)}${target}(?:/|$)`,
        message: rule(
          `${from} 不得导入 src/${target}（${whyZh}）`,
          `${from} must not import src/${target} (${whyEn})`,
        ),
      })),
      {
        regex: `${up(depth)}(?!(?:${SERVER_FOLDERS.join('|')}|\\.\\.)(?:/|$))`,
        message: rule(
          `${from} 只能导入 ${may.map((t) => `src/${t}`).join('、')}；新的 src/ 目录须先写进 eslint.config.js 的 LAYERS`,
          `${from} may import only ${may.map((t) => `src/${t}`).join(', ')}; add a new src/ folder to LAYERS in eslint.config.js first`,
        ),
      },
      {
        regex: `${up(depth + 1)}web(?:/|$)`,
        message: rule(`${from} 不得导入 web（浏览器应用）`, `${from} must not import web (the browser app)`),
      },
      {
        regex: `${up(depth + 1)}(?!web(?:/|$))`,
        message: rule(
          `${from} 不得导入 src/ 以外的文件（test、scripts、仓库根目录）`,
          `${from} must not import files outside src/ (test, scripts, the repository root)`,
        ),
      },
      unnormalised,
    ];
    if (packages) {
      patterns.push(
        {
          regex: `^(?:${BUILTIN_RE})`,
          message: rule(
            `${from} 是纯代码：不得使用 node:* 与 fs/path 等内置模块`,
            `${from} is pure: no node:* or fs/path/… built-ins`,
          ),
        },
        {
          regex: `^(?![./]|${BUILTIN_RE}|${packagesRe(packages)})`,
          message: rule(
            `${from} 只能使用 npm 包 ${packages.join('、')}（不得使用框架或数据库：fastify、drizzle、pg、pglite、react…）`,
            `${from} may use only the npm packages ${packages.join(', ')} (no framework or database: fastify, drizzle, pg, pglite, react …)`,
          ),
        },
      );
    }
    if (noPackages) {
      const {
        names,
        why: [zh, en],
      } = noPackages;
      patterns.push({
        regex: `^${packagesRe(names)}`,
        message: rule(
          `${from} 不得使用 ${names.join('、')}（${zh}）`,
          `${from} must not use ${names.join(', ')} (${en})`,
        ),
      });
    }
    const pureRules = pure ? purity(from) : { syntax: [], rules: {} };
    blocks.push({
      name: `eduplan/layers/${layer}/depth-${depth}`,
      files: [`${from}/${'*/'.repeat(depth - 1)}*.${CODE}`],
      // src/api/assets: browser scripts served to the server-rendered pages, not server modules.
      ignores: [`**/*.test.${CODE}`, 'src/api/assets/**'],
      rules: { ...restrict(patterns, pureRules.syntax), ...pureRules.rules },
    });
  }
  return blocks;
}

/** web/src — the browser app: imports only web/src and npm packages; no src/ (server), no node:*. */
function webLayer() {
  /** @type {import('eslint').Linter.Config[]} */
  const blocks = [];
  for (let depth = 0; depth <= MAX_DEPTH; depth++) {
    blocks.push({
      name: `eduplan/layers/web/depth-${depth}`,
      files: [`web/src/${'*/'.repeat(depth)}*.${CODE}`],
      ignores: [`**/*.test.${CODE}`, 'web/src/generated/**'],
      rules: restrict([
        {
          regex: `${up(depth + 2)}src(?:/|$)`,
          message: rule(
            'web/src 不得导入 src/（服务器端代码），经 HTTP 调用 API，类型见 web/src/generated',
            'web/src must not import src/ (server code); it calls the API over HTTP, types in web/src/generated',
          ),
        },
        {
          regex: `${up(depth + 1)}(?!\\.\\./src(?:/|$))`,
          message: rule(
            'web/src 只能导入 web/src 与 npm 包',
            'web/src may import only web/src and npm packages',
          ),
        },
        {
          regex: `^(?:${BUILTIN_RE})`,
          message: rule(
            'web/src 运行在浏览器中：不得使用 node:* 内置模块',
            'web/src runs in the browser: no node:* built-ins',
          ),
        },
        unnormalised,
      ]),
    });
  }
  return blocks;
}

/**
 * A file directly in src/ or in a src/ folder that is not a layer: no rule would check its imports.
 * @type {import('eslint').Linter.Config}
 */
const unlisted = {
  name: 'eduplan/layers/unlisted',
  files: [`src/*.${CODE}`, `src/*/**/*.${CODE}`],
  ignores: LAYERS.map(({ layer }) => `src/${layer}/**`),
  rules: {
    'no-restricted-syntax': [
      'error',
      {
        selector: 'Program',
        message: rule(
          `src/ 下的代码须位于 ${LAYERS.map(({ layer }) => `src/${layer}`).join('、')} 之一；新的 src/ 目录须先写进 eslint.config.js 的 LAYERS`,
          `code under src/ must live in one of ${LAYERS.map(({ layer }) => `src/${layer}`).join(', ')}; add a new src/ folder to LAYERS in eslint.config.js first`,
        ),
      },
    ],
  },
};

/** @returns {import('eslint').Linter.Config} */
const tooDeep = (/** @type {string} */ files) => ({
  name: 'eduplan/layers/too-deep',
  files: [files],
  rules: {
    'no-restricted-syntax': [
      'error',
      {
        selector: 'Program',
        message: 'eslint.config.js: folder nesting deeper than MAX_DEPTH; raise MAX_DEPTH.',
      },
    ],
  },
});

/* ───────────────────────────────────────── File names ─────────────────────────────────────────
 * House style: lower-case kebab-case segments joined by dots, the last one the role
 * (indicator.engine.ts, school.repository.ts, xlsx.guard.test.ts); React components PascalCase.tsx.
 * The naming pattern is a micromatch glob matched against the name without its last extension.
 */
const KEBAB = '+([a-z])*([a-z0-9])*(-+([a-z0-9]))';
const KEBAB_DOTS = `${KEBAB}*(.${KEBAB})`;
const COMPONENT = '@(main|i18n|index|[A-Z]*([a-zA-Z0-9])?(.test))';
/** @type {import('eslint').Linter.RuleEntry} */
const folderNames = [
  'error',
  Object.fromEntries(
    ['src', 'test', 'bench', 'scripts', 'web/src'].map((dir) => [`${dir}/**/`, 'KEBAB_CASE']),
  ),
  {
    errorMessage: '文件夹名 "{{ target }}" 须为 kebab-case。/ Folder name "{{ target }}" must be kebab-case.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'src/db/migrations/**',
      '.eduplan/**',
      'test-artifacts/**',
      'web/dist/**',
      'web/src/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Browser scripts served to the server-rendered pages.
    files: ['src/api/assets/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { window: 'readonly', document: 'readonly', fetch: 'readonly', console: 'readonly' },
    },
  },
  {
    // The single-page web app (web/): browser code, built by Vite.
    files: ['web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        fetch: 'readonly',
        localStorage: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
        Response: 'readonly',
      },
    },
  },
  {
    // Tests read JSON responses loosely; the assertions are what checks their shape.
    files: ['test/**/*.ts', 'src/**/*.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },

  // Layer arrows, see the comment at the top.
  ...LAYERS.flatMap(serverLayer),
  ...webLayer(),
  unlisted,
  tooDeep(`src/*/${'*/'.repeat(MAX_DEPTH)}**/*.${CODE}`),
  tooDeep(`web/src/${'*/'.repeat(MAX_DEPTH + 1)}**/*.${CODE}`),

  {
    // File names under src/, test/, bench/, scripts/: kebab-case.with.dots.ts.
    files: ['src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.ts': KEBAB_DOTS },
        {
          errorMessage:
            '文件名 "{{ target }}" 须为小写 kebab-case 并以点分隔角色（如 indicator.engine.ts）。/ ' +
            'File name "{{ target }}" must be lower-case kebab-case segments joined by dots (e.g. indicator.engine.ts).',
        },
      ],
      'check-file/folder-naming-convention': folderNames,
    },
  },
  {
    // File names under web/src/: components PascalCase.tsx (main, i18n, index excepted), other .ts kebab-case.with.dots.
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.ts': KEBAB_DOTS, '**/*.tsx': COMPONENT },
        {
          errorMessage:
            '文件名 "{{ target }}" 不合约定：组件为 PascalCase.tsx，其他 .ts 文件为小写 kebab-case 并以点分隔（如 school-figures.ts）。/ ' +
            'File name "{{ target }}" breaks the house style: components are PascalCase.tsx, ' +
            'other .ts files lower-case kebab-case segments joined by dots (e.g. school-figures.ts).',
        },
      ],
      'check-file/folder-naming-convention': folderNames,
    },
  },
);
