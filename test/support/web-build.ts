/**
 * Builds the web app for the browser tests when web/dist is missing or older than its sources.
 * Called once from test/global-setup.ts, before any test file runs: test files run in parallel,
 * and two of them rebuilding web/dist at once would pull files from under each other's pages.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WEB = join(ROOT, 'web');

/** Newest modification time under a path. */
function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

export function buildWebIfStale(): void {
  const dist = process.env.EDUPLAN_WEB_DIST ?? join(WEB, 'dist/');
  const index = join(dist, 'index.html');
  const sources = Math.max(
    newest(join(WEB, 'src')),
    newest(join(WEB, 'index.html')),
    newest(join(WEB, 'vite.config.ts')),
  );
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  // vitest sets NODE_ENV=test, which would make Vite bundle React's development build: the tests
  // must see the production bundle that `npm start` serves.
  execFileSync(
    'npx',
    ['vite', 'build', '--config', 'web/vite.config.ts', '--outDir', dist, '--emptyOutDir'],
    {
      cwd: ROOT,
      stdio: 'pipe',
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
}
