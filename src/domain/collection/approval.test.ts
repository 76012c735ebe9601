import { describe, expect, it } from 'vitest';
import {
  APPROVAL_ACTIONS,
  APPROVAL_LEVELS,
  APPROVAL_TRANSITIONS,
  SUBMISSION_STATES,
  allowedActions,
  applyAction,
  bulkApply,
  isEditable,
  isFinal,
  isLocked,
  periodStatus,
  requiresComment,
  resubmitDeadline,
  type ApplyResult,
  type ApprovalAction,
  type ApprovalActor,
  type ApprovalContext,
  type ApprovalLevel,
  type SubmissionSnapshot,
  type SubmissionState,
  daysUntilClose,
} from './approval.ts';
import { formatShanghai } from '../shared/time.ts';

// 秋季统计 2025: open 1 September 08:00 to 30 September 18:00 (Beijing time), 7 days' grace.
const period = { openFrom: '2025-09-01T08:00:00+08:00', closeAt: '2025-09-30T18:00:00+08:00' };
const ctx = (now: string, over: Partial<ApprovalContext['settings']> = {}): ApprovalContext => ({
  period,
  settings: { finalLevel: 'city', resubmitGraceDays: 7, ...over },
  now,
});
const DURING = ctx('2025-09-15T10:00:00+08:00');
const DURING_UTC = '2025-09-15T02:00:00.000Z';

const school: ApprovalActor = { level: 'school', username: 'clerk01' };
const county: ApprovalActor = { level: 'county', username: 'rencheng' };
const city: ApprovalActor = { level: 'city', username: 'city' };
const actorOf: Record<ApprovalLevel, ApprovalActor> = { school, county, city };

const sub = (state: SubmissionState, returnedAt: string | null = null, id = 's1'): SubmissionSnapshot => ({
  id,
  state,
  returnedAt,
});

function refusal(r: ApplyResult): { code: string; message: string } {
  if (r.ok) throw new Error(`expected a refusal, got ${r.event.from} → ${r.event.to}`);
  return { code: r.code, message: r.message };
}

