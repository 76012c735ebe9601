/** Numbers and dates as the bureau writes them; dates always in Asia/Shanghai. */

/** 0.7176 → "71.8%"; null → the given placeholder. */
export function formatPercent(value: number | null, placeholder = '—'): string {
  return value === null ? placeholder : `${(value * 100).toFixed(1)}%`;
}

/** A fraction-point gap as percentage points with one decimal: 0.0824 → "8.2". */
export function formatPoints(gap: number): string {
  return (gap * 100).toFixed(1);
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
