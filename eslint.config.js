// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'src/db/migrations/**', '.eduplan/**', 'test-artifacts/**', 'web/dist/**'] },
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
  {
    // The domain layer stays pure: no I/O, no framework, no outer layer (docs/ARCHITECTURE.md).
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'net', 'http', 'https', 'child_process', 'os'],
              message: 'src/domain is pure: no I/O.',
            },
            {
              group: [
                'pg',
                'fastify',
                'fastify-*',
                '@fastify/*',
                'drizzle-orm',
                'drizzle-orm/*',
                '@electric-sql/*',
                'react',
              ],
              message: 'src/domain imports no framework or database.',
            },
            {
              group: ['**/db/**', '**/api/**', '**/app/**', '**/cli/**', '**/web/**'],
              message: 'src/domain imports nothing outside itself.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only repositories in src/db issue SQL; routes call use cases in src/app.
    files: ['src/api/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['drizzle-orm', 'drizzle-orm/*', 'pg', '@electric-sql/*'],
              message: 'api/cli call src/app; SQL lives in src/db.',
            },
          ],
        },
      ],
    },
  },
);
