/**
 * Where each role lands (issue 13, item 15: no role lands in a dead end), in a real browser
 * (Debian's Chromium) on the small invented city with the test accounts, the server's clock at
 * 2025-10-20 10:00 Beijing time (inside 2025 年秋季统计, 1 September – 31 October). Each account
 * logs in at /app/ and must land on a page that works for it: the cockpit for those who read the
 * targets, the school's own standing with the way to its form for a school clerk, the audit page
 * for the security auditor. Screenshots go to test-artifacts/.
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

/** The landing page each demo role of the small test accounts must reach, by its root's selector. */
const LANDINGS: Array<{ username: string; role: string; selector: string }> = [
  { username: 'citystaff', role: 'cityStaff', selector: '.cockpit' },
  // A county officer starts on the county's start page (本县工作台, stocktake area).
  { username: 'county1', role: 'countyAdmin', selector: '#my-county-page' },
  { username: 'inspector', role: 'inspector', selector: '.cockpit' },
  { username: 'finance', role: 'readOnly', selector: '.cockpit' },
  { username: 'cityadmin', role: 'cityAdmin', selector: '.cockpit' },
  { username: 'clerk', role: 'schoolClerk', selector: '#standing-page' },
  { username: 'auditor', role: 'auditAdmin', selector: '#audit-page' },
];

describe.runIf(browserAvailable)('landing page of every role in Chromium', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowserHarness({ clock: () => new Date('2025-10-20T10:00:00+08:00') });
  });
  afterAll(async () => {
    await h?.close();
  });

  async function landAs(username: string, selector: string): Promise<Page> {
    const page = await h.newPage();
    await page.goto(`${h.base}/app/`);
    await submitLogin(page, username, TEST_PASSWORD);
    await page.waitForSelector(selector, { timeout: 20_000 });
    return page;
  }

  for (const { username, role, selector } of LANDINGS) {
    it(`lands ${role} (${username}) on ${selector}, with no refusal on the page`, async () => {
      const page = await landAs(username, selector);
      // Still at the app's home address: the home page is the role's, not a redirect elsewhere.
      expect(new URL(page.url()).pathname).toBe('/app/');
      // Not a dead end: no error box, no "no permission" text anywhere on the landing page.
      expect(await page.locator('.page-error').count()).toBe(0);
      expect(await page.textContent('body')).not.toContain('没有此操作的权限');
      await page.screenshot({ path: join(ARTIFACTS, `landing-${username}.png`), fullPage: true });
      await page.context().close();
    });
  }

  it("gives the school clerk its school's standing with one click to its form", async () => {
    const page = await landAs('clerk', '#standing-page');
    expect(await page.textContent('#standing-title')).toBe('本校概况 · 甲县实验幼儿园');
    // The open period's form, named, with the days left (11.6 days to 31 October 23:59:59 → 12).
    const link = page.locator('#standing-form-link');
    expect(await link.getAttribute('href')).toBe('/app/collection/2025-autumn/KA00000001');
    expect(await link.textContent()).toBe('填写2025 年秋季统计报表');
    expect(await page.textContent('.standing-form')).toContain('还有 12 天');
    // The collection's reminder for the school's own form is on its landing page too.
    await expect.poll(() => page.textContent('#collection-reminder')).toContain('尚未开始填报');
    // The header's item for the page is there; the cockpit's is not (a clerk reads no targets).
    expect(await page.locator('#nav-standing').count()).toBe(1);
    expect(await page.locator('#nav-cockpit').count()).toBe(0);
    await link.click();
    await page.waitForSelector('.submission-editor');
    expect(await page.textContent('#submission-title')).toBe('甲县实验幼儿园');
    expect(new URL(page.url()).pathname).toBe('/app/collection/2025-autumn/KA00000001');
    // And back through the header to the standing page.
    await page.click('#nav-standing');
    await page.waitForSelector('#standing-page');
    expect(new URL(page.url()).pathname).toBe('/app/my-school');
    await page.context().close();
  });

  it('runs without script errors', () => {
    expect(h.consoleErrors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
  });
});
