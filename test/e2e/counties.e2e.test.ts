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
import { DEMO_PASSWORD } from '../../src/app/demo/demo.service.ts';
import { bumpRevision, insertStatistics } from '../../src/db/registry/registry.repository.ts';
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
      .textContent(`.county-matrix .matrix-cell[data-org="${org}"][data-target="${target}"] .matrix-value`)
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
    const headers = await page.$$eval('.county-matrix thead .league-header strong', (els) =>
      els.map((e) => e.textContent),
    );
    expect(headers).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7']);
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

  it('heads the league table with short titles and thresholds, a legend, a status word in every cell and T4 verdicts', async () => {
    const page = await newPage();
    await page.goto(`${base}/app/counties?year=2025`);
    await submitLogin(page, 'citystaff', TEST_PASSWORD);
    await page.waitForSelector('.county-matrix .league-header-title');
    const header = (id: string) =>
      page.$eval(`.county-matrix thead .league-header[data-target="${id}"]`, (e) =>
        [...e.children].map((c) => c.textContent),
      );
    // The plan's short titles and 2027 thresholds (plans/jining-2024.yaml).
    expect(await header('T1')).toEqual(['T1', '公办园在园幼儿占比', '目标 ≥80%']);
    expect(await header('T2')).toEqual(['T2', '省一类及以上优质园占比', '目标 ≥70%']);
    expect(await header('T4')).toEqual(['T4', '普及普惠和优质均衡达标县占比', '目标 ≥60%']);
    expect(await header('T7')).toEqual(['T7', '特教学校达标评价通过率', '目标 ≥100%']);

    const word = (org: string, target: string) =>
      page
        .textContent(`.county-matrix .matrix-cell[data-org="${org}"][data-target="${target}"] .matrix-status`)
        .then((t) => t?.trim());
    // 县1 2025: T1 180/300 = 60 % against the trajectory 65 % → 滞后; T2 1/3 = 33.3 % against
    // 0 + 70 % × 2/4 = 35 % (gap 1.7 points ≤ 2) → 进度正常; T3 1/1 → 达标.
    expect(await word('999901', 'T1')).toBe('滞后');
    expect(await cell(page, '999901', 'T2')).toBe('33.3%');
    expect(await word('999901', 'T2')).toBe('进度正常');
    expect(await word('999901', 'T3')).toBe('达标');
    // Every value cell carries a word.
    const words = await page.$$eval('.county-matrix .matrix-cell', (els) =>
      els.map((e) => e.querySelector('.matrix-status')?.textContent ?? ''),
    );
    expect(words.length).toBeGreaterThan(0);
    expect(words.filter((w) => w === '')).toEqual([]);

    // The legend: one swatch per verdict colour, and what "—" means.
    const legend = await page.$$eval('.league-legend .legend-item', (els) => els.map((e) => e.textContent));
    expect(legend).toEqual(['达标', '进度正常', '滞后', '严重滞后', '无统计对象']);
    expect(await page.textContent('.league-legend')).toContain('“—”：该单位没有此类学校');

    // T4: each assessed county's two verdicts (the standards overview's), the zone not assessed.
    await page.waitForSelector('.county-matrix .t4-verdicts[data-org="999901"] .t4-verdict');
    const overview = (await page.evaluate(() =>
      fetch('/api/v1/standards?year=2025').then((r) => r.json()),
    )) as {
      counties: Array<{
        countyCode: string;
        compulsoryBalanced: { verdict: string };
        preschoolUniversal: { verdict: string };
      }>;
    };
    const words4: Record<string, string> = { pass: '达标', fail: '未达标', incomplete: '待补充' };
    for (const c of overview.counties) {
      const text = await page.$$eval(
        `.county-matrix .t4-verdicts[data-org="${c.countyCode}"] .t4-verdict`,
        (els) => els.map((e) => e.textContent),
      );
      expect(text).toEqual([
        `优质均衡 ${words4[c.compulsoryBalanced.verdict]}`,
        `普及普惠 ${words4[c.preschoolUniversal.verdict]}`,
      ]);
    }
    expect(overview.counties.map((c) => c.countyCode).sort()).toEqual(['999901', '999902', '999903']);
    expect(await page.textContent('.county-matrix .t4-verdicts[data-org="999904"]')).toBe('不参评');
    await page.screenshot({ path: join(ARTIFACTS, 'counties-league.png'), fullPage: true });
  });

  it('opens the why view from a league-table cell in one click: the schools ranked by gain', async () => {
    const page = await newPage();
    await page.goto(`${base}/app/counties?year=2025`);
    await submitLogin(page, 'citystaff', TEST_PASSWORD);
    await page.waitForSelector('.county-matrix .matrix-cell');
    await page.click('.county-matrix .matrix-cell[data-org="999901"][data-target="T1"]');
    await page.waitForSelector('#why-page .why-list .ant-table-row');
    const url = new URL(page.url());
    expect(url.pathname).toBe('/app/why/T1');
    expect(url.searchParams.get('org')).toBe('999901');
    expect(url.searchParams.get('year')).toBe('2025');
    expect(await page.textContent('.why-heading')).toBe('县1 · T1 公办园在园幼儿占比 · 为什么偏低');
    expect(await page.textContent('.why-summary')).toContain(
      '2025—2026 学年：60.0%（分子 180 / 分母 300），2027 年目标 ≥80%',
    );
    expect(await page.textContent('.why-basis')).toBe('计入分子的条件：办学性质为公办');
    // 180/300 + 60/300 = 240/300 = 80 %: the first school in the list is enough.
    expect(await page.textContent('.why-reach')).toBe('按下表顺序，再有 1 所计入即可达到 2027 年目标。');
    const rows = await page.$$eval('#why-page .why-list .ant-table-tbody tr.ant-table-row', (trs) =>
      trs.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')),
    );
    // [rank, school, township, type, ownership, weight, gain, value if counted]: 阳光 and 育才 have
    // 60 children each, 60 ÷ 300 = 20 points, to 80.0 %; equal gains in code order.
    expect(rows.map((r) => [r[0], r[1], r[4], r[5], r[6], r[7]])).toEqual([
      ['1', '甲县阳光幼儿园', '其他民办', '60', '+20.0 个百分点', '80.0%'],
      ['2', '甲县育才幼儿园', '普惠性民办', '60', '+20.0 个百分点', '80.0%'],
    ]);
    await page.screenshot({ path: join(ARTIFACTS, 'why-T1-999901.png'), fullPage: true });
    // Each school links to its record.
    await page.click('#why-page .why-school-link[data-code="KA00000002"]');
    await page.waitForURL(/\/app\/schools\/KA00000002/);
  });

  it('shows what counts on the county page and opens the why view from it', async () => {
    const page = await newPage();
    await page.goto(`${base}/app/counties/999901?year=2025`);
    await submitLogin(page, 'citystaff', TEST_PASSWORD);
    await page.waitForSelector('.school-breakdown .ant-table-row');
    // T1 counts public kindergartens: the column names ownership and shows it, not "—".
    expect(await page.textContent('.school-breakdown th:has-text("计入依据")')).toBe('计入依据（办学性质）');
    expect((await schoolRows(page)).map((r) => r[4])).toEqual(['公办', '其他民办', '普惠性民办']);

    await page.click('.school-breakdown .ant-segmented-item:has-text("T5")');
    await expect
      .poll(async () => (await schoolRows(page)).map((r) => r[0]))
      .toEqual(['甲县第一中学', '甲县第二中学']);
    expect((await schoolRows(page)).map((r) => r[4])).toEqual(['是', '否']);
    await page.click('.school-breakdown .why-link[data-target="T5"]');
    await page.waitForSelector('#why-page .why-list .ant-table-row');
    expect(new URL(page.url()).pathname).toBe('/app/why/T5');
    const rows = await page.$$eval('#why-page .why-list .ant-table-tbody tr.ant-table-row', (trs) =>
      trs.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')),
    );
    // 甲县 T5: 1 of 2 high schools evaluated; the second (not evaluated: 否) would add 1/2 = 50 points.
    expect(rows.map((r) => [r[1], r[5], r[7], r[8]])).toEqual([
      ['甲县第二中学', '否', '+50.0 个百分点', '100.0%'],
    ]);
    const th = await page.$$eval('#why-page .why-list thead th', (els) => els.map((e) => e.textContent));
    expect(th).toContain('普通高中办学质量评估已完成');
    // Back to the county.
    await page.click('.why-back');
    await page.waitForSelector('.school-breakdown');
    expect(new URL(page.url()).pathname).toBe('/app/counties/999901');
  });

  it('greys a partial year, with its coverage in a banner and no verdict', async () => {
    // 2026: one kindergarten (甲县实验幼儿园, public, 200 children) of the 15 operating institutions
    // (16 less 王庄小学教学点, merged in 2025) has approved statistics: 1 / 15 = 6.7 %.
    const grades = (['K1', 'K2', 'K3'] as const).map((grade, i) => {
      const n = i === 0 ? 68 : 66;
      return { grade, male: Math.floor(n / 2), female: n - Math.floor(n / 2), classSizes: [n] };
    });
    await insertStatistics(h.ctx.db, [
      { institutionCode: 'KA00000001', schoolYear: 2026, grades, stages: {} },
    ]);
    await bumpRevision(h.ctx.db);

    const page = await newPage();
    await page.goto(`${base}/app/counties?year=2026`);
    await submitLogin(page, 'citystaff', TEST_PASSWORD);
    await page.waitForSelector('.county-matrix .matrix-cell');
    expect(await page.textContent('.league-partial')).toContain(
      '2026—2027 学年的数据尚不完整：已有 1 / 15 所学校的数据（6.7%）',
    );
    // 县1 T1 is 200/200 = 100 % on the one school reported: grey, "数据不完整", never 达标.
    expect(await cell(page, '999901', 'T1')).toBe('100.0%');
    const c1 = '.county-matrix .matrix-cell[data-org="999901"][data-target="T1"]';
    expect(await page.textContent(`${c1} .matrix-status`)).toBe('数据不完整');
    expect(await page.getAttribute(c1, 'style')).toContain('background-color: rgb(240, 240, 240)');
    // 县2 has no kindergarten reported yet: "—", said as such.
    expect(await cell(page, '999902', 'T1')).toBe('—');
    expect(
      await page.textContent(
        '.county-matrix .matrix-cell[data-org="999902"][data-target="T1"] .matrix-status',
      ),
    ).toBe('尚无已报数据');
    // No cell carries a verdict, and the legend has no verdict colours.
    const statuses = await page.$$eval('.county-matrix .matrix-cell', (els) =>
      els.map((e) => e.getAttribute('data-status')),
    );
    expect(new Set(statuses)).toEqual(new Set(['partial']));
    const legend = await page.$$eval('.league-legend .legend-item', (els) => els.map((e) => e.textContent));
    expect(legend).toEqual(['数据不完整']);
    await page.screenshot({ path: join(ARTIFACTS, 'counties-partial-2026.png'), fullPage: true });

    // The why view of the partial year says so too, with 县1's own coverage: its 7 operating
    // institutions in 2026 (3 kindergartens, the special school, 甲县实验小学, 2 high schools), 1 reported.
    await page.click(c1);
    await page.waitForSelector('#why-page .why-partial');
    expect(await page.textContent('#why-page .why-partial')).toContain('已有 1 / 7 所学校的数据（14.3%）');
    expect(await page.$('#why-page .why-status')).toBeNull();
  });

  it('runs without script errors under the Content-Security-Policy', () => {
    // The refused 401s/404s log "Failed to load resource"; anything else (a script error, a CSP
    // violation, a library warning) is a failure.
    expect(consoleErrors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
  });
});

