/**
 * Pure helpers of the recording forms on a county's 创建达标 page (county figures, evaluators'
 * verdicts, the history): the current value of each figure and who recorded it, the checks of a
 * figure, percent ↔ fraction for a score, the server's error details mapped to form fields, and
 * the history of figures and verdicts merged newest first. Unit-tested in recording.test.ts.
 */
import type {
  CountyInputKey,
  ErrorDetail,
  InputRecord,
  JudgementRecord,
  RecordsResponse,
  RuleResult,
} from '../../api';
import { formatCount, formatDateTime, formatYuan } from '../../format';
import type { Language, Translate } from '../../i18n/i18n';
import { COUNTY_INPUT_KEYS } from './types';

/** People (integers) or yuan (up to two decimals). */
export type FigureKind = 'persons' | 'yuan';

export const FIGURE_KINDS: Readonly<Record<CountyInputKey, FigureKind>> = {
  population3to5: 'persons',
  rotationEligibleTeachers: 'persons',
  rotatedTeachers: 'persons',
  rotatedBackboneTeachers: 'persons',
  specialEducationFundingPerStudent: 'yuan',
};

/** The API's upper bound of a figure. */
export const FIGURE_MAX = 1e9;

/**
 * A timestamp as the API sends it — ISO (2026-11-28T14:12:46.756Z) or as PostgreSQL writes it
 * (2026-11-28 14:12:46.756123+00) — as a Date; null when it is not one.
 */
export function parseTimestamp(text: string): Date | null {
  const m =
    /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.(\d+))?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(
      text.trim(),
    );
  if (!m) return null;
  const [, date, time, fraction, zone] = m;
  const ms = fraction ? `.${fraction.slice(0, 3).padEnd(3, '0')}` : '';
  let offset = 'Z';
  if (zone && zone.toUpperCase() !== 'Z') {
    const digits = zone.replace(':', '');
    offset = `${digits.slice(0, 3)}:${digits.slice(3, 5) || '00'}`;
  }
  const parsed = new Date(`${date}T${time!.length === 5 ? `${time}:00` : time}${ms}${offset}`);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

/** A recording time in Asia/Shanghai (2026-11-28 22:12), or the text as sent when it is not a timestamp. */
export function formatRecordedAt(text: string, language: Language): string {
  const date = parseTimestamp(text);
  return date ? formatDateTime(date, language) : text;
}

/** A figure's value with its unit: 27,636 人, ¥7,900. */
export function formatFigure(key: CountyInputKey, value: number, t: Translate, language: Language): string {
  return FIGURE_KINDS[key] === 'yuan'
    ? formatYuan(value, language)
    : t('unit.persons', { count: formatCount(value) });
}

/** A percentage typed in the form as the API's fraction: 87.5 → 0.875 (rounded to 6 decimals). */
export function fractionFromPercent(percent: number): number {
  return Math.round(percent * 10_000) / 1_000_000;
}

/** The API's fraction as the form's percentage: 0.959 → 95.9 (rounded to 4 decimals). */
export function percentFromFraction(fraction: number): number {
  return Math.round(fraction * 1_000_000) / 10_000;
}

/** What is wrong with a typed figure; null when it is fine or left empty. */
export type FigureProblem = 'notNumber' | 'negative' | 'notInteger' | 'tooLarge';

export function figureProblem(value: unknown, kind: FigureKind): FigureProblem | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'notNumber';
  if (value < 0) return 'negative';
  if (kind === 'persons' && !Number.isInteger(value)) return 'notInteger';
  if (value > FIGURE_MAX) return 'tooLarge';
  return null;
}

/** The figures filled in on the form (empty ones are not recorded). */
export function givenFigures(
  form: Partial<Record<CountyInputKey, number | null | undefined>>,
): Partial<Record<CountyInputKey, number>> {
  const out: Partial<Record<CountyInputKey, number>> = {};
  for (const key of COUNTY_INPUT_KEYS) {
    const v = form[key];
    if (typeof v === 'number') out[key] = v;
  }
  return out;
}

/** The server's field problems by form field; those naming no field of the form go to `general`. */
export interface FormErrors<N extends string = string> {
  fields: { name: N; errors: string[] }[];
  general: string[];
}

/**
 * Maps an error's details to the form's fields: body.values.population3to5 → population3to5,
 * body.evidence and evidence → evidence, body.score → score. A detail for another field (or for
 * body.values as a whole) is general, as is the error's message when no detail names a field.
 */
export function formErrorsOf<N extends string>(
  message: string,
  details: readonly ErrorDetail[],
  fieldNames: readonly N[],
): FormErrors<N> {
  const byField = new Map<N, string[]>();
  const general: string[] = [];
  const isField = (path: string): path is N => (fieldNames as readonly string[]).includes(path);
  for (const d of details) {
    const path = d.field.replace(/^body\./, '').replace(/^values\./, '');
    if (isField(path)) byField.set(path, [...(byField.get(path) ?? []), d.message]);
    else general.push(d.message);
  }
  if (byField.size === 0 && general.length === 0 && message) general.push(message);
  return { fields: [...byField].map(([name, errors]) => ({ name, errors })), general };
}

/** A figure's current value, its latest recording and the rules that read it. */
export interface CurrentFigure {
  key: CountyInputKey;
  /** The value the evaluation used (else the latest recording's); null when none is recorded. */
  value: number | null;
  /** The latest recording (who, when, on what evidence); null when there is none. */
  latest: InputRecord | null;
  ruleIds: string[];
  /** The Chinese names of those rules, in the same order. */
  ruleNames: string[];
}

export function currentFigures(
  rules: readonly RuleResult[],
  inputs: readonly InputRecord[] | null,
): CurrentFigure[] {
  return COUNTY_INPUT_KEYS.map((key) => {
    const using = rules.filter((r) => key in r.inputs);
    const latest = inputs?.find((r) => r.item === key) ?? null;
    const used = using.map((r) => r.inputs[key]).find((v) => v !== undefined && v !== null);
    return {
      key,
      value: used ?? latest?.value ?? null,
      latest,
      ruleIds: using.map((r) => r.ruleId),
      ruleNames: using.map((r) => r.name),
    };
  });
}

/** One line of the history: a county figure or an evaluator's verdict. */
export type HistoryRow =
  | { kind: 'input'; key: string; at: Date | null; record: InputRecord }
  | { kind: 'judgement'; key: string; at: Date | null; record: JudgementRecord };

/**
 * Both lists of GET …/records merged newest first. Each list comes newest first; recordings at the
 * same instant keep the API's order, figures before verdicts.
 */
export function historyRows(records: Pick<RecordsResponse, 'inputs' | 'judgements'>): HistoryRow[] {
  const rows: HistoryRow[] = [
    ...records.inputs.map((record, i): HistoryRow => ({
      kind: 'input',
      key: `input-${i}`,
      at: parseTimestamp(record.recordedAt),
      record,
    })),
    ...records.judgements.map((record, i): HistoryRow => ({
      kind: 'judgement',
      key: `judgement-${i}`,
      at: parseTimestamp(record.recordedAt),
      record,
    })),
  ];
  const time = (r: HistoryRow) => r.at?.getTime() ?? Number.NEGATIVE_INFINITY;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => time(b.row) - time(a.row) || a.index - b.index)
    .map(({ row }) => row);
}

/** For an item judged by score: whether the score (a fraction) meets the minimum. */
export function metByScore(score: number, minScore: number): boolean {
  // The same tolerance as the evaluation: 0.85 typed as 85% passes 85%.
  return score >= minScore - 1e-9;
}
