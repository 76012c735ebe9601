/**
 * The first start as a user sees it: `eduplan demo` as a process on an empty PGlite folder (the
 * Jining demo, ~20 s: kept to one full start). Progress lines with elapsed time and counts come
 * before the server's address; the printed demo accounts name each account's scope, the school
 * clerk's school by name and code; --data-dir works after the command as well as before it, and
 * the command's help says so.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '../../bin/eduplan.js');
const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: '' };
delete env.HOST;
delete env.PORT;

/** A port nobody listens on now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('eduplan demo, first start', () => {
  let dir: string;
  let child: ChildProcess | undefined;
  /** stdout and stderr, in the order their chunks arrived. */
  const output: Array<{ stream: 'out' | 'err'; text: string }> = [];
  let port = 0;
  let banner = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'eduplan-demo-'));
    port = await freePort();
    // --data-dir after the command.
    child = spawn('node', [BIN, 'demo', '--data-dir', join(dir, 'data'), '--port', String(port)], { env });
    child.stdout!.on('data', (b: Buffer) => output.push({ stream: 'out', text: b.toString('utf8') }));
    child.stderr!.on('data', (b: Buffer) => output.push({ stream: 'err', text: b.toString('utf8') }));
    const started = Date.now();
    while (!output.some((o) => o.text.includes('按 Ctrl+C 停止'))) {
      if (child.exitCode !== null) {
        await new Promise((r) => setTimeout(r, 500));
        throw new Error(`eduplan demo exited: ${output.map((o) => o.text).join('')}`);
      }
      if (Date.now() - started > 170_000) throw new Error('eduplan demo did not start within 170 s');
      await new Promise((r) => setTimeout(r, 200));
    }
    banner = output
      .filter((o) => o.stream === 'out')
      .map((o) => o.text)
      .join('');
  }, 180_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGINT');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows progress with elapsed time and counts on stderr before the server’s address', () => {
    const all = output.map((o) => o.text).join('');
    const progress = output
      .filter((o) => o.stream === 'err')
      .map((o) => o.text)
      .join('')
      .split('\n')
      .filter((l) => l !== '');
    // Every progress line starts with the elapsed seconds.
    for (const line of progress) expect(line).toMatch(/^\[ *\d+\.\d 秒\] /);
    const steps = progress.map((l) => l.replace(/^\[ *\d+\.\d 秒\] /, ''));
    expect(steps[0]).toContain(`正在打开数据库（内置 PGlite，数据目录 ${join(dir, 'data')}`);
    expect(steps).toContain('数据库已就绪');
    // The generated counts: the 3,208 demo institutions of the Jining data (DEMO_SEED).
    expect(steps.find((s) => s.startsWith('已生成 '))).toMatch(/^已生成 3208 所学校和幼儿园、\d+ 条学年统计/);
    expect(steps.filter((s) => s.startsWith('正在写入数据库（'))).toHaveLength(4);
    expect(steps.at(-1)).toBe('服务已启动');
    // The seconds never go backwards.
    const seconds = progress.map((l) => Number(/^\[ *(\d+\.\d)/.exec(l)![1]));
    expect([...seconds].sort((a, b) => a - b)).toEqual(seconds);
    // All of it before the address is printed.
    const url = `http://127.0.0.1:${port}/`;
    expect(all.indexOf(`平台已启动：${url}`)).toBeGreaterThan(all.lastIndexOf('正在写入数据库（4/4）'));
    expect(banner).not.toMatch(/^\[ *\d+\.\d 秒\]/m);
  });

  it('names every demo account’s scope, the clerk’s school by name and code', async () => {
    const base = `http://127.0.0.1:${port}`;
    // The school clerk's own school, as the API tells the clerk.
    const login = await fetch(`${base}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'school', password: 'Demo#2027jn' }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const list = (await (await fetch(`${base}/api/v1/institutions`, { headers: { cookie } })).json()) as {
      items: Array<{ code: string; name: string }>;
    };
    expect(list.items).toHaveLength(1);
    const school = list.items[0]!;
    const line = (user: string) => banner.split('\n').find((l) => l.trim().startsWith(`${user} `)) ?? '';
    expect(line('school')).toContain('学校填报员');
    // The county is named unless the school's name begins with it.
    const where = school.name.startsWith('任城区') ? '' : '任城区 ';
    expect(line('school')).toContain(`${where}${school.name}（学校代码 ${school.code}）`);
    expect(line('rencheng')).toContain('任城区（370811）');
    expect(line('yutai')).toContain('鱼台县（370827）');
    for (const user of ['admin', 'auditor', 'city', 'inspector', 'finance'])
      expect(line(user)).toContain('济宁市（370800）全市');
    expect(line('auditor')).toContain('安全审计员');
  });

  it('takes --data-dir before the command too, and says so in the command’s help', async () => {
    // Stop the server: the data folder is locked to one process.
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child!.kill('SIGINT');
    await exited;
    const again = await run('node', [BIN, '--data-dir', join(dir, 'data'), 'demo', '--no-serve'], { env });
    // The same folder: the demo data is found, not generated again.
    expect(again.stdout).toContain('数据库已有 3208 所学校和幼儿园，未重新生成演示数据');
    expect(again.stderr).not.toContain('正在生成');
    const help = await run('node', [BIN, 'demo', '--help'], { env });
    expect(help.stdout).toContain('--data-dir <dir>');
    expect(help.stdout).toContain('--data-dir 写在 demo 前后均可');
  }, 120_000);
});
