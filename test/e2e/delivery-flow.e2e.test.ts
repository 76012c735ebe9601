/**
 * The delivery loop in Chromium (issue 14), on the small invented city with the server's clock at
 * 2026-11-16 10:00 Beijing time (round 2026年11月 open). 县1 (999901) has an approved work plan:
 * 修订送教上门方案 due 2026-10-31 (never reported: overdue) and 召开联席会议 due 2026-12-31. Its
 * milestone 依托乡镇（街道）中心小学或初中实现乡镇（街道）特殊教育资源中心全覆盖 (due 2024-12-31) is
 * overdue: neither of its townships has a resource centre in the small city.
 *
 * The city records the stocktake (月度调度) "2026年11月上旬"; the county officer lands on the start
 * page, sees the overdue milestone (with its missing townships) and the overdue measure, follows the
 * measure to its report, files 已完成 with a PDF; the city returns it with a comment; the county
 * resubmits; the city accepts; the city's stocktake page then shows 县1's measure done since the
 * recorded stocktake (1 done / 0 late instead of 0 / 1), and the start page no longer lists it;
 * the duty evaluation explains 县1's measure points (done late: half of 25).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Measure } from '../../src/domain/delivery/delivery.types.ts';
import { tinyPdf } from '../../src/demo/demo.reporting.ts';
import { TEST_PASSWORD } from '../support/accounts.ts';
import {
  ARTIFACTS,
  browserAvailable,
  startBrowserHarness,
  submitLogin,
  type BrowserHarness,
} from '../support/browser.ts';
import { approveMeasures, draft } from '../support/reporting.ts';

const RESOURCE_CENTRES = '依托乡镇（街道）中心小学或初中实现乡镇（街道）特殊教育资源中心全覆盖';

describe.runIf(browserAvailable)(
  'the delivery loop in Chromium: start page, report, review, stocktake',
  () => {
    let h: BrowserHarness;
    let late: Measure;
    beforeAll(async () => {
      h = await startBrowserHarness({ clock: () => new Date('2026-11-16T10:00:00+08:00') });
      [late] = (await approveMeasures(h.ctx, '999901', [
        draft('999901', { title: '修订送教上门方案', dueDate: '2026-10-31', taskNumber: 13 }),
        draft('999901', { title: '召开联席会议', dueDate: '2026-12-31', taskNumber: 13 }),
      ])) as [Measure, Measure];
    });
    afterAll(async () => {
      await h?.close();
    });

    async function loginAs(username: string, ready: string, path?: string): Promise<Page> {
      const page = await h.newPage();
      await page.goto(`${h.base}/app/`);
      await submitLogin(page, username, TEST_PASSWORD);
      await page.waitForSelector('.app-header');
      if (path) await page.goto(`${h.base}/app${path}`);
      await page.waitForSelector(ready);
      return page;
    }
    const row = '#stocktake-league tr[data-row-key="999901"]';
    const card = () => `#report-${late.id}`;

    it('runs from the start page to the stocktake', async () => {
      // The city records the stocktake before the report.
      const city = await loginAs('citystaff', row, '/stocktake');
      expect(await city.textContent(`${row} td:nth-child(6)`)).toBe('0 / 1 / 0（2）');
      await city.click('#stocktake-record');
      await city.fill('#stocktake-record-label', '2026年11月上旬');
      await city.click('#stocktake-record-ok');
      await expect
        .poll(() => city.textContent('#stocktake-last-record'))
        .toContain('上次调度：2026年11月上旬（2026-11-16');

      // The county officer lands on the start page: the overdue milestone and the overdue measure.
      const county = await loginAs('county1', '#my-county-page');
      expect(new URL(county.url()).pathname).toBe('/app/');
      const milestone = county.locator('#my-county-milestones li', { hasText: RESOURCE_CENTRES });
      expect(await milestone.textContent()).toContain('逾期未完成 · 自 2025-01-01');
      expect(await milestone.textContent()).toContain('缺：镇1-1、镇1-2');
      const measure = county.locator('#my-county-measures li', { hasText: '修订送教上门方案' });
      expect(await measure.locator('.measure-late').textContent()).toBe('逾期 · 自 2026-11-01');
      await county.screenshot({ path: join(ARTIFACTS, 'delivery-flow-start-page.png'), fullPage: true });

      // It follows the measure to its report and files 已完成 with a PDF.
      await measure.locator('.my-county-report').click();
      await county.waitForSelector(card());
      expect(new URL(county.url()).pathname).toBe('/app/reports/county/999901');
      await county.click(`${card()} .report-progress`);
      await county.click('.ant-select-item-option[title="已完成"]');
      await county.fill(`${card()} .report-text`, '送教上门方案已修订印发');
      await county.setInputFiles(`${card()} input[type=file]`, {
        name: '送教上门方案.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from(tinyPdf(['Revised home-teaching plan'])),
      });
      await county.waitForSelector(`${card()} .evidence-name:has-text("送教上门方案.pdf")`);
      await county.click(`${card()} .report-submit`);
      await county.waitForSelector(`${card()} .report-state[data-state="submitted"]`);

      // The city returns it with a comment.
      await city.goto(`${h.base}/app/reports/review`);
      await city.click(`#queue-open-${late.id}`);
      await city.waitForSelector('#review-dialog .evidence-name');
      await city.fill('#review-comment', '请附印发文件的首页');
      await city.click('#review-return');
      await city.waitForSelector(`#queue-open-${late.id}`, { state: 'detached' });

      // The county sees the comment and resubmits.
      await county.reload();
      await county.waitForSelector(`${card()} .report-returned`);
      expect(await county.textContent(`${card()} .report-returned`)).toContain('请附印发文件的首页');
      await county.fill(`${card()} .report-text`, '送教上门方案已修订印发，首页已附');
      await county.click(`${card()} .report-submit`);
      await county.waitForSelector(`${card()} .report-state[data-state="submitted"]`);

      // The city accepts.
      await city.reload();
      await city.click(`#queue-open-${late.id}`);
      await city.waitForSelector('#review-accept');
      await city.click('#review-accept');
      await city.waitForSelector(`#queue-open-${late.id}`, { state: 'detached' });

      // The stocktake page changed: 县1's measure done since 2026年11月上旬, none late.
      await city.goto(`${h.base}/app/stocktake`);
      await city.waitForSelector(row);
      expect(await city.textContent(`${row} td:nth-child(6)`)).toBe('1 / 0 / 0（2）');
      expect(await city.textContent(`${row} .stocktake-changes`)).toContain('▲ 举措完成：修订送教上门方案');
      await city.screenshot({ path: join(ARTIFACTS, 'delivery-flow-stocktake.png'), fullPage: true });

      // And the county's start page no longer lists the measure as late.
      await county.goto(`${h.base}/app/`);
      await county.waitForSelector('#my-county-page');
      expect(await county.locator('#my-county-measures').count()).toBe(0);
      expect(await county.textContent('#my-county-page')).toContain('▲ 举措完成：修订送教上门方案');

      // The duty evaluation: the bureau's-to-set banner, 县1's points expandable to their sentences —
      // its measures: 修订送教上门方案 due and done late (0.5 of 25/1 = 12.5).
      await city.goto(`${h.base}/app/evaluation`);
      await city.waitForSelector('#evaluation-table');
      expect(await city.textContent('#evaluation-rules')).toContain('权重和规则由市教育局确定');
      const evalRow = '#evaluation-table tr[data-row-key="999901"]';
      await city.click(`${evalRow} .ant-table-row-expand-icon`);
      await city.waitForSelector('.evaluation-measures');
      expect(await city.textContent('.evaluation-measures')).toContain(
        '举措“修订送教上门方案”（任务 13，截止 2026-10-31）逾期后完成',
      );
      expect(await city.textContent('.evaluation-measures')).toContain('得 25 分中的 12.5 分');
      await city.screenshot({ path: join(ARTIFACTS, 'delivery-flow-evaluation.png'), fullPage: true });
      expect(h.consoleErrors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
    }, 240_000);
  },
);
