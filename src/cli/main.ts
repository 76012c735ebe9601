/**
 * eduplan — command line of the platform. The core's commands are here; each area adds its own
 * (cli/<area>/<area>.commands.ts, found by the names in app/areas.ts).
 *   eduplan demo     create the Jining demo database if absent, then serve
 *   eduplan serve    serve the platform on the configured database
 *   eduplan migrate  apply the database migrations (PostgreSQL: as the owner role)
 *   eduplan audit verify  recompute the audit log's hash chain, report the first broken link
 *   eduplan user …   accounts (add, disable, enable, reset, list, import)
 *   eduplan plan check [FILE]  validate a plan file
 *   eduplan targets  print the headline targets for a year and org unit (table, JSON or CSV)
 *   eduplan standards evaluate --input FILE  offline county self-assessment (no database)
 *   eduplan standards check [DIR]  validate the county-standard rule packs
 *   eduplan collection check [DIR]  validate the data-collection catalog
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import Table from 'cli-table3';
import { Command, InvalidArgumentError, Option } from 'commander';
import { recordRolesConfig } from '../app/access/roles-config.service.ts';
import { ROLE_CODES, type RoleCode } from '../domain/access/access.types.ts';
import { buildApp } from '../api/app.ts';
import { verifyAuditChain, type AuditChainAnchor, type AuditChainReport } from '../app/access/audit-chain.ts';
import { createAppContext, databaseTargetFromEnv, type AppContext } from '../app/app.context.ts';
import { AppError } from '../app/app-error.ts';
import { AREAS } from '../app/areas.ts';
import type { DatasetView } from '../app/shared/dataset.cache.ts';
import { ConfigFileError } from '../app/shared/config-error.ts';
import {
  DataDirLockedError,
  DatabaseOpenError,
  migrateDatabase,
  type MigrationReport,
} from '../app/shared/database-admin.ts';
import { DEMO_PASSWORD, type DemoAccount } from '../app/demo/demo.service.ts';
import { openDemoContext } from '../app/demo/demo-context.ts';
import { getDemoAccounts } from '../app/demo/demo-accounts.ts';
import { syncOrgUnits } from '../app/registry/org-sync.service.ts';
import { loadRegistryConfig } from '../app/registry/registry-config.loader.ts';
import { loadPlan, PLAN_FILE } from '../app/plan/plan.loader.ts';
import { StandardsInputError } from '../app/standards/section-file.parser.ts';
import { loadCliAreas } from './area.ts';
import { cliKit, cliManager, parsePort, parseSeed } from './cli.kit.ts';

/** Seconds since the process started, for the progress lines of a start. */
const elapsed = () => `${(performance.now() / 1000).toFixed(1)} 秒`;

/**
 * One progress line on stderr (`[  4.2 秒] …`): a first start spends ~15 s opening the database and
 * generating the demo; stdout keeps only the results (and any `--format json` output stays clean).
 */
function progress(message: string): void {
  process.stderr.write(`[${elapsed().padStart(7)}] ${message}\n`);
}

/** Where a demo account works: the org unit or the school, by name and code. */
function scopeText(code: string, view: DatasetView): string {
  const school = view.institutions.get(code);
  if (school) {
    const county = view.orgIndex.byCode.get(school.countyCode)?.name;
    const where = county && !school.name.startsWith(county) ? `${county} ` : '';
    return `${where}${school.name}（学校代码 ${code}）`;
  }
  const unit = view.orgIndex.byCode.get(code);
  return unit ? `${unit.name}（${code}）${unit.level === 'city' ? '全市' : ''}` : code;
}

