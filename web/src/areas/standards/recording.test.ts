import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/i18n';
import {
  currentFigures,
  figureProblem,
  formatFigure,
  formatRecordedAt,
  formErrorsOf,
  fractionFromPercent,
  givenFigures,
  historyRows,
  metByScore,
  parseTimestamp,
  percentFromFraction,
} from './recording';
import type { InputRecord, JudgementRecord, RuleResult } from '../../api';

const t = translator('zh-CN');

describe('timestamps of recordings', () => {
  it('reads PostgreSQL and ISO timestamps', () => {
    expect(parseTimestamp('2026-11-28 14:12:46.756+00')?.toISOString()).toBe('2026-11-28T14:12:46.756Z');
    // Microseconds are cut to milliseconds; +08 is eight hours ahead of UTC.
    expect(parseTimestamp('2026-11-28 22:12:46.756123+08')?.toISOString()).toBe('2026-11-28T14:12:46.756Z');
    expect(parseTimestamp('2026-11-28T14:12:46Z')?.toISOString()).toBe('2026-11-28T14:12:46.000Z');
    // 14:12 at +05:30 is 08:42 UTC; without seconds.
    expect(parseTimestamp('2026-11-28 14:12+05:30')?.toISOString()).toBe('2026-11-28T08:42:00.000Z');
    expect(parseTimestamp('yesterday')).toBeNull();
    expect(parseTimestamp('2026-13-40 10:00:00+00')).toBeNull();
  });

  it('shows them in Beijing time', () => {
    // 14:12 UTC is 22:12 in Asia/Shanghai (UTC+8).
    expect(formatRecordedAt('2026-11-28 14:12:46.756+00', 'zh-CN')).toBe('2026/11/28 22:12');
    // 16:30 UTC on 31 December is 00:30 on 1 January in Beijing.
    expect(formatRecordedAt('2025-12-31 16:30:00+00', 'zh-CN')).toBe('2026/01/01 00:30');
    expect(formatRecordedAt('2026-11-28 14:12:46.756+00', 'en')).toBe('28/11/2026, 22:12');
    expect(formatRecordedAt('演示', 'zh-CN')).toBe('演示');
  });
});

describe('scores: percent on the form, fraction in the API', () => {
  it('converts both ways without float noise', () => {
    expect(fractionFromPercent(87.5)).toBe(0.875);
    // 85.1 / 100 is 0.8509999999999999 in floating point; the helper rounds to 6 decimals.
    expect(fractionFromPercent(85.1)).toBe(0.851);
    expect(fractionFromPercent(0)).toBe(0);
    expect(fractionFromPercent(100)).toBe(1);
    expect(fractionFromPercent(33.3333333)).toBe(0.333333);
    expect(percentFromFraction(0.959)).toBe(95.9);
    expect(percentFromFraction(0.851)).toBe(85.1);
    expect(percentFromFraction(1)).toBe(100);
  });

  it('judges by score against the minimum', () => {
    expect(metByScore(0.85, 0.85)).toBe(true);
    expect(metByScore(fractionFromPercent(85), 0.85)).toBe(true);
    expect(metByScore(0.849, 0.85)).toBe(false);
    expect(metByScore(fractionFromPercent(84.9), 0.85)).toBe(false);
  });
});

describe('county figures on the form', () => {
  it('checks a typed figure: non-negative, whole persons, yuan with decimals', () => {
    expect(figureProblem(null, 'persons')).toBeNull();
    expect(figureProblem(undefined, 'persons')).toBeNull();
    expect(figureProblem(0, 'persons')).toBeNull();
    expect(figureProblem(27636, 'persons')).toBeNull();
    expect(figureProblem(-1, 'persons')).toBe('negative');
    expect(figureProblem(-0.5, 'yuan')).toBe('negative');
    expect(figureProblem(1.5, 'persons')).toBe('notInteger');
    expect(figureProblem(7900.5, 'yuan')).toBeNull();
    expect(figureProblem(Number.NaN, 'yuan')).toBe('notNumber');
    expect(figureProblem('12', 'persons')).toBe('notNumber');
    expect(figureProblem(1e9, 'persons')).toBeNull();
    expect(figureProblem(1e9 + 1, 'persons')).toBe('tooLarge');
  });

  it('sends only the figures filled in, zero included', () => {
    expect(
      givenFigures({ population3to5: 30000, rotatedTeachers: null, rotatedBackboneTeachers: undefined }),
    ).toEqual({ population3to5: 30000 });
    expect(givenFigures({ rotatedTeachers: 0 })).toEqual({ rotatedTeachers: 0 });
    expect(givenFigures({})).toEqual({});
  });

  it('writes a figure with its unit', () => {
    expect(formatFigure('population3to5', 27636, t, 'zh-CN')).toBe('27,636 人');
    expect(formatFigure('specialEducationFundingPerStudent', 7900, t, 'zh-CN')).toBe('¥7,900');
    // From 10,000 yuan in 万: 78,210 → 7.821万 → two decimals, trailing zeros cut → 7.82万.
    expect(formatFigure('specialEducationFundingPerStudent', 78210, t, 'zh-CN')).toBe('¥7.82万');
  });
});