describe.runIf(browserAvailable)('county map for a county account, on the Jining demo data', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowserHarness({ dataset: 'jining' });
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  it('labels the other counties by name (names are public), with their figures kept out', async () => {
    const page = await h.newPage();
    await page.goto(`${h.base}/app/counties`);
    // 任城区教体局 (370811): its own figures only.
    await submitLogin(page, 'rencheng', DEMO_PASSWORD);
    await page.waitForSelector('.county-map svg text');
    const units = await page.$$eval('.county-matrix .county-link', (els) => els.map((e) => e.textContent));
    expect(units).toEqual(['任城区']);
    const labels = await page.$$eval('.county-map svg text', (els) => els.map((e) => e.textContent ?? ''));
    // The 11 county-level divisions of 济宁市 (NBS division list), written out by hand.
    for (const name of [
      '任城区',
      '兖州区',
      '微山县',
      '鱼台县',
      '金乡县',
      '嘉祥县',
      '汶上县',
      '泗水县',
      '梁山县',
      '曲阜市',
      '邹城市',
    ]) {
      expect(labels).toContain(name);
    }
    expect(labels.filter((l) => /^\d{6}$/.test(l))).toEqual([]);
    // Another county's region does not open its (out-of-scope) page.
    await page.click('.county-map svg text:text-is("梁山县")');
    await page.waitForTimeout(300);
    expect(new URL(page.url()).pathname).toBe('/app/counties');
    await page.screenshot({ path: join(ARTIFACTS, 'counties-map-county-account.png'), fullPage: true });
  });
});
