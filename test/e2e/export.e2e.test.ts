/**
 * Excel exports (web/src/export/xlsx.ts) as an official opens them, in real Chromium on the Jining
 * demo data (演示数据): the 县区对比 table writes its percentages as numbers in a % number format
 * (not text, not a bare 0.884) under headers that name the targets ("T1 公办园在园幼儿占比", the
 * short titles of plans/jining-2024.yaml); a county's rule export writes shares the same way. The
 * workbook is read back with exceljs and converted to CSV by LibreOffice headless (required in CI),
 * which must show the percentages as the screen does.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/app/demo/demo.service.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import {
  ARTIFACTS,
  browserAvailable,
  startBrowserHarness,
  submitLogin,
  type BrowserHarness,
} from '../support/browser.ts';
import { documentClient, xlsxAsCsv } from '../support/documents.ts';

const percentText = (share: number) => `${(share * 100).toFixed(1)}%`;

describe.runIf(browserAvailable)('Excel exports write percentages as numbers, headers with names', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowserHarness({ dataset: 'jining' });
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  async function logIn(page: Page): Promise<void> {
    await page.goto(`${h.base}/app/`);
    await submitLogin(page, 'city', DEMO_PASSWORD);
    await page.waitForSelector('.target-card');
  }

  it('县区对比: target names in the headers, shares as % numbers', async () => {
    const page = await h.newPage();
    await logIn(page);
    await page.goto(`${h.base}/app/counties`);
    await page.waitForSelector('.county-matrix .export-xlsx');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('.county-matrix .export-xlsx'),
    ]);
    const path = join(ARTIFACTS, 'export-counties.xlsx');
    await download.saveAs(path);

    const scorecard: any = await page.evaluate(() =>
      fetch('/api/v1/targets/scorecard').then((r) => r.json()),
    );
    const year = Math.max(
      ...scorecard.coverage.filter((c: any) => c.complete).map((c: any) => c.year as number),
    );
    const t1 = loadPlan().targets.find((t) => t.id === 'T1')!;
    const header = `T1 ${t1.shortTitle}`;

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const ws = workbook.worksheets[0]!;
    expect(String(ws.getCell('A1').value)).toContain('演示数据');
    const headers = (ws.getRow(2).values as unknown[]).slice(1).map(String);
    expect(headers).toContain(header);
    expect(headers).toContain(`${header} 状态`);
    expect(headers.some((h) => /^T\d+$/.test(h))).toBe(false);
    const col = headers.indexOf(header) + 1;

    // 鱼台县's T1 cell: a number (its share, to the 0.1% the page shows) in a % format.
    const yutai = scorecard.figures.find(
      (f: any) => f.orgCode === '370827' && f.targetId === 'T1' && f.year === year,
    );
    let row = 0;
    ws.eachRow((r, n) => {
      if (r.getCell(1).value === '鱼台县') row = n;
    });
    expect(row).toBeGreaterThan(2);
    const cell = ws.getCell(row, col);
    expect(cell.type).toBe(ExcelJS.ValueType.Number);
    expect(cell.numFmt).toContain('%');
    expect(cell.value as number).toBeCloseTo(Number((yutai.value * 100).toFixed(1)) / 100, 9);

    if (documentClient('soffice')) {
      const csv = xlsxAsCsv(path);
      const lines = csv.split(/\r?\n/);
      expect(lines[1]).toContain(header);
      const line = lines.find((l) => l.startsWith('鱼台县'))!;
      expect(line.split(',')[col - 1]).toBe(percentText(yutai.value));
    }
    await page.context().close();
  });

  it('a county’s rules: shares as % numbers, thresholds as text', async () => {
    const page = await h.newPage();
    await logIn(page);
    await page.goto(`${h.base}/app/standards/370827`);
    await page.waitForSelector('.rules-compulsoryBalanced .rule-row');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('.rules-compulsoryBalanced .export-xlsx'),
    ]);
    const path = join(ARTIFACTS, 'export-rules-370827.xlsx');
    await download.saveAs(path);
    const { evaluation }: any = await page.evaluate(() =>
      fetch('/api/v1/standards/counties/370827').then((r) => r.json()),
    );
    const rules = evaluation.compulsoryBalanced.rules;
    const g05 = rules.findIndex((r: any) => r.ruleId === 'CB-G05');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const ws = workbook.worksheets[0]!;
    expect((ws.getRow(2).values as unknown[]).slice(1, 5)).toEqual(['规则', '编号', '一级指标', '值']);
    // Row 3 is the first rule; CB-G05 (班额) is a share of classes.
    const r = ws.getRow(3 + g05);
    expect(r.getCell(2).value).toBe('CB-G05');
    expect(r.getCell(1).value).toBe(rules[g05].name);
    expect(r.getCell(4).type).toBe(ExcelJS.ValueType.Number);
    expect(r.getCell(4).numFmt).toContain('%');
    expect(r.getCell(4).value as number).toBeCloseTo(Number((rules[g05].value * 100).toFixed(1)) / 100, 9);
    // "≥ 100.0%" is a threshold with its comparator: text.
    expect(r.getCell(5).type).toBe(ExcelJS.ValueType.String);

    if (documentClient('soffice')) {
      const line = xlsxAsCsv(path)
        .split(/\r?\n/)
        .find((l) => l.includes(',CB-G05,'))!;
      expect(line.split(',')[3]).toBe(percentText(rules[g05].value));
    }
    await page.context().close();
  });
});
