/**
 * A county work plan in real Chromium, on the small invented city: county 999901 has an approved v1
 * (three measures, made through the service); its officer (county1) starts a revision, changes one
 * measure's due date, removes one, adds one, saves and submits; the city (citystaff) opens the plan
 * from the list of all counties, sees the changes to v1 highlighted (one added, one removed, one
 * changed with its field) and approves; the API then gives v2's measures, ids kept. Screenshots go to
 * test-artifacts/. Set-up: test/support/browser.ts.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/app/access/caller.ts';
import { TEST_PASSWORD } from '../support/accounts.ts';
import {
  ARTIFACTS,
  browserAvailable,
  startBrowserHarness,
  submitLogin,
  type BrowserHarness,
} from '../support/browser.ts';

const measure = (title: string, taskNumber: number, dueDate: string) => ({
  taskNumber,
  title,
  output: `${title}，形成可检查的成果`,
  outputTarget: null,
  outputUnit: null,
  ownerName: '王明',
  ownerUnitCode: '999901',
  dueDate,
});

describe.runIf(browserAvailable)('a county revises its work plan and the city approves it', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowserHarness({ clock: () => new Date('2026-03-02T09:00:00+08:00') });
    const operator: Caller = {
      actor: { id: null, username: 'test', ip: null },
      scope: { kind: 'org', orgCode: '999900' },
    };
    await h.ctx.delivery.saveDraft(operator, '999901', {
      revision: null,
      measures: [
        measure('新建公办幼儿园', 1, '2026-08-31'),
        measure('强镇筑基试点', 7, '2025-12-31'),
        measure('特教资源中心建设', 13, '2025-12-31'),
      ],
    });
    await h.ctx.delivery.submit(operator, '999901', { revision: 1 });
    await h.ctx.delivery.approve(operator, '999901', { revision: 2 });
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  async function logIn(page: Page, username: string): Promise<void> {
    await page.goto(`${h.base}/app/`);
    await submitLogin(page, username, TEST_PASSWORD);
    // Logged in once the form is gone and the home page has loaded (so it does not navigate later).
    await page.waitForSelector('#login-form', { state: 'detached' });
    await page.waitForLoadState('networkidle');
  }

  const rowsText = (page: Page) =>
    page.$$eval('#delivery-plan .ant-table-tbody tr.measure-row', (rows) =>
      rows.map((r) => r.textContent ?? ''),
    );

  it('county1 edits and submits; the city sees the diff and approves', async () => {
    const county = await h.newPage();
    await logIn(county, 'county1');
    await county.goto(`${h.base}/app/work-plans`);
    // A county account goes straight to its own plan.
    await county.waitForSelector('#delivery-plan[data-state="approved"]');
    expect(county.url()).toContain('/app/work-plans/999901');
    await county.click('#plan-revise');
    await county.waitForSelector('#delivery-plan[data-state="draft"]');

    // Change the first measure's due date.
    await county.locator('.measure-edit').first().click();
    await county.waitForSelector('#measure-form_dueDate');
    await county.fill('#measure-form_dueDate', '2026-12-31');
    await county.click('#measure-ok');
    // Remove the second (强镇筑基试点).
    await county.locator('.measure-remove').nth(1).click();
    // Add one for task 8.
    await county.click('#measure-add');
    await county.waitForSelector('#measure-form_title');
    await county.locator('#measure-form_taskNumber').click();
    await county.locator('.ant-select-item-option[title="任务 8"]').click();
    await county.fill('#measure-form_title', '优质均衡县创建规划');
    await county.fill('#measure-form_output', '编制创建规划并经县政府批准');
    await county.fill('#measure-form_ownerName', '李华');
    await county.locator('#measure-form_ownerUnitCode').click();
    await county.locator('.ant-select-item-option[title="镇1-1"]').click();
    await county.fill('#measure-form_dueDate', '2026-06-30');
    await county.click('#measure-ok');
    await county.click('#plan-save');
    await county.waitForSelector('#plan-diff');
    expect(await rowsText(county)).toHaveLength(3);
    await county.screenshot({ path: join(ARTIFACTS, 'delivery-county-draft.png'), fullPage: true });
    await county.click('#plan-submit');
    await county.waitForSelector('#delivery-plan[data-state="submitted"]');

    const city = await h.newPage();
    await logIn(city, 'citystaff');
    await city.goto(`${h.base}/app/work-plans`);
    await city.waitForSelector('.plan-row-999901 [data-state="submitted"]');
    await city.click('#open-plan-999901');
    await city.waitForSelector('#plan-diff');
    const diff = await city.$$eval('#plan-diff li', (items) =>
      items.map((i) => `${i.className}|${i.textContent}`),
    );
    expect(diff).toEqual([
      'diff-added|新增 999901-004 优质均衡县创建规划',
      'diff-removed|删除 999901-002 强镇筑基试点',
      'diff-changed|修改 999901-001 新建公办幼儿园：完成期限：2026-08-31 → 2026-12-31',
    ]);
    expect(await city.locator('tr.measure-added').count()).toBe(1);
    expect(await city.locator('tr.measure-changed .delivery-changed-cell').allTextContents()).toEqual([
      '2026-12-31',
    ]);
    await city.screenshot({ path: join(ARTIFACTS, 'delivery-city-diff.png'), fullPage: true });
    await city.click('#plan-approve');
    await city.waitForSelector('#delivery-plan[data-state="approved"]');

    const measures = (await city.evaluate(() =>
      fetch('/api/v1/measures?county=999901').then((r) => r.json()),
    )) as { measures: Array<{ id: string; dueDate: string }> };
    expect(measures.measures.map((m) => [m.id, m.dueDate])).toEqual([
      ['999901-001', '2026-12-31'],
      ['999901-003', '2025-12-31'],
      ['999901-004', '2026-06-30'],
    ]);
    // The login page's session probe answers 401 before logging in; no other error.
    expect(h.consoleErrors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
  }, 120_000);
});