describe('the server’s error details on the form', () => {
  const figureFields = [
    'population3to5',
    'rotationEligibleTeachers',
    'rotatedTeachers',
    'rotatedBackboneTeachers',
    'specialEducationFundingPerStudent',
    'evidence',
  ] as const;

  it('puts each message next to its field and the rest above the buttons', () => {
    const shown = formErrorsOf(
      '请求参数有误：body.values.population3to5 不能为负数',
      [
        { field: 'body.values.population3to5', message: '3—5 岁常住人口（population3to5）不能为负数' },
        { field: 'body.evidence', message: '请填写依据（文件、数据来源或佐证材料），至少 2 个字' },
        { field: 'body.values', message: '至少填写一项县级数据' },
        { field: 'body.year', message: '学年不能晚于 2100' },
      ],
      figureFields,
    );
    expect(shown.fields).toEqual([
      { name: 'population3to5', errors: ['3—5 岁常住人口（population3to5）不能为负数'] },
      { name: 'evidence', errors: ['请填写依据（文件、数据来源或佐证材料），至少 2 个字'] },
    ]);
    expect(shown.general).toEqual(['至少填写一项县级数据', '学年不能晚于 2100']);
  });

  it('maps the service’s bare field names and groups two messages of one field', () => {
    const shown = formErrorsOf(
      '“社会认可度达到85%以上”需要填写得分',
      [
        { field: 'score', message: '该项按得分认定（不低于 85%），得分为 0—1 的小数' },
        { field: 'body.evidence', message: '依据 evidence不能超过 500 个字符' },
        { field: 'body.evidence', message: '依据 evidence不能包含控制字符' },
      ],
      ['met', 'score', 'evidence'],
    );
    expect(shown.fields).toEqual([
      { name: 'score', errors: ['该项按得分认定（不低于 85%），得分为 0—1 的小数'] },
      { name: 'evidence', errors: ['依据 evidence不能超过 500 个字符', '依据 evidence不能包含控制字符'] },
    ]);
    expect(shown.general).toEqual([]);
  });

  it('shows the message itself when no detail names a field', () => {
    expect(
      formErrorsOf('请求缺少有效的防伪令牌（X-CSRF-Token），请刷新页面后重试', [], ['evidence']),
    ).toEqual({
      fields: [],
      general: ['请求缺少有效的防伪令牌（X-CSRF-Token），请刷新页面后重试'],
    });
  });
});

const input = (item: string, value: number, recordedAt: string, recordedBy = 'city'): InputRecord => ({
  item,
  value,
  evidence: '统计公报',
  recordedBy,
  recordedAt,
});
const judgement = (itemId: string, met: boolean, recordedAt: string): JudgementRecord => ({
  itemId,
  met,
  score: null,
  evidence: '督导报告',
  evaluator: 'inspector',
  recordedAt,
});
const ruleWith = (ruleId: string, inputs: Record<string, number | null>) =>
  ({ ruleId, inputs }) as unknown as RuleResult;

describe('current figures and the history', () => {
  it('takes the evaluation’s value, else the latest recording, with who recorded it last', () => {
    const rules = [
      ruleWith('CB-G07', { specialEducationFundingPerStudent: null }),
      ruleWith('CB-G11', {
        rotationEligibleTeachers: 2664,
        rotatedTeachers: 385,
        rotatedBackboneTeachers: null,
      }),
      ruleWith('PU-P01', { numerator: 34877, denominator: 27636, population3to5: 27636 }),
      ruleWith('PU-P02', { numerator: 30000, denominator: 34877 }),
    ];
    // Newest first, as GET …/records sends them.
    const records = [
      input('rotatedBackboneTeachers', 112, '2026-11-28 10:00:00+00', 'rencheng'),
      input('population3to5', 27636, '2026-11-28 09:00:00+00', 'rencheng'),
      input('population3to5', 25000, '2026-11-27 09:00:00+00'),
    ];
    const figures = currentFigures(rules, records);
    expect(figures.map((f) => [f.key, f.value, f.latest?.recordedBy ?? null, f.ruleIds])).toEqual([
      ['population3to5', 27636, 'rencheng', ['PU-P01']],
      ['rotationEligibleTeachers', 2664, null, ['CB-G11']],
      ['rotatedTeachers', 385, null, ['CB-G11']],
      ['rotatedBackboneTeachers', 112, 'rencheng', ['CB-G11']],
      ['specialEducationFundingPerStudent', null, null, ['CB-G07']],
    ]);
    expect(figures[0]!.latest?.recordedAt).toBe('2026-11-28 09:00:00+00');
    // Before the history has loaded: the evaluation's values, nobody named.
    expect(currentFigures(rules, null).map((f) => [f.value, f.latest])).toEqual([
      [27636, null],
      [2664, null],
      [385, null],
      [null, null],
      [null, null],
    ]);
  });

  it('merges figures and verdicts newest first; at the same instant figures first, in the API’s order', () => {
    const rows = historyRows({
      inputs: [
        input('population3to5', 30000, '2026-11-28 10:00:00+00'),
        input('rotatedTeachers', 400, '2026-11-28 09:00:00+00'),
      ],
      judgements: [
        judgement('CB-V02', true, '2026-11-28 17:30:00+08'), // 09:30 UTC
        judgement('CB-V02', false, '2026-11-28 10:00:00+00'),
      ],
    });
    expect(
      rows.map((r) => [r.kind, r.kind === 'input' ? r.record.item : r.record.itemId, r.at?.toISOString()]),
    ).toEqual([
      ['input', 'population3to5', '2026-11-28T10:00:00.000Z'],
      ['judgement', 'CB-V02', '2026-11-28T10:00:00.000Z'],
      ['judgement', 'CB-V02', '2026-11-28T09:30:00.000Z'],
      ['input', 'rotatedTeachers', '2026-11-28T09:00:00.000Z'],
    ]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(4);
  });
});