function loginLines(accounts: DemoAccount[], ctx: AppContext, view: DatasetView): string[] {
  if (accounts.length === 0) {
    return [
      '  登录：使用管理员创建的账号。首个管理员账号：eduplan user add --username admin --name 管理员 --role cityAdmin --org 370800',
    ];
  }
  const table = new Table({
    head: ['用户名', '角色', '范围'],
    style: { head: [], border: [], compact: true, 'padding-left': 0, 'padding-right': 2 },
    // No frame: plain columns read well in any terminal and in a log file.
    chars: {
      top: '',
      'top-mid': '',
      'top-left': '',
      'top-right': '',
      bottom: '',
      'bottom-mid': '',
      'bottom-left': '',
      'bottom-right': '',
      left: '',
      'left-mid': '',
      mid: '',
      'mid-mid': '',
      right: '',
      'right-mid': '',
      middle: '',
    },
  });
  for (const a of accounts) {
    table.push([a.username, ctx.roles.get(a.role)?.name ?? a.role, scopeText(a.scopeCode, view)]);
  }
  return [
    `  演示账号（演示数据，密码均为 ${DEMO_PASSWORD}）：`,
    ...table
      .toString()
      .split('\n')
      .map((line) => `    ${line.trimEnd()}`),
  ];
}

const isLoopback = (host: string) => host === 'localhost' || host === '::1' || /^127\./.test(host);

