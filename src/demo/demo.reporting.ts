/**
 * Demo progress reports (演示数据): for every measure of the demo work plans, a report in each of
 * the last rounds before the demo's today — most accepted, some returned with the city's comment
 * and resubmitted, some blocked, some rounds never reported (late), and measures past their due
 * date without an accepted 已完成 (overdue) — each with small evidence files made here (tiny valid
 * PDFs and PNGs). Deterministic from the seed; pure.
 */

import type { Measure } from '../domain/delivery/delivery.types.ts';
import type {
  MeasureProgress,
  ReportContent,
  ReportEvent,
  ReportingSettings,
  ReportState,
} from '../domain/reporting/reporting.types.ts';
import { roundStatus, roundsUpTo } from '../domain/reporting/rounds.ts';
import { Rng } from './rng.ts';

// ---------------------------------------------------------------------------------------------
// Tiny valid files

const encoder = new TextEncoder();

/** A one-page PDF (PDF 1.4, Helvetica) with a few lines of ASCII text, correct xref offsets. */
export function tinyPdf(lines: readonly string[]): Uint8Array {
  const esc = (s: string) => s.replace(/[^\x20-\x7e]/g, '?').replace(/([\\()])/g, '\\$1');
  const content = [
    'BT /F1 14 Tf 56 780 Td 18 TL',
    ...lines.map((l, i) => `${i === 0 ? '' : 'T* '}(${esc(l)}) Tj`),
    'ET',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return encoder.encode(out);
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const x of bytes) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

const u32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const typed = concat([encoder.encode(type), data]);
  return concat([new Uint8Array(u32(data.length)), typed, new Uint8Array(u32(crc32(typed)))]);
}

/** zlib data in stored (uncompressed) deflate blocks: valid for every inflater, no compressor needed. */
function zlibStored(raw: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [new Uint8Array([0x78, 0x01])];
  for (let at = 0; at < raw.length || at === 0; at += 65535) {
    const block = raw.subarray(at, Math.min(raw.length, at + 65535));
    const last = at + 65535 >= raw.length ? 1 : 0;
    const len = block.length;
    parts.push(new Uint8Array([last, len & 0xff, len >>> 8, ~len & 0xff, (~len >>> 8) & 0xff]), block);
    if (raw.length === 0) break;
  }
  parts.push(new Uint8Array(u32(adler32(raw))));
  return concat(parts);
}

/**
 * A small RGB PNG: a `color` card with a darker band across the middle (a stand-in for a photo of
 * a site or a signed form), width × height pixels.
 */
