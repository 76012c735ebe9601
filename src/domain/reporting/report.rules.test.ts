import { describe, expect, it } from 'vitest';
import { actionsOpen, applyReportAction, reportIssues } from './report.rules.ts';
import type { MeasureFacts, ReportContent } from './reporting.types.ts';

describe('report review transitions', () => {
  it('draft → submitted → returned → resubmitted → accepted', () => {
    expect(applyReportAction(null, 'save')).toEqual({ ok: true, to: 'draft', event: 'create' });
    expect(applyReportAction('draft', 'save')).toEqual({ ok: true, to: 'draft', event: 'save' });
    expect(applyReportAction('draft', 'submit')).toEqual({ ok: true, to: 'submitted', event: 'submit' });
    expect(applyReportAction('submitted', 'return', '请补充验收单')).toEqual({
      ok: true,
      to: 'returned',
      event: 'return',
    });
    // Correcting a returned report keeps it returned (the comment stays in view) until resubmitted.
    expect(applyReportAction('returned', 'save')).toEqual({ ok: true, to: 'returned', event: 'save' });
    expect(applyReportAction('returned', 'submit')).toEqual({ ok: true, to: 'submitted', event: 'resubmit' });
    expect(applyReportAction('submitted', 'accept')).toEqual({ ok: true, to: 'accepted', event: 'accept' });
  });

  it.each([
    [null, 'submit', '尚未填写'],
    [null, 'accept', '尚未填写'],
    ['draft', 'accept', '只能审核已报送的报告'],
    ['draft', 'return', '只能审核已报送的报告'],
    ['submitted', 'save', '等待市级审核'],
    ['submitted', 'submit', '已经报送过'],
    ['returned', 'accept', '只能审核已报送的报告'],
    ['accepted', 'save', '已定稿'],
    ['accepted', 'submit', '已定稿'],
    ['accepted', 'accept', '只能审核已报送的报告'],
    ['accepted', 'return', '只能审核已报送的报告'],
  ] as const)('refuses %s --%s', (from, action, why) => {
    const r = applyReportAction(from, action, '意见');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe('ILLEGAL_TRANSITION');
      expect(r.message).toContain(why);
    }
  });

  it('a return needs a comment', () => {
    expect(applyReportAction('submitted', 'return', '  ')).toMatchObject({
      ok: false,
      code: 'COMMENT_REQUIRED',
    });
    expect(applyReportAction('submitted', 'return')).toMatchObject({ ok: false, code: 'COMMENT_REQUIRED' });
    expect(applyReportAction('submitted', 'return', 'x'.repeat(1001))).toMatchObject({
      ok: false,
      code: 'COMMENT_TOO_LONG',
    });
  });

  it('offers the county its actions and the city its own', () => {
    const county = { submit: true, review: false };
    const city = { submit: false, review: true };
    expect(actionsOpen(null, county)).toEqual(['save']);
    expect(actionsOpen('draft', county)).toEqual(['save', 'submit']);
    expect(actionsOpen('submitted', county)).toEqual([]);
    expect(actionsOpen('submitted', city)).toEqual(['accept', 'return']);
    expect(actionsOpen('returned', county)).toEqual(['save', 'submit']);
    expect(actionsOpen('accepted', { submit: true, review: true })).toEqual([]);
  });
});

// An invented measure: build 4 resource rooms (间) by 2026-10-31.
const rooms: MeasureFacts = {
  id: 'm1',
  title: '新建特殊教育资源教室',
  output: '新建资源教室 4 间',
  outputTarget: 4,
  outputUnit: '间',
  dueDate: '2026-10-31',
};
const meeting: MeasureFacts = {
  ...rooms,
  id: 'm2',
  title: '召开联席会议',
  output: '会议纪要',
  outputTarget: null,
  outputUnit: null,
};
const content = (c: Partial<ReportContent>): ReportContent => ({
  progress: 'inProgress',
  text: '已完成 2 间的装修',
  blockedReason: null,
  figure: 2,
  evidence: [],
  ...c,
});
const fields = (c: Partial<ReportContent>, m: MeasureFacts, mode: 'save' | 'submit') =>
  reportIssues(content(c), m, mode).map((i) => i.field);

describe('report content', () => {
  it('a complete in-progress report with its figure passes', () => {
    expect(reportIssues(content({}), rooms, 'submit')).toEqual([]);
  });
  it('refuses 已完成 without evidence (box-ticking), and with a figure below the target', () => {
    const issues = reportIssues(content({ progress: 'done', figure: 3 }), rooms, 'submit');
    expect(issues.map((i) => i.field)).toEqual(['evidence', 'figure']);
    expect(issues[0]!.message).toContain('佐证材料');
    expect(issues[1]!.message).toBe('状态为“已完成”，但完成数值 3间 低于目标 4间；未达到目标请报“推进中”');
    expect(fields({ progress: 'done', figure: 4, evidence: ['e1'] }, rooms, 'submit')).toEqual([]);
    // A draft may be saved before the evidence is attached.
    expect(fields({ progress: 'done', figure: 4 }, rooms, 'save')).toEqual([]);
  });
  it('a 受阻 needs its reason; a reason needs 受阻', () => {
    expect(fields({ progress: 'blocked', figure: null }, rooms, 'submit')).toEqual(['blockedReason']);
    expect(
      fields({ progress: 'blocked', figure: null, blockedReason: '用地未落实' }, rooms, 'submit'),
    ).toEqual([]);
    expect(fields({ blockedReason: '用地未落实' }, rooms, 'save')).toEqual(['blockedReason']);
  });
  it('the text is required to submit and short', () => {
    expect(fields({ text: '  ' }, rooms, 'submit')).toEqual(['text']);
    expect(fields({ text: '' }, rooms, 'save')).toEqual([]);
    expect(fields({ text: '字'.repeat(501) }, rooms, 'save')).toEqual(['text']);
  });
  it('checks the figure against the measure: a number, not negative, only where there is a target', () => {
    expect(reportIssues(content({ figure: -1 }), rooms, 'save')[0]).toEqual({
      field: 'figure',
      value: -1,
      message: '完成数值不能为负数（目标 4间）',
    });
    expect(fields({ figure: Number.NaN }, rooms, 'save')).toEqual(['figure']);
    expect(fields({ figure: 1 }, meeting, 'save')).toEqual(['figure']);
    expect(fields({ figure: null }, meeting, 'submit')).toEqual([]);
    expect(fields({ figure: null }, rooms, 'submit')).toEqual(['figure']);
    // Not started: no figure yet.
    expect(fields({ progress: 'notStarted', figure: null }, rooms, 'submit')).toEqual([]);
  });
  it('the same file twice is refused', () => {
    expect(fields({ evidence: ['e1', 'e1'] }, rooms, 'save')).toEqual(['evidence[1]']);
  });
});
