/**
 * The server-rendered pages in a real browser (Debian's Chromium driven by playwright-core), with
 * JavaScript switched off and on (decision 0012): the plain form login with a wrong and a right
 * password, the account page a browser without JavaScript lands on, logout, the forced password
 * change, and the way into the web app. Screenshots go to test-artifacts/. Chromium must be
 * installed (.ci/run installs it); without it the suite is skipped, unless EDUPLAN_REQUIRE_E2E=1.
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

  /** A page of a browser with JavaScript switched off. */
  async function pageWithoutScripts(): Promise<Page> {
    const context = await h.browser.newContext({
      javaScriptEnabled: false,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: 1366, height: 768 },
    });
    return context.newPage();
  }

  async function logIn(page: Page, username: string, password: string): Promise<void> {
    await page.goto(`${base}/`);
    await page.fill('#username', username);
    await page.fill('#password', password);
    await Promise.all([page.waitForLoadState('load'), page.click('#login-form button[type=submit]')]);
  }

  it('logs in without JavaScript: a wrong password in Chinese, then the account page, then logout', async () => {
    const page = await pageWithoutScripts();
    await page.goto(`${base}/`);
    expect(await page.isEnabled('#login-form button[type=submit]')).toBe(true);
    expect(await page.textContent('#js-notice')).toContain('网页应用需要 JavaScript');
    await logIn(page, 'county1', 'Wrong#Pass1');
    expect((await page.textContent('#login-error'))?.trim()).toBe('用户名或密码错误');
    // The user name stays filled in.
    expect(await page.inputValue('#username')).toBe('county1');
    await page.fill('#password', TEST_PASSWORD);
    await page.click('#login-form button[type=submit]');
    await page.waitForURL(`${base}/account`);
    expect(await page.textContent('#account-who')).toBe('用户名 county1 · 县级管理员');
    expect(await page.textContent('#js-notice')).toContain('须在浏览器中启用 JavaScript');
    await page.screenshot({ path: join(ARTIFACTS, 'account-page-no-js.png'), fullPage: true });
    await page.click('#logout');
    await page.waitForURL(`${base}/`);
    await page.waitForSelector('#login-form');
    // The session is gone: the account page sends back to the login.
    await page.goto(`${base}/account`);
    expect(page.url()).toBe(`${base}/`);
    await page.context().close();
  });

  it('makes a first-time user change the password without JavaScript', async () => {
    const page = await pageWithoutScripts();
    await logIn(page, 'newbie', TEST_PASSWORD);
    await page.waitForURL(`${base}/account`);
    await page.waitForSelector('#password-form');
    expect(await page.textContent('#account')).toContain('请先修改密码');
    await page.fill('#currentPassword', TEST_PASSWORD);
    await page.fill('#newPassword', 'short');
    await page.fill('#confirmPassword', 'short');
    await page.click('#password-form button[type=submit]');
    await page.waitForSelector('#password-error:not([hidden])');
    expect(await page.textContent('#password-error')).toContain('密码至少 8 个字符');
    await page.fill('#currentPassword', TEST_PASSWORD);
    await page.fill('#newPassword', 'Browser#Pass2026');
    await page.fill('#confirmPassword', 'Browser#Pass2026');
    await page.click('#password-form button[type=submit]');
    await page.waitForURL(`${base}/account?changed=1`);
    expect(await page.textContent('#password-done')).toBe('密码已修改。');
    expect(await page.textContent('#account')).not.toContain('请先修改密码');
    await page.context().close();
  });

  it('with JavaScript, the same form leads into the web app, and "/" then goes there directly', async () => {
    const page = await h.newPage();
    await logIn(page, 'citystaff', TEST_PASSWORD);
    await page.waitForURL(`${base}/app/`);
    await page.waitForSelector('.cockpit');
    await page.goto(`${base}/`);
    await page.waitForURL(`${base}/app/`);
    await page.context().close();
  });

  it('runs without script errors under the Content-Security-Policy', () => {
    // A refused login answers 401 with the page; Chromium logs that as "Failed to load resource".
    expect(consoleErrors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
    expect(consoleErrors.some((e) => e.includes('404'))).toBe(false);
  });
});
