/**
 * Every action the platform writes to the audit log has a Chinese label: the sources under src/
 * that write audit entries are read, each action their audit calls name is collected (`action: '…'`,
 * the templates of the approval flow, the work plans and the reports, and the values a `const action = …` chooses between),
 * and each must be in AUDIT_ACTION_LABELS. A new action without a label fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPROVAL_ACTIONS } from '../../domain/collection/approval.ts';
import { WORK_PLAN_ACTIONS } from '../../domain/delivery/delivery.types.ts';
import { REPORT_EVENTS } from '../../domain/reporting/reporting.types.ts';
import {
  AUDIT_ACTION_LABELS,
  auditActionChoices,
  auditActionLabel,
  auditOutcomeLabel,
  auditTargetTypeLabel,
} from './audit-labels.ts';

const SRC = join(import.meta.dirname, '../..');
const WRITES_AUDIT = /audit\.(record|recordMany|recordSoon)\(|insertAuditEntries\(/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/**
 * The text an audit entry is written in: from each audit call (audit.record…, insertAuditEntries)
 * the next 700 characters, so that an `action:` of another kind of record in the same file (a work
 * plan's or a report's own history event, a type union) is not taken for an audit action.
 */
function auditCallTexts(text: string): string[] {
  return [...text.matchAll(new RegExp(WRITES_AUDIT.source, 'g'))].map((m) =>
    text.slice(m.index, m.index + 700),
  );
}

/** Actions recorded through a template, e.g. `collection.${event.action}`: each value it takes. */
const TEMPLATES: Readonly<Record<string, readonly string[]>> = {
  // The approval flow records `collection.${event.action}` for each of its actions.
  'collection.${event.action}': APPROVAL_ACTIONS.map((a) => `collection.${a}`),
  'delivery.workPlan.${action}': WORK_PLAN_ACTIONS.map((a) => `delivery.workPlan.${a}`),
  'reporting.${change.event}': REPORT_EVENTS.map((e) => `reporting.${e}`),
};

/** The actions a source file records. */
function recordedActions(text: string): string[] {
  const found: string[] = [];
  for (const call of auditCallTexts(text)) {
    for (const m of call.matchAll(/\baction:\s*'([^']+)'/g)) found.push(m[1]!);
    for (const m of call.matchAll(/\baction:\s*`([^`]+)`/g)) found.push(...(TEMPLATES[m[1]!] ?? [m[1]!]));
  }
  for (const m of text.matchAll(/\bconst action\s*=([^;]+);/g)) {
    for (const s of m[1]!.matchAll(/'([^']+)'/g)) found.push(s[1]!);
  }
  return found;
}

describe('audit action labels', () => {
  const files = sourceFiles(SRC).filter((f) => WRITES_AUDIT.test(readFileSync(f, 'utf8')));
  /** Each recorded action with the files that record it. */
  const actions = new Map<string, Set<string>>();
  for (const f of files) {
    for (const a of recordedActions(readFileSync(f, 'utf8'))) {
      actions.set(a, (actions.get(a) ?? new Set()).add(relative(SRC, f)));
    }
  }

  it('finds the actions of every kind of writer (so the scan itself is not empty)', () => {
    // One of each way an action is written: a literal, the approval template, a chosen constant,
    // the API's own refusals and the command line's verification.
    for (const a of [
      'login',
      'collection.approve',
      'collection.grantUnlock',
      'account.disable',
      'access.denied',
    ])
      expect(actions.has(a), a).toBe(true);
    expect([...actions.get('audit.verify')!].sort()).toEqual(['api/access/access.routes.ts', 'cli/main.ts']);
  });

  it('has a Chinese label for every action recorded in src/', () => {
    const missing = [...actions].filter(([a]) => !Object.hasOwn(AUDIT_ACTION_LABELS, a));
    expect(missing.map(([a, files]) => `${a} (${[...files].join(', ')})`)).toEqual([]);
    for (const label of Object.values(AUDIT_ACTION_LABELS)) expect(label).toMatch(/[\u4e00-\u9fff]/);
  });

  it('reads codes as words, and says so when an action is not in the table', () => {
    expect(auditActionLabel('login')).toBe('登录');
    expect(auditActionLabel('access.denied')).toBe('拒绝访问');
    expect(auditActionLabel('collection.approve')).toBe('审核通过填报表');
    expect(auditActionLabel('account.disable')).toBe('停用账号');
    expect(auditActionLabel('something.new')).toBe('未登记的操作（something.new）');
    // Not a prototype property dressed up as a label.
    expect(auditActionLabel('toString')).toBe('未登记的操作（toString）');
    expect(auditOutcomeLabel('denied')).toBe('拒绝');
    expect(auditOutcomeLabel('success')).toBe('成功');
    expect(auditTargetTypeLabel('submission')).toBe('填报表');
    expect(auditTargetTypeLabel(null)).toBeNull();
  });

  it('offers every labelled action once as a filter choice', () => {
    const choices = auditActionChoices();
    expect(new Set(choices.map((c) => c.code)).size).toBe(choices.length);
    expect(choices.find((c) => c.code === 'account.reset')?.label).toBe('重置密码');
  });
});