describe('legal transitions (each once, expected states by hand from the table)', () => {
  const rows: [SubmissionState, ApprovalAction, ApprovalActor, SubmissionState, string | null][] = [
    ['draft', 'save', school, 'draft', null],
    ['draft', 'submit', school, 'submitted', null],
    ['returned', 'save', school, 'returned', null],
    ['returned', 'submit', school, 'submitted', '已按要求更正班额'],
    ['submitted', 'return', county, 'returned', '小学一年级人数与分性别合计不符'],
    ['submitted', 'approve', county, 'countyApproved', null],
    ['countyApproved', 'return', county, 'returned', '县级复核发现教师数有误'],
    ['countyApproved', 'return', city, 'returned', '专任教师数较上年下降 40%，请核实'],
    ['countyApproved', 'approve', city, 'cityApproved', '同意'],
    ['cityApproved', 'requestUnlock', county, 'unlockRequested', '学校漏报一个教学点'],
    ['cityApproved', 'unlock', city, 'returned', '统计口径调整，需补填'],
    ['unlockRequested', 'grantUnlock', city, 'returned', null],
    ['unlockRequested', 'rejectUnlock', city, 'cityApproved', '差异不影响统计结果，不予解锁'],
  ];

  it.each(rows)('%s + %s by %o → %s', (from, action, actor, to, comment) => {
    const input = sub(from, '2025-09-10T00:00:00.000Z');
    const r = applyAction(input, action, actor, DURING, comment);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.next.state).toBe(to);
    expect(r.event).toEqual({
      submissionId: 's1',
      action,
      from,
      to,
      actor,
      comment,
      at: DURING_UTC,
      finalBefore: from === 'cityApproved' || from === 'unlockRequested',
      finalAfter: to === 'cityApproved' || to === 'unlockRequested',
    });
    expect(input.state).toBe(from); // not mutated
  });

  it('covers exactly the rows of the transition table', () => {
    expect(rows.map(([from, action, actor, to]) => `${from} ${action} ${actor.level} ${to}`)).toEqual(
      APPROVAL_TRANSITIONS.map((t) => `${t.from} ${t.action} ${t.level} ${t.to}`),
    );
  });

  it('stamps returnedAt when the submission goes back to the school, and keeps it on a save', () => {
    const earlier = '2025-09-10T00:00:00.000Z';
    const returned = applyAction(sub('submitted'), 'return', county, DURING, '请更正');
    expect(returned.ok && returned.next.returnedAt).toBe(DURING_UTC);
    const unlocked = applyAction(sub('cityApproved'), 'unlock', city, DURING, '补填');
    expect(unlocked.ok && unlocked.next.returnedAt).toBe(DURING_UTC);
    const granted = applyAction(sub('unlockRequested'), 'grantUnlock', city, DURING);
    expect(granted.ok && granted.next.returnedAt).toBe(DURING_UTC);
    const saved = applyAction(sub('returned', earlier), 'save', school, DURING);
    expect(saved.ok && saved.next.returnedAt).toBe(earlier);
    const approved = applyAction(sub('submitted', earlier), 'approve', county, DURING);
    expect(approved.ok && approved.next.returnedAt).toBe(earlier);
  });

  it('keeps the caller’s extra fields on the next snapshot', () => {
    const input = { ...sub('submitted'), institutionCode: '2137000001', periodCode: '2025-autumn' };
    const r = applyAction(input, 'approve', county, DURING);
    expect(r.ok && r.next).toEqual({ ...input, state: 'countyApproved' });
  });

  it('trims the comment and records null for an empty optional one', () => {
    const r = applyAction(sub('submitted'), 'return', county, DURING, '  请核实班额  ');
    expect(r.ok && r.event.comment).toBe('请核实班额');
    const a = applyAction(sub('submitted'), 'approve', county, DURING, '   ');
    expect(a.ok && a.event.comment).toBeNull();
  });

  it('marks finality per finalLevel: county approval is final only under finalLevel county', () => {
    const byCity = applyAction(sub('submitted'), 'approve', county, DURING);
    expect(byCity.ok && [byCity.event.finalBefore, byCity.event.finalAfter]).toEqual([false, false]);
    const countyFinal = ctx('2025-09-15T10:00:00+08:00', { finalLevel: 'county' });
    const byCounty = applyAction(sub('submitted'), 'approve', county, countyFinal);
    expect(byCounty.ok && [byCounty.event.finalBefore, byCounty.event.finalAfter]).toEqual([false, true]);
    const withdrawn = applyAction(sub('countyApproved'), 'return', county, countyFinal, '撤回');
    expect(withdrawn.ok && [withdrawn.event.finalBefore, withdrawn.event.finalAfter]).toEqual([true, false]);
  });
});

