/**
 * Data collection in a real browser (Debian's Chromium), on the small invented city with the
 * server's clock at 2025-10-20 10:00 Beijing time, inside 2025 年秋季统计 (1 September – 31
 * October). The whole cycle: the clerk of 甲县实验幼儿园 (KA00000001, public, 180 children in the
 * 2025 statistics) is reminded, fills the form, sees a hard rule fail live and a soft one ask for
 * an explanation, submits; the county returns it with a comment; the clerk corrects and
 * resubmits; the county approves; the city sees the new figure only with "include pending", then
 * approves; the cockpit shows the new value at once. Screenshots go to test-artifacts/.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../support/accounts.ts';
import { collectionCaller } from '../support/collection.ts';
import {
  ARTIFACTS,
  browserAvailable,
  startBrowserHarness,
  type BrowserHarness,
  submitLogin,
} from '../support/browser.ts';

const PERIOD = '2025-autumn';
const KG = 'KA00000001';

/** The kindergarten's form, first version: 60 + 60 + 70 = 190 children (10 more than 180). */
const FIRST: Record<string, string> = {
  'ENR.K1.male': '30',
  'ENR.K1.female': '30',
  'ENR.K2.male': '30',
  'ENR.K2.female': '30',
  'ENR.K3.male': '35',
  'ENR.K3.female': '35',
  'CLASS_SIZES.K1': '30;30',
  'CLASS_SIZES.K2': '30;30',
  // One class of 58 (大班额, 56 or more): the soft rule S02 asks for an explanation.
  'CLASS_SIZES.K3': '58;12',
  'TEACHERS.preschool': '14',
  'TEACHERS_QUALIFIED.preschool': '12',
  'TEACHERS_BACKBONE.preschool': '3',
  'TEACHERS_PE_ARTS.preschool': '2',
  'TEACHERS_CERTIFIED.preschool': '14',
  'TEACHERS_ESTABLISHED.preschool': '10',
  'AREA_TEACHING.preschool': '1500',
  'AREA_SPORTS.preschool': '1200',
  'EQUIPMENT_VALUE.preschool': '300000',
  'MULTIMEDIA_ROOMS.preschool': '6',
};

