/** The demo evidence files: three real PDFs per county-level unit, deterministic from the seed. */
import { describe, expect, it } from 'vitest';
import type { OrgUnit } from '../domain/registry/registry.types.ts';
import { demoEvidenceFiles } from './demo.evidence.ts';

const unit = (code: string, name: string, level: OrgUnit['level'], parentCode: string | null): OrgUnit => ({
  code,
  name,
  level,
  parentCode,
  codeSource: 'nbs',
  legalParentCode: null,
  countyKind: level === 'county' ? 'county' : null,
});
const ORG_UNITS = [
  unit('999900', '测试市', 'city', null),
  unit('999901', '甲县', 'county', '999900'),
  unit('999902', '乙县', 'county', '999900'),
  unit('999901001', '甲镇', 'township', '999901'),
];
const NOW = new Date('2026-11-20T02:00:00Z');

describe('demo evidence files', () => {
  it('gives each county three PDFs marked as demo data, uploaded before now', () => {
    const files = demoEvidenceFiles({ seed: 7, now: NOW, orgUnits: ORG_UNITS });
    // 2 counties × 3 files; the city and the township get none.
    expect(files.map((f) => f.orgCode)).toEqual(['999901', '999901', '999901', '999902', '999902', '999902']);
    for (const f of files) {
      const text = new TextDecoder('latin1').decode(f.bytes);
      expect(text.startsWith('%PDF-1.4\n')).toBe(true);
      expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
      // 演示数据 as the PDF's subject (UTF-16BE: 6F14 793A 6570 636E).
      expect(text).toContain('/Subject <FEFF6F14793A6570636E>');
      expect(f.fileName).toMatch(/^(甲县|乙县).+-[123]\.pdf$/);
      expect(new Date(f.uploadedAt).getTime()).toBeLessThan(NOW.getTime());
      expect(f.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(new Set(files.map((f) => f.id)).size).toBe(6);
  });

  it('is the same for the same seed and differs for another', () => {
    const a = demoEvidenceFiles({ seed: 7, now: NOW, orgUnits: ORG_UNITS });
    const b = demoEvidenceFiles({ seed: 7, now: NOW, orgUnits: ORG_UNITS });
    const c = demoEvidenceFiles({ seed: 8, now: NOW, orgUnits: ORG_UNITS });
    expect(b.map((f) => f.id)).toEqual(a.map((f) => f.id));
    expect(c.map((f) => f.id)).not.toEqual(a.map((f) => f.id));
  });

  it('writes a PDF whose cross-reference offsets point at its objects', () => {
    const [f] = demoEvidenceFiles({ seed: 1, now: NOW, orgUnits: ORG_UNITS });
    const text = new TextDecoder('latin1').decode(f!.bytes);
    const startxref = Number(/startxref\n(\d+)/.exec(text)![1]);
    expect(text.slice(startxref, startxref + 4)).toBe('xref');
    const offsets = [...text.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(6);
    offsets.forEach((off, i) => expect(text.slice(off, off + 8)).toBe(`${i + 1} 0 obj\n`));
  });
});
