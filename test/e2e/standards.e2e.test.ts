/**
 * The 创建达标 pages (county standards: 义务教育优质均衡, 学前教育普及普惠, T4) on the Jining demo
 * data (演示数据) in real Chromium: the overview lists the 11 assessed counties (not the three
 * functional zones) with the API's verdicts and T4 against its 2027 target; a county's analysis
 * shows its verdicts, the CV bars (saved as PNG), the rules and the gap-to-pass plan as the API
 * computes them; tables export to .xlsx whose rows are the screen's; a county account sees its own
 * county only and no T4; no page scrolls sideways at phone width. The county names are the 11
 * county-level divisions of 济宁市 (NBS division list, data/SOURCES.md), written out by hand.
 * Set-up: test/support/browser.ts with dataset 'jining'.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/app/demo/demo.service.ts';
import { formatYuan } from '../../web/src/format.ts';
import {
  ARTIFACTS,
  browserAvailable,
  startBrowserHarness,
  type BrowserHarness,
  submitLogin,
} from '../support/browser.ts';

/** Browser globals used inside page functions (the test project's lib has no DOM). */
declare const getComputedStyle: (element: unknown, pseudo?: string) => Record<string, string>;

const COUNTIES: [string, string][] = [
  ['370811', '任城区'],
  ['370812', '兖州区'],
  ['370826', '微山县'],
  ['370827', '鱼台县'],
  ['370828', '金乡县'],
  ['370829', '嘉祥县'],
  ['370830', '汶上县'],
  ['370831', '泗水县'],
  ['370832', '梁山县'],
  ['370881', '曲阜市'],
  ['370883', '邹城市'],
];
const ZONES = ['济宁高新区', '太白湖新区', '济宁经济技术开发区'];
const STAGES: Record<string, string> = { primary: '小学', junior: '初中' };
const VERDICT_WORDS: Record<string, string> = {
  pass: '达标',
  fail: '未达标',
  incomplete: '待补充',
  notApplicable: '不适用',
  excluded: '不参评',
};

/** Width and height of a PNG file, from its IHDR chunk, after checking the 8-byte signature. */
function pngSize(path: string): { width: number; height: number } {
  const data = readFileSync(path);
  expect([...data.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(data.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/**
 * The rows of the first sheet as text, row 1 first; a number in a percent format as the screen
 * writes it (0.757 → "75.7%").
 */
async function sheetRows(path: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0]!;
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let i = 1; i <= row.cellCount; i++) {
      const cell = row.getCell(i);
      const v = cell.value;
      cells.push(
        v === null || v === undefined
          ? ''
          : typeof v === 'number' && (cell.numFmt ?? '').includes('%')
            ? `${(v * 100).toFixed(1)}%`
            : String(v),
      );
    }
    rows.push(cells);
  });
  return rows;
}

/** A text beside a school column, without the school's name it opens with (and 小学部/初中部). */
function withoutSchoolByHand(text: string, name: string | null): string {
  if (!name || !text.startsWith(name)) return text;
  return (
    text
      .slice(name.length)
      .replace(/^（(小学|初中)部）/, '')
      .replace(/^[\s：]+/, '') || text
  );
}

/** The cells of the rows of a table (its own rows, not those of a detail table inside an expanded row). */
const tableRows = (page: Page, table: string, rowClass = 'ant-table-row') =>
  page.$eval(
    table,
    (root, cls) =>
      [...root.querySelectorAll(`tbody tr.${cls}`)]
        .filter((r) => r.closest('.ant-table-wrapper') === root)
        .map((r) => [...r.querySelectorAll(':scope > td')].map((td) => td.textContent?.trim() ?? '')),
    rowClass,
  );