describe.runIf(browserAvailable)('data collection in Chromium: clerk → county → city → cockpit', () => {
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
    // Each role's home page (the cockpit, a county's start page, a school's standing page).
    await page.waitForSelector('.target-card, #my-county-page, .collection-page, #standing-page');
    return page;
  }
  const state = (page: Page) => page.getAttribute('.submission-editor', 'data-state');
  const issuesText = (page: Page) => page.textContent('#collection-issues');
  const t1 = (page: Page) => page.textContent('[data-target="T1"] .target-value').then((x) => x?.trim());

  it('runs the whole cycle and the cockpit shows the approved value', async () => {
    // ---- The clerk (its home page is the school's standing page, issue 13): the collection page
    // is the school's form (a clerk has no cockpit), with the
    // reminder 12 days before the close (11.6 days, rounded up).
    const clerk = await loginAs('clerk');
    await clerk.goto(`${h.base}/app/collection`);
    await clerk.waitForSelector('.submission-editor');
    await expect.poll(() => clerk.textContent('#collection-reminder')).toContain('距截止还有 12 天');
    expect(await clerk.textContent('#collection-reminder')).toContain('尚未开始填报');
    expect(await clerk.locator('#nav-cockpit').count()).toBe(0);
    expect(await clerk.textContent('#submission-title')).toBe('甲县实验幼儿园');
    expect(await state(clerk)).toBe('draft');
    // Nothing entered yet: 19 fields (6 enrolment, 3 class lists, 6 teacher counts, 4 facilities),
    // of which the 16 that are not class lists are required.
    expect(await clerk.locator('input[data-field]').count()).toBe(19);
    await expect.poll(() => issuesText(clerk)).toContain('还有 16 项未填写');

    for (const [field, value] of Object.entries(FIRST))
      await clerk.fill(`input[data-field="${field}"]`, value);
    // A typing error in 小班: 30 + 29 ≠ 60, checked live (no save) by hard rule H01.
    await clerk.fill('input[data-field="CLASS_SIZES.K1"]', '30;29');
    await expect.poll(() => issuesText(clerk)).toContain('各班人数合计等于该年级在校生数');
    expect(await clerk.textContent('[data-row="CLASS_SIZES.K1"] .field-issues')).toContain('59');
    // Text in a number field is refused on the spot.
    await clerk.fill('input[data-field="MULTIMEDIA_ROOMS.preschool"]', '六');
    expect(await clerk.textContent('[data-row="MULTIMEDIA_ROOMS.preschool"] .field-issues')).toContain(
      '请填写数字',
    );
    await clerk.fill('input[data-field="MULTIMEDIA_ROOMS.preschool"]', '6');
    await clerk.fill('input[data-field="CLASS_SIZES.K1"]', '30;30');
    await expect.poll(() => issuesText(clerk)).not.toContain('各班人数合计等于该年级在校生数');
    // The soft rule: one class of 58 children needs a written reason.
    await expect.poll(() => issuesText(clerk)).toContain('存在大班额');
    await clerk.fill('textarea.explanation-input[data-rule="S02"]', '大班幼儿合班上课，下学期分班');
    // Leaving with unsaved changes asks first; staying keeps everything typed.
    const asked: string[] = [];
    clerk.once('dialog', (d) => {
      asked.push(d.message());
      void d.dismiss();
    });
    await clerk.click('#nav-schools');
    expect(asked).toEqual(['报表有未保存的修改，离开后这些修改将丢失。确定离开？']);
    expect(await clerk.inputValue('input[data-field="CLASS_SIZES.K3"]')).toBe('58;12');
    await clerk.click('#save-draft');
    await expect.poll(() => state(clerk)).toBe('draft');
    await expect.poll(() => clerk.locator('#save-draft').isDisabled()).toBe(true);
    await clerk.screenshot({ path: join(ARTIFACTS, 'collection-entry.png'), fullPage: true });
    await clerk.click('#submit-form');
    await expect.poll(() => state(clerk)).toBe('submitted');
    expect(await clerk.locator('input[data-field]').count()).toBe(0);

    // ---- The county: the form waits for its review; it returns it with a comment.
    const county = await loginAs('county1');
    await expect
      .poll(() => county.textContent('#collection-reminder'))
      .toContain('6 所学校尚未提交；1 份报表等待县级审核');
    await county.click('#nav-collection');
    await county.waitForSelector('.completeness-schools');
    await county.click('.ant-segmented-item:has-text("待我审核")');
    await expect.poll(() => county.locator('.completeness-schools tbody tr.ant-table-row').count()).toBe(1);
    await county.click('.completeness-schools a:has-text("甲县实验幼儿园")');
    await county.waitForSelector('.submission-editor');
    expect(await county.textContent('[data-row="ENR.K3.male"]')).toContain('35');
    expect(await county.textContent('.soft-rule[data-rule="S02"]')).toContain('大班幼儿合班上课');
    await county.click('#action-return');
    await county.fill('#action-comment', '请核对小班人数：11 月新入园一名男童');
    await county.click('#comment-ok');
    await expect.poll(() => state(county)).toBe('returned');

    // ---- The clerk: reminded of the return, reads the comment, corrects, resubmits.
    await clerk.goto(`${h.base}/app/collection`);
    await clerk.waitForSelector('.submission-editor');
    await expect.poll(() => clerk.textContent('#collection-reminder')).toContain('已被退回');
    await expect.poll(() => clerk.textContent('#last-comment')).toContain('请核对小班人数');
    await clerk.fill('input[data-field="ENR.K1.male"]', '31');
    await clerk.fill('input[data-field="CLASS_SIZES.K1"]', '31;30');
    await clerk.click('#submit-form');
    await expect.poll(() => state(clerk)).toBe('submitted');

    // ---- The county approves; the history shows who did what.
    await county.reload();
    await county.waitForSelector('.submission-editor');
    await county.click('#action-approve');
    await county.click('#confirm-ok');
    await expect.poll(() => state(county)).toBe('countyApproved');
    await county.click('#open-history');
    await county.waitForSelector('.history-events tbody tr.ant-table-row');
    const events = await county.$$eval('.history-events tbody tr.ant-table-row', (rows) =>
      rows.map((r) => r.textContent ?? ''),
    );
    // submit, return, submit, approve — with the actors.
    expect(events).toHaveLength(4);
    expect(events[1]).toContain('退回');
    expect(events[1]).toContain('county1');
    expect(events[3]).toContain('审核通过');
    const changes = await county.$$eval('.history-values tbody tr.ant-table-row', (rows) =>
      rows.map((r) => r.textContent ?? ''),
    );
    // Newest first: the correction of 在校生数·小班·男, 30 → 31 by the clerk, then its first entry.
    const boys = changes.filter((r) => r.includes('在校生数·小班·男'));
    expect(boys).toHaveLength(2);
    expect(boys[0]).toMatch(/在校生数·小班·男3031clerk$/);
    expect(boys[1]).toMatch(/在校生数·小班·男—30clerk$/);

    // ---- The city: 2025 T1 of the city is 610 / 850 = 71.8% on approved data. With pending
    // submissions included, 甲县实验幼儿园 (public) counts 191 instead of 180: 621 / 861 = 72.1%.
    const city = await loginAs('citystaff');
    await expect.poll(() => t1(city)).toBe('71.8%');
    await city.click('#include-pending');
    await expect.poll(() => t1(city)).toBe('72.1%');
    await city.click('#include-pending');
    await expect.poll(() => t1(city)).toBe('71.8%');

    await city.goto(`${h.base}/app/collection/${PERIOD}/${KG}`);
    await city.waitForSelector('.submission-editor');
    await city.click('#action-approve');
    await city.click('#confirm-ok');
    await expect.poll(() => state(city)).toBe('cityApproved');
    await city.screenshot({ path: join(ARTIFACTS, 'collection-approved.png'), fullPage: true });

    // ---- The cockpit: approved data now, no rebuild: 621 / 861 = 72.1%.
    await city.click('#nav-cockpit');
    await expect.poll(() => t1(city)).toBe('72.1%');

    // The clerk's form is locked: no inputs, no submit.
    await clerk.reload();
    await clerk.waitForSelector('.submission-editor');
    expect(await state(clerk)).toBe('cityApproved');
    expect(await clerk.locator('#submit-form').count()).toBe(0);
    // The only failed requests are the session checks before each login (401).
    expect(h.consoleErrors.filter((e) => !e.includes('401'))).toEqual([]);
  }, 180_000);

  it('shows the county its completeness: who has not submitted and who is late', async () => {
    const county = await loginAs('county1');
    await county.goto(`${h.base}/app/collection/${PERIOD}`);
    await county.waitForSelector('.completeness-schools');
    await county.click('.ant-segmented-item:has-text("未提交")');
    const rows = await county.$$eval('.completeness-schools tbody tr.ant-table-row', (trs) =>
      trs.map((r) => r.textContent ?? ''),
    );
    // 甲县's schools operating in 2025 other than the kindergarten that has reported (王庄小学教学点
    // merged into 甲县实验小学 in 2025): none has started, and the close is still 12 days away.
    const names = [
      '甲县阳光幼儿园',
      '甲县育才幼儿园',
      '甲县特殊教育学校',
      '甲县实验小学',
      '甲县第一中学',
      '甲县第二中学',
    ];
    expect(rows).toHaveLength(names.length);
    for (const name of names) expect(rows.some((r) => r.includes(name))).toBe(true);
    for (const r of rows) expect(r).toContain('未开始');
    await county.screenshot({ path: join(ARTIFACTS, 'collection-county.png'), fullPage: true });
  });

  /** The template's cell of a school's field: rows by the code in column A, columns by the hidden key row. */
  function cellOf(ws: ExcelJS.Worksheet, code: string, field: string): ExcelJS.Cell {
    let keyRow = 0;
    let row = 0;
    ws.eachRow((r, n) => {
      if (r.values && (r.values as unknown[]).includes('ENR.K1.male')) keyRow = n;
      if (r.getCell(1).value === code) row = n;
    });
    const keys = ws.getRow(keyRow).values as unknown[];
    return ws.getRow(row).getCell(keys.indexOf(field));
  }

  it('lets the county import a school’s form from the Excel template, with a preview first', async () => {
    const county = await loginAs('county1');
    await county.goto(`${h.base}/app/collection/${PERIOD}`);
    await county.waitForSelector('.completeness-schools');
    // The kindergarten form's template for all of 甲县's kindergartens, downloaded from the page.
    const [download] = await Promise.all([
      county.waitForEvent('download'),
      county.click('#download-template'),
    ]);
    expect(download.suggestedFilename()).toMatch(/^2025年秋季统计-秋季统计（幼儿园）-.+\.xlsx$/);
    const file = join(ARTIFACTS, 'collection-template.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0]!;
    // 甲县阳光幼儿园: 60 children as in 2025 (10 per grade and sex), two classes per grade.
    const values: Record<string, string | number> = {
      'TEACHERS.preschool': 5,
      'TEACHERS_QUALIFIED.preschool': 4,
      'TEACHERS_BACKBONE.preschool': 1,
      'TEACHERS_PE_ARTS.preschool': 1,
      'TEACHERS_CERTIFIED.preschool': 5,
      'TEACHERS_ESTABLISHED.preschool': 0,
      'AREA_TEACHING.preschool': 600,
      'AREA_SPORTS.preschool': 500,
      'EQUIPMENT_VALUE.preschool': 80000,
      'MULTIMEDIA_ROOMS.preschool': 2,
    };
    for (const g of ['K1', 'K2', 'K3']) {
      values[`ENR.${g}.male`] = 10;
      values[`ENR.${g}.female`] = 10;
      values[`CLASS_SIZES.${g}`] = '10;10';
    }
    for (const [field, v] of Object.entries(values)) cellOf(ws, 'KA00000002', field).value = v;
    // First with text in a number cell: every problem listed, nothing saved.
    cellOf(ws, 'KA00000002', 'MULTIMEDIA_ROOMS.preschool').value = '两间';
    const bad = Buffer.from(await wb.xlsx.writeBuffer());
    await county.click('#open-import');
    await county.setInputFiles('.ant-modal .ant-upload input[type=file]', {
      name: 'bad.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: bad,
    });
    await county.waitForSelector('#import-problems');
    const problems = await county.textContent('.import-problem-table');
    expect(problems).toContain('两间');
    expect(await county.locator('#import-commit').isDisabled()).toBe(true);

    cellOf(ws, 'KA00000002', 'MULTIMEDIA_ROOMS.preschool').value = 2;
    await county.setInputFiles('.ant-modal .ant-upload input[type=file]', {
      name: 'good.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await wb.xlsx.writeBuffer()),
    });
    await county.waitForSelector('#import-preview');
    // One school changes, all 19 of its fields (the other rows are unchanged).
    expect(await county.textContent('#import-preview')).toContain('1 行有变化（19 个字段）');
    // Meanwhile the school saves its first draft itself: the commit of the previewed file is
    // refused, naming the school, and the dialog asks for a new preview.
    await h.ctx.collection.entry.save(
      PERIOD,
      'KA00000002',
      collectionCaller('clerk2', 'school', { kind: 'institution', institutionCode: 'KA00000002' }),
      { version: 0, values: { 'TEACHERS.preschool': 6 } },
    );
    await county.click('#import-commit');
    await county.waitForSelector('#import-error');
    const refusal = await county.textContent('#import-error');
    expect(refusal).toContain('预览后有 1 所学校的报表被修改');
    expect(refusal).toContain('甲县阳光幼儿园（KA00000002）预览后学校已开始填报');
    // The value the file would overwrite is named first, then those it would fill in (19 in all).
    expect(refusal).toContain(
      '专任教师数·学前（人）现为 6，文件中为 5；在校生数·小班·男（人）现为 （空），文件中为 10',
    );
    expect(refusal).toContain('等 19 个字段');
    expect(await county.locator('#import-commit').isDisabled()).toBe(true);
    await county.locator('#import-error').scrollIntoViewIfNeeded();
    await county.screenshot({ path: join(ARTIFACTS, 'collection-import-stale.png') });
    await county.click('#import-preview-again');
    await county.waitForSelector('#import-preview');
    // 18 empty fields and 6 → 5 teachers.
    expect(await county.textContent('#import-preview')).toContain('1 行有变化（19 个字段）');
    await county.click('#import-commit');
    await county.waitForSelector('#import-done');
    expect(await county.textContent('#import-done')).toContain('1 所学校，19 个字段');
    await county.click('.ant-modal-close');
    await expect
      .poll(() => county.textContent('.completeness-schools tr:has-text("甲县阳光幼儿园")'))
      .toContain('草稿');
  });
});
