/**
 * The `eduplan` command as a user runs it: a separate process on a PGlite data folder holding the
 * small invented city. Expected values are the hand-computed ones of test/support/small-dataset.ts.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.ts';
import { loadSmallDataset } from '../support/small-dataset.ts';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '../../bin/eduplan.js');

async function eduplan(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, DATABASE_URL: '' };
  try {
    const { stdout, stderr } = await run('node', [BIN, ...args], { env, maxBuffer: 1 << 24 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('eduplan CLI', () => {
  let dir: string;
  let plan: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'eduplan-cli-'));
    // The Jining plan, applied to the invented city 999900.
    plan = join(dir, 'plan.yaml');
    const text = readFileSync(join(import.meta.dirname, '../../plans/jining-2024.yaml'), 'utf8');
    writeFileSync(plan, text.replace("orgCode: '370800'", "orgCode: '999900'"));
    const h = await openDatabase({ kind: 'pglite', dataDir: join(dir, 'data') });
    await loadSmallDataset(h.db);
    await h.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the targets of a county as CSV with Chinese headers', async () => {
    const r = await eduplan([
      '--data-dir',
      join(dir, 'data'),
      '--plan',
      plan,
      'targets',
      '--year',
      '2025',
      '--org',
      '999901',
      '--format',
      'csv',
    ]);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      '学年,单位代码,单位,目标,指标,当前值,分子,分母,2027目标,按进度应达,状态,说明,2027外推值,2027区间下限,2027区间上限,拟合学年,按此速度2027年,数据性质',
    );
    expect(lines).toHaveLength(8);
    // T1 county 甲 2025: 180 / 300 = 0.6, trajectory 0.65, 滞后. Outlook: 2023 0.5 and 2025 0.6 → a
    // line rising 0.05 a year reaches 0.70 in 2027 < 0.8; two years give no range.
    expect(lines[1]).toBe(
      '2025,999901,县1,T1,公办园在园幼儿占比,0.600000,180,300,0.8,0.650000,滞后,,0.700000,,,2023;2025,达不到,',
    );
  });

  it('prints JSON for scripts, with the city and every county by default', async () => {
    const r = await eduplan(['--data-dir', join(dir, 'data'), '--plan', plan, 'targets', '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      year: number;
      figures: Array<{ orgCode: string; targetId: string; value: number | null }>;
    };
    expect(doc.year).toBe(2025);
    // Six targets for city + 3 counties + 1 zone, T4 for the city only: 6 × 5 + 1.
    expect(doc.figures).toHaveLength(31);
    // City T1 2025: 610 / 850 (see test/support/small-dataset.ts).
    const cityT1 = doc.figures.find((f) => f.orgCode === '999900' && f.targetId === 'T1');
    expect(cityT1?.value).toBeCloseTo(610 / 850, 12);
  });

  it('refuses bad arguments with a Chinese message and a non-zero exit code', async () => {
    const year = await eduplan(['--data-dir', join(dir, 'data'), '--plan', plan, 'targets', '--year', '20x']);
    expect(year.code).not.toBe(0);
    expect(year.stderr).toContain('错误：选项 --year <year> 的取值无效：学年应为四位数字年份，收到“20x”');
    const format = await eduplan([
      '--data-dir',
      join(dir, 'data'),
      '--plan',
      plan,
      'targets',
      '--format',
      'xlsx',
    ]);
    expect(format.code).not.toBe(0);
    expect(format.stderr).toContain('取值“xlsx”无效');
    const missing = await eduplan([
      '--data-dir',
      join(dir, 'data'),
      '--plan',
      plan,
      'targets',
      '--year',
      '2024',
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('没有 2024 学年的统计数据');
    const org = await eduplan([
      '--data-dir',
      join(dir, 'data'),
      '--plan',
      plan,
      'targets',
      '--org',
      '999999',
    ]);
    expect(org.code).toBe(2);
    expect(org.stderr).toContain('组织机构代码 999999 不存在');
    const port = await eduplan(['--data-dir', join(dir, 'data'), 'serve', '--port', '70000']);
    expect(port.code).not.toBe(0);
    expect(port.stderr).toContain('端口应为 1–65535 的整数');
  });

  it('reports an unreachable PostgreSQL server in Chinese, without a stack trace or the password', async () => {
    const env = { ...process.env, DATABASE_URL: 'postgres://eduplan:s3cret@127.0.0.1:9/eduplan' };
    const r = await run('node', [BIN, 'targets'], { env }).catch((e: { code: number; stderr: string }) => e);
    expect((r as { code: number }).code).toBe(2);
    const stderr = (r as { stderr: string }).stderr;
    expect(stderr).toContain('无法连接数据库 postgres://eduplan:***@127.0.0.1:9/eduplan');
    expect(stderr).not.toContain('s3cret');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('manages accounts from the command line, and every change is audited', async () => {
    const data = ['--data-dir', join(dir, 'data'), '--plan', plan];
    const add = await eduplan([
      ...data,
      'user',
      'add',
      '--username',
      'Admin1',
      '--name',
      '管理员',
      '--role',
      'cityAdmin',
      '--org',
      '999900',
    ]);
    expect(add.code).toBe(0);
    const password = /初始密码：(\S+)/.exec(add.stdout)?.[1] ?? '';
    expect(password).toHaveLength(14);
    const wrongLevel = await eduplan([
      ...data,
      'user',
      'add',
      '--username',
      'wrong1',
      '--name',
      '错级',
      '--role',
      'cityAdmin',
      '--org',
      '999901',
    ]);
    expect(wrongLevel.code).toBe(2);
    expect(wrongLevel.stderr).toContain('“市级管理员”只能属于市级单位，999901 是县级');
    const badRole = await eduplan([
      ...data,
      'user',
      'add',
      '--username',
      'x2',
      '--name',
      'x',
      '--role',
      'god',
      '--org',
      '999900',
    ]);
    expect(badRole.stderr).toContain('角色应为 cityAdmin');
    expect((await eduplan([...data, 'user', 'disable', 'admin1'])).stdout).toContain('账号 admin1 已停用');
    const list = await eduplan([...data, 'user', 'list']);
    expect(list.stdout).toMatch(/admin1\s+│\s+管理员\s+│\s+市级管理员\s+│\s+999900\s+│\s+已停用/);
    const reset = await eduplan([...data, 'user', 'reset', 'admin1']);
    expect(reset.stdout).toMatch(/初始密码：\S{14}/);
    expect((await eduplan([...data, 'user', 'reset', 'nobody'])).stderr).toContain('账号 nobody 不存在');
    // The audit log holds each change with the operator's name.
    const h = await openDatabase({ kind: 'pglite', dataDir: join(dir, 'data') });
    try {
      const r = await h.db.execute(
        sql`SELECT action, actor_username FROM audit_log WHERE target_id = 'admin1' ORDER BY id`,
      );
      const rows = (r as unknown as { rows: Array<{ action: string; actor_username: string }> }).rows;
      expect(rows.map((x) => x.action)).toEqual(['account.create', 'account.disable', 'account.reset']);
      expect(rows.every((x) => x.actor_username.startsWith('cli:'))).toBe(true);
    } finally {
      await h.close();
    }
  });

  it('imports accounts from Excel or lists every bad row and creates none', async () => {
    const data = ['--data-dir', join(dir, 'data'), '--plan', plan];
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('账号');
    ws.addRow(['用户名', '姓名', '角色', '所属单位代码']);
    ws.addRow(['', '甲县实验幼儿园填报员', '', 'KA00000001']);
    ws.addRow(['', '不存在的学校', '', 'ZZ00000009']);
    ws.addRow(['', '', '', 'KB00000001']);
    const bad = join(dir, 'bad.xlsx');
    await wb.xlsx.writeFile(bad);
    const r = await eduplan([...data, 'user', 'import', bad, '--out', join(dir, 'never.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      '第 3 行「所属单位代码」（ZZ00000009）：学校（机构）代码 ZZ00000009 不存在或不在您的管理范围内',
    );
    expect(r.stderr).toContain('第 4 行「姓名」');
    expect(existsSync(join(dir, 'never.xlsx'))).toBe(false);
    const goodBook = new ExcelJS.Workbook();
    const goodSheet = goodBook.addWorksheet('账号');
    goodSheet.addRow(['用户名', '姓名', '角色', '所属单位代码']);
    goodSheet.addRow(['', '甲县实验幼儿园填报员', '', 'KA00000001']);
    const good = join(dir, 'good.xlsx');
    await goodBook.xlsx.writeFile(good);
    const out = join(dir, 'passwords.xlsx');
    const ok = await eduplan([...data, 'user', 'import', good, '--out', out]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('已创建 1 个账号');
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const again = await eduplan([...data, 'user', 'import', good, '--out', out]);
    expect(again.stderr).toContain('已存在');
  });

  it('checks plan files', async () => {
    const ok = await eduplan(['plan', 'check']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('7 项目标');
    expect(ok.stdout).toContain('19 项重点任务');
    const bad = join(dir, 'bad-plan.yaml');
    writeFileSync(bad, 'id: x\n');
    const r = await eduplan(['plan', 'check', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(bad);
  });

  describe('standards evaluate (offline, no database)', () => {
    const EXAMPLE = join(import.meta.dirname, '../../docs/examples/standards-county-example.csv');
    /** `standards evaluate` on a file, naming the county and year a CSV does not carry. */
    const evaluate = (input: string, ...more: string[]) =>
      eduplan([
        'standards',
        'evaluate',
        '--input',
        input,
        '--county',
        '370811',
        '--name',
        '示例县',
        '--year',
        '2025',
        ...more,
      ]);

    it('evaluates the documented example county and plans the gap', async () => {
      const r = await evaluate(EXAMPLE);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('示例县（370811）2025—2026 学年');
      // By hand from the file: 12 + 9 + 20 + 8 + 2 + 12 + 10 = 73 classes; only 河口小学 has one of
      // 46 > 45 → 72 / 73 = 98.6% within the limit, so 班额 fails.
      expect(r.stdout).toMatch(/【未达标】CB-G05 .*\n\s+共 73 个班，超过班额上限.*的 1 个/);
      // Certificates: 231 of 232 teachers (城关小学 45 of 46) → 99.6% < 100%.
      expect(r.stdout).toMatch(/【未达标】CB-G12 .*\n\s+持证 231 人 ÷ 专任教师 232 人/);
      // The plan splits that one class and certifies that one teacher.
      expect(r.stdout).toMatch(/示例县河口小学 增设 1 个班/);
      expect(r.stdout).toMatch(/示例县城关小学 未持证专任教师 1 名取得教师资格证/);
      // No kindergarten sheet in a CSV: 普及普惠 cannot be decided, and the user is told why.
      expect(r.stdout).toContain('县域学前教育普及普惠：待补充');
      expect(r.stderr).toContain('没有幼儿园数据');
    });

    it('prints JSON for scripts', async () => {
      const r = await evaluate(EXAMPLE, '--format', 'json', '--no-gap');
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout) as {
        evaluation: { countyCode: string; compulsoryBalanced: { verdict: string } };
        plan: unknown;
      };
      expect(out.evaluation.countyCode).toBe('370811');
      expect(out.evaluation.compulsoryBalanced.verdict).toBe('fail');
      expect(out.plan).toBeNull();
    });

    it('asks for the county and year when a CSV does not carry them', async () => {
      const r = await eduplan(['standards', 'evaluate', '--input', EXAMPLE]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/没有写明县市区和学年.*--county/);
    });

    it('refuses a bad file naming the row, the column, the value and the rule', async () => {
      const bad = join(dir, 'bad.csv');
      const text = readFileSync(EXAMPLE, 'utf8').replace(
        'SL00000003,示例县河口小学,小学,211,360',
        'SL00000003,示例县河口小学,小学,211,-360',
      );
      writeFileSync(bad, text);
      const r = await evaluate(bad);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/第 5 行/);
      expect(r.stderr).toContain('在校生数');
      expect(r.stderr).toContain('-360');
      expect(r.stdout).toBe('');
    });

    it('validates the shipped rule packs', async () => {
      const r = await eduplan(['standards', 'check']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('教督〔2017〕6号');
      expect(r.stdout).toContain('教督〔2020〕1号');
    });
  });

  it('validates the data-collection catalog and lists the forms with their field counts', async () => {
    const r = await eduplan(['collection', 'check']);
    expect(r.code).toBe(0);
    // Primary form: 6 grades × 2 sexes + 6 class lists + 10 stage figures = 28 fields.
    expect(r.stdout).toMatch(
      /AUTUMN-PRIMARY 第 1 版 秋季统计（小学、教学点）（办学类型 211、218）：28 个字段/,
    );
    expect(r.stdout).toMatch(/11 条校验规则（7 条阻止提交）/);
  });

  describe('data collection with the same use cases as the API', () => {
    // 甲县 (999901) in 2026: eight institutions, of which 王庄小学教学点 (PA00000002) merged into
    // 甲县实验小学 in 2025, so seven are expected to report; none has started in the small city.
    const JIA_2026 = [
      'HA00000001',
      'HA00000002',
      'KA00000001',
      'KA00000002',
      'KA00000003',
      'PA00000001',
      'SA00000001',
    ];

    it('reports a period’s completeness for one county as JSON', async () => {
      const r = await eduplan([
        '--data-dir',
        join(dir, 'data'),
        '--plan',
        plan,
        'collection',
        'completeness',
        '--period',
        '2026-autumn',
        '--org',
        '999901',
        '--format',
        'json',
      ]);
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout) as {
        states: Record<string, number>;
        counties: Array<{ code: string; expected: number; started: number; submitted: number }>;
        schools: Array<{ code: string; state: string }>;
      };
      expect(doc.states).toEqual({ notStarted: 7 });
      expect(doc.counties).toEqual([
        expect.objectContaining({ code: '999901', expected: 7, started: 0, submitted: 0 }),
      ]);
      expect(doc.schools.map((s) => s.code).sort()).toEqual(JIA_2026);
    });

    it('exports a county’s period as .xlsx without overwriting a file, and refuses a bad period', async () => {
      const out = join(dir, 'export.xlsx');
      const args = ['--data-dir', join(dir, 'data'), '--plan', plan, 'collection', 'export'];
      const r = await eduplan([...args, '--period', '2026-autumn', '--org', '999901', '--out', out]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('7 所学校（机构）');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      expect(wb.worksheets[0]!.name).toBe('说明');
      const codes = wb.worksheets.slice(1).flatMap((ws) =>
        ws
          .getColumn(1)
          .values.slice(2)
          .map((v) => String(v)),
      );
      expect(codes.sort()).toEqual(JIA_2026);
      const again = await eduplan([...args, '--period', '2026-autumn', '--out', out]);
      expect(again.code).toBe(2);
      expect(again.stderr).toContain('已存在');
      const bad = await eduplan([...args, '--period', 'Autumn 2026', '--out', join(dir, 'x.xlsx')]);
      expect(bad.code).not.toBe(0);
      expect(bad.stderr).toContain('采集周期编号形如 2026-autumn');
    });
  });

  describe('database administration: migrate and audit verify', () => {
    it('migrates a new data folder, printing what it applied, and finds an existing one up to date', async () => {
      const files = readdirSync(join(import.meta.dirname, '../../src/db/migrations'))
        .filter((f) => f.endsWith('.sql'))
        .map((f) => f.slice(0, -4))
        .sort();
      const fresh = await eduplan(['--data-dir', join(dir, 'fresh'), 'migrate', '--format', 'json']);
      expect(fresh.code).toBe(0);
      const doc = JSON.parse(fresh.stdout) as { applied: string[]; latest: string; database: object };
      expect(doc).toEqual({
        database: { kind: 'pglite', location: join(dir, 'fresh') },
        applied: files,
        latest: files[files.length - 1],
      });
      const existing = await eduplan(['--data-dir', join(dir, 'data'), 'migrate']);
      expect(existing.code).toBe(0);
      expect(existing.stdout).toBe(
        `数据库（内置 PGlite，数据目录 ${join(dir, 'data')}）的结构已是最新（${files[files.length - 1]}），没有要应用的迁移。\n`,
      );
    });

    it('verifies the audit chain, names the first broken link after tampering, and exits 1', async () => {
      const data = join(dir, 'fresh');
      const audit = ['--data-dir', data, 'audit', 'verify'];
      // Three rows: two verifications (each records itself) around a change of the log.
      const first = await eduplan([...audit, '--format', 'json']);
      expect(first.code).toBe(0);
      const ok = JSON.parse(first.stdout) as {
        ok: boolean;
        rows: number;
        last: { id: number; hash: string } | null;
      };
      expect(ok).toMatchObject({ ok: true, rows: 0, last: null });
      const second = await eduplan(audit);
      expect(second.code).toBe(0);
      expect(second.stdout).toContain(
        '安全审计日志的哈希链完好：校验 1 条记录，链头记载封存 1 条，全部一致。',
      );
      const anchor = /最后一条记录：(\d+:[0-9a-f]{64})/.exec(second.stdout)?.[1];
      expect(anchor).toMatch(/^1:/);
      expect((await eduplan([...audit, '--anchor', anchor!])).stdout).toContain(
        '锚点（第 1 条记录）与保存的哈希一致',
      );
      // A superuser changes the first row behind the triggers.
      const h = await openDatabase({ kind: 'pglite', dataDir: data });
      try {
        await h.db.transaction(async (tx) => {
          await tx.execute(sql`SET LOCAL session_replication_role = replica`);
          await tx.execute(sql`UPDATE audit_log SET outcome = 'failure' WHERE id = 1`);
        });
      } finally {
        await h.close();
      }
      const broken = await eduplan(audit);
      expect(broken.code).toBe(1);
      expect(broken.stdout).toContain(
        '安全审计日志的哈希链已断开：校验 3 条记录，1 条不符，共发现 1 处问题。',
      );
      expect(broken.stdout).toContain('首个断点：第 1 条记录的内容与其哈希不符');
      const json = await eduplan([...audit, '--format', 'json']);
      expect(json.code).toBe(1);
      expect((JSON.parse(json.stdout) as { problems: Array<{ kind: string; id: number }> }).problems).toEqual(
        [expect.objectContaining({ kind: 'contentChanged', id: 1 })],
      );
      const badAnchor = await eduplan([...audit, '--anchor', 'latest']);
      expect(badAnchor.code).not.toBe(0);
      expect(badAnchor.stderr).toContain('锚点应为“记录编号:64 位十六进制哈希”');
    });
  });
});
