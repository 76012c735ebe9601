/** Numbers and dates as the bureau writes them; dates always in Asia/Shanghai. */

/** 0.7176 → "71.8%"; null → the given placeholder. */
export function formatPercent(value: number | null, placeholder = '—'): string {
  return value === null ? placeholder : `${(value * 100).toFixed(1)}%`;
}

/** A fraction-point gap as percentage points with one decimal: 0.0824 → "8.2". */
export function formatPoints(gap: number): string {
  return (gap * 100).toFixed(1);
}

/** The day (YYYY-MM-DD) of an instant in Asia/Shanghai. */
export function todayInShanghai(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export function formatDateTime(date: Date, language: 'zh-CN' | 'en'): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(date);
}

/** A number with a fixed count of decimals (3 for a CV, 2 for a per-student figure); null → placeholder. */
export function formatFixed(value: number | null, digits: number, placeholder = '—'): string {
  return value === null || !Number.isFinite(value) ? placeholder : value.toFixed(digits);
}

/** An integer count with thousands separators: 27498 → "27,498". */
export function formatCount(value: number | null, placeholder = '—'): string {
  return value === null || !Number.isFinite(value) ? placeholder : Math.round(value).toLocaleString('en-US');
}

/** Up to two decimals without trailing zeros: 782.10 → "782.1", 3.00 → "3". */
function trimmed(value: number): string {
  return value.toFixed(2).replace(/\.?0+$/, '');
}

/**
 * Yuan as the bureau writes them: below 10,000 in full (¥8,000), from 10,000 in 万 (¥782.1万),
 * from 100,000,000 in 亿 (¥1.25亿); in English in full with separators (¥7,821,000).
 */
export function formatYuan(
  value: number | null,
  language: 'zh-CN' | 'en' = 'zh-CN',
  placeholder = '—',
): string {
  if (value === null || !Number.isFinite(value)) return placeholder;
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  if (language === 'en' || abs < 10_000) {
    return `${sign}¥${abs.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;
  }
  if (abs < 100_000_000) return `${sign}¥${trimmed(abs / 10_000)}万`;
  return `${sign}¥${trimmed(abs / 100_000_000)}亿`;
}
