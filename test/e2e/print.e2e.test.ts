/**
 * Printing (web/src/print.css, web/src/export/print.ts) in real Chromium on the Jining demo data
 * (演示数据): the cockpit, a county page and the standards page in print media show no header,
 * navigation, buttons or selector arrows, but the page's title, unit and school year, the 演示数据
 * banner and the time of printing; the PDF Chromium prints (read back with pdftotext, when
 * poppler-utils is installed) says the same. The school year 2025—2026 is the demo's latest
 * complete one (the session's default year); the unit names are the NBS names of 济宁市 and 鱼台县.
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
  submitLogin,
  type BrowserHarness,
} from '../support/browser.ts';
import { documentClient, pdfText } from '../support/documents.ts';

/** Browser globals used inside page functions (the test project's lib has no DOM). */
declare const getComputedStyle: (element: unknown, pseudo?: string) => Record<string, string>;
declare const document: { body: unknown };

const YEAR = '2025—2026 学年';

/** "2026/12/04 01:56" in Asia/Shanghai, as the stamp writes the time (written out, not the app's code). */
function beijingMinute(at: Date): string {
  const t = new Date(at.getTime() + 8 * 3600_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${t.getUTCFullYear()}/${two(t.getUTCMonth() + 1)}/${two(t.getUTCDate())} ${two(t.getUTCHours())}:${two(t.getUTCMinutes())}`;
}

/** Elements matching the selector that take up space in the current media. */
const visibleCount = (page: Page, selector: string) =>
  page.$$eval(
    selector,
    (els) =>
      els.filter((e) => {
        const r = e.getBoundingClientRect();
        const s = getComputedStyle(e);
        return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
      }).length,
  );

describe.runIf(browserAvailable)('the print layout in Chromium', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowserHarness({ dataset: 'jining' });
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  const cases: { name: string; path: string; ready: string; heading: string; title: string }[] = [
    {
      name: 'cockpit',
      path: '/app/',
      ready: '.target-card',
      heading: '.cockpit-bar h4',
      title: '济宁市 · 七项 2027 年目标',
    },
    {
      name: 'county',
      path: '/app/counties/370827',
      ready: '.county-heading',
      heading: '.county-heading',
      title: `鱼台县 · ${YEAR}`,
    },
    {
      name: 'standards',
      path: '/app/standards',
      ready: '.standards-table .standards-county-link',
      heading: '.standards-heading',
      title: `济宁市 · 创建达标分析 · ${YEAR}`,
    },
  ];

  for (const c of cases) {
    it(`prints the ${c.name} page without navigation and controls, with title, unit, year and time`, async () => {
      const page = await h.newPage();
      await page.goto(`${h.base}/app/`);
      await submitLogin(page, 'city', DEMO_PASSWORD);
      await page.waitForSelector('.target-card');
      await page.goto(`${h.base}${c.path}`);
      await page.waitForSelector(c.ready);
      await page.waitForSelector('.demo-banner');

      // On screen: the header, its navigation and the buttons are there (the test can fail).
      expect(await visibleCount(page, '.app-header')).toBe(1);
      expect(await visibleCount(page, '.app-nav a')).toBeGreaterThan(0);
      expect(await visibleCount(page, 'button')).toBeGreaterThan(0);

      const before = new Date();
      await page.emulateMedia({ media: 'print' });
      expect(await visibleCount(page, '.app-header')).toBe(0);
      expect(await visibleCount(page, '.app-nav a, #logout')).toBe(0);
      expect(await visibleCount(page, 'button, .ant-btn')).toBe(0);
      expect(await visibleCount(page, '.ant-select-arrow, .ant-select-suffix')).toBe(0);
      expect(await visibleCount(page, '.ant-pagination, .ant-table-filter-trigger, .ant-switch')).toBe(0);
      expect(await visibleCount(page, '.cockpit-bar a')).toBe(0);

      // The title with its unit; the year (in the heading, or the selector printed as its text).
      expect(await page.textContent(c.heading)).toBe(c.title);
      expect(await visibleCount(page, c.heading)).toBe(1);
      expect(await page.innerText('.cockpit-bar')).toContain(YEAR);
      expect(await visibleCount(page, '.demo-banner')).toBe(1);
      // The stamp above the page: the platform and the time of printing, in Beijing time.
      const stamp = await page.evaluate(() => getComputedStyle(document.body, '::before').content!);
      const after = new Date();
      expect(stamp).toContain('EduPlan 扩优提质行动平台');
      expect(stamp).toMatch(/打印时间：\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}（北京时间）/);
      expect([beijingMinute(before), beijingMinute(after)].some((m) => stamp.includes(m))).toBe(true);
      await page.screenshot({ path: join(ARTIFACTS, `print-${c.name}.png`), fullPage: true });

      // The printed PDF as text.
      const pdf = join(ARTIFACTS, `print-${c.name}.pdf`);
      await page.pdf({ path: pdf, format: 'A4', printBackground: true });
      expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      if (documentClient('pdftotext')) {
        const text = pdfText(pdf).replace(/[ \t]+/g, ' ');
        expect(text).toContain(c.title);
        expect(text).toContain(YEAR);
        expect(text).toContain('演示数据');
        expect(text).toContain('打印时间');
        for (const control of ['退出登录', 'English', '导出 Excel', '保存图片', '含待审核数据']) {
          expect(text, `打印件中不应有“${control}”`).not.toContain(control);
        }
        // The navigation's own items (the header is not printed).
        expect(text).not.toContain('学校名录');
        expect(text).not.toContain('数据采集');
      }
      await page.context().close();
    });
  }

  it('runs without script errors', () => {
    expect(h.consoleErrors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
  });
});
