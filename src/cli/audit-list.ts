/**
 * `eduplan audit list`: the security audit log at the terminal, newest first, with the same
 * filters as GET /api/v1/audit and each action, outcome and kind of record in Chinese words
 * (app/access/audit-labels.ts). Times are Beijing time. The operator on the server reads the log;
 * through the web only the security auditor does.
 */
import Table from 'cli-table3';
import { InvalidArgumentError, Option } from 'commander';
import {
  AUDIT_ACTION_LABELS,
  auditActionLabel,
  auditOutcomeLabel,
  auditTargetTypeLabel,
} from '../app/access/audit-labels.ts';
import { formatShanghai } from '../domain/shared/time.ts';
import type { CliKit } from './cli.kit.ts';

/**
 * A Beijing date or date and time (2026-11-01, 2026-11-01 08:30, 2026-11-01 08:30:15) as an ISO
 * instant. As an end (`endOfDay`), what is left out counts whole: a date to its last millisecond,
 * a minute to its last second.
 */
export function parseBeijingTime(v: string, endOfDay: boolean): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2})(?::(\d{2}))?)?$/.exec(v.trim());
  const time = !m
    ? ''
    : m[3]
      ? `${m[2]}:${m[3]}.000`
      : m[2]
        ? `${m[2]}:${endOfDay ? '59.999' : '00.000'}`
        : endOfDay
          ? '23:59:59.999'
          : '00:00:00.000';
  const t = m ? Date.parse(`${m[1]}T${time}+08:00`) : NaN;
  if (Number.isNaN(t))
    throw new InvalidArgumentError(
      `时间应为北京时间的日期或日期时间，例如 2026-11-01 或 "2026-11-01 08:30"，收到“${v}”`,
    );
  return new Date(t).toISOString();
}

function parsePositive(what: string, max: number) {
  return (v: string): number => {
    const n = Number(v);
    if (!/^\d+$/.test(v) || n < 1 || n > max)
      throw new InvalidArgumentError(`${what}应为 1–${max} 的整数，收到“${v}”`);
    return n;
  };
}

function parseAction(v: string): string {
  if (Object.hasOwn(AUDIT_ACTION_LABELS, v)) return v;
  // A Chinese name is accepted too (e.g. --action 重置密码).
  const byLabel = Object.entries(AUDIT_ACTION_LABELS).find(([, label]) => label === v);
  if (byLabel) return byLabel[0];
  throw new InvalidArgumentError(
    `操作类型“${v}”未登记；可选：${Object.entries(AUDIT_ACTION_LABELS)
      .map(([code, label]) => `${code}（${label}）`)
      .join('、')}`,
  );
}

const json = (v: unknown) => (v === null || v === undefined ? '' : JSON.stringify(v));

interface ListOptions {
  from?: string;
  to?: string;
  actor?: string;
  action?: string;
  outcome?: 'success' | 'failure' | 'denied';
  target?: string;
  page: number;
  pageSize: number;
  format: 'text' | 'json';
}

/** Adds `list` under the program's `audit` command. */
export function registerAuditList(kit: CliKit): void {
  const audit = kit.program.commands.find((c) => c.name() === 'audit');
  if (!audit) throw new Error('the audit command must be registered before audit list');
  audit
    .command('list')
    .description('查询安全审计日志（新的在前，时间为北京时间，操作类型和结果为中文）')
    .option('--from <time>', '起始时间（北京时间），如 2026-11-01 或 "2026-11-01 08:30"', (v) =>
      parseBeijingTime(v, false),
    )
    .option('--to <time>', '截止时间（北京时间；只写日期时含当天）', (v) => parseBeijingTime(v, true))
    .option('--actor <username>', '操作人（用户名）')
    .option('--action <action>', '操作类型：代码（如 account.reset）或中文名称（如 重置密码）', parseAction)
    .addOption(
      new Option('--outcome <outcome>', '结果：success 成功、failure 失败、denied 拒绝').choices([
        'success',
        'failure',
        'denied',
      ]),
    )
    .option('--target <text>', '对象：编号完全相同，或说明中含此文字')
    .option('--page <n>', '页码', parsePositive('页码', 100_000), 1)
    .option('--page-size <n>', '每页条数', parsePositive('每页条数', 500), 50)
    .addOption(new Option('--format <format>', '输出格式').choices(['text', 'json']).default('text'))
    .action(async (opts: ListOptions) => {
      const r = await kit.withContext((ctx) =>
        ctx.audit.search({
          page: opts.page,
          pageSize: opts.pageSize,
          ...(opts.from ? { from: opts.from } : {}),
          ...(opts.to ? { to: opts.to } : {}),
          ...(opts.actor ? { actor: opts.actor } : {}),
          ...(opts.action ? { action: opts.action } : {}),
          ...(opts.outcome ? { outcome: opts.outcome } : {}),
          ...(opts.target ? { target: opts.target } : {}),
        }),
      );
      const items = r.items.map((e) => ({
        ...e,
        actionLabel: auditActionLabel(e.action),
        outcomeLabel: auditOutcomeLabel(e.outcome),
        targetTypeLabel: auditTargetTypeLabel(e.targetType),
      }));
      if (opts.format === 'json') {
        process.stdout.write(
          `${JSON.stringify({ total: r.total, page: opts.page, pageSize: opts.pageSize, items }, null, 2)}\n`,
        );
        return;
      }
      const table = new Table({
        head: ['时间（北京时间）', '操作人', '地址', '操作', '结果', '对象', '说明', '原值', '新值'],
        style: { head: [], border: [] },
        wordWrap: true,
        colWidths: [21, 16, 16, 20, 6, 24, 40, 24, 24],
      });
      for (const e of items) {
        table.push([
          formatShanghai(Date.parse(e.at), 'second'),
          e.actorUsername ?? '',
          e.ip ?? '',
          e.actionLabel,
          e.outcomeLabel,
          [e.targetTypeLabel, e.targetId].filter(Boolean).join(' '),
          e.detail ?? '',
          json(e.oldValue),
          json(e.newValue),
        ]);
      }
      const first = r.total === 0 ? 0 : (opts.page - 1) * opts.pageSize + 1;
      const last = Math.min(r.total, opts.page * opts.pageSize);
      process.stdout.write(
        `${r.total === 0 ? '没有符合条件的记录。' : `${table.toString()}\n共 ${r.total} 条，本页第 ${first}–${last} 条。`}\n`,
      );
    });
}
