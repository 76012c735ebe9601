/**
 * The `eduplan` program run as a process against a PGlite data folder holding the small invented
 * city, with the Jining plan pointed at its city code (999900) — what the CLI tests share.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { openDatabase } from '../../src/db/database.ts';
import { loadSmallDataset } from './small-dataset.ts';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '../../bin/eduplan.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface SmallCityCli {
  /** The temporary folder (data folder and plan file inside; tests may write their files here). */
  dir: string;
  /** Runs `eduplan --data-dir … --plan … <args>` on the embedded database; never throws on an exit code. */
  eduplan(args: string[]): Promise<CliResult>;
  /** Removes the folder. */
  close(): void;
}

export async function smallCityCli(name: string): Promise<SmallCityCli> {
  const dir = mkdtempSync(join(tmpdir(), `eduplan-${name}-`));
  const plan = join(dir, 'plan.yaml');
  const text = readFileSync(join(import.meta.dirname, '../../plans/jining-2024.yaml'), 'utf8');
  writeFileSync(plan, text.replace("orgCode: '370800'", "orgCode: '999900'"));
  const h = await openDatabase({ kind: 'pglite', dataDir: join(dir, 'data') });
  await loadSmallDataset(h.db);
  await h.close();
  const base = ['--data-dir', join(dir, 'data'), '--plan', plan];
  return {
    dir,
    async eduplan(args) {
      try {
        const { stdout, stderr } = await run('node', [BIN, ...base, ...args], {
          env: { ...process.env, DATABASE_URL: '' },
          maxBuffer: 1 << 24,
        });
        return { code: 0, stdout, stderr };
      } catch (e) {
        const err = e as CliResult;
        return { code: err.code, stdout: err.stdout, stderr: err.stderr };
      }
    },
    close: () => rmSync(dir, { recursive: true, force: true }),
  };
}
