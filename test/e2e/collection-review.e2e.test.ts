/**
 * Issue 13 in Chromium, on the small invented city with the server's clock at 2025-10-20 10:00
 * Beijing time (inside 2025 年秋季统计; no 2024 statistics, so no change-on-last-year rule):
 * - the entry form gives each group of several fields its own header row with the group's total
 *   and its check, and labels the fields by their options only (item 6);
 * - bulk approval is a secondary action behind the filters: its confirmation shows the forms per
 *   county and the soft rules explained or not before anything is locked; cancelling locks
 *   nothing; confirming runs with a progress bar (item 8);
 * - the Excel preview reports hard-rule breaks (certified teachers 12 > teachers 10, 小班 64
 *   against 25;25), cannot be committed, and downloads its problem list as .xlsx (item 14).
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FieldValue } from '../../src/domain/collection/fields.ts';
import { TEST_PASSWORD } from '../support/accounts.ts';
import {
  ARTIFACTS,
  browserAvailable,
  startBrowserHarness,
  submitLogin,
  type BrowserHarness,
} from '../support/browser.ts';
import { collectionCaller } from '../support/collection.ts';

const PERIOD = '2025-autumn';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A complete kindergarten form of 60 children in one class per grade; `big`: 大班 in one class of 58. */
function kindergarten(big = false): Record<string, FieldValue> {
  return {
    'ENR.K1.male': 10,
    'ENR.K1.female': 10,
    'ENR.K2.male': 10,
    'ENR.K2.female': 10,
    'ENR.K3.male': big ? 30 : 10,
    'ENR.K3.female': big ? 28 : 10,
    'CLASS_SIZES.K1': [20],
    'CLASS_SIZES.K2': [20],
    'CLASS_SIZES.K3': [big ? 58 : 20],
    'TEACHERS.preschool': 5,
    'TEACHERS_QUALIFIED.preschool': 4,
    'TEACHERS_BACKBONE.preschool': 1,
    'TEACHERS_PE_ARTS.preschool': 1,
    'TEACHERS_CERTIFIED.preschool': 5,
    'TEACHERS_ESTABLISHED.preschool': 3,
    'AREA_TEACHING.preschool': 600,
    'AREA_SPORTS.preschool': 500,
    'EQUIPMENT_VALUE.preschool': 80000,
    'MULTIMEDIA_ROOMS.preschool': 2,
  };
}