describe('illegal transitions', () => {
  it('refuses a school approving', () => {
    const r = refusal(applyAction(sub('submitted'), 'approve', school, DURING));
    expect(r.code).toBe('WRONG_LEVEL');
    expect(r.message).toBe(
      '该报表当前为“已提交（等待县级审核）”，学校不能审核通过：只有县级可以审核通过已提交的报表；学校当前无可执行操作，等待县级审核（通过或退回）',
    );
  });

  it('refuses a county approving a draft, saying who acts next', () => {
    const r = refusal(applyAction(sub('draft'), 'approve', county, DURING));
    expect(r.code).toBe('INVALID_STATE');
    expect(r.message).toBe(
      '该报表当前为“草稿（学校尚未提交）”，不能审核通过；县级当前无可执行操作，等待学校填报并提交',
    );
  });

  it('refuses a county approving twice, and lists what it can do instead', () => {
    const r = refusal(applyAction(sub('countyApproved'), 'approve', county, DURING));
    expect(r.code).toBe('WRONG_LEVEL');
    expect(r.message).toContain('只有市级可以审核通过县级已审核的报表');
    expect(r.message).toContain('县级当前可执行：退回');
  });

  it('refuses the city approving or returning what the county has not approved, under either finalLevel', () => {
    for (const finalLevel of ['city', 'county'] as const) {
      const c = ctx('2025-09-15T10:00:00+08:00', { finalLevel });
      const a = refusal(applyAction(sub('submitted'), 'approve', city, c));
      expect(a.code).toBe('WRONG_LEVEL');
      expect(a.message).toBe(
        '该报表当前为“已提交（等待县级审核）”，市级不能审核通过：只有县级可以审核通过已提交的报表；请等待县级审核通过后再由市级审核',
      );
      const ret = refusal(applyAction(sub('submitted'), 'return', city, c, '请更正'));
      expect(ret.message).toContain('只有县级可以退回已提交的报表');
    }
  });

  it('refuses a school returning a county-approved submission', () => {
    const r = refusal(applyAction(sub('countyApproved'), 'return', school, DURING, '想修改'));
    expect(r.code).toBe('WRONG_LEVEL');
    expect(r.message).toContain('只有县级、市级可以退回县级已审核的报表');
  });

  it('refuses editing a locked submission, telling each level what to do', () => {
    const s = refusal(applyAction(sub('cityApproved'), 'save', school, DURING));
    expect(s).toEqual({
      code: 'LOCKED',
      message: '该报表已由市级审核并锁定，不能修改；请联系县级管理员提出解锁申请',
    });
    const c = refusal(applyAction(sub('cityApproved'), 'save', county, DURING));
    expect(c.message).toBe(
      '该报表已由市级审核并锁定，不能修改；请县级提出解锁申请，经市级批准后退回学校修改',
    );
    const m = refusal(applyAction(sub('cityApproved'), 'submit', city, DURING));
    expect(m.message).toBe('该报表已由市级审核并锁定，不能提交；市级可以直接解锁（需填写原因）');
    const pending = refusal(applyAction(sub('unlockRequested'), 'save', school, DURING));
    expect(pending.code).toBe('LOCKED');
    expect(pending.message).toContain('解锁申请正在等待市级审批');
  });

  it('refuses editing while the county or the city reviews (not editable, not locked)', () => {
    const s = refusal(applyAction(sub('submitted'), 'save', school, DURING));
    expect(s).toEqual({
      code: 'NOT_EDITABLE',
      message: '该报表已提交，正在等待县级审核，不能修改；如需修改，请联系县级管理员退回',
    });
    const c = refusal(applyAction(sub('countyApproved'), 'submit', school, DURING));
    expect(c.code).toBe('NOT_EDITABLE');
  });

  it('refuses data entry by a county or the city', () => {
    const r = refusal(applyAction(sub('draft'), 'save', county, DURING));
    expect(r.code).toBe('WRONG_LEVEL');
    expect(r.message).toBe(
      '该报表当前为“草稿（学校尚未提交）”，县级不能保存：报表数据只能由学校填报员保存和提交',
    );
  });

  it('refuses an unlock request by the city: it unlocks directly instead', () => {
    const r = refusal(applyAction(sub('cityApproved'), 'requestUnlock', city, DURING, '需修改'));
    expect(r.code).toBe('WRONG_LEVEL');
    expect(r.message).toBe(
      '该报表当前为“市级已审核并锁定”，市级不能申请解锁：市级不需要申请解锁，可以直接解锁（需填写原因）',
    );
  });

  it('refuses an unlock request by a school, and a direct unlock by a county', () => {
    const s = refusal(applyAction(sub('cityApproved'), 'requestUnlock', school, DURING, '漏报'));
    expect(s.message).toContain('只有县级可以申请解锁已锁定的报表；请联系县级管理员提出解锁申请');
    const c = refusal(applyAction(sub('cityApproved'), 'unlock', county, DURING, '漏报'));
    expect(c.message).toContain('只有市级可以直接解锁已锁定的报表；县级请提出解锁申请，由市级审批');
  });

  it('refuses granting or rejecting an unlock by a county', () => {
    const g = refusal(applyAction(sub('unlockRequested'), 'grantUnlock', county, DURING));
    expect(g.code).toBe('WRONG_LEVEL');
    expect(g.message).toBe(
      '该报表当前为“已锁定，解锁申请等待市级审批”，县级不能批准解锁申请：只有市级可以批准解锁申请；县级当前无可执行操作，等待市级批准或驳回解锁申请',
    );
    const r = refusal(applyAction(sub('unlockRequested'), 'rejectUnlock', county, DURING, '不同意'));
    expect(r.code).toBe('WRONG_LEVEL');
  });

  it('refuses unlock actions in states without a lock', () => {
    expect(refusal(applyAction(sub('countyApproved'), 'unlock', city, DURING, '补填')).code).toBe(
      'INVALID_STATE',
    );
    expect(refusal(applyAction(sub('cityApproved'), 'grantUnlock', city, DURING)).code).toBe('INVALID_STATE');
    const again = refusal(applyAction(sub('unlockRequested'), 'requestUnlock', county, DURING, '再次申请'));
    expect(again.code).toBe('INVALID_STATE');
    expect(again.message).toContain('县级当前无可执行操作，等待市级批准或驳回解锁申请');
  });
});

