/**
 * The server-rendered pages in a real browser (Debian's Chromium driven by playwright-core):
 * login with a wrong and a right password, the scoped start page, logout, and the forced password
 * change. Screenshots go to test-artifacts/. Chromium must be installed (.ci/run installs it); on
 * a machine without it the suite is skipped with a notice, unless EDUPLAN_REQUIRE_E2E=1.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { createAppContextFrom, type AppContext } from '../../src/app/app.context.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import { createTestAccounts, TEST_PASSWORD } from '../support/accounts.ts';
import { loadSmallDataset } from '../support/small-dataset.ts';
import { testBackends } from '../support/test-db.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.EDUPLAN_REQUIRE_E2E === '1') {
  throw new Error(`找不到 Chromium（${CHROMIUM}）：请安装 Debian 的 chromium 和 fonts-noto-cjk 软件包`);
}
if (!available)
  console.warn(`[e2e] 跳过浏览器测试：未安装 ${CHROMIUM}（apt-get install chromium fonts-noto-cjk）`);

const ARTIFACTS = join(import.meta.dirname, '../../test-artifacts');

describe.runIf(available)('server-rendered pages in Chromium', () => {
  let ctx: AppContext;
  let app: FastifyInstance;
  let browser: Browser;
  let base: string;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const database = await testBackends()[0]!.open();
    await loadSmallDataset(database.db);
    await createTestAccounts(database.db);
    ctx = createAppContextFrom(database, { ...loadPlan(), orgCode: '999900' });
    app = await buildApp(ctx);
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await ctx?.close();
  });

  async function newPage(): Promise<Page> {
    const page = await (
      await browser.newContext({
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
        viewport: { width: 1366, height: 768 },
      })
    ).newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    return page;
  }

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
