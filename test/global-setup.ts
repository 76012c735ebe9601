/**
 * Runs once before the test files: pins the time zone and makes a migrated PGlite snapshot that
 * every test file loads instead of running initdb again (~1 s instead of ~5 s per database).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dumpPgliteSnapshot } from '../src/db/database.ts';
import { buildWebIfStale } from './support/web-build.ts';

export default async function setup(): Promise<() => void> {
  process.env.TZ = 'Asia/Shanghai';
  const dir = mkdtempSync(join(tmpdir(), 'eduplan-test-'));
  const file = join(dir, 'pglite-template.tar.gz');
  const blob = await dumpPgliteSnapshot();
  writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
  process.env.EDUPLAN_TEST_PGLITE_SNAPSHOT = file;
  // The browser tests need the built web app; build it here, once, before files run in parallel.
  buildWebIfStale();
  return () => rmSync(dir, { recursive: true, force: true });
}
