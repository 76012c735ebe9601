/**
 * The web app on the Jining demo data (演示数据) in real Chromium: the choropleth draws the 11
 * counties of Jining from data/jining-counties.geojson, hover shows a county's value and a click
 * opens it; charts save as PNG; the pages are usable at phone width. The county names below are
 * the 11 county-level divisions of 济宁市 in the NBS division list (data/SOURCES.md), written out by
 * hand. Set-up: test/support/browser.ts with dataset 'jining'.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/app/demo/demo.service.ts';
import {
  ARTIFACTS,
  browserAvailable,
  startBrowserHarness,
  type BrowserHarness,
  submitLogin,
} from '../support/browser.ts';

const COUNTIES: Record<string, string> = {
  '370811': '任城区',
  '370812': '兖州区',
  '370826': '微山县',
  '370827': '鱼台县',
  '370828': '金乡县',
  '370829': '嘉祥县',
  '370830': '汶上县',
  '370831': '泗水县',
  '370832': '梁山县',
  '370881': '曲阜市',
  '370883': '邹城市',
};

/** Width and height of a PNG file, from its IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(path: string): { width: number; height: number } {
  const data = readFileSync(path);
  expect([...data.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(data.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

describe.runIf(browserAvailable)('web app on the Jining demo data in Chromium', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowserHarness({ dataset: 'jining' });
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  async function logIn(page: Page, username = 'city'): Promise<void> {
    await page.goto(`${h.base}/app/`);
    await submitLogin(page, username, DEMO_PASSWORD);
    await page.waitForSelector('.target-card');
  }

  /** The text of the map's tooltip while the pointer is on a county's name. */
  async function hoverCounty(page: Page, name: string): Promise<string> {
    await page.hover(`.county-map svg text:text-is("${name}")`);
    const tip = page.locator('.county-map div', { hasText: `${name}：` }).last();
    await tip.waitFor({ state: 'visible' });
    return (await tip.textContent())?.trim() ?? '';
  }

  it('draws the 11 counties of Jining on the map, each with the value of the matrix', async () => {
    const page = await h.newPage();
    await logIn(page);
    await page.click('#nav-counties');
    await page.waitForSelector('.county-map svg text');
    // The region names are SVG text drawn by ECharts from the GeoJSON; the two numbers are the
    // colour scale's ends.
    const texts = await page.$$eval('.county-map svg text', (els) => els.map((e) => e.textContent));
    const names = texts.filter((t) => !/%$/.test(t ?? ''));
    expect(names.sort()).toEqual(Object.values(COUNTIES).sort());
    // The three functional zones have no polygon: listed beside the map instead.
    const zones = await page.$$eval('.zone-list .zone-item a', (els) => els.map((e) => e.textContent));
    expect(zones.sort()).toEqual(['太白湖新区', '济宁经济技术开发区', '济宁高新区'].sort());

    // Hover: every county's region answers with its name and its T1 value, the matrix's figure.
    for (const [code, name] of Object.entries(COUNTIES)) {
      const cell = (
        await page.textContent(
          `.county-matrix .matrix-cell[data-org="${code}"][data-target="T1"] .matrix-value`,
        )
      )?.trim();
      expect(cell).toMatch(/^\d+\.\d%$/);
      expect(await hoverCounty(page, name)).toBe(`${name}：${cell}`);
    }
    await page.screenshot({ path: join(ARTIFACTS, 'jining-counties.png'), fullPage: true });

    // Click on the map: the county page of 邹城市.
    await page.click('.county-map svg text:text-is("邹城市")');
    await page.waitForSelector('.county-heading');
    expect(new URL(page.url()).pathname).toBe('/app/counties/370883');
    expect(await page.textContent('.county-heading')).toContain('邹城市');
    await page.context().close();
  });

  it('saves the map, a card trend and the county trend as titled PNG images', async () => {
    const page = await h.newPage();
    await logIn(page);

    // A target card's button saves the full trend chart (800×420 at 2×), not the sparkline.
    const [cardPng] = await Promise.all([
      page.waitForEvent('download'),
      page.click('.target-card[data-target="T1"] .save-png'),
    ]);
    expect(cardPng.suggestedFilename()).toBe('济宁市-T1-历年趋势-2025.png');
    await cardPng.saveAs(join(ARTIFACTS, 'card-T1.png'));
    expect(pngSize(join(ARTIFACTS, 'card-T1.png'))).toEqual({ width: 1600, height: 840 });

    await page.click('#nav-counties');
    await page.waitForSelector('.county-map svg text');
    const [mapPng] = await Promise.all([page.waitForEvent('download'), page.click('.chart-tools .save-png')]);
    expect(mapPng.suggestedFilename()).toBe('T1 分布图 · 2025—2026 学年（演示数据）.png');
    await mapPng.saveAs(join(ARTIFACTS, 'map-T1.png'));
    expect(pngSize(join(ARTIFACTS, 'map-T1.png'))).toEqual({ width: 1800, height: 1280 });

    await page.click('.county-map svg text:text-is("任城区")');
    await page.waitForSelector('.county-trend canvas');
    await page.click('.county-trend .ant-segmented-item:has-text("T3")');
    const [trendPng] = await Promise.all([
      page.waitForEvent('download'),
      page.click('.county-trend .save-png'),
    ]);
    expect(trendPng.suggestedFilename()).toBe('任城区-T3-历年趋势-2025.png');
    await trendPng.saveAs(join(ARTIFACTS, 'county-trend-T3.png'));
    expect(pngSize(join(ARTIFACTS, 'county-trend-T3.png'))).toEqual({ width: 1600, height: 840 });
    // The chart on the page is titled with the unit and the target (aria label of its figure).
    expect(await page.getAttribute('.county-trend .trend-figure', 'aria-label')).toMatch(
      /^任城区 · T3 .+（演示数据）$/,
    );
    await page.context().close();
  });

  it('is usable at phone width: no sideways scrolling, navigation on one line', async () => {
    const page = await h.newPage({ width: 390, height: 844 });
    await logIn(page);
    const checkPage = async (name: string) => {
      const { scrollWidth, clientWidth } = await page.$eval('html', (root) => ({
        scrollWidth: root.scrollWidth,
        clientWidth: root.clientWidth,
      }));
      expect(scrollWidth, `${name} 页面横向溢出`).toBeLessThanOrEqual(clientWidth);
      // Each navigation link on a single line, inside the screen.
      const links = await page.$$eval('.app-nav a', (els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          return { text: e.textContent, height: r.height, right: r.right };
        }),
      );
      expect(links.map((l) => l.text)).toEqual([
        '驾驶舱',
        '县区对比',
        '月度调度',
        '督导评价',
        '学校名录',
        '创建达标',
        '数据采集',
        '重点任务',
        '工作方案',
        '报告审核',
        '督办清单',
        '时间节点',
      ]);
      for (const l of links) {
        expect(l.height, `${l.text} 换行`).toBeLessThan(30);
        expect(l.right).toBeLessThanOrEqual(390);
      }
      await page.screenshot({ path: join(ARTIFACTS, `phone-${name}.png`), fullPage: true });
    };
    await checkPage('cockpit');
    await page.click('#nav-counties');
    await page.waitForSelector('.county-map svg text');
    await checkPage('counties');
    await page.click('#nav-schools');
    await page.waitForSelector('.school-directory .ant-table-row');
    await checkPage('schools');
    await page.goto(`${h.base}/app/counties/370827`);
    await page.waitForSelector('.school-breakdown .ant-table-row');
    await checkPage('county');
    await page.click('#nav-collection');
    await page.waitForSelector('.completeness-schools .ant-table-row');
    await checkPage('collection');
    // Demo data says so on the collection pages too.
    expect(await page.textContent('.demo-banner')).toContain('演示数据');
    await page.click('.completeness-schools .ant-table-row a');
    await page.waitForSelector('.submission-editor .collection-table');
    await checkPage('submission');
    expect(await page.textContent('.demo-banner')).toContain('演示数据');
    expect(h.consoleErrors.filter((e) => !e.includes('401'))).toEqual([]);
    await page.context().close();
  });
});
