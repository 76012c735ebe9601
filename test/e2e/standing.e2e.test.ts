/**
 * The school's standing page (本校概况, issue 13 item 7) in Chromium, on the small invented city
 * (test/support/small-dataset.ts), the server's clock at 2025-10-20 10:00 Beijing time. Expected
 * values are worked out by hand in the comments; screenshots at 1366 px and 390 px go to
 * test-artifacts/.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../support/accounts.ts';
import {
  ARTIFACTS,
  browserAvailable,
  startBrowserHarness,
  submitLogin,
  type BrowserHarness,
} from '../support/browser.ts';

describe.runIf(browserAvailable)('school standing page in Chromium', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowserHarness({ clock: () => new Date('2025-10-20T10:00:00+08:00') });
  });
  afterAll(async () => {
    await h?.close();
  });

  async function loginAs(username: string, path: string, viewport?: { width: number; height: number }) {
    const page = await h.newPage(viewport);
    await page.goto(`${h.base}/app${path}`);
    await submitLogin(page, username, TEST_PASSWORD);
    return page;
  }
  const row = (page: Page, target: string) => page.locator(`.standing-targets tr[data-target="${target}"]`);

  it("shows the kindergarten's own figures against its county and the city", async () => {
    const page = await loginAs('clerk', '/');
    await page.waitForSelector('#standing-page');
    // The two targets a public kindergarten counts in, in the plan's order.
    expect(await page.locator('.standing-targets tr[data-target]').count()).toBe(2);
    // T1: public, so its 180 children count in the numerator. County 1: 180 of 300 = 60.0%, 滞后
    // (trajectory 0.65). City: 610 of 850 = 71.8% (0.71765), 进度正常 (trajectory 0.7095).
    const t1 = row(page, 'T1');
    expect(await t1.locator('.standing-own').getAttribute('data-in-numerator')).toBe('true');
    expect(await t1.locator('.standing-own').textContent()).toContain('计 180 人');
    expect(await t1.locator('.standing-own').textContent()).toContain('举办者：公办');
    expect(await t1.locator('[data-org="999901"]').textContent()).toBe('60.0%（180/300）滞后');
    expect(await t1.locator('[data-org="999900"]').textContent()).toBe('71.8%（610/850）进度正常');
    // T2: rated 省一类 from 2025 → in the numerator; county 1 has 1 of 3 kindergartens 一类 or better.
    const t2 = row(page, 'T2');
    expect(await t2.locator('.standing-own').textContent()).toContain('幼儿园等级：省一类');
    expect(await t2.locator('[data-org="999901"]').textContent()).toContain('33.3%（1/3）');
    // The 普及普惠 ratios: 3 classes of 60 (one per grade, sizes 60 > 25/30/35) → none within the
    // norm: 0.0%. County 1: 6 of its 9 classes within the norm (甲县阳光 20/20/20 and 甲县育才
    // 20/20/20) = 66.7%.
    const classes = page.locator('[data-measure="classesWithinNorm"]');
    expect(await classes.textContent()).toBe('0.0%');
    expect(await page.textContent('.standing-kindergarten')).toContain('66.7%');
    // Its returns: the open period first, not started, 12 days left.
    expect(await page.textContent('.standing-returns tr[data-period="2025-autumn"]')).toContain('未开始');
    expect(await page.textContent('.standing-returns tr[data-period="2025-autumn"]')).toContain('还有 12 天');
    // No other school of the county is named anywhere on the page.
    const text = (await page.textContent('#standing-page')) ?? '';
    for (const other of ['甲县阳光幼儿园', '甲县育才幼儿园', 'KA00000002']) expect(text).not.toContain(other);
    await page.screenshot({ path: join(ARTIFACTS, 'standing-clerk.png'), fullPage: true });
    await page.context().close();
  });

  it('lets a county officer open a school of its county, and hides the others', async () => {
    const page = await loginAs('county1', '/my-school/PA00000001');
    await page.waitForSelector('#standing-page .standing-section');
    expect(await page.textContent('#standing-title')).toBe('本校概况 · 甲县实验小学');
    // The primary school counts in T3 only; its one section is evaluated on L1–L7.
    expect(await page.locator('.standing-targets tr[data-target]').count()).toBe(1);
    expect(await page.locator('.standing-section[data-section="primary"] [data-indicator]').count()).toBe(7);
    // A county officer has no standing page of its own in the header (it is a school's page).
    expect(await page.locator('#nav-standing').count()).toBe(0);
    await page.goto(`${h.base}/app/my-school/KB00000001`);
    await page.waitForSelector('#standing-page .page-error');
    expect(await page.textContent('#standing-page .page-error')).toContain(
      '学校（机构）代码 KB00000001 不存在',
    );
    await page.context().close();
  });

  it('reads on a 390 px phone without horizontal scrolling of the page', async () => {
    const page = await loginAs('clerk', '/', { width: 390, height: 844 });
    await page.waitForSelector('#standing-page .standing-targets');
    const { scroll, client } = await page.$eval('html', (e) => ({
      scroll: e.scrollWidth,
      client: e.clientWidth,
    }));
    expect(scroll).toBeLessThanOrEqual(client);
    expect(await page.locator('#standing-form-link').isVisible()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'standing-clerk-390.png'), fullPage: true });
    await page.context().close();
  });

  it('runs without script errors', () => {
    // The refused school (404) logs "Failed to load resource"; that is the point of that step.
    expect(h.consoleErrors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
  });
});
