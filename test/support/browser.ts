/**
 * The browser-test harness shared by test/e2e: Debian's Chromium (never a downloaded browser)
 * driven by playwright-core, against the app on the small invented city with the test accounts
 * and the Jining plan applied to it. Without Chromium the suites are skipped with a notice, unless
 * EDUPLAN_REQUIRE_E2E=1 (CI), which makes that an error. web/dist is built by test/global-setup.ts.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Download, type Page } from 'playwright-core';
import { buildApp } from '../../src/api/app.ts';
import { createAppContextFrom, type AppContext } from '../../src/app/app.context.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import { createDemoData } from '../../src/app/demo/demo.service.ts';
import { createTestAccounts } from './accounts.ts';
import { loadSmallDataset } from './small-dataset.ts';
import { testBackends } from './test-db.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const browserAvailable = existsSync(CHROMIUM);
if (!browserAvailable && process.env.EDUPLAN_REQUIRE_E2E === '1') {
  throw new Error(`找不到 Chromium（${CHROMIUM}）：请安装 Debian 的 chromium 和 fonts-noto-cjk 软件包`);
}
if (!browserAvailable) {
  console.warn(`[e2e] 跳过浏览器测试：未安装 ${CHROMIUM}（apt-get install chromium fonts-noto-cjk）`);
}

export const ARTIFACTS = join(import.meta.dirname, '../../test-artifacts');

export interface BrowserHarness {
  ctx: AppContext;
  app: FastifyInstance;
  browser: Browser;
  /** e.g. http://127.0.0.1:40123 */
  base: string;
  /** Console errors and uncaught page errors of every page opened with newPage(). */
  consoleErrors: string[];
  /** A page in a fresh context: zh-CN, Asia/Shanghai, 1366×768 unless another viewport is given. */
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /**
   * 'small' (default): the invented city with the test accounts. 'jining': the Jining demo data
   * (演示数据, real county polygons) with the demo accounts, password DEMO_PASSWORD.
   */
  dataset?: 'small' | 'jining';
  /** The server's clock (default: real time), e.g. to be inside a collection period. */
  clock?: () => Date;
}

export async function startBrowserHarness(options: HarnessOptions = {}): Promise<BrowserHarness> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const database = await testBackends()[0]!.open();
  let ctx: AppContext;
  if (options.dataset === 'jining') {
    await createDemoData(database.db);
    ctx = createAppContextFrom(database, loadPlan(), { clock: options.clock });
  } else {
    await loadSmallDataset(database.db);
    await createTestAccounts(database.db);
    ctx = createAppContextFrom(database, { ...loadPlan(), orgCode: '999900' }, { clock: options.clock });
  }
  const app = await buildApp(ctx);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const consoleErrors: string[] = [];
  return {
    ctx,
    app,
    browser,
    base,
    consoleErrors,
    async newPage(viewport = { width: 1366, height: 768 }) {
      const context = await browser.newContext({
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
        viewport,
        acceptDownloads: true,
      });
      const page = await context.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(m.text());
      });
      page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
      return page;
    },
    async close() {
      await browser.close();
      await app.close();
      await ctx.close();
    },
  };
}

/** Fills the app's login form and sends it (the caller waits for what it expects next). */
export async function submitLogin(page: Page, username: string, password: string): Promise<void> {
  await page.fill('#username', username);
  await page.fill('#password', password);
  await page.click('#login-form button[type=submit]');
}

/**
 * Clicks what starts a download and returns the download. It first waits for an opening dialog's
 * animation to end: on a loaded machine a click during Ant Design's zoom-in can land before the
 * button is in place, and no download ever starts.
 */
export async function downloadBy(page: Page, selector: string): Promise<Download> {
  for (let i = 0; i < 100; i++) {
    const settled = await page.$$eval('.ant-modal-wrap', (wraps) =>
      wraps.every((m) =>
        m.getAnimations({ subtree: true }).every((a: { playState: string }) => a.playState !== 'running'),
      ),
    );
    if (settled) break;
    await page.waitForTimeout(100);
  }
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.click(selector),
  ]);
  return download;
}
