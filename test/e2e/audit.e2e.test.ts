/**
 * 安全审计 in the web app, in a real browser (Debian's Chromium driven by playwright-core), on the
 * small invented city with the test accounts: the security auditor lands on the audit page, reads
 * every action in Chinese, filters by action and sees an account's old and new values, and checks
 * the hash chain; the system administrator cannot reach the page (no data shown, none fetched).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, TEST_PASSWORD } from '../support/accounts.ts';
import {
  ARTIFACTS,
  browserAvailable,
  startBrowserHarness,
  submitLogin,
  type BrowserHarness,
} from '../support/browser.ts';

describe.runIf(browserAvailable)('web app audit page in Chromium', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowserHarness();
    // Something to find: the city administrator disables the finance account.
    const admin = await login(h.app, 'cityadmin');
    const id = (
      await h.app.inject({ method: 'GET', url: '/api/v1/users?q=finance', headers: { cookie: admin.cookie } })
    ).json().items[0].id;
    const res = await h.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${id}`,
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf },
      payload: { disabled: true },
    });
    if (res.statusCode !== 200) throw new Error(`disable failed: ${res.body}`);
  });
  afterAll(async () => {
    await h?.close();
  });

  async function loginAs(username: string): Promise<Page> {
    const page = await h.newPage();
    await page.goto(`${h.base}/app/`);
    await submitLogin(page, username, TEST_PASSWORD);
    return page;
  }
  const actionCells = (page: Page) =>
    page.$$eval('.audit-table .ant-table-row .audit-action', (els) =>
      els.map((e) => ({ code: e.getAttribute('data-action'), text: e.textContent?.trim() ?? '' })),
    );

  it('lands the auditor on the audit page with every action in Chinese words', async () => {
    const page = await loginAs('auditor');
    await page.waitForSelector('#audit-page .audit-table .ant-table-row');
    // The home page, with the audit log in the navigation and no account administration.
    expect(new URL(page.url()).pathname).toBe('/app/');
    expect(await page.locator('#nav-audit').count()).toBe(1);
    expect(await page.locator('#nav-accounts').count()).toBe(0);
    const cells = await actionCells(page);
    // The auditor's own login and the administrator's: 登录, never the code "login".
    expect(cells.filter((c) => c.code === 'login').map((c) => c.text)).toContain('登录');
    expect(cells.find((c) => c.code === 'account.disable')?.text).toBe('停用账号');
    for (const c of cells) {
      expect(c.text).toMatch(/[\u4e00-\u9fff]/);
      expect(c.text).not.toContain(c.code);
    }
    const outcomes = await page.$$eval('.audit-table .audit-outcome', (els) => els.map((e) => e.textContent));
    expect(new Set(outcomes)).toEqual(new Set(['成功']));
    await page.screenshot({ path: join(ARTIFACTS, 'audit-page.png'), fullPage: true });
  });

  it('filters by action and shows the old and new values of the entry', async () => {
    const page = await loginAs('auditor');
    await page.waitForSelector('#audit-page .audit-table .ant-table-row');
    await page.click('#audit-action');
    await page.keyboard.type('停用');
    await page.click(
      '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="停用账号"]',
    );
    await page.click('#audit-search');
    await expect.poll(() => page.textContent('.audit-total')).toBe('共 1 条');
    const cells = await actionCells(page);
    expect(cells).toEqual([{ code: 'account.disable', text: '停用账号' }]);
    const rowText = await page.textContent('.audit-table .ant-table-row');
    expect(rowText).toContain('cityadmin');
    expect(rowText).toContain('账号 finance');
    await page.click('.audit-table .ant-table-row .ant-table-row-expand-icon');
    await page.waitForSelector('.audit-changes');
    const changed = await page.$$eval('.audit-changes tr.audit-changed', (rows) =>
      rows.map((r) => [...r.children].map((c) => c.textContent?.trim())),
    );
    // Only 已停用 changed: 否 → 是.
    expect(changed).toEqual([['已停用', '否', '是']]);
    expect(await page.textContent('.audit-changes')).toContain('只读用户');

    await page.click('#audit-verify');
    await expect.poll(() => page.textContent('.audit-verify-result')).toContain('哈希链完好');
    expect(await page.textContent('.audit-verify-result')).toMatch(/\d+:[0-9a-f]{64}/);
  });

  it('opens filtered from an old address of the server’s audit page', async () => {
    const page = await loginAs('auditor');
    await page.waitForSelector('#audit-page');
    await page.goto(`${h.base}/audit?action=account.disable`);
    await page.waitForSelector('#audit-page .audit-table .ant-table-row');
    expect(new URL(page.url()).pathname).toBe('/app/audit');
    await expect.poll(() => page.textContent('.audit-total')).toBe('共 1 条');
    expect(await actionCells(page)).toEqual([{ code: 'account.disable', text: '停用账号' }]);
  });

  it('keeps the page closed to the system administrator: no data shown, none fetched', async () => {
    const page = await loginAs('cityadmin');
    await page.waitForSelector('#nav-accounts');
    expect(await page.locator('#nav-audit').count()).toBe(0);
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/v1/audit')) asked.push(r.url());
    });
    await page.goto(`${h.base}/app/audit`);
    await page.waitForSelector('#audit-page .access-denied');
    expect(await page.textContent('#audit-page')).toContain('您的角色（市级管理员）不能查看此页面');
    expect(await page.locator('.audit-table').count()).toBe(0);
    expect(asked).toEqual([]);
    // And the API refuses it all the same.
    const status = await page.evaluate(() => fetch('/api/v1/audit').then((r) => r.status));
    expect(status).toBe(403);
  });

  it('runs without script errors', () => {
    expect(h.consoleErrors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
  });
});
