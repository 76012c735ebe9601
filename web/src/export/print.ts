/**
 * Printing a page (the cockpit, a county, the county standards …): the global print layout
 * (../print.css: no header, navigation, buttons or selectors; cards and table rows kept whole) and
 * the line printed above the page — the platform's name and the time of printing (Asia/Shanghai),
 * refreshed whenever the browser prepares a print. The page's own heading gives its title, unit
 * and year, and its 演示数据 banner stays in print.
 */
import '../print.css';
import { formatDateTime } from '../format';
import { translator, type Language } from '../i18n/i18n';

/** The attribute of <body> the print layout shows above the page (body::before). */
export const PRINT_STAMP_ATTRIBUTE = 'data-print-stamp';

/** "EduPlan 扩优提质行动平台 · 济宁市基础教育扩优提质行动 · 打印时间：2026/12/03 18:05（北京时间）" */
export function printStamp(now: Date, language: Language): string {
  const t = translator(language);
  return t('print.stamp', {
    app: t('app.title'),
    subtitle: t('app.subtitle'),
    time: formatDateTime(now, language),
  });
}

/** The page's language: the one the language switch set on <html>. */
function pageLanguage(doc: Document): Language {
  return doc.documentElement.lang.startsWith('en') ? 'en' : 'zh-CN';
}

/**
 * Writes the stamp now and again before every print (the print dialog, window.print(), a PDF
 * export, print media emulation), so that the printed time is the time of printing.
 */
export function installPrintStamp(win: Window = window, clock: () => Date = () => new Date()): void {
  const doc = win.document;
  const stamp = () => doc.body?.setAttribute(PRINT_STAMP_ATTRIBUTE, printStamp(clock(), pageLanguage(doc)));
  stamp();
  win.addEventListener('beforeprint', stamp);
  win.matchMedia?.('print').addEventListener?.('change', (e) => {
    if (e.matches) stamp();
  });
}

if (typeof window !== 'undefined') installPrintStamp();
