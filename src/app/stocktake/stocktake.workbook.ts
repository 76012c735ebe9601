/**
 * The .xlsx exports of the stocktake (月度调度) and of the county duty evaluation (督导评价): headers
 * in Chinese, counts and points as numbers, shares as numbers with a % format, the method and the
 * 演示数据 notice written out. The league table (or the ranked evaluation) is the first sheet.
 */
import type ExcelJS from 'exceljs';
import { COMPONENTS } from '../../domain/stocktake/duty-evaluation.schema.ts';
import { formatShanghai } from '../../domain/shared/time.ts';
import { DEMO_NOTICE, STATUS_LABELS } from '../shared/labels.ts';
import { newWorkbook, writeWorkbook } from '../shared/xlsx/xlsx.file.ts';
import type { Evaluation, Stocktake } from './stocktake.service.ts';

const PERCENT = '0.0%';
const POINTS = '0.00';

export const MILESTONE_STATUS_LABELS: Record<string, string> = {
  done: '已完成',
  notDone: '未完成',
  overdue: '逾期未完成',
  toVerify: '待核实',
  notRequired: '不涉及',
};

export const PROGRESS_LABELS: Record<string, string> = {
  notStarted: '未开始',
  inProgress: '推进中',
  done: '已完成',
  blocked: '受阻',
};

function header(ws: ExcelJS.Worksheet, titles: string[], widths: number[]): void {
  const row = ws.addRow(titles);
  row.font = { bold: true };
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'frozen', ySplit: row.number }];
}

function notes(ws: ExcelJS.Worksheet, lines: string[]): void {
  for (const l of lines) ws.addRow([l]);
}

const rulesNote = (r: { status: 'R' | 'confirmed'; source: string }) =>
  r.status === 'R'
    ? `权重和规则由市教育局确定，当前为${r.source}（config/duty-evaluation.yaml）`
    : `权重和规则来源：${r.source}`;

/** The city's (or a county's) stocktake as a workbook. */
export async function stocktakeWorkbook(
  s: Stocktake,
  now: Date,
): Promise<{ fileName: string; file: Buffer }> {
  const wb = newWorkbook(now);
  const title = `${s.org.name}月度调度（截至 ${s.asOf}）`;
  const intro = [
    title,
    `目标数据：${s.year}—${s.year + 1} 学年；时间节点和举措截至 ${s.asOf}；导出时间 ${formatShanghai(now.getTime())}`,
    s.league.method,
    ...(s.lastRecord
      ? [`与上次调度“${s.lastRecord.label}”（${s.lastRecord.asOf}）相比的变化见“较上次”列`]
      : []),
    ...(s.demo ? [`注：${DEMO_NOTICE}`] : []),
  ];

  const league = wb.addWorksheet('排名');
  notes(league, intro);
  header(
    league,
    [
      '排名',
      '县（市、区）',
      '代码',
      '工作方案',
      '逾期未完成的时间节点',
      '逾期或受阻的举措',
      '滞后于轨迹的目标',
      '已达标的目标',
      '已完成的举措',
      '举措总数',
      '举措完成率',
      '排序依据',
      '较上次排名',
    ],
    [6, 14, 10, 10, 12, 12, 12, 10, 10, 8, 10, 40, 10],
  );
  for (const r of s.rows) {
    const f = r.figures;
    const move = r.changes?.rank?.move ?? null;
    const row = league.addRow([
      r.rank,
      r.orgName,
      r.orgCode,
      r.workPlan.approved ? '已批准' : '无经批准的方案',
      f.milestonesOverdue,
      f.measuresLateOrBlocked,
      f.targetsBehind,
      f.targetsMet,
      f.measuresDone,
      f.measuresTotal,
      f.measuresTotal > 0 ? f.measuresDone / f.measuresTotal : null,
      r.decidedBy ?? (r.tied ? '并列' : ''),
      move === null ? '' : move > 0 ? `▲${move}` : move < 0 ? `▼${-move}` : '—',
    ]);
    row.getCell(11).numFmt = PERCENT;
  }

  const targets = wb.addWorksheet('目标');
  header(
    targets,
    [
      '县（市、区）',
      '代码',
      '目标',
      '名称',
      '学年',
      '实际值',
      '按轨迹应达',
      '2027 目标',
      '状态',
      '2027 年趋势预测',
    ],
    [14, 10, 6, 24, 8, 10, 12, 10, 10, 14],
  );
  for (const r of s.rows) {
    for (const t of r.targets) {
      const row = targets.addRow([
        r.orgName,
        r.orgCode,
        t.targetId,
        t.shortTitle,
        t.year,
        t.value,
        t.expected,
        t.threshold,
        STATUS_LABELS[t.status],
        t.outlook?.value ?? null,
      ]);
      for (const c of [6, 7, 8, 10]) row.getCell(c).numFmt = PERCENT;
    }
  }

  const milestones = wb.addWorksheet('时间节点');
  header(
    milestones,
    ['县（市、区）', '代码', '任务', '时间节点', '截止日期', '状态', '自', '缺少的单位'],
    [14, 10, 6, 40, 12, 12, 12, 40],
  );
  for (const r of s.rows) {
    for (const m of r.milestones) {
      milestones.addRow([
        r.orgName,
        r.orgCode,
        m.task,
        m.title,
        m.deadline,
        MILESTONE_STATUS_LABELS[m.status] ?? m.status,
        m.since ?? '',
        m.missing.map((x) => x.name).join('、'),
      ]);
    }
  }

  const measures = wb.addWorksheet('举措');
  header(
    measures,
    [
      '县（市、区）',
      '代码',
      '任务',
      '举措',
      '责任人',
      '责任单位',
      '截止日期',
      '进展',
      '已完成',
      '逾期',
      '受阻',
      '最近报送',
    ],
    [14, 10, 6, 40, 10, 16, 12, 8, 8, 8, 8, 18],
  );
  for (const r of s.rows) {
    for (const m of r.measures) {
      measures.addRow([
        r.orgName,
        r.orgCode,
        m.taskNumber,
        m.title,
        m.ownerName,
        m.ownerUnit,
        m.dueDate,
        PROGRESS_LABELS[m.progress] ?? m.progress,
        m.done ? '是' : '否',
        m.late ? '是' : '否',
        m.blocked ? '是' : '否',
        m.lastReportAt ? formatShanghai(Date.parse(m.lastReportAt)) : '',
      ]);
    }
  }

  return { fileName: `${s.org.name}月度调度-${s.asOf}.xlsx`, file: await writeWorkbook(wb) };
}

