/**
 * The server-rendered pages in a real browser (Debian's Chromium driven by playwright-core):
 * login with a wrong and a right password, the scoped start page, logout, and the forced password
 * change. Screenshots go to test-artifacts/. Chromium must be installed (.ci/run installs it); on
 * a machine without it the suite is skipped with a notice, unless EDUPLAN_REQUIRE_E2E=1.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../support/accounts.ts';
import { ARTIFACTS, browserAvailable, startBrowserHarness, type BrowserHarness } from '../support/browser.ts';

describe.runIf(browserAvailable)('server-rendered pages in Chromium', () => {
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

  async function logIn(page: Page, username: string, password: string): Promise<void> {
    await page.goto(`${base}/`);
    await page.fill('#username', username);
    await page.fill('#password', password);
    await page.click('#login-form button[type=submit]:not([disabled])');
  }

  it('refuses a wrong password in Chinese, then logs in to the start page of the user’s scope', async () => {
    const page = await newPage();
    await logIn(page, 'county1', 'Wrong#Pass1');
    await expect.poll(() => page.textContent('#login-error')).toBe('用户名或密码错误');
    await page.fill('#password', TEST_PASSWORD);
    await page.click('#login-form button[type=submit]');
    await page.waitForSelector('text=七项 2027 年目标');
    // County 1's own page: its name in the header, only its row in the table, no other county.
    expect(await page.textContent('header h1')).toContain('县1');
    const rows = await page.$$eval('tbody th', (ths) => ths.map((t) => t.textContent?.trim()));
    expect(rows).toEqual(['县1']);
    // T1 of county 1: 180 / 300 = 60.0%.
    expect(await page.textContent('.cards')).toContain('60.0%');
    await page.screenshot({ path: join(ARTIFACTS, 'start-page-county.png'), fullPage: true });
    await page.click('#logout');
    await page.waitForSelector('#login-form');
  });

  it('makes a first-time user change the password before anything else', async () => {
    const page = await newPage();
    await logIn(page, 'newbie', TEST_PASSWORD);
    await page.waitForSelector('#password-form');
    await page.fill('#currentPassword', TEST_PASSWORD);
    await page.fill('#newPassword', 'short');
    await page.fill('#confirmPassword', 'short');
    await page.click('#password-form button[type=submit]');
    await expect.poll(() => page.textContent('#password-error')).toContain('密码至少 8 个字符');
    await page.fill('#newPassword', 'Browser#Pass2026');
    await page.fill('#confirmPassword', 'Browser#Pass2026');
    await page.click('#password-form button[type=submit]');
    await page.waitForSelector('text=七项 2027 年目标');
    const rows = await page.$$eval('tbody th', (ths) => ths.map((t) => t.textContent?.trim()));
    expect(rows).toEqual(['测试市', '县1', '县2', '县3', '开发区（功能区）']);
    await page.screenshot({ path: join(ARTIFACTS, 'start-page-city.png'), fullPage: true });
  });

  it('runs without script errors under the Content-Security-Policy', () => {
    // Refused requests (401 wrong password, 400 weak password) log "Failed to load resource"; that
    // is the point of those steps. Anything else (a script error, a CSP violation) is a failure.
    expect(consoleErrors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
    expect(consoleErrors.some((e) => e.includes('404'))).toBe(false);
  });
});
