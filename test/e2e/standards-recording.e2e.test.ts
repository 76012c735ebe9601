/**
 * Recording county figures and evaluators' verdicts on a county's 创建达标 page, on the Jining demo
 * data (演示数据) in real Chromium: a 督学 records 违规择校 (CB-V02, a one-vote veto) as found and
 * the county's 优质均衡 verdict turns 未达标 on the screen and in the API, then back; a county
 * bureau records its 3–5 population and 学前三年毛入园率 becomes children ÷ that population, with
 * the new recording first in the history; a form without evidence shows the Chinese message next
 * to the field and records nothing; an account without the permissions sees no recording buttons.
 * Screenshots (also at phone width) go to test-artifacts/. Set-up: test/support/browser.ts.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/app/demo/demo.service.ts';
import {
  ARTIFACTS,
  browserAvailable,
  startBrowserHarness,
  type BrowserHarness,
  submitLogin,
} from '../support/browser.ts';

/**
 * How the page shows a recording time: Beijing time in the zh-CN date format. The server sends
 * ISO or PostgreSQL text (… 14:12:46.756+00); written out here rather than imported from the web
 * app, so the test does not share the code it checks.
 */
function formatRecordedAt(text: string): string {
  const iso = text
    .trim()
    .replace(' ', 'T')
    .replace(/([+-]\d{2})$/, '$1:00');
  return new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(iso));
}

const VERDICT_WORDS: Record<string, string> = {
  pass: '达标',
  fail: '未达标',
  incomplete: '待补充',
  notApplicable: '不适用',
};

/** The cells of the rows of a table (its own rows, not those of a table inside an expanded row). */
const tableRows = (page: Page, table: string, rowClass = 'ant-table-row') =>
  page.$eval(
    table,
    (root, cls) =>
      [...root.querySelectorAll(`tbody tr.${cls}`)]
        .filter((r) => r.closest('.ant-table-wrapper') === root)
        .map((r) => [...r.querySelectorAll(':scope > td')].map((td) => td.textContent?.trim() ?? '')),
    rowClass,
  );

/** Waits until a modal or drawer has finished sliding or zooming in (its box stops changing). */
async function settled(page: Page, selector: string): Promise<void> {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await page.locator(selector).first().boundingBox());
        const same = now === last;
        last = now;
        return same;
      },
      { interval: 150 },
    )
    .toBe(true);
}

/** The error shown under the form field whose input has this id. */
const fieldError = (modal: string, inputId: string) =>
  `${modal} .ant-form-item:has(#${inputId}) .ant-form-item-explain-error`;

