/**
 * The 学校名录 school directory, a school page and the .xlsx export in a real browser (Debian's
 * Chromium driven by playwright-core), on the small invented city (test/support/small-dataset.ts):
 * 16 institutions, of which 15 operate in 2025 (王庄小学教学点 PA00000002 was merged).
 * The SPA is built by test/global-setup.ts if web/dist is missing or older than its sources. Screenshots go to
 * test-artifacts/. Without Chromium the suite is skipped with a notice, unless EDUPLAN_REQUIRE_E2E=1.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../support/accounts.ts';
import {
  ARTIFACTS,
  browserAvailable,
  startBrowserHarness,
  type BrowserHarness,
  submitLogin,
} from '../support/browser.ts';

describe.runIf(browserAvailable)('web app school directory and export in Chromium', () => {
  let h: BrowserHarness;
  let base: string;
  let consoleErrors: string[];
  beforeAll(async () => {
    h = await startBrowserHarness();
    ({ base, consoleErrors } = h);
  });
  afterAll(async () => {
    await h?.close();
  });
  const newPage = (): Promise<Page> => h.newPage();

  const directoryRows = (page: Page) =>
    page.$$eval('.school-directory .ant-table-tbody tr.ant-table-row', (rows) =>
      rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')),
    );

  /** The rows of a sheet as text, row 1 first. */
  async function sheetRows(path: string): Promise<string[][]> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.worksheets[0]!;
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const values = (row.values as unknown[]).slice(1);
      rows.push(values.map((v) => (v === null || v === undefined ? '' : String(v))));
    });
    return rows;
  }

  it('lists, searches and pages the directory through the API, and opens a school', async () => {
    const page = await newPage();
    await page.goto(`${base}/app/`);
    await submitLogin(page, 'citystaff', TEST_PASSWORD);
    await page.waitForSelector('.target-card');
    await page.click('#nav-schools');
    await page.waitForSelector('.school-directory .ant-table-row');
    expect(new URL(page.url()).pathname).toBe('/app/schools');

    // 15 institutions operate in 2025: the merged 王庄小学教学点 is left out by default.
    const api = (await page.evaluate(() =>
      fetch('/api/v1/institutions?pageSize=100').then((r) => r.json()),
    )) as { total: number; items: { name: string }[]; dataset: { demo: boolean } };
    expect(api.total).toBe(15);
    // The 演示数据 banner follows the data set's flag.
    expect(await page.$$eval('.demo-banner', (els) => els.length)).toBe(api.dataset.demo ? 1 : 0);
    await expect.poll(() => page.textContent('.directory-total')).toBe('共 15 所');
    const rows = await directoryRows(page);
    expect(rows).toHaveLength(15);
    expect(rows.map((r) => r[1])).not.toContain('王庄小学教学点');
    const headers = await page.$$eval('.school-directory thead th', (els) => els.map((e) => e.textContent));
    for (const h of ['学校代码', '学校名称', '县市区', '办学类型', '举办者', '幼儿园等级', '在校生数'])
      expect(headers).toContain(h);
    // 甲县实验幼儿园 is rated class 1 in 2025 (small-dataset.ts): the directory says 省一类, as T2 does.
    const kgColumn = headers.indexOf('幼儿园等级');
    expect(rows.find((r) => r[1] === '甲县实验幼儿园')?.[kgColumn]).toBe('省一类');

    // With the closed and merged ones: 16.
    await page.click('.school-directory .ant-checkbox-wrapper');
    await expect.poll(() => page.textContent('.directory-total')).toBe('共 16 所');

    // Search by name: the two special schools.
    await page.fill('#school-search', '特殊教育');
    await page.press('#school-search', 'Enter');
    await expect
      .poll(async () => (await directoryRows(page)).map((r) => r[1]).sort())
      .toEqual(['丙县特殊教育学校', '甲县特殊教育学校']);
    expect((await directoryRows(page)).every((r) => r[4] === '培智学校')).toBe(true);

    // Sorting by enrolment is done by the server: descending puts the largest first.
    await page.fill('#school-search', '');
    await page.press('#school-search', 'Enter');
    await expect.poll(() => page.textContent('.directory-total')).toBe('共 16 所');
    await page.click('.school-directory thead th:has-text("在校生数")');
    await page.click('.school-directory thead th:has-text("在校生数")');
    await expect.poll(async () => (await directoryRows(page))[0]?.[1]).toBe('甲县第一中学');
    await page.screenshot({ path: join(ARTIFACTS, 'schools.png'), fullPage: true });

    // The directory's export holds every matching row (all 16, paged from the API), not only this page.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('.school-directory .export-xlsx'),
    ]);
    const path = join(ARTIFACTS, 'schools.xlsx');
    await download.saveAs(path);
    const sheet = await sheetRows(path);
    const start = sheet.findIndex((r) => r[0] === '学校代码');
    expect(sheet[start]).toContain('学校名称');
    expect(sheet.slice(start + 1)).toHaveLength(16);
    expect(sheet[start + 1]?.[1]).toBe('甲县第一中学');

    // The school page: attributes, history, events and the yearly figures (2023: 200, 2025: 180).
    await page.click('.school-link[data-code="KA00000001"]');
    await page.waitForSelector('.school-statistics .ant-table-row');
    expect(new URL(page.url()).pathname).toBe('/app/schools/KA00000001');
    expect(await page.textContent('.school-heading')).toBe('甲县实验幼儿园');
    const figures = await page.$$eval('.school-statistics .ant-table-tbody tr.ant-table-row', (trs) =>
      trs.map((r) => [...r.querySelectorAll('td')].slice(0, 2).map((td) => td.textContent?.trim())),
    );
    expect(figures).toEqual([
      ['2023', '200'],
      ['2025', '180'],
    ]);
    // One name per class, as the plan writes it (省一类及以上): never the bare 一类 / 二类.
    expect(await page.textContent('.school-attributes')).toContain('省一类');
    expect(await page.textContent('.school-attributes')).not.toMatch(/(^|[^省])[一二三]类/);
    expect(await page.textContent('.school-history')).toContain('省二类');
    expect(await page.textContent('.school-history')).not.toMatch(/(^|[^省])[一二三]类/);
    await page.screenshot({ path: join(ARTIFACTS, 'school-KA00000001.png'), fullPage: true });
  });

  it('offers the security auditor no directory, and says so at its address', async () => {
    const page = await newPage();
    await page.goto(`${base}/app/schools`);
    await submitLogin(page, 'auditor', TEST_PASSWORD);
    await page.waitForSelector('.page-no-access');
    expect(await page.textContent('.page-no-access')).toContain('您的角色（安全审计员）没有查看此页面的权限');
    expect(await page.$$eval('#nav-schools', (els) => els.length)).toBe(0);
    expect(await page.$$eval('.page-error', (els) => els.length)).toBe(0);
    // A school's page too, without asking the API.
    await page.goto(`${base}/app/schools/KA00000001`);
    await page.waitForSelector('.page-no-access');
    await page.click('.page-no-access-home');
    expect(new URL(page.url()).pathname).toBe('/app/');
  });

  it('exports the county page’s school table to an .xlsx whose rows match the screen', async () => {
    const page = await newPage();
    await page.goto(`${base}/app/counties/999901`);
    await submitLogin(page, 'citystaff', TEST_PASSWORD);
    await page.waitForSelector('.school-breakdown .ant-table-row');
    const screen = await page.$$eval('.school-breakdown .ant-table-tbody tr.ant-table-row', (rows) =>
      rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')),
    );
    expect(screen.map((r) => [r[0], r[6], r[7]])).toEqual([
      ['甲县实验幼儿园', '180', '180'],
      ['甲县阳光幼儿园', '0', '60'],
      ['甲县育才幼儿园', '0', '60'],
    ]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('.school-breakdown .export-xlsx'),
    ]);
    expect(download.suggestedFilename()).toMatch(/^县1-T1-2025-\d{8}\.xlsx$/);
    const path = join(ARTIFACTS, 'county-999901-T1.xlsx');
    await download.saveAs(path);
    const all = await sheetRows(path);
    // A demo data set gets a 演示数据 title row; then the Chinese headers and one row per screen row.
    const { dataset } = (await page.evaluate(() =>
      fetch('/api/v1/targets/T1/breakdown?org=999901&year=2025&by=institution').then((r) => r.json()),
    )) as { dataset: { demo: boolean } };
    if (dataset.demo) expect(all[0]![0]).toContain('演示数据');
    const rows = dataset.demo ? all.slice(1) : all;
    expect(rows[0]).toEqual([
      '学校代码',
      '学校名称',
      '乡镇（街道）',
      '办学类型',
      '举办者',
      // T1 counts by 办学性质 (public kindergartens): the column names what it counts by.
      '计入依据（办学性质）',
      '计入分子',
      '分子',
      '分母',
    ]);
    expect(rows.slice(1).map((r) => r.slice(1))).toEqual(screen);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['KA00000001', 'KA00000002', 'KA00000003']);
  });

  it('shows the plan’s milestones and the lagging counties on the cockpit', async () => {
    const page = await newPage();
    await page.goto(`${base}/app/`);
    await submitLogin(page, 'citystaff', TEST_PASSWORD);
    await page.waitForSelector('.milestone-timeline .milestone');
    const plan = (await page.evaluate(() => fetch('/api/v1/plan').then((r) => r.json()))) as {
      plan: { milestones: unknown[] };
    };
    expect(await page.$$eval('.milestone-timeline .milestone', (els) => els.length)).toBe(
      plan.plan.milestones.length,
    );
    // Each milestone's tag states the city's completion status as the milestones API computes it
    // (not only whether its deadline has passed), in the plan's words.
    const computed = (await page.evaluate(() => fetch('/api/v1/milestones').then((r) => r.json()))) as {
      milestones: Array<{ id: string; cityStatus: string }>;
    };
    const words: Record<string, string> = {
      done: '已完成',
      notDone: '未完成',
      overdue: '逾期未完成',
      toVerify: '待核实',
      notRequired: '不涉及',
    };
    const shown = await page.$$eval('.milestone-timeline .milestone', (els) =>
      els.map((e) => [e.getAttribute('data-milestone'), e.querySelector('.ant-tag')?.textContent]),
    );
    expect(Object.fromEntries(shown)).toEqual(
      Object.fromEntries(computed.milestones.map((m) => [m.id, words[m.cityStatus]])),
    );
    expect(await page.textContent('.milestone-note')).not.toContain('暂无时间节点的完成情况数据');
    await page.waitForSelector('.lagging-list li');
    expect(await page.$$eval('.lagging-list li', (els) => els.length)).toBe(7);
    await page.screenshot({ path: join(ARTIFACTS, 'cockpit-plan.png'), fullPage: true });
  });

  it('runs without script errors under the Content-Security-Policy', () => {
    expect(consoleErrors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
  });
});