describe.runIf(browserAvailable)(
  'collection issue 13 in Chromium: entry groups, bulk approval, preview rules',
  () => {
    let h: BrowserHarness;
    beforeAll(async () => {
      h = await startBrowserHarness({ clock: () => new Date('2025-10-20T10:00:00+08:00') });
    });
    afterAll(async () => {
      await h?.close();
    });

    async function loginAs(username: string): Promise<Page> {
      const page = await h.newPage();
      await page.goto(`${h.base}/app/`);
      await submitLogin(page, username, TEST_PASSWORD);
      // Each role lands on its own home page; the collection is one click away for all of them.
      await page.waitForSelector('#nav-collection');
      await page.goto(`${h.base}/app/collection/${PERIOD}`);
      await page.waitForSelector('.collection-page');
      return page;
    }
    const text = async (page: Page, selector: string) => ((await page.textContent(selector)) ?? '').trim();

    it('gives each group its own header row with the total shown and checked', async () => {
      const clerk = await loginAs('clerk');
      await clerk.waitForSelector('.submission-editor');
      // 在校生数 (6 fields) and 各班人数 (3) have a header row; a group of one field (专任教师数·学前)
      // is its own row.
      expect(await clerk.locator('tr.element-header').count()).toBe(2);
      expect(await clerk.locator('tr.element-header[data-group="TEACHERS"]').count()).toBe(0);
      expect(await text(clerk, '[data-row="TEACHERS.preschool"] th')).toBe('专任教师数（人）学前');
      // Nothing entered: the totals are empty.
      expect(await text(clerk, '[data-group="ENR"] .group-check')).toBe('未填写');
      const enrolment: Record<string, string> = {
        'ENR.K1.male': '42',
        'ENR.K1.female': '38',
        'ENR.K2.male': '30',
        'ENR.K2.female': '30',
        'ENR.K3.male': '35',
        'ENR.K3.female': '35',
      };
      for (const [field, value] of Object.entries(enrolment))
        await clerk.fill(`input[data-field="${field}"]`, value);
      // 42 + 38 + 30 + 30 + 35 + 35 = 210 on the header row; the first field's row reads 小班·男 only.
      await expect.poll(() => text(clerk, '[data-group="ENR"] .group-total')).toBe('210');
      expect(await text(clerk, '[data-group="ENR"] th')).toBe('在校生数（人）合计');
      expect(await text(clerk, '[data-row="ENR.K1.male"] th')).toBe('小班·男');
      // One less boy: the header shows 209 at once (typed values count before the save).
      await clerk.fill('input[data-field="ENR.K1.male"]', '41');
      await expect.poll(() => text(clerk, '[data-group="ENR"] .group-total')).toBe('209');
      // The classes: 41 + 38 = 79 in 小班 but the list says 40;40 = 80 — H01 breaks, and both
      // groups say so on their header (checked by the server's rules, live).
      await clerk.fill('input[data-field="CLASS_SIZES.K1"]', '40;40');
      await clerk.fill('input[data-field="CLASS_SIZES.K2"]', '30;30');
      await clerk.fill('input[data-field="CLASS_SIZES.K3"]', '35;35');
      await expect.poll(() => text(clerk, '[data-group="CLASS_SIZES"] .group-total')).toBe('6 个班，210 人');
      await expect
        .poll(() => clerk.getAttribute('[data-group="CLASS_SIZES"] .group-check', 'data-check'))
        .toBe('hard');
      expect(await text(clerk, '[data-group="CLASS_SIZES"] .group-check')).toBe('✗ 本组有 1 处错误');
      expect(await clerk.getAttribute('[data-group="ENR"] .group-check', 'data-check')).toBe('hard');
      // Corrected: 41;38 — both groups checked and clean.
      await clerk.fill('input[data-field="CLASS_SIZES.K1"]', '41;38');
      await expect
        .poll(() => text(clerk, '[data-group="CLASS_SIZES"] .group-check'))
        .toBe('✓ 本组已核对，无问题');
      expect(await text(clerk, '[data-group="CLASS_SIZES"] .group-total')).toBe('6 个班，209 人');
      expect(await text(clerk, '[data-group="ENR"] .group-check')).toBe('✓ 本组已核对，无问题');
      await clerk.screenshot({ path: join(ARTIFACTS, 'collection-entry-groups.png'), fullPage: true });
      // At 390 px the header row still stands apart.
      await clerk.setViewportSize({ width: 390, height: 844 });
      expect(await clerk.locator('tr.element-header').count()).toBe(2);
      await clerk.screenshot({ path: join(ARTIFACTS, 'collection-entry-groups-390.png'), fullPage: true });
    });

    it('confirms a bulk approval with the forms per county; cancelling locks nothing', async () => {
      // Four kindergartens submitted and approved by their county: two in 甲县 (县1), two in 乙县 (县2); one
      // of them with a class of 58 (S02), explained by the school.
      const county = {
        '999901': collectionCaller('county1', 'county', { kind: 'org', orgCode: '999901' }),
        '999902': collectionCaller('county2', 'county', { kind: 'org', orgCode: '999902' }),
      };
      const schools: Array<[string, '999901' | '999902', boolean]> = [
        ['KA00000002', '999901', false],
        ['KA00000003', '999901', false],
        ['KB00000001', '999902', true],
        ['KB00000002', '999902', false],
      ];
      for (const [code, , big] of schools) {
        const school = collectionCaller(`clerk-${code}`, 'school', {
          kind: 'institution',
          institutionCode: code,
        });
        await h.ctx.collection.entry.save(PERIOD, code, school, {
          version: 0,
          values: kindergarten(big),
          explanations: big ? { S02: '大班幼儿合班上课，下学期分班' } : {},
        });
        await h.ctx.collection.entry.submit(PERIOD, code, school);
      }
      for (const org of ['999901', '999902'] as const)
        await h.ctx.collection.review.bulkActAs('county', PERIOD, county[org], 'approve');
      const cityCaller = collectionCaller('citystaff', 'city', { kind: 'org', orgCode: '999900' });
      const states = async () =>
        Promise.all(
          schools.map(async ([code]) => (await h.ctx.collection.entry.open(PERIOD, code, cityCaller)).state),
        );
      expect(await states()).toEqual([
        'countyApproved',
        'countyApproved',
        'countyApproved',
        'countyApproved',
      ]);

      const city = await loginAs('citystaff');
      await city.waitForSelector('.completeness-schools');
      // Secondary, behind the filters: not a primary button, in the filter bar.
      const button = city.locator('.collection-filters #bulk-approve');
      expect(await button.count()).toBe(1);
      expect(await button.getAttribute('class')).not.toContain('ant-btn-primary');
      expect(await text(city, '#bulk-approve')).toBe('批量审核通过并锁定…（全部县市区筛选出 4 份待审核）');
      await button.click();
      await city.waitForSelector('#bulk-preview .bulk-counties tbody tr.ant-table-row');
      expect(await text(city, '#bulk-what')).toContain('将审核通过并锁定 4 份报表');
      const counties = await city.$$eval('.bulk-counties tbody tr.ant-table-row', (rows) =>
        rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent?.trim())),
      );
      expect(counties).toEqual([
        ['县1', '2', '0', '0'],
        ['县2', '2', '1', '0'],
      ]);
      expect(await text(city, '.bulk-flags')).toContain(
        '存在大班额（56 人及以上的班）：1 所学校（未说明 0 所）',
      );
      await city.click('.bulk-flags .ant-collapse-header');
      await expect
        .poll(() => text(city, '.bulk-flag-list'))
        .toContain('学校说明：大班幼儿合班上课，下学期分班');
      expect(await text(city, '#bulk-confirm')).toBe('确认通过并锁定 4 份');
      await city.screenshot({ path: join(ARTIFACTS, 'collection-bulk-confirm.png') });
      // Cancel: nothing is locked.
      await city.click('#bulk-cancel');
      await expect.poll(() => city.locator('#bulk-preview').count()).toBe(0);
      expect(await states()).toEqual([
        'countyApproved',
        'countyApproved',
        'countyApproved',
        'countyApproved',
      ]);

      // Only 乙县 (县2 in the test's org tree; its row filters the list): 2 forms, then confirmed,
      // with progress.
      await city.click('.completeness-counties tr:has-text("县2")');
      await expect
        .poll(() => text(city, '#bulk-approve'))
        .toBe('批量审核通过并锁定…（县2筛选出 2 份待审核）');
      await city.click('#bulk-approve');
      await city.waitForSelector('#bulk-confirm:not([disabled])');
      expect(await city.$$eval('.bulk-counties tbody tr.ant-table-row', (r) => r.length)).toBe(1);
      await city.click('#bulk-confirm');
      await expect.poll(() => text(city, '#bulk-run-text')).toBe('已完成：通过 2 份，未通过 0 份');
      expect(await city.getAttribute('.bulk-progress', 'class')).toContain('ant-progress-status-success');
      expect(await states()).toEqual(['countyApproved', 'countyApproved', 'cityApproved', 'cityApproved']);
      await city.click('#bulk-close');
      expect(h.consoleErrors.filter((e) => !e.includes('401'))).toEqual([]);
    });

    it('previews a file that breaks hard rules with those problems, refuses to commit it, and downloads the list', async () => {
      const school = collectionCaller('clerk', 'school', {
        kind: 'institution',
        institutionCode: 'KA00000001',
      });
      const template = await h.ctx.collection.workbooks.template(PERIOD, school);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(new Uint8Array(template.file).buffer);
      const ws = wb.worksheets[0]!;
      const keys = ws.getRow(3).values as unknown[];
      const values: Record<string, ExcelJS.CellValue> = {
        ...Object.fromEntries(
          Object.entries(kindergarten()).map(([k, v]) => [k, Array.isArray(v) ? v.join(';') : v]),
        ),
        'ENR.K1.male': 32,
        'ENR.K1.female': 32,
        'CLASS_SIZES.K1': '25;25',
        'TEACHERS.preschool': 10,
        'TEACHERS_CERTIFIED.preschool': 12,
      };
      for (const [k, v] of Object.entries(values)) ws.getCell(4, keys.indexOf(k)).value = v;
      const file = Buffer.from(await wb.xlsx.writeBuffer());

      const clerk = await loginAs('clerk');
      await clerk.waitForSelector('.submission-editor');
      await clerk.click('#open-import');
      await clerk.setInputFiles('.ant-modal .ant-upload input[type=file]', {
        name: '本校.xlsx',
        mimeType: XLSX,
        buffer: file,
      });
      await clerk.waitForSelector('#import-problems');
      expect(await text(clerk, '#import-problems')).toContain('发现 2 个问题');
      expect(await text(clerk, '#import-problems')).toContain('其中 2 个违反报表的校验规则');
      const problems = await clerk.$$eval('.import-problem-table tbody tr.ant-table-row', (rows) =>
        rows.map((r) => r.textContent ?? ''),
      );
      expect(problems).toHaveLength(2);
      expect(problems[0]).toContain('H01 各班人数合计等于该年级在校生数');
      expect(problems[0]).toContain('小班：各班人数合计 50（25+25） ≠ 在校生数 64（男 32 + 女 32）');
      expect(problems[1]).toContain('学前：持教师资格证专任教师数 12 多于专任教师数 10');
      expect(await clerk.locator('#import-commit').isDisabled()).toBe(true);
      // Per row, every rule, as the entry form lists them.
      await clerk.click('.ant-modal .ant-tabs-tab:has-text("逐行校验")');
      const row = clerk.locator('.import-check-table tr[data-row-key="4"] .import-row-checks');
      expect(await row.getAttribute('data-hard')).toBe('2');
      expect(await row.getAttribute('data-soft')).toBe('0');
      await clerk.screenshot({ path: join(ARTIFACTS, 'collection-import-rules.png') });
      // The problem list as .xlsx, sorted by row.
      const [download] = await Promise.all([
        clerk.waitForEvent('download'),
        clerk.click('#import-problem-list'),
      ]);
      expect(download.suggestedFilename()).toBe('导入问题清单-2025年秋季统计-本校.xlsx');
      const saved = join(ARTIFACTS, 'collection-import-problems.xlsx');
      await download.saveAs(saved);
      const list = new ExcelJS.Workbook();
      await list.xlsx.readFile(saved);
      const sheet = list.getWorksheet('问题清单')!;
      expect([2, 3].map((n) => [sheet.getRow(n).getCell(1).value, sheet.getRow(n).getCell(9).value])).toEqual(
        [
          [4, 'H01 各班人数合计等于该年级在校生数'],
          [4, 'H05 持证教师数不超过专任教师数'],
        ],
      );
      // Nothing was saved.
      expect((await h.ctx.collection.entry.open(PERIOD, 'KA00000001', school)).version).toBe(0);
    });
  },
);
