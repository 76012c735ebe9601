/**
 * Progress reports in Chromium, on the small invented city with the server's clock at 2026-10-20
 * 10:00 Beijing time (the 2026-10 round is open until 5 November). 县1 (999901) has one approved
 * measure, 新建资源教室 (4 间, due 2026-10-31). The county officer files 已完成 with 4 间 and a PDF;
 * the city opens it, downloads the PDF and returns it with a comment; the county sees the comment
 * and resubmits; the city accepts; the county's page shows it accepted.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Measure } from '../../src/domain/delivery/delivery.types.ts';
import { tinyPdf } from '../../src/demo/demo.reporting.ts';
import { TEST_PASSWORD } from '../support/accounts.ts';
import {
  ARTIFACTS,
  browserAvailable,
  downloadBy,
  startBrowserHarness,
  submitLogin,
  type BrowserHarness,
} from '../support/browser.ts';
import { approveMeasures, draft } from '../support/reporting.ts';

describe.runIf(browserAvailable)('progress reports in Chromium', () => {
  let h: BrowserHarness;
  let rooms: Measure;
  beforeAll(async () => {
    h = await startBrowserHarness({ clock: () => new Date('2026-10-20T10:00:00+08:00') });
    [rooms] = (await approveMeasures(h.ctx, '999901', [
      draft('999901', { title: '新建资源教室', outputTarget: 4, outputUnit: '间' }),
    ])) as [Measure];
  });
  afterAll(async () => {
    await h?.close();
  });

  async function loginAs(username: string, path: string, ready: string): Promise<Page> {
    const page = await h.newPage();
    await page.goto(`${h.base}/app/`);
    await submitLogin(page, username, TEST_PASSWORD);
    await page.waitForSelector('.app-header');
    await page.goto(`${h.base}/app${path}`);
    await page.waitForSelector(ready);
    return page;
  }
  const card = () => `#report-${rooms.id}`;
  const stateOf = (page: Page) => page.getAttribute(`${card()} .report-state`, 'data-state');

  it('files, returns, resubmits and accepts a report with a PDF', async () => {
    // The county files 已完成 with its figure and a PDF, and submits.
    const county = await loginAs('county1', '/reports/county', card());
    expect(await county.textContent('#reporting-county h3')).toContain('2026年10月进展报送');
    await county.click(`${card()} .report-progress`);
    await county.click('.ant-select-item-option[title="已完成"]');
    await county.fill(`${card()} .report-figure input`, '4');
    await county.fill(`${card()} .report-text`, '4 间资源教室已建成并验收');
    await county.setInputFiles(`${card()} input[type=file]`, {
      name: '资源教室验收单.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(tinyPdf(['Acceptance of 4 resource rooms'])),
    });
    await county.waitForSelector(`${card()} .evidence-name:has-text("资源教室验收单.pdf")`);
    await county.click(`${card()} .report-submit`);
    await county.waitForSelector(`${card()} .report-state[data-state="submitted"]`);
    await county.screenshot({ path: join(ARTIFACTS, 'reporting-county-submitted.png'), fullPage: true });

    // The city opens it from the queue, downloads the PDF, returns it with a comment.
    const city = await loginAs('citystaff', '/reports/review', `#queue-open-${rooms.id}`);
    await city.click(`#queue-open-${rooms.id}`);
    await city.waitForSelector('#review-dialog .evidence-name');
    expect(await city.textContent('#review-dialog')).toContain('4 间资源教室已建成并验收');
    const download = await downloadBy(city, '#review-dialog .evidence-download');
    expect(download.suggestedFilename()).toBe('资源教室验收单.pdf');
    const saved = join(ARTIFACTS, 'reporting-evidence.pdf');
    await download.saveAs(saved);
    await city.click('#review-return');
    expect(await city.textContent('.review-error')).toContain('退回意见');
    await city.fill('#review-comment', '请补充验收单签字页');
    await city.click('#review-return');
    await city.waitForSelector(`#queue-open-${rooms.id}`, { state: 'detached' });

    // The county sees the comment, and resubmits.
    await county.reload();
    await county.waitForSelector(`${card()} .report-returned`);
    expect(await county.textContent(`${card()} .report-returned`)).toContain('请补充验收单签字页');
    expect(await stateOf(county)).toBe('returned');
    await county.fill(`${card()} .report-text`, '4 间资源教室已建成，签字页已补充');
    await county.click(`${card()} .report-submit`);
    await county.waitForSelector(`${card()} .report-state[data-state="submitted"]`);

    // The city accepts.
    await city.reload();
    await city.click(`#queue-open-${rooms.id}`);
    await city.waitForSelector('#review-accept');
    expect(await city.textContent('#review-dialog')).toContain('签字页已补充');
    await city.click('#review-accept');
    await city.waitForSelector(`#queue-open-${rooms.id}`, { state: 'detached' });

    await county.reload();
    await county.waitForSelector(`${card()} .report-state[data-state="accepted"]`);
    expect(await county.textContent(card())).toContain('已完成（已审核通过）');
    await county.screenshot({ path: join(ARTIFACTS, 'reporting-county-accepted.png'), fullPage: true });
    const history = await h.ctx.reporting.history(null, rooms.id);
    expect(history.events.map((e) => e.action)).toEqual([
      'create',
      'submit',
      'return',
      'save',
      'resubmit',
      'accept',
    ]);
    writeFileSync(join(ARTIFACTS, 'reporting-history.json'), JSON.stringify(history.events, null, 2));
    // The only failed loads are the session checks before logging in (401).
    expect(h.consoleErrors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
  }, 180_000);
});