describe.runIf(browserAvailable)('county standards pages on the Jining demo data in Chromium', () => {
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

  const apiGet = (page: Page, path: string): Promise<any> =>
    page.evaluate((p) => fetch(p).then((r) => r.json()), path);

  it('lists the 11 counties with the API’s verdicts and T4 against the 2027 target, and exports them', async () => {
    const page = await h.newPage();
    await logIn(page, 'city');
    expect(await page.textContent('#nav-standards')).toBe('创建达标');
    await page.click('#nav-standards');
    await page.waitForSelector('.standards-table .standards-county-link');
    expect(new URL(page.url()).pathname).toBe('/app/standards');

    const api = await apiGet(page, '/api/v1/standards');
    expect(api.dataset.demo).toBe(true);
    expect(await page.$$eval('.demo-banner', (els) => els.length)).toBe(1);
    // The 11 counties in the API's order; the functional zones are not assessed on their own.
    const links = await page.$$eval('.standards-county-link', (els) =>
      els.map((e) => [e.getAttribute('data-county'), e.textContent]),
    );
    expect(links).toEqual(COUNTIES);
    expect(api.counties.map((c: any) => [c.countyCode, c.countyName])).toEqual(COUNTIES);
    for (const zone of ZONES) expect(await page.textContent('.standards-table')).not.toContain(zone);

    // Each row's three verdicts and rule counts are the API's.
    const rows = await tableRows(page, '.standards-table');
    expect(rows).toHaveLength(11);
    api.counties.forEach((c: any, i: number) => {
      expect(rows[i]).toEqual([
        c.countyName,
        VERDICT_WORDS[c.countyStandardsVerdict],
        VERDICT_WORDS[c.compulsoryBalanced.verdict],
        String(c.compulsoryBalanced.counts.fail),
        String(c.compulsoryBalanced.counts.incomplete),
        VERDICT_WORDS[c.preschoolUniversal.verdict],
        String(c.preschoolUniversal.counts.fail),
        String(c.preschoolUniversal.counts.incomplete),
      ]);
    });
    const tags = await page.$$eval('.standards-table .verdict-combined', (els) =>
      els.map((e) => e.getAttribute('data-verdict')),
    );
    expect(tags).toEqual(api.counties.map((c: any) => c.countyStandardsVerdict));

    // T4: passing both / assessed = share, against the plan's 2027 target (from the targets API).
    const t4 = api.t4;
    expect(t4.evaluated).toBe(11);
    expect(await page.textContent('.t4-value')).toBe(`${(t4.share * 100).toFixed(1)}%`);
    expect(await page.textContent('.t4-fraction')).toBe(`${t4.passingBoth} / ${t4.evaluated} 个县市区`);
    expect(await page.textContent('.t4-failing')).toBe(`${t4.failing} 个`);
    expect(await page.textContent('.t4-incomplete')).toBe(`${t4.incomplete} 个`);
    const targets = await apiGet(page, '/api/v1/targets');
    const t4Target = targets.targets.find((c: any) => c.target.id === 'T4').target;
    await expect.poll(() => page.textContent('.t4-target')).toBe(`${(t4Target.threshold * 100).toFixed(1)}%`);
    expect(await page.textContent('.t4-card .ant-card-head-title')).toContain(t4Target.shortTitle);
    await page.screenshot({ path: join(ARTIFACTS, 'standards-overview.png'), fullPage: true });

    // Export: a 演示数据 title row, Chinese headers, one row per county as on the screen.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('.standards-table-card .export-xlsx'),
    ]);
    expect(download.suggestedFilename()).toMatch(/^县域创建达标-2025-\d{8}\.xlsx$/);
    const path = join(ARTIFACTS, 'standards-overview.xlsx');
    await download.saveAs(path);
    const sheet = await sheetRows(path);
    expect(sheet[0]![0]).toContain('演示数据');
    expect(sheet[1]!.slice(0, 5)).toEqual([
      '县市区代码',
      '县市区',
      '综合结论',
      '义务教育优质均衡',
      '义务教育优质均衡 未达标项',
    ]);
    const data = sheet.slice(2);
    expect(data.map((r) => [r[0], r[1]])).toEqual(COUNTIES);
    // Code, then the screen's columns: name, combined, CB verdict/fail/incomplete (summary), PU …
    expect(data.map((r) => [r[1], r[2], r[3], r[4], r[5], r[7], r[8], r[9]])).toEqual(rows);
    await page.context().close();
  });

  it('opens a county: verdicts, CV bars saved as PNG, rules, schools and the gap plan as the API says', async () => {
    const page = await h.newPage();
    await logIn(page, 'city');
    await page.click('#nav-standards');
    await page.waitForSelector('.standards-county-link');
    // A county that fails 优质均衡 (so that its gap plan has items), else the first one.
    const overview = await apiGet(page, '/api/v1/standards');
    const county =
      overview.counties.find((c: any) => c.compulsoryBalanced.verdict === 'fail') ?? overview.counties[0];
    const { countyCode: code, countyName: name } = county as { countyCode: string; countyName: string };
    await page.click(`.standards-county-link[data-county="${code}"]`);
    await page.waitForSelector('.rules-compulsoryBalanced .rule-row');
    expect(new URL(page.url()).pathname).toBe(`/app/standards/${code}`);
    expect(await page.textContent('.standards-county-heading')).toBe(
      `${name} · 创建达标分析 · 2025—2026 学年`,
    );

    const { evaluation } = await apiGet(page, `/api/v1/standards/counties/${code}`);
    const { plan } = await apiGet(page, `/api/v1/standards/counties/${code}/gap`);
    const verdictOf = (key: string) =>
      page.getAttribute(`.verdict-tile[data-standard="${key}"] .verdict-tag`, 'data-verdict');
    expect(await verdictOf('combined')).toBe(evaluation.countyStandardsVerdict);
    expect(await verdictOf('compulsoryBalanced')).toBe(evaluation.compulsoryBalanced.verdict);
    expect(await verdictOf('preschoolUniversal')).toBe(evaluation.preschoolUniversal.verdict);
    expect(await page.textContent('.verdict-tile[data-standard="compulsoryBalanced"]')).toContain(
      evaluation.compulsoryBalanced.summary,
    );

    // The CV bars of both sections are drawn; 保存图片 gives a titled PNG (720×400 at 2×).
    await page.waitForSelector('.cv-chart[data-section="primary"] canvas');
    await page.waitForSelector('.cv-chart[data-section="junior"] canvas');
    expect(await page.getAttribute('.cv-chart[data-section="primary"] .cv-figure', 'aria-label')).toBe(
      `${name} · 小学校际差异系数 · 2025—2026 学年（演示数据）`,
    );
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.click('.cv-chart[data-section="primary"] .save-png'),
    ]);
    expect(png.suggestedFilename()).toBe(`${name}-小学-差异系数-2025.png`);
    await png.saveAs(join(ARTIFACTS, 'standards-cv-primary.png'));
    expect(pngSize(join(ARTIFACTS, 'standards-cv-primary.png'))).toEqual({ width: 1440, height: 800 });
    const primary = evaluation.compulsoryBalanced.sections.primary;
    expect(await page.textContent('.cv-summary[data-section="primary"]')).toContain(
      `参评 ${primary.schoolsEvaluated} 所（不参评 ${primary.schoolsExcluded} 所），资源配置达标 ${primary.schoolsPassing} 所`,
    );

    // The rule table: the API's rules in order (20 a page); values in their format.
    const rules = evaluation.compulsoryBalanced.rules;
    const ruleRows = await tableRows(page, '.rules-compulsoryBalanced .rule-table', 'rule-row');
    expect(ruleRows).toHaveLength(Math.min(20, rules.length));
    ruleRows.forEach((row, i) => {
      // [expand, rule (name, flags, code), part, value, threshold, verdict, explanation]
      expect(row[1]!.startsWith(rules[i].name)).toBe(true);
      expect(row[1]!.endsWith(rules[i].ruleId)).toBe(true);
      expect(row[2]).toBe(rules[i].part);
      expect(row[5]).toBe(VERDICT_WORDS[rules[i].verdict]);
      expect(row[6]).toBe(rules[i].explanation);
    });
    const byId = (id: string) => ruleRows.find((r) => r[1]!.endsWith(id))!;
    const rule = (id: string) => rules.find((r: any) => r.ruleId === id);
    // 小学学段参评学校: a count ≥ 1; the share of passing schools and the class-size rule: percentages;
    // a CV: three decimals against the section's limit.
    expect(byId('CB-SEC-primary').slice(3, 5)).toEqual([String(rule('CB-SEC-primary').value), '≥ 1']);
    expect(byId('CB-SCH-primary').slice(3, 5)).toEqual([
      `${(rule('CB-SCH-primary').value * 100).toFixed(1)}%`,
      '≥ 100.0%',
    ]);
    expect(byId('CB-CV-primary-L1').slice(3, 5)).toEqual([
      rule('CB-CV-primary-L1').value.toFixed(3),
      `≤ ${rule('CB-CV-primary-L1').threshold.toFixed(3)}`,
    ]);
    expect(byId('CB-G05')[3]).toBe(`${(rule('CB-G05').value * 100).toFixed(1)}%`);

    // A (failing) rule with details expands to its source and the schools or classes behind it.
    const withDetails = rules.slice(0, 20).filter((r: any) => r.details.length > 0);
    const failing = withDetails.find((r: any) => r.verdict === 'fail') ?? withDetails[0];
    expect(failing, '前 20 条规则中应有带明细的规则').toBeDefined();
    await page.click(
      `.rules-compulsoryBalanced tr[data-row-key="${failing.ruleId}"] .ant-table-row-expand-icon`,
    );
    const expansion = `.rule-expansion[data-rule="${failing.ruleId}"]`;
    await page.waitForSelector(expansion);
    expect(await page.textContent(`${expansion} .rule-source`)).toContain(failing.source.document);
    expect(await page.textContent(`${expansion} .rule-details`)).toContain(
      `明细（${failing.details.length} 条）`,
    );
    const detailRows = await page.$$eval(`${expansion} tr.detail-row`, (rows) =>
      rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')),
    );
    // The school column names the school; the detail does not repeat it.
    expect(detailRows[0]![1]).toBe(
      withoutSchoolByHand(failing.details[0].label, failing.details[0].institutionName),
    );
    await page.screenshot({ path: join(ARTIFACTS, `standards-county-${code}.png`), fullPage: true });

    // Export of the rules: the screen's rows (the first 20), Chinese headers, 演示数据 title.
    const [rulesXlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.click('.rules-compulsoryBalanced .export-xlsx'),
    ]);
    expect(rulesXlsx.suggestedFilename()).toMatch(
      new RegExp(`^${name}-义务教育优质均衡评估规则-2025-\\d{8}\\.xlsx$`),
    );
    const rulesPath = join(ARTIFACTS, `standards-${code}-rules.xlsx`);
    await rulesXlsx.saveAs(rulesPath);
    const ruleSheet = await sheetRows(rulesPath);
    expect(ruleSheet[0]![0]).toContain('演示数据');
    expect(ruleSheet[1]!.slice(0, 7)).toEqual(['规则', '编号', '一级指标', '值', '标准', '结论', '说明']);
    expect(ruleSheet.slice(2)).toHaveLength(rules.length);
    expect(ruleSheet.slice(2).map((r) => [r[0], r[1]])).toEqual(rules.map((r: any) => [r.name, r.ruleId]));
    expect(ruleSheet.slice(2, 2 + ruleRows.length).map((r) => r.slice(2, 7))).toEqual(
      ruleRows.map((r) => r.slice(2, 7)),
    );

    // The schools: each indicator cell is marked met, not met but ≥ 85% of the standard, or below
    // that, as the API's indicator says; 只看未达标 leaves the failing sections.
    const schools = evaluation.compulsoryBalanced.schools;
    const shownStates = await page.$$eval('.school-sections tbody tr.ant-table-row', (rows) =>
      rows.map((r) =>
        [...r.querySelectorAll('.indicator-cell[data-state]')].map((e) => e.getAttribute('data-state')),
      ),
    );
    expect(shownStates).toEqual(
      schools
        .slice(0, 20)
        .map((s: any) => s.indicators.map((i: any) => (i.met ? 'met' : i.atLeastFloor ? 'floor' : 'below'))),
    );
    const failingSchools = schools.filter((s: any) => s.verdict === 'fail');
    await page.click('.school-sections .failing-only');
    await expect
      .poll(() => page.textContent('.school-sections .sections-count'))
      .toBe(`共 ${failingSchools.length} 个学校（学段）`);
    const schoolRows = await tableRows(page, '.school-sections .sections-table');
    expect(schoolRows.map((r) => r[0])).toEqual(
      failingSchools.slice(0, 20).map((s: any) => s.institutionName),
    );
    for (const row of schoolRows) expect(row[11]).toBe('未达标');

    // The gap plan of 优质均衡: its first item, its cost and the verdicts before and after.
    const gapCard = '.gap-plan[data-standard="compulsoryBalanced"]';
    const items = plan.items.filter((i: any) => i.standard === 'compulsoryBalanced');
    const gapRows = await tableRows(page, `${gapCard} .gap-items`);
    // The measure without the school's name: the school column gives it.
    expect(gapRows.map((r) => r[2])).toEqual(
      items.slice(0, 20).map((i: any) => withoutSchoolByHand(i.description, i.institutionName)),
    );
    if (items.length > 0) {
      const first = items[0];
      expect(gapRows[0]![1]).toBe(
        first.section ? `${first.institutionName}（${STAGES[first.section]}）` : first.institutionName,
      );
    } else {
      expect(await page.textContent(`${gapCard} .gap-items`)).toContain('本项标准无需改进措施');
    }
    const costs = items.filter((i: any) => i.cost !== null).map((i: any) => i.cost as number);
    expect(await page.textContent(`${gapCard} .gap-cost-value`)).toBe(
      costs.length === 0 ? '—' : formatYuan(costs.reduce((a: number, b: number) => a + b, 0)),
    );
    expect(await page.getAttribute(`${gapCard} .gap-before`, 'data-verdict')).toBe(
      plan.before.compulsoryBalanced,
    );
    expect(await page.getAttribute(`${gapCard} .gap-after`, 'data-verdict')).toBe(
      plan.after.compulsoryBalanced,
    );
    expect(await page.textContent(`${gapCard} .gap-judgements`)).toContain('需评估员认定');
    expect(await page.textContent(`${gapCard} .gap-missing`)).toContain('缺少的县级数据');

    const [gapXlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.click(`${gapCard} .export-xlsx`),
    ]);
    const gapPath = join(ARTIFACTS, `standards-${code}-gap.xlsx`);
    await gapXlsx.saveAs(gapPath);
    const gapSheet = await sheetRows(gapPath);
    expect(gapSheet[1]!.slice(0, 4)).toEqual(['措施类型', '学校代码', '学校', '改进措施']);
    expect(gapSheet.slice(2)).toHaveLength(items.length);
    expect(gapSheet.slice(2, 2 + gapRows.length).map((r) => [r[0], r[2], r[3]])).toEqual(
      gapRows.map((r) => [r[0], r[1], r[2]]),
    );

    // 学前教育普及普惠: the totals and the rules.
    await page.click('.standards-tabs .ant-tabs-tab:has-text("学前教育普及普惠")');
    await page.waitForSelector('.rules-preschoolUniversal .rule-row');
    const totals = evaluation.preschoolUniversal.totals;
    expect(await page.textContent('.total-figure[data-figure="children"] .total-value')).toBe(
      `${totals.children.toLocaleString('en-US')} 人`,
    );
    expect(await page.textContent('.total-figure[data-figure="kindergartens"] .total-value')).toBe(
      `${totals.kindergartens} 所`,
    );
    const puRows = await tableRows(page, '.rules-preschoolUniversal .rule-table', 'rule-row');
    expect(puRows.map((r) => r[1])).toEqual(
      evaluation.preschoolUniversal.rules.map(
        (r: any) => `${r.name}${r.veto ? '一票否决' : ''}${r.computable ? '' : '评估员认定'}${r.ruleId}`,
      ),
    );
    expect(puRows[0]![5]).toBe(VERDICT_WORDS[evaluation.preschoolUniversal.rules[0].verdict]);
    expect(
      await page.getAttribute('.gap-plan[data-standard="preschoolUniversal"] .gap-after', 'data-verdict'),
    ).toBe(plan.after.preschoolUniversal);
    await page.screenshot({
      path: join(ARTIFACTS, `standards-county-${code}-preschool.png`),
      fullPage: true,
    });
    await page.context().close();
  });

  it('links a county page to its analysis, but not a functional zone’s', async () => {
    const page = await h.newPage();
    await logIn(page, 'city');
    await page.goto(`${h.base}/app/counties/370883`);
    await page.waitForSelector('.county-page .standards-link');
    expect(await page.textContent('.standards-link')).toBe('查看创建达标分析');
    await page.click('.standards-link');
    await page.waitForSelector('.standards-county-heading');
    expect(new URL(page.url()).pathname).toBe('/app/standards/370883');
    expect(await page.textContent('.standards-county-heading')).toContain('邹城市');

    // 济宁高新区 (370871) is a functional zone: no link, and the analysis answers with the API's reason.
    const standardsList = page.waitForResponse((r) => r.url().includes('/api/v1/standards'));
    await page.goto(`${h.base}/app/counties/370871`);
    await page.waitForSelector('.county-heading');
    await standardsList;
    expect(await page.textContent('.county-heading')).toContain('济宁高新区');
    expect(await page.$$eval('.standards-link', (els) => els.length)).toBe(0);
    await page.goto(`${h.base}/app/standards/370871`);
    await page.waitForSelector('.page-error');
    const refused = await page.evaluate(() =>
      fetch('/api/v1/standards/counties/370871').then(async (r) => ({
        status: r.status,
        body: (await r.json()) as { error: { code: string; message: string } },
      })),
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('NOT_AN_ASSESSED_COUNTY');
    expect(await page.textContent('.page-error .ant-alert-title')).toBe(refused.body.error.message);
    expect(await page.textContent('.standards-back')).toBe('返回创建达标概览');
    await page.context().close();
  });

  it('shows a county administrator only its county, without T4', async () => {
    const page = await h.newPage();
    await logIn(page, 'rencheng');
    await page.click('#nav-standards');
    await page.waitForSelector('.standards-table .standards-county-link');
    const api = await apiGet(page, '/api/v1/standards');
    expect(api.t4).toBeNull();
    const links = await page.$$eval('.standards-county-link', (els) => els.map((e) => e.textContent));
    expect(links).toEqual(['任城区']);
    expect(await page.$$eval('.t4-card, .t4-value', (els) => els.length)).toBe(0);
    expect(await page.textContent('.t4-city-only')).toContain('全市指标');
    await page.screenshot({ path: join(ARTIFACTS, 'standards-rencheng.png'), fullPage: true });

    await page.click('.standards-county-link[data-county="370811"]');
    await page.waitForSelector('.rules-compulsoryBalanced .rule-row');
    // The zones' schools count in 任城区's evaluation under pseudonyms (decision 0011): the page
    // says how many, and the rows carry the pseudonym instead of the name.
    const evaluation = await apiGet(page, '/api/v1/standards/counties/370811');
    const hidden = new Set(JSON.stringify(evaluation).match(/"institutionCode":"[^"]*#\d+"/g) ?? []).size;
    expect(hidden).toBeGreaterThan(0);
    expect(await page.textContent('.standards-pseudonyms')).toContain(`计入 ${hidden} 所由功能区管理`);
    const zoneSchool = evaluation.evaluation.compulsoryBalanced.schools.find(
      (s: { institutionCode: string }) => s.institutionCode.includes('#'),
    );
    expect(zoneSchool.institutionName).toMatch(/所辖机构 \d{2}$/);
    // Another county is out of scope: the API's Chinese message.
    await page.goto(`${h.base}/app/standards/370812`);
    await page.waitForSelector('.page-error');
    expect(await page.textContent('.page-error')).toMatch(/[\u4e00-\u9fff]/);
    await page.context().close();
  });

  it('speaks to a county officer in words: rule names first, codes secondary, no configuration keys', async () => {
    // 鱼台县's own account, on its own analysis (the county of the issue: a plan of many measures,
    // few of which have a unit price).
    const page = await h.newPage();
    await logIn(page, 'yutai');
    await page.goto(`${h.base}/app/standards/370827`);
    await page.waitForSelector('.rules-compulsoryBalanced .rule-row');
    await page.waitForSelector('.gap-plan[data-standard="compulsoryBalanced"] .gap-summary');
    const { evaluation } = await apiGet(page, '/api/v1/standards/counties/370827');
    const { plan } = await apiGet(page, '/api/v1/standards/counties/370827/gap');
    const rules = evaluation.compulsoryBalanced.rules;

    // The rule column: the Chinese name is the label, the code follows it, small and grey.
    const labels = await page.$$eval('.rules-compulsoryBalanced .rule-row .rule-label', (els) =>
      els.map((e) => ({
        name: e.querySelector('.rule-name')?.textContent,
        code: e.querySelector('.rule-code')?.textContent,
        nameSize: parseFloat(getComputedStyle(e.querySelector('.rule-name')!).fontSize!),
        codeSize: parseFloat(getComputedStyle(e.querySelector('.rule-code')!).fontSize!),
        codeColour: getComputedStyle(e.querySelector('.rule-code')!).color,
      })),
    );
    expect(labels).toHaveLength(Math.min(20, rules.length));
    labels.forEach((l, i) => {
      expect(l.name).toBe(rules[i].name);
      expect(l.code).toBe(rules[i].ruleId);
      expect(l.codeSize).toBeLessThan(l.nameSize);
      // rgba(0, 0, 0, 0.45): grey.
      expect(l.codeColour).toBe('rgba(0, 0, 0, 0.45)');
    });
    // No column is headed 编号 on the screen: the first column after the expander is 规则.
    const heads = await page.$$eval('.rules-compulsoryBalanced .rule-table thead th', (els) =>
      els.map((e) => e.textContent?.trim() ?? '').filter((t) => t !== ''),
    );
    expect(heads[0]).toBe('规则');
    expect(heads).not.toContain('编号');

    // The gap plan's headline cost says how many of its measures it prices, counted from the API's
    // items here (鱼台县's 优质均衡 plan: 165 measures, 15 with a unit price, in the demo data).
    const gapCard = '.gap-plan[data-standard="compulsoryBalanced"]';
    const items = plan.items.filter((i: any) => i.standard === 'compulsoryBalanced');
    const priced = items.filter((i: any) => i.cost !== null);
    expect(items.length).toBeGreaterThan(priced.length);
    expect(priced.length).toBeGreaterThan(0);
    const total = priced.reduce((sum: number, i: any) => sum + i.cost, 0);
    expect(await page.textContent(`${gapCard} .gap-cost`)).toBe(
      `费用合计 ${formatYuan(total)}（${items.length} 项中 ${priced.length} 项已计价）`,
    );
    expect(await page.textContent(`${gapCard} .gap-uncosted`)).toBe(
      `其余 ${items.length - priced.length} 项暂无单价，未计入合计`,
    );
    // Each measure names its school once: in the school column, not again in the measure.
    const gapRows = await tableRows(page, `${gapCard} .gap-items`);
    expect(gapRows.length).toBeGreaterThan(0);
    gapRows.forEach((row, i) => {
      const item = items[i];
      const school = item.institutionName as string | null;
      if (school === null) return;
      expect(row[1]).toContain(school);
      expect(row[2]!.includes(school) && !row[2]!.includes(`${school}（新校区）`)).toBe(false);
    });
    // The rules a measure serves, by name with the code after it.
    const firstRules = await page.$$eval(`${gapCard} .gap-items tbody tr.ant-table-row`, (rows) =>
      [...rows[0]!.querySelectorAll('.rule-refs .rule-label')].map((e) => [
        e.querySelector('.rule-name')?.textContent,
        e.querySelector('.rule-code')?.textContent,
      ]),
    );
    const byId = new Map(rules.map((r: any) => [r.ruleId, r.name]));
    expect(firstRules).toEqual(items[0].ruleIds.map((id: string) => [byId.get(id), id]));

    // No configuration key or English code word anywhere on the page; 办学类型 by name, not by code.
    const text = await page.innerText('.standards-county');
    expect(text).not.toMatch(/cv\.emptySection|notApplicable|规则包|incomplete/);
    expect(text).not.toMatch(/办学类型 \d{3}/);
    const sizeRule = rules.find((r: any) => r.ruleId === 'CB-G04');
    expect(sizeRule.explanation).toContain('九年一贯制学校 2500 人');
    // The county figures say which rules use them by name.
    expect(await page.textContent('.county-figure[data-figure="rotatedTeachers"] .county-figure-rules')).toBe(
      `用于“${byId.get('CB-G11')}”`,
    );
    await page.screenshot({ path: join(ARTIFACTS, 'standards-words-370827.png'), fullPage: true });
    await page.context().close();
  });

  it('is usable at phone width: no page scrolls sideways', async () => {
    const page = await h.newPage({ width: 390, height: 844 });
    await logIn(page, 'city');
    const noSideways = async (name: string) => {
      const { scrollWidth, clientWidth } = await page.$eval('html', (root) => ({
        scrollWidth: root.scrollWidth,
        clientWidth: root.clientWidth,
      }));
      expect(scrollWidth, `${name} 页面横向溢出`).toBeLessThanOrEqual(clientWidth);
      const nav = await page.$$eval('.app-nav a', (els) =>
        els.map((e) => ({ text: e.textContent, height: e.getBoundingClientRect().height })),
      );
      expect(nav.map((l) => l.text)).toContain('创建达标');
      for (const l of nav) expect(l.height, `${l.text} 换行`).toBeLessThan(30);
      await page.screenshot({ path: join(ARTIFACTS, `phone-${name}.png`), fullPage: true });
    };
    await page.click('#nav-standards');
    await page.waitForSelector('.standards-table .standards-county-link');
    await noSideways('standards');
    await page.click('.standards-county-link[data-county="370827"]');
    await page.waitForSelector('.cv-chart canvas');
    await page.click(
      '.rules-compulsoryBalanced tr[data-row-key="CB-SCH-primary"] .ant-table-row-expand-icon',
    );
    await page.waitForSelector('.rule-expansion');
    await noSideways('standards-county');
    await page.click('.standards-tabs .ant-tabs-tab:has-text("学前教育普及普惠")');
    await page.waitForSelector('.rules-preschoolUniversal .rule-row');
    await noSideways('standards-county-preschool');
    await page.context().close();
  });

  it('runs without script errors', () => {
    // The login page's session check answers 401; anything else is a failure.
    expect(h.consoleErrors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
  });
});
