/**
 * The 县区对比 county comparison and the county page in a real browser (Debian's Chromium driven by
 * playwright-core), on the small invented city (test/support/small-dataset.ts). Its codes 999901…
 * have no polygons in data/jining-counties.geojson, so every unit is listed beside the map.
 * Set-up (Chromium, app, built SPA) is test/support/browser.ts. Screenshots go to
 * test-artifacts/. Without Chromium the suite is skipped with a notice, unless EDUPLAN_REQUIRE_E2E=1.
 */
import { join } from 'node:path';
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

describe.runIf(browserAvailable)('web app county comparison in Chromium', () => {
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

  const cell = (page: Page, org: string, target: string) =>
    page
      .textContent(`.county-matrix .matrix-cell[data-org="${org}"][data-target="${target}"]`)
      .then((t) => t?.trim());

  /** The rows of the school table as [name, township, type, ownership, attribute, counted, n, d]. */
  const schoolRows = (page: Page) =>
    page.$$eval('.school-breakdown .ant-table-tbody tr.ant-table-row', (rows) =>
      rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')),
    );

  it('shows the counties × targets matrix and the zone list, and opens a county', async () => {
    const page = await newPage();
    await page.goto(`${base}/app/`);
    await submitLogin(page, 'citystaff', TEST_PASSWORD);
    await page.waitForSelector('.target-card');
    await page.click('#nav-counties');
    await page.waitForSelector('.county-matrix .matrix-cell');
    expect(new URL(page.url()).pathname).toBe('/app/counties');

    // One row per county-level unit, the functional zone included, never the city.
    const units = await page.$$eval('.county-matrix .county-link', (els) => els.map((e) => e.textContent));
    expect(units).toEqual(['县1', '县2', '县3', '开发区']);
    const headers = await page.$$eval('.county-matrix thead th', (els) => els.map((e) => e.textContent));
    for (const id of ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7']) expect(headers).toContain(id);
    // 县1 (999901) T1 in 2025, the latest year: 180 / 300 = 60.0%.
    expect(await cell(page, '999901', 'T1')).toBe('60.0%');

    // Sorting by T1 orders the rows by value.
    const values = async () =>
      page.$$eval('.county-matrix .matrix-cell[data-target="T1"]', (els) =>
        els.map((e) => Number.parseFloat(e.textContent ?? 'NaN')),
      );
    await page.click('.county-matrix thead th:has-text("T1")');
    const ascending = (await values()).filter((v) => !Number.isNaN(v));
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

    // The map (SVG) is drawn; no small-city unit has a polygon, so all four are listed beside it.
    await page.waitForSelector('.county-map svg');
    const zones = await page.$$eval('.zone-list .zone-item a', (els) => els.map((e) => e.textContent));
    expect(zones).toEqual(['县1', '县2', '县3', '开发区']);
    expect(await page.textContent('.zone-list [data-org="999901"] .zone-value')).toBe('60.0%');
    expect(await page.textContent('.map-attribution')).toBe('边界数据：DataV.GeoAtlas（高德），GCJ-02');
    await page.screenshot({ path: join(ARTIFACTS, 'counties.png'), fullPage: true });

    // 县1 → its page: T1 60.0%, and the three kindergartens behind the number.
    await page.click('.county-matrix .county-link[data-org="999901"]');
    await page.waitForSelector('.school-breakdown .ant-table-row');
    expect(new URL(page.url()).pathname).toBe('/app/counties/999901');
    expect(await page.textContent('.county-heading')).toContain('县1');
    expect(await page.textContent('[data-target="T1"] .target-value')).toBe('60.0%');
    const rows = await schoolRows(page);
    expect(rows.map((r) => [r[0], r[2], r[5], r[6], r[7]])).toEqual([
      ['甲县实验幼儿园', '幼儿园', '是', '180', '180'],
      ['甲县阳光幼儿园', '幼儿园', '否', '0', '60'],
      ['甲县育才幼儿园', '幼儿园', '否', '0', '60'],
    ]);
    expect(rows.map((r) => r[3])).toEqual(['公办', '其他民办', '普惠性民办']);
    // The table is the API's answer, row for row.
    const api = await page.evaluate(() =>
      fetch('/api/v1/targets/T1/breakdown?org=999901&year=2025&by=institution').then((r) => r.json()),
    );
    expect(rows.map((r) => r[0])).toEqual(
      (api as { rows: { institutionName: string }[] }).rows.map((r) => r.institutionName),
    );
    expect(await page.textContent('.breakdown-total')).toContain('180');
    await page.screenshot({ path: join(ARTIFACTS, 'county-999901.png'), fullPage: true });

    // Filter on 计入分子 = 否: the two kindergartens that do not count.
    await page.click('.school-breakdown th:has-text("计入分子") .ant-table-filter-trigger');
    await page.click('.ant-table-filter-dropdown:visible .ant-dropdown-menu-item:has-text("否")');
    await page.click('.ant-table-filter-dropdown:visible .ant-btn-primary');
    await expect
      .poll(async () => (await schoolRows(page)).map((r) => r[0]))
      .toEqual(['甲县阳光幼儿园', '甲县育才幼儿园']);

    // The year stays in the address across pages.
    await page.goto(`${base}/app/counties/999901?year=2023`);
    await page.waitForSelector('.school-breakdown .ant-table-row');
    expect(await page.textContent('.county-heading')).toContain('2023—2024 学年');
    await page.click('#nav-counties');
    await page.waitForSelector('.county-matrix .matrix-cell');
    expect(page.url()).toContain('year=2023');
  });

  it('shows the API’s Chinese message for a county outside the scope or unknown', async () => {
    const page = await newPage();
    await page.goto(`${base}/app/counties/999902`);
    await submitLogin(page, 'county1', TEST_PASSWORD);
    await page.waitForSelector('.page-error');
    const expected = await page.evaluate(() =>
      fetch('/api/v1/targets?org=999902').then(async (r) => ({
        status: r.status,
        message: ((await r.json()) as { error: { message: string } }).error.message,
      })),
    );
    expect(expected.status).toBe(404);
    expect(expected.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await page.textContent('.page-error .ant-alert-title')).toBe(expected.message);

    await page.goto(`${base}/app/counties/123456`);
    await page.waitForSelector('.page-error');
    expect(await page.textContent('.page-error')).toMatch(/[\u4e00-\u9fff]/);
    await page.screenshot({ path: join(ARTIFACTS, 'county-not-found.png'), fullPage: true });
  });

  it('runs without script errors under the Content-Security-Policy', () => {
    // The refused 401s/404s log "Failed to load resource"; anything else (a script error, a CSP
    // violation, a library warning) is a failure.
    expect(consoleErrors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
  });
});
