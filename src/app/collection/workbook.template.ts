/**
 * Excel template of a collection form (issue 6): one sheet named after the form, with
 * - row 1: a title (period, form, version; not merged — the import refuses merged cells);
 * - row 2: the Chinese field labels with their unit (在校生数·一年级·男（人）);
 * - row 3 (hidden): the field keys, so the import maps columns by key, never by position or label;
 * - rows 4…: one school each (学校代码, 学校名称 locked), values pre-filled with the school's current
 *   submission values.
 * Every value cell carries data validation (whole number / decimal within the element's range, with
 * a Chinese error message; class-size lists as text with an input message), the sheet is protected
 * so only value cells are editable, and the very hidden `_meta` sheet of the Excel kit
 * (app/shared/xlsx/xlsx.template.ts) names the period, the form and its version.
 */
import type ExcelJS from 'exceljs';
import { newWorkbook } from '../shared/xlsx/xlsx.file.ts';
import { writeTemplateMeta } from '../shared/xlsx/xlsx.template.ts';
import type {
  CollectionCatalog,
  CollectionPeriod,
  DataElement,
  FormDefinition,
} from '../../domain/collection/catalog.types.ts';
import { formFields, type FieldValues, type FormField } from '../../domain/collection/fields.ts';

export const TEMPLATE_MARKER = 'EDUPLAN-COLLECTION-TEMPLATE';
export const TITLE_ROW = 1;
export const HEADER_ROW = 2;
export const KEY_ROW = 3;
export const FIRST_DATA_ROW = 4;
/** Keys of the two fixed columns in the hidden key row. */
export const CODE_KEY = '#code';
export const NAME_KEY = '#name';
export const CODE_HEADER = '学校代码';
export const NAME_HEADER = '学校名称';
export const LIST_PROMPT = '用分号分隔各班人数，如 45;46;38';

export interface TemplateSchool {
  code: string;
  name: string;
  /** Current submission values (pre-filled), if any. */
  values?: FieldValues | null;
}

/** Sheet names may not exceed 31 characters nor contain : \ / ? * [ ]. */
export function sheetNameOf(form: FormDefinition): string {
  return form.name.replace(/[:\\/?*[\]]/g, '_').slice(0, 31);
}

export function headerOf(field: FormField): string {
  return `${field.label}（${field.element.unit}）`;
}

const NUMBER_FORMAT = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
const fmt = (n: number) => NUMBER_FORMAT.format(n);

function validationOf(field: FormField): ExcelJS.DataValidation {
  const e: DataElement = field.element;
  if (e.type === 'integerList') {
    return {
      type: 'textLength',
      operator: 'lessThanOrEqual',
      formulae: [400],
      allowBlank: true,
      showInputMessage: true,
      promptTitle: field.label,
      prompt: LIST_PROMPT,
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: '各班人数',
      error: `${LIST_PROMPT}；每个班 ${e.min}—${e.max} 人`,
    };
  }
  const whole = e.type === 'integer';
  return {
    type: whole ? 'whole' : 'decimal',
    operator: 'between',
    formulae: [e.min, e.max],
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: '取值无效',
    error: `${field.label}应为 ${fmt(e.min)}—${fmt(e.max)} ${e.unit} 之间的${whole ? '整数' : '数'}`,
  };
}

/**
 * The cell value of a field value: numbers as numbers, class lists as "45;46;38" (the form the
 * import reads back). Shared by the template and the data export (export.ts).
 */
export function fieldCellValue(v: FieldValues[string] | undefined): ExcelJS.CellValue {
  if (v === null || v === undefined) return null;
  return Array.isArray(v) ? v.join(';') : v;
}

/** Column width of a field (class lists are wider); shared with the data export. */
export function fieldColumnWidth(field: FormField): number {
  return field.element.type === 'integerList' ? 18 : 12;
}

/** Column widths of the two identifying columns (学校代码, 学校名称). */
export const CODE_COLUMN_WIDTH = 14;
export const NAME_COLUMN_WIDTH = 28;

/**
 * Builds the template workbook of `form` for `schools` (one row each, in the given order).
 * Pure apart from exceljs: nothing is read from the database here.
 */
export function buildTemplate(
  catalog: CollectionCatalog,
  period: CollectionPeriod,
  form: FormDefinition,
  schools: readonly TemplateSchool[],
): ExcelJS.Workbook {
  const fields = formFields(catalog, form);
  const wb = newWorkbook(new Date(0));
  const ws = wb.addWorksheet(sheetNameOf(form), {
    views: [{ state: 'frozen', xSplit: 2, ySplit: KEY_ROW }],
  });

  ws.getCell(TITLE_ROW, 1).value =
    `${period.name} · ${form.name}（${form.id} 第 ${form.version} 版）——只能填写白色单元格；学校代码、学校名称和表头不可修改`;
  ws.getCell(TITLE_ROW, 1).font = { bold: true, size: 13 };

  const header = ws.getRow(HEADER_ROW);
  const keys = ws.getRow(KEY_ROW);
  header.values = [CODE_HEADER, NAME_HEADER, ...fields.map(headerOf)];
  keys.values = [CODE_KEY, NAME_KEY, ...fields.map((f) => f.key)];
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  header.height = 48;
  keys.hidden = true;
  ws.getColumn(1).width = CODE_COLUMN_WIDTH;
  ws.getColumn(2).width = NAME_COLUMN_WIDTH;
  fields.forEach((f, i) => {
    ws.getColumn(i + 3).width = fieldColumnWidth(f);
  });

  const validations = fields.map(validationOf);
  const grey: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } };
  schools.forEach((s, i) => {
    const r = ws.getRow(FIRST_DATA_ROW + i);
    r.getCell(1).value = s.code;
    r.getCell(2).value = s.name;
    r.getCell(1).fill = grey;
    r.getCell(2).fill = grey;
    fields.forEach((f, j) => {
      const c = r.getCell(j + 3);
      c.value = fieldCellValue(s.values?.[f.key]);
      c.protection = { locked: false };
      c.dataValidation = validations[j]!;
      if (f.element.type === 'integerList') c.numFmt = '@';
    });
  });
  // Only unlocked (value) cells can be edited; no password: protection guides, the import checks.
  void ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: false,
    insertRows: false,
    deleteRows: false,
    insertColumns: false,
    deleteColumns: false,
    sort: false,
    autoFilter: false,
  });

  writeTemplateMeta(wb, TEMPLATE_MARKER, [
    ['periodId', period.id],
    ['formId', form.id],
    ['formVersion', form.version],
    ['sheet', ws.name],
    ['schools', schools.length],
  ]);
  return wb;
}

/** Chinese file name of a template, e.g. 2026 年秋季统计-秋季统计（幼儿园）-甲县.xlsx. */
export function templateFileName(period: CollectionPeriod, form: FormDefinition, unitName: string): string {
  return `${period.name}-${form.name}-${unitName}.xlsx`.replace(/[\\/:*?"<>|\s]+/g, '');
}
