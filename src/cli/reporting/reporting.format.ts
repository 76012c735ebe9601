/** The progress reports as text for the terminal. */
import type {
  CountyRoundReports,
  EscalationList,
  MeasureHistory,
} from '../../app/reporting/reporting.service.ts';
import type { DemoInfo } from '../../app/shared/dataset.cache.ts';
import { DEMO_NOTICE } from '../../app/shared/labels.ts';
import {
  PROGRESS_LABELS,
  REPORT_EVENT_LABELS,
  REPORT_STATE_LABELS,
} from '../../domain/reporting/reporting.types.ts';

export interface CountyRoundsOut {
  roundId: string;
  counties: CountyRoundReports[];
  /** Counties without an approved work plan (nothing to report). */
  withoutPlan: string[];
  demo: DemoInfo | null;
}

const ROUND_STATUS = { upcoming: '未开始', open: '报送中', closed: '已截止' } as const;
const figure = (v: number | null, unit: string | null) => (v === null ? '' : `，完成 ${v}${unit ?? ''}`);

export function renderCountyRounds(r: CountyRoundsOut): string {
  const lines: string[] = [];
  const round = r.counties[0]?.round;
  lines.push(
    round
      ? `${round.label}进展报送（${round.id}，${round.opensOn} 至 ${round.closesOn}，${ROUND_STATUS[round.status]}）`
      : `报送轮次 ${r.roundId}`,
  );
  if (r.demo) lines.push(`注：${DEMO_NOTICE}`);
  for (const c of r.counties) {
    const s = c.summary;
    lines.push(
      '',
      `${c.county.name}（${c.county.code}）：举措 ${s.measures} 项，已通过 ${s.accepted}，待审核 ${s.submitted}，已退回 ${s.returned}，草稿 ${s.draft}，未填写 ${s.notFiled}`,
    );
    for (const i of c.items) {
      const rep = i.report;
      const state = rep.state === null ? '未填写' : REPORT_STATE_LABELS[rep.state];
      const flag =
        i.state.escalation === 'red' ? ' [红色督办]' : i.state.escalation === 'visible' ? ' [督办]' : '';
      lines.push(
        `  ${i.measure.id} ${i.measure.title}（任务 ${i.measure.taskNumber}，${i.measure.dueDate} 前）：${state}` +
          (rep.state === null
            ? ''
            : `，${PROGRESS_LABELS[rep.progress]}${figure(rep.figure, i.measure.outputUnit)}，佐证 ${rep.evidence.length} 份`) +
          flag,
      );
      if (rep.state === 'returned' && rep.returnComment) lines.push(`      退回意见：${rep.returnComment}`);
    }
  }
  if (r.withoutPlan.length > 0) lines.push('', `尚无已批准工作方案：${r.withoutPlan.join('、')}`);
  return `${lines.join('\n')}\n`;
}

export function renderEscalations(list: EscalationList): string {
  const lines = [
    `督办清单（${list.today}；宽限期 ${list.graceDays} 天）：标红 ${list.summary.red} 项，督办 ${list.summary.visible} 项；逾期 ${list.summary.overdue}，受阻 ${list.summary.blocked}`,
  ];
  if (list.demo) lines.push(`注：${DEMO_NOTICE}`);
  if (list.items.length === 0) lines.push('  没有逾期或受阻的举措');
  for (const { measure: m, state: s } of list.items) {
    const why = [
      s.overdue ? `逾期 ${s.daysOverdue} 天（完成时限 ${m.dueDate}）` : null,
      s.blocked ? `受阻（自 ${s.blockedSince}）` : null,
    ]
      .filter((x) => x !== null)
      .join('，');
    lines.push(
      `  ${s.escalation === 'red' ? '红' : '黄'} ${m.countyName} ${m.id} ${m.title}：${why}；目前 ${PROGRESS_LABELS[s.progress]}${figure(s.figure, m.outputUnit)}；责任人 ${m.ownerName}（${m.ownerUnit}）`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export function renderHistory(h: MeasureHistory): string {
  const m = h.measure;
  const lines = [`${m.countyName} ${m.id} ${m.title}（产出：${m.output}；完成时限 ${m.dueDate}）`];
  if (h.demo) lines.push(`注：${DEMO_NOTICE}`);
  if (h.events.length === 0) lines.push('  尚无报告');
  for (const e of h.events) {
    lines.push(
      `  ${e.at} ${e.roundId} ${REPORT_EVENT_LABELS[e.action]}（${e.actor}）：${PROGRESS_LABELS[e.progress]}${figure(e.figure, m.outputUnit)}` +
        (e.comment ? `；意见：${e.comment}` : ''),
    );
  }
  return `${lines.join('\n')}\n`;
}
