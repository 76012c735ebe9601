/**
 * Demo evidence files (演示数据): for each county-level unit, three small real PDFs (a meeting
 * minute, a site inspection record, a progress table), each stating in its text that it is demo
 * data. Deterministic from the seed: ids, names and dates are drawn from it, so the reporting demo
 * can name the same files by calling this with the same input. Pure: the bytes are built here,
 * the writer (app/demo/demo-evidence.ts) hashes and stores them.
 */
import type { OrgUnit } from '../domain/registry/registry.types.ts';
import { Rng } from './rng.ts';

export interface DemoEvidenceFile {
  id: string;
  orgCode: string;
  fileName: string;
  bytes: Uint8Array;
  /** ISO instant, before `now`. */
  uploadedAt: string;
  uploadedBy: string;
}

const KINDS = [
  { name: '扩优提质工作推进会议纪要', text: 'Meeting minutes' },
  { name: '特殊教育资源中心建设现场核查记录', text: 'Site inspection record' },
  { name: '举措进展台账', text: 'Progress table' },
] as const;

/** A random (version 4) uuid drawn from `rng`. */
function uuid(rng: Rng): string {
  const hex = Array.from({ length: 32 }, () => rng.int(0, 15).toString(16));
  hex[12] = '4';
  hex[16] = ((rng.int(0, 15) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** UTF-16BE hex of a string (a PDF text string that holds Chinese). */
function pdfHexString(s: string): string {
  let out = 'FEFF';
  for (let i = 0; i < s.length; i++) out += s.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${out}>`;
}

/** A one-page PDF with a title (in the document information) and a line of ASCII text. */
export function demoPdf(title: string, line: string): Uint8Array {
  const content = `BT /F1 14 Tf 60 760 Td (${line.replace(/[()\\]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Title ${pdfHexString(title)} /Subject ${pdfHexString('演示数据')} /Producer (EduPlan demo) >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

export function demoEvidenceFiles(input: {
  seed: number;
  now: Date;
  orgUnits: readonly OrgUnit[];
}): DemoEvidenceFile[] {
  const root = new Rng(input.seed).fork('evidence');
  const counties = input.orgUnits.filter((u) => u.level === 'county');
  const out: DemoEvidenceFile[] = [];
  for (const county of counties) {
    const rng = root.fork(county.code);
    KINDS.forEach((kind, i) => {
      const daysAgo = rng.int(3, 120);
      const at = new Date(input.now.getTime() - daysAgo * 86_400_000 - rng.int(0, 8 * 3600) * 1000);
      const title = `${county.name}${kind.name}（演示数据）`;
      out.push({
        id: uuid(rng),
        orgCode: county.code,
        fileName: `${county.name}${kind.name}-${i + 1}.pdf`,
        bytes: demoPdf(title, `${kind.text} - ${county.code} - demo data`),
        uploadedAt: at.toISOString(),
        uploadedBy: 'demo',
      });
    });
  }
  return out;
}