describe('comments', () => {
  const needs: [SubmissionState, ApprovalAction, ApprovalActor][] = [
    ['submitted', 'return', county],
    ['countyApproved', 'return', city],
    ['cityApproved', 'requestUnlock', county],
    ['unlockRequested', 'rejectUnlock', city],
    ['cityApproved', 'unlock', city],
  ];

  it.each(needs)('%s + %s by %o needs a comment', (state, action, actor) => {
    for (const comment of [undefined, null, '', '  \n ']) {
      expect(refusal(applyAction(sub(state), action, actor, DURING, comment)).code).toBe('COMMENT_REQUIRED');
    }
  });

  it('says why the comment is needed', () => {
    expect(refusal(applyAction(sub('submitted'), 'return', county, DURING)).message).toBe(
      '退回时必须填写原因，以便学校了解要修改什么',
    );
    expect(refusal(applyAction(sub('cityApproved'), 'requestUnlock', county, DURING)).message).toBe(
      '申请解锁时必须填写原因，以便市级了解理由',
    );
    expect(refusal(applyAction(sub('unlockRequested'), 'rejectUnlock', city, DURING)).message).toBe(
      '驳回解锁申请时必须填写原因，以便县级了解理由',
    );
  });

  it('does not need one for save, submit, approve or grantUnlock', () => {
    expect(APPROVAL_ACTIONS.filter(requiresComment)).toEqual([
      'return',
      'requestUnlock',
      'rejectUnlock',
      'unlock',
    ]);
    expect(applyAction(sub('unlockRequested'), 'grantUnlock', city, DURING).ok).toBe(true);
  });

  it('refuses a comment over 1000 characters', () => {
    const r = refusal(applyAction(sub('submitted'), 'return', county, DURING, '错'.repeat(1001)));
    expect(r.code).toBe('COMMENT_TOO_LONG');
    expect(applyAction(sub('submitted'), 'return', county, DURING, '错'.repeat(1000)).ok).toBe(true);
  });

  it('reports a wrong level before a missing comment', () => {
    expect(refusal(applyAction(sub('submitted'), 'return', school, DURING)).code).toBe('WRONG_LEVEL');
  });
});