describe.runIf(browserAvailable)('recording county figures and verdicts on the Jining demo data', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowserHarness({ dataset: 'jining' });
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  async function logIn(page: Page, username: string): Promise<void> {
    await page.goto(`${h.base}/app/`);
    await submitLogin(page, username, DEMO_PASSWORD);
    // The cockpit, or a county officer's start page.
    await page.waitForSelector('.target-card, #my-county-page');
  }

  async function openCounty(page: Page, code: string): Promise<void> {
    await page.goto(`${h.base}/app/standards/${code}`);
    await page.waitForSelector('.rules-compulsoryBalanced .rule-row');
    await page.waitForSelector('.county-figures-card .records-open');
  }

  const apiGet = (page: Page, path: string): Promise<any> =>
    page.evaluate((p) => fetch(p).then((r) => r.json()), path);

  /** A POST with the session's CSRF token, as the page sends it. */
  const apiPost = (page: Page, path: string, body: unknown): Promise<{ status: number; body: any }> =>
    page.evaluate(
      async ({ p, b }) => {
        const session = (await fetch('/api/v1/session').then((r) => r.json())) as { csrfToken: string };
        const r = await fetch(p, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrfToken },
          body: JSON.stringify(b),
        });
        return { status: r.status, body: await r.json() };
      },
      { p: path, b: body },
    );

  const tileVerdict = (page: Page, key: string) =>
    page.getAttribute(`.verdict-tile[data-standard="${key}"] .verdict-tag`, 'data-verdict');

  /** Every recording POST the page sends. */
  function countPosts(page: Page): { count: number } {
    const posts = { count: 0 };
    page.on('request', (r) => {
      if (r.method() === 'POST' && /\/api\/v1\/standards\/counties\/\d+\//.test(r.url())) posts.count += 1;
    });
    return posts;
  }

  it('a 督学 records 违规择校 as found: 优质均衡 fails on the screen and in the API, and passes again', async () => {
    const page = await h.newPage();
    await logIn(page, 'inspector');
    // A county passing both standards (from the API), whose CB-V02 is currently met.
    const overview = await apiGet(page, '/api/v1/standards?year=2025');
    const passing = overview.counties.filter(
      (c: any) => c.countyStandardsVerdict === 'pass' && c.countyCode !== '370811',
    );
    expect(passing.length, '应有两项均达标的县市区').toBeGreaterThan(0);
    const { countyCode: code, countyName: name } = passing[0];
    const before = await apiGet(page, `/api/v1/standards/counties/${code}?year=2025`);
    const v02 = before.evaluation.compulsoryBalanced.rules.find((r: any) => r.ruleId === 'CB-V02');
    expect(v02.verdict).toBe('pass');
    expect(v02.veto).toBe(true);
    const packs = await apiGet(page, '/api/v1/standards/rule-packs');
    const item = packs.packs.flatMap((p: any) => p.judgements ?? []).find((j: any) => j.id === 'CB-V02');
    expect(item.metMeans).toBe('未发现违规择校');
    const recordsBefore = await apiGet(page, `/api/v1/standards/counties/${code}/records?year=2025`);

    await openCounty(page, code);
    expect(await tileVerdict(page, 'compulsoryBalanced')).toBe('pass');
    expect(await tileVerdict(page, 'combined')).toBe('pass');
    // The inspector judges but does not record county figures.
    expect(await page.$$eval('.figures-record', (els) => els.length)).toBe(0);

    const rules = '.rules-compulsoryBalanced';
    await page.click(`${rules} .judgement-only`);
    await page.click(`${rules} .judge-button[data-rule="CB-V02"]`);
    const modal = '.judgement-modal';
    await page.waitForSelector(`${modal} .recording-form`);
    expect(await page.textContent(`${modal} .recording-subtitle`)).toBe(
      // The rule by its name; its code after it, small and grey.
      `${name} · 2025—2026 学年 · 违规择校 CB-V02`,
    );
    expect(await page.textContent(`${modal} .recording-subtitle .rule-code`)).toBe('CB-V02');
    // A one-vote veto: what 是 means (the pack's metMeans) and that 否 fails the standard.
    expect(await page.textContent(`${modal} .judgement-met-note`)).toBe(
      '一票否决项。“是”表示未发现违规择校；选“否”即认定存在“违规择校”，义务教育优质均衡判为未达标。',
    );
    // Not judged by score: no score field.
    expect(await page.$$eval(`${modal} .judgement-score`, (els) => els.length)).toBe(0);

    // Without evidence: the Chinese message under 依据, nothing sent.
    const posts = countPosts(page);
    await page.click(`${modal} .judgement-met .ant-radio-wrapper:has-text("否")`);
    await page.click(`${modal} .recording-submit`);
    await page.waitForSelector(fieldError(modal, 'judgement-form_evidence'));
    expect(await page.textContent(fieldError(modal, 'judgement-form_evidence'))).toBe(
      '请填写依据（文件、数据来源或佐证材料）',
    );
    expect(posts.count).toBe(0);

    const evidence = '2025 年督导核查：一所初中违规择校（演示）';
    await page.fill('#judgement-form_evidence', evidence);
    await settled(page, `${modal} .recording-form`);
    await page.screenshot({ path: join(ARTIFACTS, 'recording-judgement-form.png') });
    await page.click(`${modal} .recording-submit`);
    await page.waitForSelector('.ant-message-success');
    expect(await page.textContent('.ant-message-success')).toContain(
      '已录入“违规择校”的认定，评估结论已更新',
    );
    expect(posts.count).toBe(1);

    // The screen: 优质均衡 and the combined verdict fail at once, and so does CB-V02.
    await expect.poll(() => tileVerdict(page, 'compulsoryBalanced')).toBe('fail');
    expect(await tileVerdict(page, 'combined')).toBe('fail');
    let row = (await tableRows(page, `${rules} .rule-table`, 'rule-row')).find((r) =>
      r[1]!.endsWith('CB-V02'),
    )!;
    // [expand, rule (name, flags, code), part, value, threshold, verdict, explanation]
    expect(row[1]!.startsWith('违规择校')).toBe(true);
    expect(row[5]).toBe('未达标');
    // The API agrees: the county and its rule fail; the overview counts one county fewer passing both.
    const after = await apiGet(page, `/api/v1/standards/counties/${code}?year=2025`);
    expect(after.evaluation.compulsoryBalanced.verdict).toBe('fail');
    expect(after.evaluation.countyStandardsVerdict).toBe('fail');
    expect(after.evaluation.passesBoth).toBe(false);
    const ruleAfter = after.evaluation.compulsoryBalanced.rules.find((r: any) => r.ruleId === 'CB-V02');
    expect(ruleAfter.verdict).toBe('fail');
    expect(ruleAfter.judgement).toMatchObject({ met: false, evaluator: 'inspector', evidence });
    expect(row[6]).toBe(ruleAfter.explanation);
    const overviewAfter = await apiGet(page, '/api/v1/standards?year=2025');
    expect(overviewAfter.t4.passingBoth).toBe(overview.t4.passingBoth - 1);
    expect(overviewAfter.counties.find((c: any) => c.countyCode === code).compulsoryBalanced.verdict).toBe(
      'fail',
    );

    // The expanded row: the current judgement with the evaluator, the time (Beijing) and the evidence.
    await page.click(`${rules} tr[data-row-key="CB-V02"] .ant-table-row-expand-icon`);
    const judgementText = `${rules} .rule-expansion[data-rule="CB-V02"] .rule-judgement`;
    await page.waitForSelector(judgementText);
    expect(await page.textContent(judgementText)).toBe(
      `评估认定inspector 于 ${formatRecordedAt(ruleAfter.judgement.recordedAt)} 认定为未达标；依据：${evidence}`,
    );
    await page.screenshot({
      path: join(ARTIFACTS, `recording-judgement-${code}-failed.png`),
      fullPage: true,
    });

    // Back to 是: it passes again, on the screen and in the API.
    await page.click(`${rules} .judge-button[data-rule="CB-V02"]`);
    await page.waitForSelector(`${modal} .recording-form`);
    // The form starts from the current judgement (否).
    expect(await page.$eval(`${modal} .judgement-met .ant-radio-wrapper-checked`, (e) => e.textContent)).toBe(
      '否',
    );
    await page.click(`${modal} .judgement-met .ant-radio-wrapper:has-text("是")`);
    await page.fill('#judgement-form_evidence', '复查：违规择校已整改，未再发现（演示）');
    await page.click(`${modal} .recording-submit`);
    await expect.poll(() => tileVerdict(page, 'compulsoryBalanced')).toBe('pass');
    expect(await tileVerdict(page, 'combined')).toBe('pass');
    row = (await tableRows(page, `${rules} .rule-table`, 'rule-row')).find((r) => r[1]!.endsWith('CB-V02'))!;
    expect(row[5]).toBe('达标');
    const restored = await apiGet(page, `/api/v1/standards/counties/${code}?year=2025`);
    expect(restored.evaluation.compulsoryBalanced.verdict).toBe('pass');
    expect(restored.evaluation.countyStandardsVerdict).toBe('pass');
    expect((await apiGet(page, '/api/v1/standards?year=2025')).t4.passingBoth).toBe(overview.t4.passingBoth);

    // Both verdicts are in the history, newest first; the first recording was not overwritten.
    const records = await apiGet(page, `/api/v1/standards/counties/${code}/records?year=2025`);
    expect(records.judgements).toHaveLength(recordsBefore.judgements.length + 2);
    expect(records.judgements.slice(0, 2).map((j: any) => [j.itemId, j.met, j.evaluator])).toEqual([
      ['CB-V02', true, 'inspector'],
      ['CB-V02', false, 'inspector'],
    ]);
    await page.click('.county-figures-card .records-open');
    await page.waitForSelector('.records-drawer .records-table .record-row');
    await settled(page, '.records-drawer .records-table');
    const history = await tableRows(page, '.records-drawer .records-table', 'record-row');
    expect(history).toHaveLength(recordsBefore.inputs.length + recordsBefore.judgements.length + 2);
    expect(history.slice(0, 2).map((r) => [r[1], r[2], r[3], r[5]])).toEqual([
      ['评估认定', '违规择校现行', '是', 'inspector'],
      ['评估认定', '违规择校', '否', 'inspector'],
    ]);
    expect(history[1]![4]).toBe(evidence);
    expect(await page.textContent('.records-drawer .records-note')).toContain('记录只追加、不覆盖');
    await page.screenshot({ path: join(ARTIFACTS, 'recording-history.png') });
    await page.context().close();
  });

  it('a county bureau records its 3–5 population: the figure, 学前三年毛入园率 and the history follow', async () => {
    const page = await h.newPage();
    await logIn(page, 'rencheng');
    const before = await apiGet(page, '/api/v1/standards/counties/370811?year=2025');
    const p01 = before.evaluation.preschoolUniversal.rules.find((r: any) => r.ruleId === 'PU-P01');
    // The children in kindergartens (the rule's numerator) do not change with the population.
    const children: number = p01.inputs.children ?? p01.inputs.numerator;
    expect(children).toBe(before.evaluation.preschoolUniversal.totals.children);
    const typed = p01.inputs.population3to5 === 31_000 ? 31_001 : 31_000;
    const expectedShare = `${((children / typed) * 100).toFixed(1)}%`;
    const recordsBefore = await apiGet(page, '/api/v1/standards/counties/370811/records?year=2025');
    const countBefore = recordsBefore.inputs.length + recordsBefore.judgements.length;

    await openCounty(page, '370811');
    // A county administrator records figures but does not judge.
    expect(await page.$$eval('.judge-button', (els) => els.length)).toBe(0);
    const figure = '.county-figure[data-figure="population3to5"]';
    expect(await page.textContent(`${figure} .county-figure-value`)).toBe(
      `${p01.inputs.population3to5.toLocaleString('en-US')} 人`,
    );
    expect(await page.textContent('.county-figures-card .records-open')).toBe(`录入记录（${countBefore}）`);

    await page.click('.county-figures-card .figures-record');
    const modal = '.figures-modal';
    await page.waitForSelector(`${modal} .recording-form`);
    expect(await page.textContent(`${modal} .recording-subtitle`)).toBe('任城区 · 2025—2026 学年');
    await page.fill('#figures-form_population3to5', String(typed));
    const evidence = '任城区统计局 2025 年人口抽样调查（演示）';
    await page.fill('#figures-form_evidence', evidence);
    await settled(page, `${modal} .recording-form`);
    await page.screenshot({ path: join(ARTIFACTS, 'recording-figures-form.png') });
    await page.click(`${modal} .recording-submit`);
    await page.waitForSelector('.ant-message-success');
    expect(await page.textContent('.ant-message-success')).toContain('已录入 1 项县级数据，评估结论已更新');

    // The figure and who recorded it, at once.
    await expect
      .poll(() => page.textContent(`${figure} .county-figure-value`))
      .toBe(`${typed.toLocaleString('en-US')} 人`);
    const records = await apiGet(page, '/api/v1/standards/counties/370811/records?year=2025');
    expect(records.inputs).toHaveLength(recordsBefore.inputs.length + 1);
    expect(records.inputs[0]).toMatchObject({
      item: 'population3to5',
      value: typed,
      evidence,
      recordedBy: 'rencheng',
    });
    expect(await page.textContent(`${figure} .county-figure-by`)).toBe(
      `rencheng 录入于 ${formatRecordedAt(records.inputs[0].recordedAt)}`,
    );
    expect(await page.textContent(`${figure} .county-figure-evidence`)).toBe(`依据：${evidence}`);

    // 学前三年毛入园率 = children ÷ the typed population, on the screen and in the API.
    const after = await apiGet(page, '/api/v1/standards/counties/370811?year=2025');
    const p01After = after.evaluation.preschoolUniversal.rules.find((r: any) => r.ruleId === 'PU-P01');
    expect(p01After.inputs.population3to5).toBe(typed);
    expect(p01After.value).toBeCloseTo(children / typed, 12);
    await page.click('.standards-tabs .ant-tabs-tab:has-text("学前教育普及普惠")');
    await page.waitForSelector('.rules-preschoolUniversal .rule-row');
    const row = (await tableRows(page, '.rules-preschoolUniversal .rule-table', 'rule-row')).find((r) =>
      r[1]!.endsWith('PU-P01'),
    )!;
    expect(row[1]).toBe(`${p01After.name}PU-P01`);
    expect(row[3]).toBe(expectedShare);
    expect(row[5]).toBe(VERDICT_WORDS[p01After.verdict]);
    expect(row[6]).toBe(p01After.explanation);
    expect(await tileVerdict(page, 'preschoolUniversal')).toBe(after.evaluation.preschoolUniversal.verdict);

    // The history: the new recording first, marked current; the earlier one stays, no longer current.
    await expect
      .poll(() => page.textContent('.county-figures-card .records-open'))
      .toBe(`录入记录（${countBefore + 1}）`);
    await page.click('.county-figures-card .records-open');
    await page.waitForSelector('.records-drawer .records-table .record-row');
    await settled(page, '.records-drawer .records-table');
    const history = await tableRows(page, '.records-drawer .records-table', 'record-row');
    expect(history).toHaveLength(countBefore + 1);
    expect(history[0]).toEqual([
      formatRecordedAt(records.inputs[0].recordedAt),
      '县级数据',
      '3—5 岁常住人口现行',
      `${typed.toLocaleString('en-US')} 人`,
      evidence,
      'rencheng',
    ]);
    const population = history.filter((r) => r[2]!.startsWith('3—5 岁常住人口'));
    expect(population).toHaveLength(2);
    expect(population[1]![2]).toBe('3—5 岁常住人口');
    expect(population[1]![3]).toBe(`${p01.inputs.population3to5.toLocaleString('en-US')} 人`);
    await page.screenshot({ path: join(ARTIFACTS, 'recording-figures-history.png') });
    await page.context().close();
  });

  it('shows the Chinese message next to the field and records nothing when the evidence is missing', async () => {
    const page = await h.newPage();
    await logIn(page, 'rencheng');
    const recordsBefore = await apiGet(page, '/api/v1/standards/counties/370811/records?year=2025');
    const countBefore = recordsBefore.inputs.length + recordsBefore.judgements.length;
    // What the server answers to evidence of one character (it records nothing either).
    const refused = await apiPost(page, '/api/v1/standards/counties/370811/inputs', {
      year: 2025,
      values: { population3to5: 30_000 },
      evidence: '表',
    });
    expect(refused.status).toBe(400);
    const serverMessage = refused.body.error.details.find((d: any) => d.field === 'body.evidence').message;
    expect(serverMessage).toMatch(/[\u4e00-\u9fff]/);
    await openCounty(page, '370811');
    const posts = countPosts(page);
    await page.click('.county-figures-card .figures-record');
    const modal = '.figures-modal';
    await page.waitForSelector(`${modal} .recording-form`);

    // Nothing filled in: the form says so and sends nothing.
    await page.fill('#figures-form_evidence', '统计公报');
    await page.click(`${modal} .recording-submit`);
    await page.waitForSelector(`${modal} .recording-error`);
    expect(await page.textContent(`${modal} .recording-error`)).toBe('请至少填写一项县级数据');
    await page.fill('#figures-form_evidence', '');

    // A negative figure, a fractional number of persons and no evidence: each message under its field.
    await page.fill('#figures-form_population3to5', '-5');
    await page.fill('#figures-form_rotatedTeachers', '1.5');
    await page.click(`${modal} .recording-submit`);
    await page.waitForSelector(fieldError(modal, 'figures-form_evidence'));
    expect(await page.textContent(fieldError(modal, 'figures-form_evidence'))).toBe(
      '请填写依据（文件、数据来源或佐证材料）',
    );
    expect(await page.textContent(fieldError(modal, 'figures-form_population3to5'))).toBe('不能为负数');
    expect(await page.textContent(fieldError(modal, 'figures-form_rotatedTeachers'))).toBe('人数应为整数');
    await page.screenshot({ path: join(ARTIFACTS, 'recording-figures-errors.png') });
    expect(posts.count).toBe(0);

    // Evidence of one character passes the form but not the server: its Chinese message under 依据.
    await page.fill('#figures-form_population3to5', '30000');
    await page.fill('#figures-form_rotatedTeachers', '');
    await page.fill('#figures-form_evidence', '表');
    await page.click(`${modal} .recording-submit`);
    await expect.poll(() => page.textContent(fieldError(modal, 'figures-form_evidence'))).toBe(serverMessage);
    expect(posts.count).toBe(1);
    expect(await page.$$eval(`${modal} .recording-form`, (els) => els.length)).toBe(1);

    // Nothing was recorded: the API's history and the count on the page are unchanged.
    const recordsAfter = await apiGet(page, '/api/v1/standards/counties/370811/records?year=2025');
    expect(recordsAfter).toEqual(recordsBefore);
    await page.click(`${modal} .ant-modal-close`);
    expect(await page.textContent('.county-figures-card .records-open')).toBe(`录入记录（${countBefore}）`);
    await page.context().close();
  });

  it('shows no recording buttons to an account without standards.record or standards.judge', async () => {
    const page = await h.newPage();
    await logIn(page, 'admin');
    await openCounty(page, '370811');
    const evaluation = await apiGet(page, '/api/v1/standards/counties/370811?year=2025');
    // The figures are shown read-only, with the history.
    const p01 = evaluation.evaluation.preschoolUniversal.rules.find((r: any) => r.ruleId === 'PU-P01');
    expect(await page.textContent('.county-figure[data-figure="population3to5"] .county-figure-value')).toBe(
      `${p01.inputs.population3to5.toLocaleString('en-US')} 人`,
    );
    expect(await page.$$eval('.figures-record, .judge-button', (els) => els.length)).toBe(0);
    await page.click('.rules-compulsoryBalanced .judgement-only');
    await page.waitForSelector('.rules-compulsoryBalanced tr[data-row-key="CB-V02"]');
    expect(await page.$$eval('.judge-button', (els) => els.length)).toBe(0);
    const headers = await page.$$eval('.rules-compulsoryBalanced .rule-table thead th', (els) =>
      els.map((e) => e.textContent?.trim()),
    );
    expect(headers).not.toContain('操作');
    expect(await page.textContent('body')).not.toContain('录入/更正');
    await page.screenshot({ path: join(ARTIFACTS, 'recording-admin-readonly.png'), fullPage: true });
    await page.click('.county-figures-card .records-open');
    await page.waitForSelector('.records-drawer .record-row');
    await page.context().close();

    // And the city's 业务科室 records figures but does not judge.
    const city = await h.newPage();
    await logIn(city, 'city');
    await openCounty(city, '370811');
    expect(await city.$$eval('.figures-record', (els) => els.length)).toBe(1);
    expect(await city.$$eval('.judge-button', (els) => els.length)).toBe(0);
    await city.context().close();
  });

  it('keeps the forms and the history usable at phone width', async () => {
    const insideViewport = async (page: Page, selector: string) => {
      // Polled: modals and drawers slide in.
      const edges = async () => {
        const box = (await page.locator(selector).boundingBox())!;
        return [box.x >= 0, box.x + box.width <= 390];
      };
      await expect.poll(edges).toEqual([true, true]);
      const { scrollWidth, clientWidth } = await page.$eval('html', (root) => ({
        scrollWidth: root.scrollWidth,
        clientWidth: root.clientWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    };

    const page = await h.newPage({ width: 390, height: 844 });
    await logIn(page, 'inspector');
    await openCounty(page, '370827');
    await page.click('.standards-tabs .ant-tabs-tab:has-text("学前教育普及普惠")');
    await page.click('.rules-preschoolUniversal .judgement-only');
    // 社会认可度: judged by score, entered as a percentage.
    await page.click('.rules-preschoolUniversal .judge-button[data-rule="PU-P10"]');
    await page.waitForSelector('.judgement-modal .judgement-score');
    await page.fill('#judgement-form_score', '80');
    // Below the 85% minimum: 是否达标 follows the score.
    await expect
      .poll(() =>
        page.$eval('.judgement-modal .judgement-met .ant-radio-wrapper-checked', (e) => e.textContent),
      )
      .toBe('否');
    expect(await page.textContent('.judgement-modal .judgement-met-note')).toBe(
      '按得分认定：得分不低于 85.0% 为“是”，低于为“否”。',
    );
    await settled(page, '.judgement-modal .recording-form');
    await insideViewport(page, '.judgement-modal .recording-form');
    await page.screenshot({ path: join(ARTIFACTS, 'phone-recording-judgement.png') });
    await page.click('.judgement-modal .ant-modal-close');
    await page.waitForSelector('.judgement-modal .recording-form', { state: 'detached' });
    await page.click('.county-figures-card .records-open');
    await page.waitForSelector('.records-drawer .records-list .record-row');
    await settled(page, '.records-drawer .records-list');
    await insideViewport(page, '.records-drawer .records-list');
    await page.screenshot({ path: join(ARTIFACTS, 'phone-recording-history.png') });
    await page.context().close();

    const county = await h.newPage({ width: 390, height: 844 });
    await logIn(county, 'yutai');
    await openCounty(county, '370827');
    await county
      .locator('.county-figures-card')
      .screenshot({ path: join(ARTIFACTS, 'phone-county-figures.png') });
    await county.click('.county-figures-card .figures-record');
    await county.waitForSelector('.figures-modal .recording-form');
    await settled(county, '.figures-modal .recording-form');
    await insideViewport(county, '.figures-modal .recording-form');
    await county.screenshot({ path: join(ARTIFACTS, 'phone-recording-figures.png') });
    await county.context().close();
  });

  it('runs without script errors', () => {
    // The login page's session check answers 401; anything else is a failure.
    expect(h.consoleErrors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
  });
});