async function serve(ctx: AppContext, host: string, port: number): Promise<void> {
  progress('正在启动服务：载入组织机构、学校和统计数据……');
  await recordRolesConfig(ctx.database.db, ctx.roles);
  const demo = (await ctx.cache.get()).demo;
  if (demo && !isLoopback(host) && process.env.EDUPLAN_ALLOW_DEMO_REMOTE !== '1') {
    // The demo accounts' password is published in the README: never expose them to a network.
    throw new InvalidArgumentError(
      `数据库中是演示数据，演示账号的密码是公开的：不能在 ${host} 上对外提供服务。请只在本机使用（--host 127.0.0.1），或确需时设置 EDUPLAN_ALLOW_DEMO_REMOTE=1`,
    );
  }
  // Warnings and server errors go to the log; request lines (level info) are below the level.
  const app = await buildApp(ctx, { logger: true, logLevel: 'warn' });
  await app.listen({ host, port });
  const view = await ctx.cache.get();
  const demoLogins = view.demo ? ((await getDemoAccounts(ctx)) ?? []) : [];
  const latest = view.years[view.years.length - 1];
  const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`;
  progress('服务已启动');
  const lines = [
    '',
    `EduPlan 扩优提质行动平台已启动：${url}（启动用时 ${elapsed()}）`,
    `  数据库：${ctx.database.kind === 'pglite' ? `内置 PGlite，数据目录 ${ctx.database.location}` : `PostgreSQL ${ctx.database.location}`}`,
    `  数据：${latest === undefined ? view.institutions.size : (view.snapshots.get(latest)?.length ?? 0)} 所在办学校和幼儿园${latest === undefined ? '' : `（${latest} 学年）`}，统计学年 ${view.years.join('、') || '（暂无）'}${view.demo ? '（演示数据）' : ''}`,
    `  网页应用（驾驶舱）：${url}app/`,
    `  接口文档：${url}api/docs`,
    ...loginLines(demoLogins, ctx, view),
    '  按 Ctrl+C 停止。',
    '',
  ];
  process.stdout.write(lines.join('\n'));
  // Warm the caches (scorecard and the county standards behind T4, ~1–2 s on the demo data) so
  // that the first person to open the cockpit does not wait for them. A failure here is only a
  // cold cache: the request that needs the figures reports any real error.
  void ctx.targets.scorecard().catch(() => undefined);
  const stop = async () => {
    await app.close();
    await ctx.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

/** commander reports usage errors in English; users read Chinese. */
function translateCommanderError(text: string): string {
  const rules: Array<[RegExp, string]> = [
    [
      /^error: option '(.+?)' argument '(.*?)' is invalid\. Allowed choices are (.+?)\.$/m,
      '错误：选项 $1 的取值“$2”无效，可选：$3',
    ],
    [/^error: option '(.+?)' argument '(.*?)' is invalid\. (.*)$/m, '错误：选项 $1 的取值无效：$3'],
    [/^error: option '(.+?)' argument missing$/m, '错误：选项 $1 缺少取值'],
    [/^error: unknown option '(.+?)'.*$/m, '错误：未知选项 $1'],
    [/^error: unknown command '(.+?)'.*$/m, '错误：未知命令 $1'],
    [/^error: too many arguments.*$/m, '错误：参数过多'],
    [/^error: missing required argument '(.+?)'$/m, '错误：缺少参数 $1'],
  ];
  for (const [re, zh] of rules) if (re.test(text)) return text.replace(re, zh);
  return text;
}

const program = new Command();
program
  .configureOutput({ outputError: (text, write) => write(translateCommanderError(text)) })
  .helpOption('-h, --help', '显示帮助')
  .helpCommand('help [command]', '显示命令的帮助')
  .name('eduplan')
  .description('EduPlan 扩优提质行动平台（济宁市）命令行')
  .option('--data-dir <dir>', '内置数据库（PGlite）的数据目录；设置 DATABASE_URL 时改用 PostgreSQL 服务器')
  .option('--plan <file>', '行动方案文件（YAML）', PLAN_FILE)
  .showHelpAfterError('（用 --help 查看用法）')
  // Every command's help lists --data-dir and --plan too: they may stand before or after the command.
  .configureHelp({ showGlobalOptions: true });

const kit = cliKit(program);
const { withContext } = kit;

const serverTarget = kit.databaseTarget;

const hostOption = new Option('--host <host>', '监听地址（环境变量 HOST）').default(
  process.env.HOST ?? '127.0.0.1',
);
// PORT from the environment is checked like --port when the command runs.
const portOption = new Option('--port <port>', '端口（环境变量 PORT）')
  .default(process.env.PORT ?? 3000)
  .argParser(parsePort);

program
  .command('demo')
  .description(
    '若数据库为空则生成济宁演示数据（演示数据，按种子确定），然后启动服务。--data-dir 写在 demo 前后均可，如 eduplan demo --data-dir DIR；经 npm 启动时写作 npm start -- --data-dir DIR',
  )
  .addOption(hostOption)
  .addOption(portOption)
  .option('--seed <n>', '演示数据的随机种子', parseSeed)
  .option('--no-serve', '只生成数据，不启动服务')
  .action(async (opts: { host: string; port: number | string; seed?: number; serve: boolean }) => {
    const port = typeof opts.port === 'string' ? parsePort(opts.port) : opts.port;
    const global = program.opts<{ dataDir?: string; plan: string }>();
    const demo = await openDemoContext(serverTarget(), global.plan, {
      ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
      onProgress: progress,
    });
    const { ctx, extended } = demo;
    const r = demo.load;
    process.stdout.write(
      r.created
        ? `已生成演示数据：${r.institutions} 所学校和幼儿园，${r.statistics} 条学年统计，${r.submissions} 份本期报表（生成 ${(r.generateMs / 1000).toFixed(1)} 秒，写入 ${(r.writeMs / 1000).toFixed(1)} 秒）。\n`
        : `数据库已有 ${r.institutions} 所学校和幼儿园，未重新生成演示数据。\n`,
    );
    if (extended) {
      // Demo only: the real close is in catalog/collection/periods.yaml and stays there.
      process.stdout.write(
        `演示：${extended.real.name}的截止时间顺延至 ${extended.period.closeAt.slice(0, 10)} 23:59（北京时间），以便演示填报和审核；真实截止时间为 ${extended.real.closeAt.slice(0, 10)}（catalog/collection/periods.yaml，未修改）。\n`,
      );
    }
    if (!opts.serve) return ctx.close();
    await serve(ctx, opts.host, port);
  });

program
  .command('serve')
  .description('启动服务（数据库为空时只载入组织机构树）；--data-dir 写在 serve 前后均可')
  .addOption(hostOption)
  .addOption(portOption)
  .action(async (opts: { host: string; port: number | string }) => {
    const port = typeof opts.port === 'string' ? parsePort(opts.port) : opts.port;
    progress('正在打开数据库……');
    const ctx = await createAppContext(serverTarget(), program.opts<{ plan: string }>().plan);
    progress('数据库已就绪');
    await syncOrgUnits(ctx.database.db, loadRegistryConfig().orgUnits);
    await serve(ctx, opts.host, port);
  });

function migrationLines(r: MigrationReport): string[] {
  const where = r.kind === 'pglite' ? `内置 PGlite，数据目录 ${r.location}` : `PostgreSQL ${r.location}`;
  if (r.applied.length === 0) return [`数据库（${where}）的结构已是最新（${r.latest}），没有要应用的迁移。`];
  return [
    `已在数据库（${where}）上应用 ${r.applied.length} 个迁移：`,
    ...r.applied.map((tag) => `  ${tag}`),
    `数据库结构已是最新（${r.latest}）。`,
    ...(r.kind === 'postgres'
      ? [
          '如以双角色部署（所有者 + 应用角色），请重新运行 scripts/postgres-roles.sql，为新的表授予应用角色的权限。',
        ]
      : []),
  ];
}

program
  .command('migrate')
  .description(
    '应用数据库迁移（修改数据库结构）：PostgreSQL 上须以数据库所有者角色运行（DATABASE_URL 设为所有者的连接串）',
  )
  .addOption(new Option('--format <format>', '输出格式').choices(['text', 'json']).default('text'))
  .action(async (opts: { format: 'text' | 'json' }) => {
    const r = await migrateDatabase(
      databaseTargetFromEnv(process.env, program.opts<{ dataDir?: string }>().dataDir),
    );
    process.stdout.write(
      opts.format === 'json'
        ? `${JSON.stringify({ database: { kind: r.kind, location: r.location }, applied: r.applied, latest: r.latest }, null, 2)}\n`
        : `${migrationLines(r).join('\n')}\n`,
    );
  });

function parseAnchor(v: string): AuditChainAnchor {
  const m = /^(\d{1,15}):([0-9a-f]{64})$/.exec(v.trim().toLowerCase());
  if (!m)
    throw new InvalidArgumentError(
      `锚点应为“记录编号:64 位十六进制哈希”（即上次校验打印的最后一条记录），收到“${v}”`,
    );
  return { id: Number(m[1]), hash: m[2]! };
}

function auditVerifyLines(r: AuditChainReport): string[] {
  const lines = [
    r.ok
      ? `安全审计日志的哈希链完好：校验 ${r.rows} 条记录，链头记载封存 ${r.sealed ?? '（无链头）'} 条，全部一致。`
      : `安全审计日志的哈希链已断开：校验 ${r.rows} 条记录，${r.brokenRows} 条不符，共发现 ${r.problemCount} 处问题。`,
    ...r.problems.map((p, i) => `  ${i === 0 ? '首个断点' : '其后'}：${p.message}`),
    ...(r.problemCount > r.problems.length
      ? [`  ……另有 ${r.problemCount - r.problems.length} 处问题未列出。`]
      : []),
  ];
  if (r.anchor?.ok) lines.push(`锚点（第 ${r.anchor.id} 条记录）与保存的哈希一致。`);
  if (r.last) {
    lines.push(
      `最后一条记录：${r.last.id}:${r.last.hash}`,
      '请把上面这一行保存在数据库之外（例如运维记录）：下次校验时用 --anchor 传入，可发现从该处起被整体改写的日志。',
    );
  }
  return lines;
}

program
  .command('audit')
  .description('安全审计日志')
  .command('verify')
  .description('按记录重新计算安全审计日志的哈希链，报告首个断点；日志被篡改时退出码为 1')
  .option(
    '--anchor <id:hash>',
    '上次校验时保存的最后一条记录（编号:哈希），检查它仍在且未被改写',
    parseAnchor,
  )
  .addOption(new Option('--format <format>', '输出格式').choices(['text', 'json']).default('text'))
  .action(async (opts: { anchor?: AuditChainAnchor; format: 'text' | 'json' }) => {
    const report = await withContext(async (ctx) => {
      const r = await verifyAuditChain(ctx.db, opts.anchor ? { anchor: opts.anchor } : {});
      // The verification itself is an audited act (its result stays in the log it checked).
      try {
        await ctx.audit.record(cliManager().actor, {
          action: 'audit.verify',
          outcome: r.ok ? 'success' : 'failure',
          detail: r.ok
            ? `哈希链完好：${r.rows} 条记录`
            : `哈希链断开：${r.problemCount} 处问题，首个：${r.problems[0]?.message ?? ''}`.slice(0, 500),
        });
      } catch {
        process.stderr.write('警告：无法把本次校验写入安全审计日志。\n');
      }
      return r;
    });
    process.stdout.write(
      opts.format === 'json'
        ? `${JSON.stringify(report, null, 2)}\n`
        : `${auditVerifyLines(report).join('\n')}\n`,
    );
    if (!report.ok) process.exitCode = 1;
  });

function parseRole(v: string): RoleCode {
  if (!(ROLE_CODES as readonly string[]).includes(v)) {
    throw new InvalidArgumentError(`角色应为 ${ROLE_CODES.join('、')} 之一，收到“${v}”`);
  }
  return v as RoleCode;
}

const user = program
  .command('user')
  .description('账号管理（命令行操作员不受单位范围限制；每项操作记入安全审计日志）');

user
  .command('add')
  .description('新建账号，打印一次性初始密码（首次登录须修改）')
  .requiredOption('--username <name>', '用户名：3–32 位小写字母、数字、_ . -')
  .requiredOption('--name <displayName>', '姓名')
  .requiredOption('--role <role>', `角色：${ROLE_CODES.join('、')}`, parseRole)
  .requiredOption('--org <code>', '所属单位代码（6/9 位）或学校（机构）代码（10 位）')
  .action(async (opts: { username: string; name: string; role: RoleCode; org: string }) => {
    await withContext(async (ctx) => {
      const r = await ctx.users.create(cliManager(), {
        username: opts.username,
        displayName: opts.name,
        role: opts.role,
        scopeCode: opts.org,
      });
      process.stdout.write(
        `已创建账号 ${r.account.username}（${ctx.roles.get(r.account.role)?.name}，${opts.org}）。\n初始密码：${r.initialPassword}\n请通过安全渠道交给本人；首次登录须修改密码。\n`,
      );
    });
  });

for (const [name, description, disabled] of [
  ['disable', '停用账号（其会话立即失效）', true],
  ['enable', '重新启用账号', false],
] as const) {
  user
    .command(`${name} <username>`)
    .description(description)
    .action(async (username: string) => {
      await withContext(async (ctx) => {
        const m = cliManager();
        const a = await ctx.users.update(m, await ctx.users.idOf(m, username), { disabled });
        process.stdout.write(`账号 ${a.username} 已${disabled ? '停用' : '启用'}。\n`);
      });
    });
}

user
  .command('reset <username>')
  .description('重置密码：打印新的一次性初始密码，该账号的会话全部失效')
  .action(async (username: string) => {
    await withContext(async (ctx) => {
      const m = cliManager();
      const r = await ctx.users.resetPassword(m, await ctx.users.idOf(m, username));
      process.stdout.write(
        `账号 ${r.account.username} 的密码已重置。\n初始密码：${r.initialPassword}\n首次登录须修改密码。\n`,
      );
    });
  });

user
  .command('unlock <username>')
  .description('解除因连续登录失败造成的锁定（安全审计员账号只能这样解锁）')
  .action(async (username: string) => {
    await withContext(async (ctx) => {
      const m = cliManager();
      const a = await ctx.users.update(m, await ctx.users.idOf(m, username), { unlock: true });
      process.stdout.write(`账号 ${a.username} 已解除锁定。\n`);
    });
  });

user
  .command('list')
  .description('列出账号')
  .option('--role <role>', '只列出某一角色', parseRole)
  .action(async (opts: { role?: RoleCode }) => {
    await withContext(async (ctx) => {
      const items = await ctx.users.list(cliManager(), opts.role ? { role: opts.role } : {});
      const table = new Table({
        head: ['用户名', '姓名', '角色', '所属单位', '状态'],
        style: { head: [], border: [], compact: true },
      });
      for (const a of items) {
        const scope = a.scope.kind === 'org' ? a.scope.orgCode : a.scope.institutionCode;
        const state = a.disabled
          ? '已停用'
          : a.lockedUntil && Date.parse(a.lockedUntil) > Date.now()
            ? '锁定中'
            : a.mustChangePassword
              ? '待改密'
              : '正常';
        table.push([a.username, a.displayName, ctx.roles.get(a.role)?.name ?? a.role, scope, state]);
      }
      process.stdout.write(`${table.toString()}\n共 ${items.length} 个账号。\n`);
    });
  });

user
  .command('import <file>')
  .description('从 Excel（.xlsx）批量创建账号：全部成功或全部不创建；初始密码写入 --out 指定的新文件')
  .requiredOption('--out <file>', '写出初始密码的 .xlsx 文件（不能已存在）')
  .action(async (file: string, opts: { out: string }) => {
    if (existsSync(opts.out))
      throw new InvalidArgumentError(`输出文件 ${opts.out} 已存在，为免覆盖，请换一个文件名`);
    let data: Buffer;
    try {
      data = readFileSync(file);
    } catch {
      throw new InvalidArgumentError(`无法读取文件 ${file}`);
    }
    await withContext(async (ctx) => {
      let r;
      try {
        r = await ctx.users.importWorkbook(cliManager(), data, {
          destination: opts.out,
          // 'wx': never overwrite a file that appeared since the check above.
          deliver: (file) => writeFileSync(opts.out, file, { mode: 0o600, flag: 'wx' }),
        });
      } catch (e) {
        if (e instanceof AppError && e.details.length > 0) {
          process.stderr.write(
            `${e.message}：\n${e.details.map((d) => `  ${d.field}${d.value !== undefined && d.value !== null ? `（${String(d.value)}）` : ''}：${d.message}`).join('\n')}\n`,
          );
          process.exit(2);
        }
        throw e;
      }
      process.stdout.write(
        `已创建 ${r.created} 个账号；初始密码已写入 ${opts.out}（仅本人可读），请妥善分发后删除该文件。\n`,
      );
    });
  });

program
  .command('plan')
  .description('行动方案文件')
  .command('check')
  .argument('[file]', '方案文件（YAML）', PLAN_FILE)
  .description('校验方案文件，通过时列出目标、时间节点和任务数')
  .action((file: string) => {
    const plan = loadPlan(file);
    process.stdout.write(
      `方案文件 ${file} 校验通过：${plan.title}（${plan.documentNumber}），${plan.targets.length} 项目标，${plan.milestones.length} 个时间节点，${plan.tasks.length} 项重点任务。\n`,
    );
  });

/** A Chinese message for any failure; no stack trace or SQL reaches the terminal. */
function describeFailure(e: unknown): string {
  if (
    e instanceof AppError ||
    e instanceof ConfigFileError ||
    e instanceof InvalidArgumentError ||
    e instanceof StandardsInputError ||
    e instanceof DatabaseOpenError ||
    e instanceof DataDirLockedError
  )
    return e.message;
  const err = e as { code?: string; message?: string; cause?: { code?: string; message?: string } };
  const code = err.cause?.code ?? err.code;
  if (
    code === 'ECONNREFUSED' ||
    code === 'ENOTFOUND' ||
    code === 'ETIMEDOUT' ||
    code === '28P01' ||
    code === '3D000'
  ) {
    const url = process.env.DATABASE_URL ? databaseTargetFromEnv(process.env) : null;
    const where = url && url.kind === 'postgres' ? url.url.replace(/:[^:@/]*@/, ':***@') : '数据库';
    return `无法连接数据库 ${where}（${code}）：请检查 DATABASE_URL、服务器是否启动、用户名和密码`;
  }
  if (code === 'EADDRINUSE') return '端口已被占用：请用 --port 指定其他端口';
  if (code === 'EACCES') return '没有权限：请检查数据目录或端口的权限';
  return `未预期的错误（${code ?? (e instanceof Error ? e.name : 'unknown')}）。请联系管理员，并附上运行的命令。`;
}

for (const area of await loadCliAreas(AREAS.map((a) => a.name))) area.register(kit);
(await import('./audit-list.ts')).registerAuditList(kit);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  process.stderr.write(`错误：${describeFailure(e)}\n`);
  if (process.env.EDUPLAN_DEBUG) console.error(e);
  process.exit(2);
}