describe('the period window', () => {
  it('tells open from closed: openFrom inclusive, closeAt exclusive', () => {
    expect(periodStatus(period, '2025-09-01T07:59:59+08:00')).toBe('notYetOpen');
    expect(periodStatus(period, '2025-09-01T08:00:00+08:00')).toBe('open');
    expect(periodStatus(period, '2025-09-30T17:59:59+08:00')).toBe('open');
    expect(periodStatus(period, '2025-09-30T18:00:00+08:00')).toBe('closed');
    expect(periodStatus(period, '2025-09-30T10:00:00Z')).toBe('closed'); // = 18:00 Beijing
  });

  it('refuses saving a draft after the close, with the dates in Beijing time', () => {
    const r = refusal(applyAction(sub('draft'), 'save', school, ctx('2025-09-30T18:00:00+08:00')));
    expect(r).toEqual({
      code: 'PERIOD_CLOSED',
      message:
        '本期填报已于 2025-09-30 18:00 截止（开放时间 2025-09-01 08:00 至 2025-09-30 18:00，北京时间），不能保存；如确需补报，请联系市级管理员延长填报期限',
    });
    expect(refusal(applyAction(sub('draft'), 'submit', school, ctx('2025-10-02T09:00:00+08:00'))).code).toBe(
      'PERIOD_CLOSED',
    );
    expect(applyAction(sub('draft'), 'submit', school, ctx('2025-09-30T17:59:00+08:00')).ok).toBe(true);
  });

  it('refuses saving before the period opens', () => {
    const r = refusal(applyAction(sub('draft'), 'save', school, ctx('2025-08-31T23:00:00Z')));
    expect(r).toEqual({
      code: 'PERIOD_NOT_OPEN',
      message: '本期填报尚未开始（开放时间 2025-09-01 08:00 至 2025-09-30 18:00，北京时间），现在不能保存',
    });
  });

  it('formats in Asia/Shanghai whatever offset the timestamps carry', () => {
    const utc: ApprovalContext = {
      period: { openFrom: '2025-09-01T00:00:00Z', closeAt: '2025-09-30T10:00:00Z' },
      settings: { finalLevel: 'city', resubmitGraceDays: 7 },
      now: '2025-10-01T00:00:00Z',
    };
    expect(refusal(applyAction(sub('draft'), 'save', school, utc)).message).toContain(
      '开放时间 2025-09-01 08:00 至 2025-09-30 18:00',
    );
    expect(formatShanghai(Date.parse('2025-12-31T16:30:00Z'))).toBe('2026-01-01 00:30');
  });

  it('does not bind reviews, approvals and unlocks to the window', () => {
    const late = ctx('2025-12-01T09:00:00+08:00');
    expect(applyAction(sub('submitted'), 'approve', county, late).ok).toBe(true);
    expect(applyAction(sub('countyApproved'), 'approve', city, late).ok).toBe(true);
    expect(applyAction(sub('submitted'), 'return', county, late, '请更正').ok).toBe(true);
    expect(applyAction(sub('cityApproved'), 'unlock', city, late, '补填').ok).toBe(true);
  });
});

describe('resubmitting a returned submission after the close', () => {
  const returnedBeforeClose = sub('returned', '2025-09-28T02:00:00.000Z');

  it('is allowed within the grace counted from the close', () => {
    // Closed 30 Sep 18:00; 7 days' grace → until 7 Oct 18:00.
    expect(resubmitDeadline(returnedBeforeClose, DURING)).toBe('2025-10-07T10:00:00.000Z');
    const within = ctx('2025-10-07T17:59:00+08:00');
    expect(applyAction(returnedBeforeClose, 'save', school, within).ok).toBe(true);
    const r = applyAction(returnedBeforeClose, 'submit', school, within);
    expect(r.ok && r.next.state).toBe('submitted');
  });

  it('is refused after the grace, with the dates', () => {
    const r = refusal(applyAction(returnedBeforeClose, 'submit', school, ctx('2025-10-07T18:00:00+08:00')));
    expect(r).toEqual({
      code: 'GRACE_EXPIRED',
      message:
        '本期填报已于 2025-09-30 18:00 截止，退回报表的重新提交宽限期（截止后 7 天）已于 2025-10-07 18:00 结束，不能提交；请联系市级管理员延长宽限期',
    });
  });

  it('counts the grace from a return that came after the close', () => {
    const lateReturn = sub('returned', '2025-10-20T01:00:00.000Z'); // 20 Oct 09:00 Beijing
    expect(resubmitDeadline(lateReturn, DURING)).toBe('2025-10-27T01:00:00.000Z');
    expect(applyAction(lateReturn, 'submit', school, ctx('2025-10-25T09:00:00+08:00')).ok).toBe(true);
    const r = refusal(applyAction(lateReturn, 'submit', school, ctx('2025-10-27T09:00:00+08:00')));
    expect(r.code).toBe('GRACE_EXPIRED');
    expect(r.message).toContain('宽限期（退回时间 2025-10-20 09:00 起 7 天）已于 2025-10-27 09:00 结束');
  });

  it('follows the configured number of days, 0 meaning no grace', () => {
    const at = '2025-10-03T09:00:00+08:00';
    expect(applyAction(returnedBeforeClose, 'submit', school, ctx(at, { resubmitGraceDays: 2 })).ok).toBe(
      false,
    );
    expect(applyAction(returnedBeforeClose, 'submit', school, ctx(at, { resubmitGraceDays: 3 })).ok).toBe(
      true,
    );
    const none = ctx('2025-09-30T18:00:00+08:00', { resubmitGraceDays: 0 });
    expect(refusal(applyAction(returnedBeforeClose, 'save', school, none)).code).toBe('GRACE_EXPIRED');
  });

  it('gives a submission reopened by an unlock long after the close its own grace', () => {
    const unlocked = applyAction(
      sub('cityApproved'),
      'unlock',
      city,
      ctx('2026-03-02T09:00:00+08:00'),
      '补填',
    );
    if (!unlocked.ok) throw new Error(unlocked.message);
    expect(applyAction(unlocked.next, 'submit', school, ctx('2026-03-05T09:00:00+08:00')).ok).toBe(true);
  });
});