/** The duty evaluation as a workbook: ranked totals first, then every item's points. */
export async function evaluationWorkbook(
  e: Evaluation,
  now: Date,
): Promise<{ fileName: string; file: Buffer }> {
  const wb = newWorkbook(now);
  const ranked = wb.addWorksheet('督导评价');
  notes(ranked, [
    `${e.year} 年度县级履行教育职责督导评价（行动方案落实部分）`,
    rulesNote(e.rules),
    `目标取 ${e.targetYear}—${e.targetYear + 1} 学年数据；时间节点和举措截至 ${e.asOf}；导出时间 ${formatShanghai(now.getTime())}`,
    ...(e.demo ? [`注：${DEMO_NOTICE}`] : []),
  ]);
  const parts = e.counties[0]?.components ?? [];
  header(
    ranked,
    [
      '排名',
      '县（市、区）',
      '代码',
      '总分',
      ...COMPONENTS.map((k) => {
        const p = parts.find((x) => x.key === k);
        return p ? `${p.label}（${p.weight} 分）` : k;
      }),
      '得分率',
      '并列与排序说明',
    ],
    [6, 14, 10, 8, 14, 14, 14, 14, 10, 50],
  );
  for (const c of e.counties) {
    const row = ranked.addRow([
      c.rank,
      c.orgName,
      c.orgCode,
      c.total,
      ...COMPONENTS.map((k) => c.components.find((x) => x.key === k)?.points ?? null),
      c.total / 100,
      c.tieNote ?? '',
    ]);
    for (let i = 4; i <= 8; i++) row.getCell(i).numFmt = POINTS;
    row.getCell(9).numFmt = PERCENT;
  }

  const detail = wb.addWorksheet('得分明细');
  header(
    detail,
    ['县（市、区）', '代码', '部分', '事项', '满分', '得分', '得分比例', '说明'],
    [14, 10, 10, 30, 8, 8, 10, 90],
  );
  for (const c of e.counties) {
    for (const p of c.components) {
      for (const i of p.items) {
        const row = detail.addRow([
          c.orgName,
          c.orgCode,
          p.label,
          i.label,
          i.max,
          i.points,
          i.credit,
          i.explanation,
        ]);
        row.getCell(5).numFmt = POINTS;
        row.getCell(6).numFmt = POINTS;
        row.getCell(7).numFmt = PERCENT;
      }
      if (p.note)
        detail.addRow([
          c.orgName,
          c.orgCode,
          p.label,
          '（无可评事项）',
          p.effectiveWeight,
          p.points,
          null,
          p.note,
        ]);
      for (const x of p.excluded)
        detail.addRow([c.orgName, c.orgCode, p.label, x.label, 0, 0, null, x.reason]);
    }
  }

  const method = wb.addWorksheet('方法');
  notes(method, e.method);
  method.getColumn(1).width = 120;

  return { fileName: `${e.year}年度督导评价-${e.asOf}.xlsx`, file: await writeWorkbook(wb) };
}
