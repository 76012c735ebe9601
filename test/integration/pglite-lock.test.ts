/**
 * Issue 12, item 9: two processes on one PGlite data folder. A process holds the folder; a second
 * open (in this process, or a second `eduplan serve`) is refused with a Chinese message naming the
 * holder's pid and command; once the holder closes or exits, the folder opens again; a lock left
 * by a process that no longer runs is taken over.
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DataDirLockedError } from '../../src/db/data-dir-lock.ts';
import { openDatabase } from '../../src/db/database.ts';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/eduplan.js');
const DATABASE = join(ROOT, 'src/db/database.ts');

/** A child process that opens `dir`, says "ready", and closes when told (or exits without closing). */
function holder(dir: string, mode: 'close' | 'exit' = 'close'): Promise<ChildProcess> {
  const script = `
    import { openDatabase } from ${JSON.stringify(DATABASE)};
    const h = await openDatabase({ kind: 'pglite', dataDir: ${JSON.stringify(dir)} });
    process.stdout.write('ready\\n');
    process.stdin.once('data', async () => {
      if (${JSON.stringify(mode)} === 'close') await h.close();
      process.exit(0);
    });`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`holder exited early (${code})`)));
    child.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes('ready')) resolve(child);
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.stdin!.write('stop\n');
  });
}

async function refusal(dir: string): Promise<DataDirLockedError> {
  const e = await openDatabase({ kind: 'pglite', dataDir: dir }).then(
    async (h) => {
      await h.close();
      return null;
    },
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(DataDirLockedError);
  return e as DataDirLockedError;
}

/** The pid of a process that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

describe('PGlite data folder lock', () => {
  let root: string;
  const children: ChildProcess[] = [];
  let dir: string;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'eduplan-lock-'));
    // One folder for every case (a fresh PGlite folder costs an initdb; the template is migrated).
    dir = join(root, 'data');
    const file = process.env.EDUPLAN_TEST_PGLITE_SNAPSHOT;
    const h = await openDatabase({
      kind: 'pglite',
      dataDir: dir,
      ...(file ? { loadDataDir: new Blob([readFileSync(file)]) } : {}),
    });
    await h.close();
  });
  afterEach(() => {
    for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('refuses a second open while another process holds the folder, naming its pid and command', async () => {
    const child = await holder(dir);
    children.push(child);
    const e = await refusal(dir);
    expect(e.holder.pid).toBe(child.pid);
    expect(e.message).toContain(`数据目录 ${dir} 正被另一个进程使用`);
    expect(e.message).toContain(`进程号 ${child.pid}`);
    // The command as /proc shows it: node with the tsx loader and the inline script.
    expect(e.message).toMatch(/命令 \S*node --import tsx --input-type=module -e/);
    expect(e.message).toContain('只允许一个进程打开');

    // The same attack as the issue: a second `eduplan serve` on the folder the first is using.
    const second = await run('node', [BIN, '--data-dir', dir, 'serve', '--port', '39127'], {
      env: { ...process.env, DATABASE_URL: '' },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (err: { code: number; stderr: string }) => err,
    );
    expect(second.code).toBe(2);
    expect(second.stderr).toContain(`进程号 ${child.pid}`);
    expect(second.stderr).toContain('正被另一个进程使用');

    // Once the first closes, the folder opens.
    await stop(child);
    expect(existsSync(join(dir, 'eduplan.lock'))).toBe(false);
    const h = await openDatabase({ kind: 'pglite', dataDir: dir });
    await h.close();
  });

  it('refuses a second open in the same process too', async () => {
    const h = await openDatabase({ kind: 'pglite', dataDir: dir });
    try {
      const e = await refusal(dir);
      expect(e.holder.pid).toBe(process.pid);
    } finally {
      await h.close();
    }
    const again = await openDatabase({ kind: 'pglite', dataDir: dir });
    await again.close();
  });

  it('releases the lock when the holder exits without closing', async () => {
    const child = await holder(dir, 'exit');
    children.push(child);
    expect(existsSync(join(dir, 'eduplan.lock'))).toBe(true);
    await stop(child);
    expect(existsSync(join(dir, 'eduplan.lock'))).toBe(false);
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const pid = await deadPid();
    const lock = join(dir, 'eduplan.lock');
    writeFileSync(
      lock,
      JSON.stringify({
        pid,
        host: hostname(),
        startedAt: '2026-01-01T00:00:00.000Z',
        command: 'node bin/eduplan.js serve',
        procStart: null,
        nonce: 'dead',
      }),
    );
    const h = await openDatabase({ kind: 'pglite', dataDir: dir });
    try {
      const now = JSON.parse(readFileSync(lock, 'utf8')) as { pid: number };
      expect(now.pid).toBe(process.pid);
    } finally {
      await h.close();
    }
  });

  it('takes over a lock whose pid now belongs to another process (pid reused after a crash)', async () => {
    // This process's pid, but another start time: the lock's writer was an earlier process.
    writeFileSync(
      join(dir, 'eduplan.lock'),
      JSON.stringify({
        pid: process.pid,
        host: hostname(),
        startedAt: '2026-01-01T00:00:00.000Z',
        command: 'node bin/eduplan.js serve',
        procStart: '1',
        nonce: 'earlier',
      }),
    );
    const h = await openDatabase({ kind: 'pglite', dataDir: dir });
    try {
      expect(JSON.parse(readFileSync(join(dir, 'eduplan.lock'), 'utf8'))).toMatchObject({
        pid: process.pid,
        nonce: expect.not.stringMatching(/^earlier$/),
      });
    } finally {
      await h.close();
    }
  });

  it('never takes over a lock held on another host (a shared folder): refused, naming the host', async () => {
    const pid = await deadPid();
    writeFileSync(
      join(dir, 'eduplan.lock'),
      JSON.stringify({
        pid,
        host: 'other-host.example',
        startedAt: '2026-01-01T00:00:00.000Z',
        command: 'node bin/eduplan.js serve',
        procStart: null,
        nonce: 'remote',
      }),
    );
    const e = await refusal(dir);
    expect(e.message).toContain(`进程号 ${pid}，命令 node bin/eduplan.js serve，主机 other-host.example`);
    rmSync(join(dir, 'eduplan.lock'));
  });

  it('takes over a lock file cut short by a crash while it was written', async () => {
    writeFileSync(join(dir, 'eduplan.lock'), '{"pid": 12');
    const h = await openDatabase({ kind: 'pglite', dataDir: dir });
    try {
      expect(JSON.parse(readFileSync(join(dir, 'eduplan.lock'), 'utf8'))).toMatchObject({ pid: process.pid });
    } finally {
      await h.close();
    }
  });
});
