/**
 * 账号管理 in the web app, in a real browser (Debian's Chromium driven by playwright-core), on the
 * small invented city with the test accounts: the city administrator creates an account, resets
 * its password (each one-time password shown once and working), disables it, and imports a file
 * with a bad row (the row error with row, column, value and rule), then the corrected file; a
 * county administrator sees only its county's accounts and can give only 学校填报员.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../support/accounts.ts';
import {
  ARTIFACTS,
  browserAvailable,
  downloadBy,
  startBrowserHarness,
  submitLogin,
  type BrowserHarness,
} from '../support/browser.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe.runIf(browserAvailable)('web app accounts page in Chromium', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowserHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  async function loginAs(username: string): Promise<Page> {
    const page = await h.newPage();
    await page.goto(`${h.base}/app/`);
    await submitLogin(page, username, TEST_PASSWORD);
    await page.waitForSelector('#nav-accounts');
    await page.click('#nav-accounts');
    await page.waitForSelector('#accounts-page .accounts-table .ant-table-row');
    return page;
  }
  /** Whether a password logs the user in (through the API, outside the browser's session). */
  async function logsIn(username: string, password: string): Promise<number> {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { username, password },
    });
    return res.statusCode;
  }
  const row = (page: Page, username: string) =>
    page.locator('.accounts-table .ant-table-row', { has: page.locator(`td:text-is("${username}")`) });
  const usernames = (page: Page) =>
    page.$$eval('.accounts-table .ant-table-row', (rows) =>
      rows.map((r) => r.querySelector('td')?.textContent?.trim() ?? ''),
    );
  async function choose(page: Page, selectId: string, option: string): Promise<void> {
    await page.click(`#${selectId}`);
    await page.click(
      `.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${option}"]`,
    );
  }
  async function oneTimePassword(page: Page): Promise<string> {
    await page.waitForSelector('#one-time-password');
    const text = (await page.textContent('#one-time-password'))?.trim() ?? '';
    await page.click('#password-close');
    await page.waitForSelector('#one-time-password', { state: 'detached' });
    return text;
  }
  async function confirm(page: Page): Promise<void> {
    await page.click('.ant-popconfirm:not(.ant-popover-hidden) .ant-btn-primary');
  }

  it('lets the city administrator create an account, reset its password and disable it', async () => {
    const page = await loginAs('cityadmin');
    expect(new URL(page.url()).pathname).toBe('/app/accounts');
    // Names, not codes: county1's row reads 县级管理员 of 县1.
    const county1 = await row(page, 'county1').textContent();
    expect(county1).toContain('县级管理员');
    expect(county1).toContain('县1');

    await page.click('#account-create');
    await page.fill('#account-username', 'e2e_clerk');
    await page.fill('#account-display-name', '王老师');
    await choose(page, 'account-role', '学校填报员');
    // A school is found by name in the directory: 乙县第二幼儿园 (KB00000002, county 2).
    await page.click('#account-scope');
    await page.keyboard.type('第二幼儿');
    await page.click('.ant-select-item-option:has-text("乙县第二幼儿园")');
    await page.click('#account-submit');
    const first = await oneTimePassword(page);
    expect(first.length).toBeGreaterThanOrEqual(12);
    // The new account: 学校填报员 of 乙县第二幼儿园, waiting for its first password change.
    await expect.poll(() => row(page, 'e2e_clerk').textContent()).toContain('乙县第二幼儿园');
    expect(await row(page, 'e2e_clerk').textContent()).toContain('待首次改密');
    expect(await logsIn('e2e_clerk', first)).toBe(200);

    await row(page, 'e2e_clerk').locator('.account-reset').click();
    await confirm(page);
    const second = await oneTimePassword(page);
    expect(second).not.toBe(first);
    expect(await logsIn('e2e_clerk', first)).toBe(401);
    expect(await logsIn('e2e_clerk', second)).toBe(200);

    await row(page, 'e2e_clerk').locator('.account-disable').click();
    await confirm(page);
    await expect.poll(() => row(page, 'e2e_clerk').textContent()).toContain('已停用');
    // A disabled account cannot log in, even with its right password.
    expect(await logsIn('e2e_clerk', second)).toBe(401);
    await expect.poll(() => row(page, 'e2e_clerk').locator('.account-enable').count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'accounts-city.png'), fullPage: true });
  });

  it('shows an import’s row errors with row, column and value, and creates nothing until the file is right', async () => {
    const page = await loginAs('cityadmin');
    const file = async (unit: string) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('账号');
      ws.addRow(['用户名', '姓名', '角色', '所属单位代码']);
      ws.addRow(['e2e_imp1', '导入一', '学校填报员', 'KC00000001']);
      ws.addRow(['e2e_imp2', '导入二', '学校填报员', unit]);
      return Buffer.from(await wb.xlsx.writeBuffer());
    };
    await page.click('#account-import');
    await page.waitForSelector('#import-run');
    // The template downloads from the dialog.
    const template = await downloadBy(page, '#import-template');
    expect(template.suggestedFilename()).toBe('账号批量导入模板.xlsx');

    // Row 3 names a school code that does not exist.
    await page.setInputFiles('.ant-modal .ant-upload input[type=file]', {
      name: 'accounts-bad.xlsx',
      mimeType: XLSX,
      buffer: await file('KC99999999'),
    });
    await page.click('#import-run');
    await page.waitForSelector('.import-errors .ant-table-row');
    const cells = await page.$$eval('.import-errors .ant-table-row', (rows) =>
      rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')),
    );
    expect(cells).toEqual([
      ['3', '所属单位代码', 'KC99999999', '学校（机构）代码 KC99999999 不存在或不在您的管理范围内'],
    ]);
    expect(await page.textContent('.import-rejected')).toContain('1 处错误，未创建任何账号');
    // All or nothing: row 2 was not created either.
    const none = await h.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { username: 'e2e_imp1', password: 'x' },
    });
    expect(none.statusCode).toBe(401);
    await page.screenshot({ path: join(ARTIFACTS, 'accounts-import-errors.png'), fullPage: true });

    // The corrected file: both created, the initial passwords downloaded once.
    await page.setInputFiles('.ant-modal .ant-upload input[type=file]', {
      name: 'accounts-good.xlsx',
      mimeType: XLSX,
      buffer: await file('KC00000002'),
    });
    const credentials = await downloadBy(page, '#import-run');
    expect(credentials.suggestedFilename()).toBe('新账号初始密码.xlsx');
    await expect.poll(() => page.textContent('.import-done')).toContain('已创建 2 个账号');
    await page.keyboard.press('Escape');
    await expect.poll(() => usernames(page)).toContain('e2e_imp2');
  });

  it('shows a county administrator only its county’s accounts and only 学校填报员 to give', async () => {
    const page = await loginAs('county1');
    // County 1 (999901) holds county1, inspector (999901) and clerk (甲县实验幼儿园, KA00000001);
    // the accounts created above belong to counties 2 and 3.
    expect((await usernames(page)).sort()).toEqual(['clerk', 'county1', 'inspector']);
    expect(await page.textContent('.accounts-scope')).toContain('可分配的角色：学校填报员');
    expect(await row(page, 'county1').textContent()).toContain('本人账号');
    // 督学 is not a role a county administrator gives: not managed here.
    expect(await row(page, 'inspector').textContent()).toContain('不可管理');
    expect(await row(page, 'clerk').locator('.account-reset').count()).toBe(1);

    await page.click('#account-create');
    await page.waitForSelector('#account-role');
    await page.click('#account-role');
    const roles = await page.$$eval(
      '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option',
      (els) => els.map((e) => e.getAttribute('title')),
    );
    expect(roles).toEqual(['学校填报员']);
    await page.screenshot({ path: join(ARTIFACTS, 'accounts-county.png'), fullPage: true });
  });

  it('runs without script errors', () => {
    // Refused requests (the bad import's 400) log "Failed to load resource"; anything else fails.
    expect(h.consoleErrors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
  });
});