describe('state predicates', () => {
  it('isFinal by finalLevel', () => {
    const final = (level: 'county' | 'city') => SUBMISSION_STATES.filter((s) => isFinal(s, level));
    expect(final('city')).toEqual(['cityApproved', 'unlockRequested']);
    expect(final('county')).toEqual(['countyApproved', 'cityApproved', 'unlockRequested']);
  });

  it('isEditable and isLocked', () => {
    expect(SUBMISSION_STATES.filter(isEditable)).toEqual(['draft', 'returned']);
    expect(SUBMISSION_STATES.filter(isLocked)).toEqual(['cityApproved', 'unlockRequested']);
  });
});

describe('allowedActions', () => {
  it('lists the buttons per state and level while the period is open', () => {
    const table = Object.fromEntries(
      SUBMISSION_STATES.map((state) => [
        state,
        Object.fromEntries(APPROVAL_LEVELS.map((l) => [l, allowedActions(sub(state), l, DURING)])),
      ]),
    );
    expect(table).toEqual({
      draft: { school: ['save', 'submit'], county: [], city: [] },
      submitted: { school: [], county: ['return', 'approve'], city: [] },
      returned: { school: ['save', 'submit'], county: [], city: [] },
      countyApproved: { school: [], county: ['return'], city: ['return', 'approve'] },
      cityApproved: { school: [], county: ['requestUnlock'], city: ['unlock'] },
      unlockRequested: { school: [], county: [], city: ['grantUnlock', 'rejectUnlock'] },
    });
  });

  it('drops save and submit outside the window, keeping them for a returned one within grace', () => {
    const closed = ctx('2025-10-03T09:00:00+08:00');
    expect(allowedActions(sub('draft'), 'school', closed)).toEqual([]);
    expect(allowedActions(sub('returned', '2025-09-20T00:00:00Z'), 'school', closed)).toEqual([
      'save',
      'submit',
    ]);
    expect(
      allowedActions(sub('returned', '2025-09-20T00:00:00Z'), 'school', ctx('2025-10-08T09:00:00+08:00')),
    ).toEqual([]);
    expect(allowedActions(sub('submitted'), 'county', closed)).toEqual(['return', 'approve']);
  });

  it('agrees with applyAction for every state, action and level (given a comment)', () => {
    for (const state of SUBMISSION_STATES) {
      for (const level of APPROVAL_LEVELS) {
        const allowed = allowedActions(sub(state), level, DURING);
        for (const action of APPROVAL_ACTIONS) {
          const r = applyAction(sub(state), action, actorOf[level], DURING, '意见');
          expect(r.ok, `${state} ${action} ${level}`).toBe(allowed.includes(action));
        }
      }
    }
  });
});

