/**
 * The rules of one progress report: the review state machine (draft → submitted → accepted |
 * returned → resubmitted …) and what its content must hold. Designed against box-ticking
 * (DELIVERY.md §1): a report is submitted only with a text, a 受阻 only with its reason, a figure
 * where the measure has a numeric target, and an 已完成 only with evidence and a figure that
 * reaches the target. Pure.
 */
import {
  MAX_EVIDENCE_FILES,
  MAX_REPORT_TEXT,
  MAX_REVIEW_COMMENT,
  PROGRESS_LABELS,
  REPORT_STATE_LABELS,
  type MeasureFacts,
  type ReportAction,
  type ReportContent,
  type ReportEvent,
  type ReportIssue,
  type ReportState,
} from './reporting.types.ts';

export type TransitionResult =
  | { ok: true; to: ReportState; event: ReportEvent }
  | { ok: false; code: 'ILLEGAL_TRANSITION' | 'COMMENT_REQUIRED' | 'COMMENT_TOO_LONG'; message: string };

const ACTION_VERBS: Readonly<Record<ReportAction, string>> = {
  save: '修改',
  submit: '报送',
  accept: '审核通过',
  return: '退回',
};

function illegal(from: ReportState | null, action: ReportAction, why: string): TransitionResult {
  const state = from === null ? '尚未填写' : `状态为“${REPORT_STATE_LABELS[from]}”`;
  return {
    ok: false,
    code: 'ILLEGAL_TRANSITION',
    message: `该报告${state}，不能${ACTION_VERBS[action]}：${why}`,
  };
}

/**
 * The state after `action` on a report in state `from` (null: not yet filed), or why it is refused.
 * A returned report stays returned while the county corrects it, so the city's comment stays in
 * view until it is resubmitted.
 */
export function applyReportAction(
  from: ReportState | null,
  action: ReportAction,
  comment?: string | null,
): TransitionResult {
  switch (action) {
    case 'save':
      if (from === null) return { ok: true, to: 'draft', event: 'create' };
      if (from === 'draft' || from === 'returned') return { ok: true, to: from, event: 'save' };
      return illegal(
        from,
        action,
        from === 'submitted' ? '已报送，等待市级审核；如需修改，请联系市级退回' : '已审核通过，报告已定稿',
      );
    case 'submit':
      if (from === 'draft') return { ok: true, to: 'submitted', event: 'submit' };
      if (from === 'returned') return { ok: true, to: 'submitted', event: 'resubmit' };
      return illegal(
        from,
        action,
        from === null ? '请先填写并保存' : from === 'submitted' ? '已经报送过' : '已审核通过，报告已定稿',
      );
    case 'accept':
    case 'return': {
      if (from !== 'submitted') return illegal(from, action, '只能审核已报送的报告');
      if (action === 'accept') return { ok: true, to: 'accepted', event: 'accept' };
      const c = (comment ?? '').trim();
      if (c === '')
        return {
          ok: false,
          code: 'COMMENT_REQUIRED',
          message: '退回时须填写退回意见，说明需要补充或更正的内容',
        };
      if (c.length > MAX_REVIEW_COMMENT)
        return {
          ok: false,
          code: 'COMMENT_TOO_LONG',
          message: `退回意见不能超过 ${MAX_REVIEW_COMMENT} 个字符`,
        };
      return { ok: true, to: 'returned', event: 'return' };
    }
  }
}

/** The actions open on a report in a state, for a caller who may submit and/or review. */
export function actionsOpen(
  state: ReportState | null,
  may: { submit: boolean; review: boolean },
): ReportAction[] {
  return (['save', 'submit', 'accept', 'return'] as const).filter(
    (a) => (a === 'save' || a === 'submit' ? may.submit : may.review) && applyReportAction(state, a, 'x').ok,
  );
}

const formatNumber = (n: number) => (Number.isInteger(n) ? String(n) : String(Number(n.toFixed(4))));

/**
 * Problems of a report's content. `save` checks what is written (lengths, the figure against the
 * measure, the evidence list); `submit` adds what a filed report must hold.
 */
export function reportIssues(
  content: ReportContent,
  measure: MeasureFacts,
  mode: 'save' | 'submit',
): ReportIssue[] {
  const issues: ReportIssue[] = [];
  const { progress, text, blockedReason, figure, evidence } = content;
  const unit = measure.outputUnit ?? '';
  if (text.length > MAX_REPORT_TEXT)
    issues.push({ field: 'text', value: text.length, message: `进展说明不能超过 ${MAX_REPORT_TEXT} 个字符` });
  if (blockedReason !== null) {
    if (progress !== 'blocked')
      issues.push({
        field: 'blockedReason',
        value: blockedReason,
        message: `只有状态为“受阻”时才填写受阻原因（当前状态：${PROGRESS_LABELS[progress]}）`,
      });
    else if (blockedReason.length > MAX_REPORT_TEXT)
      issues.push({
        field: 'blockedReason',
        value: blockedReason.length,
        message: `受阻原因不能超过 ${MAX_REPORT_TEXT} 个字符`,
      });
  }
  if (figure !== null) {
    if (measure.outputTarget === null)
      issues.push({
        field: 'figure',
        value: figure,
        message: `举措“${measure.title}”没有量化目标（产出：${measure.output}），不填写完成数值`,
      });
    else if (!Number.isFinite(figure))
      issues.push({ field: 'figure', value: String(figure), message: '完成数值应为数字' });
    else if (figure < 0)
      issues.push({
        field: 'figure',
        value: figure,
        message: `完成数值不能为负数（目标 ${formatNumber(measure.outputTarget)}${unit}）`,
      });
  }
  if (evidence.length > MAX_EVIDENCE_FILES)
    issues.push({
      field: 'evidence',
      value: evidence.length,
      message: `每份报告最多附 ${MAX_EVIDENCE_FILES} 份佐证材料`,
    });
  const seen = new Set<string>();
  evidence.forEach((id, i) => {
    if (seen.has(id)) issues.push({ field: `evidence[${i}]`, value: id, message: '同一份佐证材料附了两次' });
    seen.add(id);
  });
  if (mode === 'save') return issues;

  if (text.trim() === '')
    issues.push({ field: 'text', value: text, message: '进展说明不能为空：请写明本轮做了什么、产出是多少' });
  if (progress === 'blocked' && (blockedReason ?? '').trim() === '')
    issues.push({
      field: 'blockedReason',
      value: blockedReason,
      message: '状态为“受阻”时须写明受阻原因和需要协调的事项',
    });
  if (progress === 'done' && evidence.length === 0)
    issues.push({
      field: 'evidence',
      value: [],
      message: '状态为“已完成”时须附至少一份佐证材料（文件、照片或台账），不能只勾选完成',
    });
  const target = measure.outputTarget;
  if (target !== null && (progress === 'inProgress' || progress === 'done') && figure === null)
    issues.push({
      field: 'figure',
      value: null,
      message: `举措有量化目标（${formatNumber(target)}${unit}），状态为“${PROGRESS_LABELS[progress]}”时须填写目前的完成数值`,
    });
  if (
    target !== null &&
    progress === 'done' &&
    figure !== null &&
    Number.isFinite(figure) &&
    figure >= 0 &&
    figure < target
  )
    issues.push({
      field: 'figure',
      value: figure,
      message: `状态为“已完成”，但完成数值 ${formatNumber(figure)}${unit} 低于目标 ${formatNumber(target)}${unit}；未达到目标请报“推进中”`,
    });
  return issues;
}