export function tinyPng(width: number, height: number, color: readonly [number, number, number]): Uint8Array {
  const raw = new Uint8Array(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 3);
    raw[row] = 0; // filter: none
    const band = y > height / 3 && y < (2 * height) / 3;
    for (let x = 0; x < width; x++) {
      const px = row + 1 + x * 3;
      for (let c = 0; c < 3; c++) raw[px + c] = band ? Math.round(color[c]! * 0.6) : color[c]!;
    }
  }
  const header = new Uint8Array([...u32(width), ...u32(height), 8, 2, 0, 0, 0]);
  return concat([
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlibStored(raw)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

// ---------------------------------------------------------------------------------------------
// Demo reports

export interface DemoReportEvent {
  action: ReportEvent;
  fromState: ReportState | null;
  toState: ReportState;
  content: ReportContent;
  comment: string | null;
  actor: string;
  at: string;
}

export interface DemoReport {
  roundId: string;
  measureId: string;
  countyCode: string;
  state: ReportState;
  content: ReportContent;
  returnComment: string | null;
  firstSubmittedAt: string | null;
  submittedAt: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  createdBy: string;
  updatedAt: string;
  /** One per event (the version the report reached). */
  events: DemoReportEvent[];
}

export interface DemoEvidence {
  id: string;
  orgCode: string;
  fileName: string;
  kind: 'pdf' | 'image';
  mediaType: 'application/pdf' | 'image/png';
  bytes: Uint8Array;
  uploadedBy: string;
  uploadedAt: string;
}

export interface DemoReportingInput {
  seed: number;
  now: Date;
  settings: ReportingSettings;
  /** The measures of the approved demo work plans, with the day their plan was approved. */
  measures: ReadonlyArray<{ measure: Measure; approvedOn: string }>;
  /** The county account acting for a county (the demo's rencheng, yutai), else a generated name. */
  countyUsers: Readonly<Record<string, string>>;
  /** The city reviewer's username. */
  reviewer: string;
  /** How many rounds back (the current one included). */
  rounds?: number;
}

type Scenario = 'steady' | 'late' | 'blocked' | 'returned' | 'silent';

const BLOCK_REASONS = [
  '项目用地尚未完成规划调整，需自然资源部门协调',
  '专项资金未下达，需财政部门明确拨付时间',
  '施工单位招标流标，正在重新组织招标',
  '相关乡镇人员调整，牵头人尚未明确',
];
const RETURN_COMMENTS = [
  '完成数值与所附台账不一致，请核实后重新报送',
  '佐证材料缺少验收单签字页，请补充',
  '进展说明过于笼统，请写明本月完成的具体工作量',
  '照片不能说明完成情况，请补充项目清单或验收材料',
];
const PHOTO_COLOURS: ReadonlyArray<readonly [number, number, number]> = [
  [70, 130, 180],
  [95, 158, 90],
  [190, 140, 70],
  [150, 100, 160],
];

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** A random (version 4) uuid drawn from `rng`. */
function uuid(rng: Rng): string {
  const hex = Array.from({ length: 32 }, () => rng.int(0, 15).toString(16));
  hex[12] = '4';
  hex[16] = ((rng.int(0, 15) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** An instant on a Beijing calendar day, at a drawn working hour. */
function atOn(day: string, rng: Rng): string {
  const hour = rng.int(8, 17);
  return new Date(`${day}T${pad(hour)}:${pad(rng.int(0, 59))}:00+08:00`).toISOString();
}

function scenarioOf(rng: Rng): Scenario {
  const x = rng.float();
  if (x < 0.5) return 'steady';
  if (x < 0.66) return 'late';
  if (x < 0.78) return 'blocked';
  if (x < 0.9) return 'returned';
  return 'silent';
}

/** Every report of the demo measures in the last rounds, and the evidence files they attach. */
export function demoReports(input: DemoReportingInput): { reports: DemoReport[]; files: DemoEvidence[] } {
  const root = new Rng(input.seed).fork('reporting');
  const nowMs = input.now.getTime();
  const today = new Date(nowMs + 8 * 3_600_000).toISOString().slice(0, 10);
  const all = roundsUpTo(input.settings, today);
  const window = all.slice(-(input.rounds ?? 6));
  const reports: DemoReport[] = [];
  const files: DemoEvidence[] = [];

  for (const { measure: m, approvedOn } of input.measures) {
    const rng = root.fork(m.id);
    const scenario = scenarioOf(rng);
    const user = input.countyUsers[m.countyCode] ?? `county${m.countyCode}`;
    const target = m.outputTarget;
    const unit = m.outputUnit ?? '';
    const rounds = window.filter((r) => r.periodEnd >= approvedOn);
    let figure = target === null ? null : 0;
    const blockedFrom = scenario === 'blocked' ? Math.max(0, rounds.length - rng.int(1, 3)) : Infinity;
    let finished = false;
    const lastClosed = rounds.map((r) => roundStatus(r, today)).lastIndexOf('closed');
    rounds.forEach((round, index) => {
      if (finished) return;
      const status = roundStatus(round, today);
      const last = index === lastClosed;
      // A county that stopped reporting: the last closed rounds have nothing.
      if (scenario === 'silent' && index >= rounds.length - 3) return;
      // The open round: some not filed yet, some drafts, the rest submitted and waiting.
      const openDraw = status === 'open' ? rng.float() : 1;
      if (status === 'open' && openDraw < 0.3) return;
      const dueInRound = m.dueDate <= round.periodEnd;
      let progress: MeasureProgress;
      if (index >= blockedFrom) progress = 'blocked';
      else if (dueInRound && scenario !== 'late') progress = 'done';
      else progress = index === 0 && rng.chance(0.3) ? 'notStarted' : 'inProgress';
      if (target !== null && progress !== 'notStarted') {
        const share =
          progress === 'done' ? 1 : Math.min(0.9, (index + 1) / (rounds.length + 1) + rng.range(0, 0.15));
        const reached =
          scenario === 'late'
            ? Math.min(target - 1, Math.round(target * share * 0.7))
            : Math.round(target * share);
        figure = Math.max(figure ?? 0, Math.max(0, progress === 'done' ? target : reached));
      }
      const text =
        progress === 'done'
          ? `${round.label}：${m.title}已完成${target !== null ? `，完成 ${target}${unit}` : ''}，已组织验收。`
          : progress === 'blocked'
            ? `${round.label}：${m.title}推进受阻${target !== null ? `，目前完成 ${figure}${unit}` : ''}。`
            : progress === 'notStarted'
              ? `${round.label}：${m.title}正在做前期准备，尚未开工。`
              : `${round.label}：${m.title}推进中${target !== null ? `，已完成 ${figure}${unit}（目标 ${target}${unit}）` : ''}。`;
      const submitDay = (() => {
        const latest = status === 'open' ? today : round.closesOn;
        const ms = Math.max(
          Date.parse(`${round.periodEnd}T00:00:00Z`) - 5 * DAY_MS,
          Date.parse(`${latest}T00:00:00Z`) - rng.int(1, 9) * DAY_MS,
        );
        const day = new Date(Math.min(ms, Date.parse(`${latest}T00:00:00Z`))).toISOString().slice(0, 10);
        return day < approvedOn ? approvedOn : day;
      })();
      const submittedAt = atOn(submitDay, rng);
      if (Date.parse(submittedAt) > nowMs) return;

      // Evidence: always for 已完成, often otherwise.
      const evidence: string[] = [];
      const uploadAt = new Date(Date.parse(submittedAt) - rng.int(10, 120) * 60_000).toISOString();
      if (progress === 'done' || rng.chance(0.45)) {
        const id = uuid(rng);
        files.push({
          id,
          orgCode: m.countyCode,
          fileName: `${m.title}-${round.label}进展材料.pdf`,
          kind: 'pdf',
          mediaType: 'application/pdf',
          bytes: tinyPdf([
            'EduPlan demo evidence (yanshi shuju / demo data)',
            `Measure ${m.id}, round ${round.id}`,
            `Status: ${progress}${figure !== null ? `, figure ${figure}` : ''}`,
          ]),
          uploadedBy: user,
          uploadedAt: uploadAt,
        });
        evidence.push(id);
      }
      if (progress !== 'notStarted' && rng.chance(0.35)) {
        const id = uuid(rng);
        const colour = PHOTO_COLOURS[rng.int(0, PHOTO_COLOURS.length - 1)]!;
        files.push({
          id,
          orgCode: m.countyCode,
          fileName: `现场照片-${round.id}.png`,
          kind: 'image',
          mediaType: 'image/png',
          bytes: tinyPng(48, 32, colour),
          uploadedBy: user,
          uploadedAt: uploadAt,
        });
        evidence.push(id);
      }
      const content: ReportContent = {
        progress,
        text,
        blockedReason: progress === 'blocked' ? BLOCK_REASONS[rng.int(0, BLOCK_REASONS.length - 1)]! : null,
        figure: target === null ? null : figure,
        evidence,
      };
      const createdAt = new Date(Date.parse(uploadAt) + 60_000).toISOString();
      const events: DemoReportEvent[] = [
        {
          action: 'create',
          fromState: null,
          toState: 'draft',
          content,
          comment: null,
          actor: user,
          at: createdAt,
        },
      ];
      const report: DemoReport = {
        roundId: round.id,
        measureId: m.id,
        countyCode: m.countyCode,
        state: 'draft',
        content,
        returnComment: null,
        firstSubmittedAt: null,
        submittedAt: null,
        reviewedBy: null,
        reviewedAt: null,
        createdBy: user,
        updatedAt: createdAt,
        events,
      };
      reports.push(report);
      if (status === 'open' && openDraw < 0.45) return; // a draft in the open round
      const push = (e: Omit<DemoReportEvent, 'content' | 'fromState'>) => {
        if (Date.parse(e.at) > nowMs) return false;
        events.push({ ...e, content, fromState: report.state });
        report.state = e.toState;
        report.updatedAt = e.at;
        return true;
      };
      push({ action: 'submit', toState: 'submitted', comment: null, actor: user, at: submittedAt });
      report.firstSubmittedAt = submittedAt;
      report.submittedAt = submittedAt;
      if (status === 'open') return; // waiting for the city's review
      const reviewAt = new Date(
        Date.parse(submittedAt) + rng.int(1, 3) * DAY_MS + rng.int(0, 6) * 3_600_000,
      ).toISOString();
      const returns = scenario === 'returned' && (last || rng.chance(0.25));
      if (returns) {
        const comment = RETURN_COMMENTS[rng.int(0, RETURN_COMMENTS.length - 1)]!;
        if (!push({ action: 'return', toState: 'returned', comment, actor: input.reviewer, at: reviewAt }))
          return;
        report.returnComment = comment;
        report.reviewedBy = input.reviewer;
        report.reviewedAt = reviewAt;
        // The latest return is still with the county; earlier ones were corrected and accepted.
        if (last) return;
        const again = new Date(Date.parse(reviewAt) + rng.int(1, 2) * DAY_MS).toISOString();
        if (!push({ action: 'resubmit', toState: 'submitted', comment: null, actor: user, at: again }))
          return;
        report.submittedAt = again;
        const accept = new Date(Date.parse(again) + DAY_MS).toISOString();
        if (
          push({ action: 'accept', toState: 'accepted', comment: null, actor: input.reviewer, at: accept })
        ) {
          report.reviewedAt = accept;
        }
      } else if (
        push({ action: 'accept', toState: 'accepted', comment: null, actor: input.reviewer, at: reviewAt })
      ) {
        report.reviewedBy = input.reviewer;
        report.reviewedAt = reviewAt;
      }
      if (progress === 'done' && report.state === 'accepted') finished = true;
    });
  }
  return { reports, files };
}