describe('bulkApply', () => {
  it('applies to the valid ones and reports the invalid ones with their reason', () => {
    const batch = [
      sub('submitted', null, 'a'),
      sub('draft', null, 'b'),
      sub('submitted', null, 'c'),
      sub('cityApproved', null, 'd'),
      sub('submitted', null, 'a'),
      sub('countyApproved', null, 'e'),
    ];
    const before = structuredClone(batch);
    const result = bulkApply(batch, 'approve', county, DURING, '批量审核');

    expect(result.items.map((i) => [i.id, i.ok ? i.next.state : i.code])).toEqual([
      ['a', 'countyApproved'],
      ['b', 'INVALID_STATE'],
      ['c', 'countyApproved'],
      ['d', 'INVALID_STATE'],
      ['a', 'DUPLICATE_IN_BATCH'],
      ['e', 'WRONG_LEVEL'],
    ]);
    expect(result.applied).toBe(2);
    expect(result.refused).toBe(4);
    expect(result.summary).toBe('审核通过：成功 2 份，未处理 4 份');
    const b = result.items[1]!;
    expect(!b.ok && b.message).toContain('草稿（学校尚未提交）');
    const first = result.items[0]!;
    expect(first.ok && first.event).toMatchObject({ submissionId: 'a', comment: '批量审核', actor: county });
    expect(batch).toEqual(before);
  });

  it('refuses every item (and applies none) when the shared comment is missing', () => {
    const result = bulkApply(
      [sub('submitted', null, 'a'), sub('submitted', null, 'b')],
      'return',
      county,
      DURING,
    );
    expect(result.items.map((i) => !i.ok && i.code)).toEqual(['COMMENT_REQUIRED', 'COMMENT_REQUIRED']);
    expect(result.applied).toBe(0);
  });

  it('lets the city approve a whole county in one call', () => {
    const batch = Array.from({ length: 50 }, (_, i) => sub('countyApproved', null, `s${i}`));
    const result = bulkApply(batch, 'approve', city, DURING);
    expect(result.applied).toBe(50);
    expect(result.items.every((i) => i.ok && i.next.state === 'cityApproved')).toBe(true);
  });
});

describe('malformed input', () => {
  it('throws on bad timestamps, an inverted period, a negative grace or an anonymous actor', () => {
    expect(() => applyAction(sub('draft'), 'save', school, { ...DURING, now: 'yesterday' })).toThrow(
      RangeError,
    );
    const inverted = { ...DURING, period: { openFrom: period.closeAt, closeAt: period.openFrom } };
    expect(() => applyAction(sub('draft'), 'save', school, inverted)).toThrow(RangeError);
    expect(() =>
      applyAction(sub('draft'), 'save', school, ctx(DURING.now, { resubmitGraceDays: -1 })),
    ).toThrow(RangeError);
    expect(() => applyAction(sub('draft'), 'save', { level: 'school', username: ' ' }, DURING)).toThrow(
      RangeError,
    );
  });
});

describe('days until a period closes', () => {
  // 2026 autumn closes on 31 October 23:59:59 Beijing time = 15:59:59 UTC.
  const close = '2026-10-31T23:59:59+08:00';
  it('counts any time left on the last day as one day', () => {
    expect(daysUntilClose(close, Date.parse('2026-10-31T08:00:00+08:00'))).toBe(1);
    // 20 October 10:00 → 11 days 13 h 59 min 59 s → 12.
    expect(daysUntilClose(close, Date.parse('2026-10-20T10:00:00+08:00'))).toBe(12);
  });
  it('never shows 0 days once closed', () => {
    expect(daysUntilClose(close, Date.parse('2026-11-01T00:00:01+08:00'))).toBe(-1);
    expect(daysUntilClose(close, Date.parse('2026-11-28T10:00:00+08:00'))).toBe(-28);
  });
});
