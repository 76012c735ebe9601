/**
 * The single-page web app (web/) in a real browser (Debian's Chromium driven by playwright-core):
 * login through the SPA, the 驾驶舱 cockpit of the small invented city, the year selector.
 * Set-up (Chromium, app, built SPA) is test/support/browser.ts. Screenshots go to
 * test-artifacts/. Without Chromium the suite is skipped with a notice, unless EDUPLAN_REQUIRE_E2E=1.
 */
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
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

describe.runIf(browserAvailable)('web app cockpit in Chromium', () => {
  let h: BrowserHarness;
  let app: FastifyInstance;
  let base: string;
  let consoleErrors: string[];
  beforeAll(async () => {
    h = await startBrowserHarness();
    ({ app, base, consoleErrors } = h);
  });
  afterAll(async () => {
    await h?.close();
  });
  const newPage = (): Promise<Page> => h.newPage();

  const cardText = (page: Page, id: string, part: string) =>
    page.textContent(`[data-target="${id}"] ${part}`).then((t) => t?.trim());

  it('shows the API’s Chinese error for a wrong password', async () => {
    const page = await newPage();
    await page.goto(`${base}/app/`);
    await submitLogin(page, 'citystaff', 'Wrong#Pass1');
    await expect.poll(() => page.textContent('#login-error')).toContain('用户名或密码错误');
  });

  it('logs in and shows the seven targets of the city, with the year selector', async () => {
    const page = await newPage();
    await page.goto(`${base}/app/`);
    await submitLogin(page, 'citystaff', TEST_PASSWORD);
    await page.waitForSelector('.target-card');
    expect(await page.locator('.target-card').count()).toBe(7);
    expect(await page.textContent('.app-header')).toContain('市级业务科室');
    expect(await page.textContent('.cockpit-bar')).toContain('七项 2027 年目标');
    // Every card title is Chinese.
    const titles = await page.$$eval('.target-card .ant-card-head-title', (els) =>
      els.map((e) => e.textContent ?? ''),
    );
    expect(titles).toHaveLength(7);
    for (const title of titles) expect(title).toMatch(/[\u4e00-\u9fff]/);
    // T1 of the city in 2025 (the latest year): 610 / 850 = 71.76% → 71.8%.
    expect(await cardText(page, 'T1', '.target-value')).toBe('71.8%');
    // T4: none of the three assessed counties (the zone is not one) passes both county standards
    // — no school has teachers or buildings recorded — so 0 / 3 = 0.0%. Baseline 2023 also 0, so
    // the trajectory is at 0 + (60% − 0) × 2/4 = 30% in 2025: 30 points behind > 8 → 严重滞后.
    expect(await cardText(page, 'T4', '.target-value')).toBe('0.0%');
    expect(await cardText(page, 'T4', '.target-status')).toBe('严重滞后');
    // One sparkline canvas per target, T4 included.
    await expect.poll(() => page.locator('.target-card canvas').count()).toBe(7);
    await page.screenshot({ path: join(ARTIFACTS, 'cockpit.png'), fullPage: true });

    // 2023: 650 / 1050 = 61.90% → 61.9%.
    await page.click('#year-select');
    await page.click('.ant-select-item-option[title="2023—2024 学年"]');
    await expect.poll(() => cardText(page, 'T1', '.target-value')).toBe('61.9%');
    expect(page.url()).toContain('year=2023');
    // A reload keeps the year.
    await page.reload();
    await page.waitForSelector('.target-card');
    expect(await cardText(page, 'T1', '.target-value')).toBe('61.9%');
    await page.screenshot({ path: join(ARTIFACTS, 'cockpit-2023.png'), fullPage: true });

    await page.click('#logout');
    await page.waitForSelector('#login-form');
    // The session is gone on the server too.
    expect(await page.evaluate(() => fetch('/api/v1/session').then((r) => r.status))).toBe(401);
  });

  it('makes a first-time user change the password, then opens the cockpit', async () => {
    const page = await newPage();
    await page.goto(`${base}/app/`);
    await submitLogin(page, 'newbie', TEST_PASSWORD);
    await page.waitForSelector('#password-form');
    await page.fill('#currentPassword', TEST_PASSWORD);
    await page.fill('#newPassword', 'short');
    await page.fill('#confirmPassword', 'short');
    await page.click('#password-form button[type=submit]');
    await expect.poll(() => page.textContent('#password-error')).toContain('密码至少 8 个字符');
    await page.fill('#newPassword', 'Browser#Pass2026');
    await page.fill('#confirmPassword', 'Browser#Pass2026');
    await page.click('#password-form button[type=submit]');
    await page.waitForSelector('.target-card');
    expect(await page.locator('.target-card').count()).toBe(7);
  });

  it('serves deep links with the app, hashed assets for good, and nothing outside web/dist', async () => {
    const deep = await app.inject({ method: 'GET', url: '/app/county/370811?year=2025' });
    expect(deep.statusCode).toBe(200);
    expect(deep.headers['content-type']).toContain('text/html');
    expect(deep.headers['content-security-policy']).toContain("script-src 'self'");
    expect(deep.body).toContain('<div id="root">');
    const asset = /\/app\/(assets\/[^"]+\.js)/.exec(deep.body)![1]!;
    const js = await app.inject({ method: 'GET', url: `/app/${asset}` });
    expect(js.statusCode).toBe(200);
    expect(js.headers['cache-control']).toContain('immutable');
    for (const url of [
      '/app/../package.json',
      '/app/%2e%2e/package.json',
      '/app/assets/..%2f..%2fpackage.json',
    ])
      expect((await app.inject({ method: 'GET', url })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/app' })).headers.location).toBe('/app/');
  });

  it('runs without script errors under the Content-Security-Policy', () => {
    // The refused wrong password and the final 401 log "Failed to load resource"; anything else
    // (a script error, a CSP violation) is a failure.
    expect(consoleErrors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
  });
});
