/**
 * The offline input file of `eduplan standards evaluate --input FILE` (.xlsx or .csv): one row per
 * school section, and in a workbook also kindergartens, county figures and evaluators' findings.
 * The format is documented in docs/standards-input-format.md (keep the two in step).
 *
 * - .xlsx: sheet 学校 (required), 幼儿园, 县级数据, 评估认定 (optional). Sizes are checked with
 *   the Excel kit's zip guard (app/shared/xlsx) before exceljs unpacks anything.
 * - .csv: the 学校 rows only; UTF-8 with or without BOM. A file that is not valid UTF-8 is decoded as
 *   GB18030 (what Excel writes for “CSV (逗号分隔)” on Chinese Windows) and accepted only when its
 *   header row then names the expected columns; otherwise the user is asked to save it as UTF-8.
 *
 * Every problem is collected and thrown together as a StandardsInputError whose Chinese messages
 * name the sheet, row, column, value and rule. Headers are matched after removing spaces and a
 * trailing annotation in brackets (学段（小学/初中）, 教学及辅助用房面积（平方米）); columns may be in
 * any order; empty rows are skipped.
 */
import type { Worksheet } from 'exceljs';
import { normaliseHeader, readCellText, type CellRead } from '../shared/xlsx/xlsx.cells.ts';
import { isOle, isZip, openWorkbook } from '../shared/xlsx/xlsx.file.ts';
import { describeListCell } from '../shared/xlsx/xlsx.problems.ts';
import type {
  CountyEvaluationInput,
  CountyInputs,
  Judgement,
  KindergartenGrade,
  KindergartenInput,
  KindergartenOwnership,
  SchoolSectionInput,
  Section,
} from '../../domain/standards/standards.types.ts';

export const SHEET_SCHOOLS = '学校';
export const SHEET_KINDERGARTENS = '幼儿园';
export const SHEET_COUNTY = '县级数据';
export const SHEET_JUDGEMENTS = '评估认定';

export const MAX_ROWS = 20_000;
export const MAX_REPORTED_PROBLEMS = 500;
export const MAX_CSV_BYTES = 20 * 1024 * 1024;

export interface StandardsInputIssue {
  /** Sheet name, or null for the whole file (CSV rows use the sheet name CSV). */
  sheet: string | null;
  /** 1-based row number in the sheet / file, or null. */
  row: number | null;
  column: string | null;
  value: string | null;
  /** Full Chinese message naming sheet, row, column, value and rule. */
  message: string;
}

/** The file was refused; `messages` lists every problem in Chinese. */
export class StandardsInputError extends Error {
  readonly file: string;
  readonly issues: StandardsInputIssue[];
  constructor(file: string, issues: StandardsInputIssue[]) {
    super(`文件 ${file} 未通过校验：\n${issues.map((i) => `  - ${i.message}`).join('\n')}`);
    this.name = 'StandardsInputError';
    this.file = file;
    this.issues = issues;
  }
  get messages(): string[] {
    return this.issues.map((i) => i.message);
  }
}

export interface ParseOptions {
  /** Used when the file has no 县级数据 sheet (a CSV) or leaves the item empty. */
  countyCode?: string;
  countyName?: string;
  year?: number;
}

// ---------------------------------------------------------------------------------------------
// Columns

type SchoolKey =
  | 'institutionCode'
  | 'institutionName'
  | 'section'
  | 'runningType'
  | 'students'
  | 'classSizes'
  | 'schoolCompulsoryStudents'
  | 'teachers'
  | 'teachersAboveRequiredQualification'
  | 'backboneTeachers'
  | 'peArtsTeachers'
  | 'certifiedTeachers'
  | 'teachingAuxAreaM2'
  | 'sportsAreaM2'
  | 'equipmentValueYuan'
  | 'multimediaRooms';

export const SCHOOL_HEADERS: Readonly<Record<SchoolKey, string>> = {
  institutionCode: '学校代码',
  institutionName: '学校名称',
  section: '学段',
  runningType: '办学类型码',
  students: '在校生数',
  classSizes: '各班人数',
  schoolCompulsoryStudents: '义务教育在校生总数',
  teachers: '专任教师数',
  teachersAboveRequiredQualification: '高于规定学历教师数',
  backboneTeachers: '县级以上骨干教师数',
  peArtsTeachers: '体育艺术专任教师数',
  certifiedTeachers: '持证教师数',
  teachingAuxAreaM2: '教学及辅助用房面积',
  sportsAreaM2: '体育运动场馆面积',
  equipmentValueYuan: '教学仪器设备值',
  multimediaRooms: '网络多媒体教室数',
};

type KgKey =
  | 'institutionCode'
  | 'institutionName'
  | 'ownership'
  | 'children'
  | 'K1'
  | 'K2'
  | 'K3'
  | 'teachers'
  | 'certifiedTeachers';

export const KINDERGARTEN_HEADERS: Readonly<Record<KgKey, string>> = {
  institutionCode: '学校代码',
  institutionName: '学校名称',
  ownership: '举办性质',
  children: '在园幼儿数',
  K1: '小班各班人数',
  K2: '中班各班人数',
  K3: '大班各班人数',
  teachers: '专任教师数',
  certifiedTeachers: '持证教师数',
};

type JudgementKey = 'itemId' | 'met' | 'score' | 'evaluator' | 'evidence' | 'recordedAt';
export const JUDGEMENT_HEADERS: Readonly<Record<JudgementKey, string>> = {
  itemId: '项目编号',
  met: '是否达标',
  score: '得分',
  evaluator: '评估人',
  evidence: '依据',
  recordedAt: '认定日期',
};
const OPTIONAL_JUDGEMENT_COLUMNS: readonly JudgementKey[] = ['score', 'evidence', 'recordedAt'];

type CountyKey = 'item' | 'value';
export const COUNTY_HEADERS: Readonly<Record<CountyKey, string>> = { item: '项目', value: '数值' };

/** 县级数据 items (after normalising the text) and what they fill. */
type CountyItem = 'countyName' | 'countyCode' | 'year' | keyof CountyInputs;
export const COUNTY_ITEMS: Readonly<Record<CountyItem, string>> = {
  countyName: '县名称',
  countyCode: '县代码',
  year: '年度',
  population3to5: '3-5岁常住人口数',
  rotationEligibleTeachers: '符合交流轮岗条件教师数',
  rotatedTeachers: '交流轮岗教师数',
  rotatedBackboneTeachers: '交流轮岗骨干教师数',
  specialEducationFundingPerStudent: '特殊教育学校生均公用经费',
};
const COUNTY_ITEM_ALIASES: Readonly<Record<string, CountyItem>> = {
  县市区名称: 'countyName',
  县区名称: 'countyName',
  县市区代码: 'countyCode',
  行政区划代码: 'countyCode',
  学年: 'year',
  '3-5周岁常住人口数': 'population3to5',
  符合交流轮岗条件的教师数: 'rotationEligibleTeachers',
  应交流轮岗教师数: 'rotationEligibleTeachers',
  交流轮岗的骨干教师数: 'rotatedBackboneTeachers',
  特殊教育学校生均公用经费标准: 'specialEducationFundingPerStudent',
};

const SECTION_VALUES: Readonly<Record<string, Section>> = {
  小学: 'primary',
  小学部: 'primary',
  初中: 'junior',
  初中部: 'junior',
};
const OWNERSHIP_VALUES: Readonly<Record<string, KindergartenOwnership>> = {
  公办: 'public',
  普惠性民办: 'inclusivePrivate',
  普惠民办: 'inclusivePrivate',
  非普惠性民办: 'private',
  非普惠民办: 'private',
  其他民办: 'private',
};
const MET_VALUES: Readonly<Record<string, boolean>> = {
  是: true,
  达标: true,
  否: false,
  不达标: false,
  未达标: false,
};
/** Running types that have no primary / no junior section. */
const NOT_PRIMARY = new Set(['311', '341', '342']);
const NOT_JUNIOR = new Set(['211', '218']);

// ---------------------------------------------------------------------------------------------
// A sheet as text cells

interface Table {
  sheet: string;
  /** Sheet label in messages: 工作表「学校」 or CSV 文件. */
  label: string;
  header: Array<{ col: number; text: string }>;
  rows: Array<{ row: number; cells: Map<number, CellRead> }>;
}

/** 县级数据 item as compared: also unifies 3–5 / 3~5 / 3至5. */
function normaliseItem(text: string): string {
  return normaliseHeader(text).replace(/(\d)\s*[-–—~～至到]\s*(\d)/gu, '$1-$2');
}

class Problems {
  readonly list: StandardsInputIssue[] = [];
  add(
    table: { sheet: string; label: string } | null,
    row: number | null,
    column: string | null,
    value: string | null,
    rule: string,
  ): void {
    const message = describeListCell(table?.label ?? null, row, column, value, rule);
    this.list.push({ sheet: table?.sheet ?? null, row, column, value, message });
  }
  /** A cell the Excel kit could not read: its message names the cell and quotes the value. */
  addCell(
    table: { sheet: string; label: string },
    row: number,
    column: string,
    cell: Extract<CellRead, { ok: false }>,
  ): void {
    const message = describeListCell(table.label, row, column, null, cell.message);
    this.list.push({ sheet: table.sheet, row, column, value: cell.value, message });
  }
  get any(): boolean {
    return this.list.length > 0;
  }
}

/** Column numbers of the wanted headers; missing required ones are reported. */
function columnsOf<K extends string>(
  table: Table,
  headers: Readonly<Record<K, string>>,
  optional: readonly K[],
  problems: Problems,
  aliases: Readonly<Record<string, K>> = {},
): Partial<Record<K, number>> | null {
  const byText = new Map<string, K>();
  for (const [k, h] of Object.entries(headers) as Array<[K, string]>) byText.set(normaliseHeader(h), k);
  for (const [a, k] of Object.entries(aliases) as Array<[string, K]>) byText.set(normaliseHeader(a), k);
  const found: Partial<Record<K, number>> = {};
  const before = problems.list.length;
  for (const { col, text } of table.header) {
    const key = byText.get(normaliseHeader(text));
    if (key === undefined) continue;
    if (found[key] !== undefined) {
      problems.add(
        table,
        1,
        headers[key],
        text,
        `表头重复出现（第 ${found[key]} 列和第 ${col} 列），只能保留一列`,
      );
    } else found[key] = col;
  }
  const all = Object.values<string>(headers).join('、');
  for (const key of Object.keys(headers) as K[]) {
    if (found[key] === undefined && !optional.includes(key)) {
      problems.add(table, 1, headers[key], null, `缺少必填列（第 1 行应为表头：${all}）`);
    }
  }
  return problems.list.length > before ? null : found;
}

// ---------------------------------------------------------------------------------------------
// Field readers (each reports its own problem and returns undefined)

interface RowCtx {
  table: Table;
  row: number;
  cells: Map<number, CellRead>;
  problems: Problems;
}

function raw<K extends string>(
  ctx: RowCtx,
  cols: Partial<Record<K, number>>,
  headers: Readonly<Record<K, string>>,
  key: K,
): string | undefined {
  const col = cols[key];
  if (col === undefined) return '';
  const cell = ctx.cells.get(col);
  if (cell === undefined) return '';
  if (!cell.ok) {
    ctx.problems.addCell(ctx.table, ctx.row, headers[key], cell);
    return undefined;
  }
  return cell.text.trim();
}

const NUMBER_RE = /^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/;

/** A non-negative number (integer when `integer`); empty → undefined with "不能为空" unless `allowEmpty`. */
function numberField(
  ctx: RowCtx,
  column: string,
  text: string | undefined,
  opts: { integer: boolean; allowEmpty?: boolean },
): number | null | undefined {
  if (text === undefined) return undefined;
  const t = text.normalize('NFKC').replace(/\s+/gu, '');
  if (t === '') {
    if (opts.allowEmpty) return null;
    ctx.problems.add(ctx.table, ctx.row, column, null, '不能为空');
    return undefined;
  }
  if (!NUMBER_RE.test(t)) {
    ctx.problems.add(ctx.table, ctx.row, column, text, '不是数字');
    return undefined;
  }
  const n = Number(t.replace(/,/g, ''));
  if (n < 0) {
    ctx.problems.add(ctx.table, ctx.row, column, text, '不能为负数');
    return undefined;
  }
  if (opts.integer && !Number.isInteger(n)) {
    ctx.problems.add(ctx.table, ctx.row, column, text, '应为整数');
    return undefined;
  }
  return n;
}

/** "45;46;38" (also ；，,、 and spaces) → [45, 46, 38]; every size a positive integer. */
function sizeList(ctx: RowCtx, column: string, text: string | undefined): number[] | undefined {
  if (text === undefined) return undefined;
  const t = text.normalize('NFKC').trim();
  if (t === '') return [];
  const parts = t.split(/[;；,，、\s]+/u).filter((p) => p !== '');
  const out: number[] = [];
  for (const p of parts) {
    if (!/^\d+$/.test(p) || Number(p) === 0) {
      ctx.problems.add(
        ctx.table,
        ctx.row,
        column,
        text,
        `中的“${p}”不是正整数；各班人数应写成用分号分隔的正整数，如 45;46;38`,
      );
      return undefined;
    }
    out.push(Number(p));
  }
  return out;
}

function requiredText(ctx: RowCtx, column: string, text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  if (text === '') {
    ctx.problems.add(ctx.table, ctx.row, column, null, '不能为空');
    return undefined;
  }
  if (/\p{Cc}/u.test(text)) {
    ctx.problems.add(ctx.table, ctx.row, column, text, '不能包含换行、制表符等控制字符');
    return undefined;
  }
  return text;
}

const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);

// ---------------------------------------------------------------------------------------------
// Sheets

/** null when the header row is unusable (already reported). */
function parseSchools(table: Table, problems: Problems): SchoolSectionInput[] | null {
  const H = SCHOOL_HEADERS;
  const cols = columnsOf(table, H, [], problems, {
    办学类型代码: 'runningType',
    体育艺术教师数: 'peArtsTeachers',
  });
  if (cols === null) return null;
  const out: Array<{ row: number; value: SchoolSectionInput }> = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const ctx: RowCtx = { table, row, cells, problems };
    const before = problems.list.length;
    const text = (k: SchoolKey) => raw(ctx, cols, H, k);
    const code = requiredText(ctx, H.institutionCode, text('institutionCode'));
    const name = requiredText(ctx, H.institutionName, text('institutionName'));
    const sectionText = text('section');
    let section: Section | undefined;
    if (sectionText !== undefined) {
      section = SECTION_VALUES[sectionText.replace(/\s+/gu, '')];
      if (section === undefined)
        problems.add(
          table,
          row,
          H.section,
          sectionText,
          sectionText === '' ? '不能为空，应为 小学 或 初中' : '无法识别，应为 小学 或 初中',
        );
    }
    const rtText = text('runningType');
    let runningType: string | undefined;
    if (rtText !== undefined) {
      const t = rtText.normalize('NFKC');
      if (/^\d{3}$/.test(t)) runningType = t;
      else
        problems.add(
          table,
          row,
          H.runningType,
          rtText,
          '应为 3 位办学类型代码，如 211（小学）、218（教学点）、311（初级中学）、312（九年一贯制）',
        );
    }
    if (section !== undefined && runningType !== undefined) {
      if (
        (section === 'primary' && NOT_PRIMARY.has(runningType)) ||
        (section === 'junior' && NOT_JUNIOR.has(runningType))
      ) {
        problems.add(
          table,
          row,
          H.section,
          sectionText ?? null,
          `与办学类型码 ${runningType} 不符（该类学校没有此学段）`,
        );
      }
    }
    const int = (k: SchoolKey) => numberField(ctx, H[k], text(k), { integer: true }) ?? undefined;
    const dec = (k: SchoolKey) => numberField(ctx, H[k], text(k), { integer: false }) ?? undefined;
    const students = int('students');
    const classSizes = sizeList(ctx, H.classSizes, text('classSizes'));
    const total = int('schoolCompulsoryStudents');
    const teachers = int('teachers');
    const above = int('teachersAboveRequiredQualification');
    const backbone = int('backboneTeachers');
    const peArts = int('peArtsTeachers');
    const certified = int('certifiedTeachers');
    const aux = dec('teachingAuxAreaM2');
    const sports = dec('sportsAreaM2');
    const equipment = dec('equipmentValueYuan');
    const rooms = int('multimediaRooms');

    if (students !== undefined && classSizes !== undefined) {
      const s = sum(classSizes);
      if (students === 0 && classSizes.length > 0) {
        problems.add(
          table,
          row,
          H.students,
          '0',
          `为 0，但「${H.classSizes}」填写了 ${classSizes.length} 个班（合计 ${s} 人）`,
        );
      } else if (students > 0 && classSizes.length === 0) {
        problems.add(
          table,
          row,
          H.classSizes,
          null,
          `不能为空：在校生 ${students} 人，应填写每个班的人数，如 45;46;38`,
        );
      } else if (s !== students) {
        problems.add(
          table,
          row,
          H.classSizes,
          text('classSizes') ?? null,
          `合计 ${s} 人，与「${H.students}」${students} 人不一致`,
        );
      }
    }
    if (students !== undefined && total !== undefined && total < students) {
      problems.add(
        table,
        row,
        H.schoolCompulsoryStudents,
        String(total),
        `小于本学段在校生数 ${students}（应为全校小学和初中在校生之和）`,
      );
    }
    if (teachers !== undefined) {
      const parts: Array<[SchoolKey, number | undefined]> = [
        ['teachersAboveRequiredQualification', above],
        ['backboneTeachers', backbone],
        ['peArtsTeachers', peArts],
        ['certifiedTeachers', certified],
      ];
      for (const [k, v] of parts) {
        if (v !== undefined && v > teachers)
          problems.add(table, row, H[k], String(v), `大于「${H.teachers}」${teachers} 人`);
      }
    }
    if (code !== undefined && section !== undefined) {
      const key = `${code}|${section}`;
      const first = seen.get(key);
      if (first !== undefined)
        problems.add(
          table,
          row,
          H.section,
          sectionText ?? null,
          `学校代码 ${code} 的该学段已在第 ${first} 行出现（每所学校每个学段一行）`,
        );
      else seen.set(key, row);
    }
    if (problems.list.length > before) continue;
    out.push({
      row,
      value: {
        institutionCode: code as string,
        institutionName: name as string,
        section: section as Section,
        runningType: runningType as string,
        students: students as number,
        classSizes: classSizes as number[],
        schoolCompulsoryStudents: total as number,
        teachers: teachers as number,
        teachersAboveRequiredQualification: above as number,
        backboneTeachers: backbone as number,
        peArtsTeachers: peArts as number,
        certifiedTeachers: certified as number,
        teachingAuxAreaM2: aux as number,
        sportsAreaM2: sports as number,
        equipmentValueYuan: equipment as number,
        multimediaRooms: rooms as number,
      },
    });
  }
  // Rows of the same school agree on its name, type and compulsory total.
  const bySchool = new Map<string, Array<{ row: number; value: SchoolSectionInput }>>();
  for (const r of out)
    bySchool.set(r.value.institutionCode, [...(bySchool.get(r.value.institutionCode) ?? []), r]);
  for (const [code, rows] of bySchool) {
    const [first, ...rest] = rows;
    if (!first) continue;
    for (const r of rest) {
      const checks: Array<[SchoolKey, string, string]> = [
        ['institutionName', r.value.institutionName, first.value.institutionName],
        ['runningType', r.value.runningType, first.value.runningType],
        [
          'schoolCompulsoryStudents',
          String(r.value.schoolCompulsoryStudents),
          String(first.value.schoolCompulsoryStudents),
        ],
      ];
      for (const [k, v, w] of checks) {
        if (v !== w)
          problems.add(table, r.row, H[k], v, `与学校代码 ${code} 第 ${first.row} 行的“${w}”不一致`);
      }
    }
    const both = rows.length >= 2 ? sum(rows.map((r) => r.value.students)) : null;
    if (
      both !== null &&
      rows.every((r) => r.value.schoolCompulsoryStudents === first.value.schoolCompulsoryStudents) &&
      first.value.schoolCompulsoryStudents !== both
    ) {
      problems.add(
        table,
        first.row,
        H.schoolCompulsoryStudents,
        String(first.value.schoolCompulsoryStudents),
        `应等于该校小学和初中在校生之和 ${both}（第 ${rows.map((r) => r.row).join('、')} 行）`,
      );
    }
  }
  return out.map((r) => r.value);
}

function parseKindergartens(table: Table, problems: Problems): KindergartenInput[] {
  const H = KINDERGARTEN_HEADERS;
  const cols = columnsOf(table, H, [], problems, { 办园性质: 'ownership' });
  if (cols === null) return [];
  const out: KindergartenInput[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const ctx: RowCtx = { table, row, cells, problems };
    const before = problems.list.length;
    const text = (k: KgKey) => raw(ctx, cols, H, k);
    const code = requiredText(ctx, H.institutionCode, text('institutionCode'));
    const name = requiredText(ctx, H.institutionName, text('institutionName'));
    const ownText = text('ownership');
    let ownership: KindergartenOwnership | undefined;
    if (ownText !== undefined) {
      ownership = OWNERSHIP_VALUES[ownText.normalize('NFKC').replace(/\s+/gu, '')];
      if (ownership === undefined)
        problems.add(table, row, H.ownership, ownText, '无法识别，应为 公办、普惠性民办 或 非普惠性民办');
    }
    const children = numberField(ctx, H.children, text('children'), { integer: true }) ?? undefined;
    const classes: Array<{ grade: KindergartenGrade; size: number }> = [];
    let classesOk = true;
    for (const grade of ['K1', 'K2', 'K3'] as const) {
      const sizes = sizeList(ctx, H[grade], text(grade));
      if (sizes === undefined) classesOk = false;
      else classes.push(...sizes.map((size) => ({ grade, size })));
    }
    const teachers = numberField(ctx, H.teachers, text('teachers'), { integer: true }) ?? undefined;
    const certified =
      numberField(ctx, H.certifiedTeachers, text('certifiedTeachers'), { integer: true }) ?? undefined;
    if (children !== undefined && classesOk) {
      const s = sum(classes.map((c) => c.size));
      if (s !== children)
        problems.add(
          table,
          row,
          H.children,
          String(children),
          `与小班、中班、大班各班人数合计 ${s} 人不一致`,
        );
    }
    if (teachers !== undefined && certified !== undefined && certified > teachers) {
      problems.add(table, row, H.certifiedTeachers, String(certified), `大于「${H.teachers}」${teachers} 人`);
    }
    if (code !== undefined) {
      const first = seen.get(code);
      if (first !== undefined)
        problems.add(table, row, H.institutionCode, code, `已在第 ${first} 行出现（每所幼儿园一行）`);
      else seen.set(code, row);
    }
    if (problems.list.length > before) continue;
    out.push({
      institutionCode: code as string,
      institutionName: name as string,
      ownership: ownership as KindergartenOwnership,
      children: children as number,
      classes,
      teachers: teachers as number,
      certifiedTeachers: certified as number,
    });
  }
  return out;
}

interface CountySheet {
  countyName?: string;
  countyCode?: string;
  year?: number;
  inputs: CountyInputs;
}

function parseCounty(table: Table, problems: Problems): CountySheet {
  const H = COUNTY_HEADERS;
  const result: CountySheet = {
    inputs: {
      population3to5: null,
      rotationEligibleTeachers: null,
      rotatedTeachers: null,
      rotatedBackboneTeachers: null,
      specialEducationFundingPerStudent: null,
    },
  };
  const cols = columnsOf(table, H, [], problems);
  if (cols === null) return result;
  const byText = new Map<string, CountyItem>();
  for (const [k, t] of Object.entries(COUNTY_ITEMS) as Array<[CountyItem, string]>)
    byText.set(normaliseItem(t), k);
  for (const [t, k] of Object.entries(COUNTY_ITEM_ALIASES)) byText.set(normaliseItem(t), k);
  const seen = new Map<CountyItem, number>();
  for (const { row, cells } of table.rows) {
    const ctx: RowCtx = { table, row, cells, problems };
    const itemText = raw(ctx, cols, H, 'item');
    const valueText = raw(ctx, cols, H, 'value');
    if (itemText === undefined || valueText === undefined) continue;
    const item = byText.get(normaliseItem(itemText));
    if (item === undefined) {
      problems.add(
        table,
        row,
        H.item,
        itemText,
        `不是可识别的项目，应为 ${Object.values(COUNTY_ITEMS).join('、')} 之一`,
      );
      continue;
    }
    const first = seen.get(item);
    if (first !== undefined) {
      problems.add(table, row, H.item, itemText, `已在第 ${first} 行出现`);
      continue;
    }
    seen.set(item, row);
    const column = `${H.value}（${COUNTY_ITEMS[item]}）`;
    if (item === 'countyName') {
      if (valueText !== '') result.countyName = valueText;
    } else if (item === 'countyCode') {
      const t = valueText.normalize('NFKC');
      if (t === '') continue;
      if (/^\d{6}$/.test(t)) result.countyCode = t;
      else problems.add(table, row, column, valueText, '应为 6 位行政区划代码，如 370811');
    } else if (item === 'year') {
      const n = numberField(ctx, column, valueText, { integer: true, allowEmpty: true });
      if (n === null || n === undefined) continue;
      if (n < 2000 || n > 2100)
        problems.add(
          table,
          row,
          column,
          valueText,
          '应为 2000–2100 之间的年份（学年按开始年份，如 2025 表示 2025—2026 学年）',
        );
      else result.year = n;
    } else {
      const n = numberField(ctx, column, valueText, {
        integer: item !== 'specialEducationFundingPerStudent',
        allowEmpty: true,
      });
      if (n !== undefined) result.inputs[item] = n;
    }
  }
  const { rotationEligibleTeachers: e, rotatedTeachers: r, rotatedBackboneTeachers: b } = result.inputs;
  if (r !== null && e !== null && r > e) {
    problems.add(
      table,
      seen.get('rotatedTeachers') ?? null,
      H.value,
      String(r),
      `交流轮岗教师数大于符合交流轮岗条件教师数 ${e}`,
    );
  }
  if (b !== null && r !== null && b > r) {
    problems.add(
      table,
      seen.get('rotatedBackboneTeachers') ?? null,
      H.value,
      String(b),
      `交流轮岗骨干教师数大于交流轮岗教师数 ${r}`,
    );
  }
  return result;
}

function parseJudgements(table: Table, problems: Problems): Judgement[] {
  const H = JUDGEMENT_HEADERS;
  const cols = columnsOf(table, H, OPTIONAL_JUDGEMENT_COLUMNS, problems, {
    评估专家: 'evaluator',
    认定依据: 'evidence',
  });
  if (cols === null) return [];
  const out: Judgement[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const ctx: RowCtx = { table, row, cells, problems };
    const before = problems.list.length;
    const text = (k: JudgementKey) => raw(ctx, cols, H, k);
    const idText = requiredText(ctx, H.itemId, text('itemId'));
    let itemId: string | undefined;
    if (idText !== undefined) {
      const t = idText.normalize('NFKC').toUpperCase();
      if (/^[A-Z]{2}-[A-Z0-9]+$/.test(t)) itemId = t;
      else problems.add(table, row, H.itemId, idText, '应为评估认定项的编号，如 CB-G01、PU-Q05（见规则包）');
    }
    const metText = text('met');
    let met: boolean | undefined;
    if (metText !== undefined) {
      met = MET_VALUES[metText.replace(/\s+/gu, '')];
      if (met === undefined)
        problems.add(
          table,
          row,
          H.met,
          metText,
          metText === '' ? '不能为空，应为 是 或 否' : '无法识别，应为 是 或 否',
        );
    }
    const scoreText = text('score');
    let score: number | null | undefined = null;
    if (scoreText !== undefined && scoreText !== '') {
      const t = scoreText.normalize('NFKC').replace(/\s+/gu, '');
      const percent = t.endsWith('%');
      const n = numberField(ctx, H.score, percent ? t.slice(0, -1) : t, { integer: false });
      if (n === undefined || n === null) score = undefined;
      else {
        score = percent ? n / 100 : n;
        if (score > 1) {
          problems.add(table, row, H.score, scoreText, '应为 0–1 之间的小数或百分数（如 0.875 或 87.5%）');
          score = undefined;
        }
      }
    } else if (scoreText === undefined) score = undefined;
    const evaluator = requiredText(ctx, H.evaluator, text('evaluator'));
    const evidence = text('evidence');
    const dateText = text('recordedAt');
    let recordedAt: string | undefined = '';
    if (dateText !== undefined && dateText !== '') {
      const t = dateText
        .normalize('NFKC')
        .replace(/[/.年月]/g, '-')
        .replace(/日$/, '');
      const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
      const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
      if (!m || !date || date.getUTCDate() !== Number(m[3]) || date.getUTCMonth() !== Number(m[2]) - 1) {
        problems.add(table, row, H.recordedAt, dateText, '不是有效日期，应写成 2025-11-20');
        recordedAt = undefined;
      } else recordedAt = date.toISOString().slice(0, 10);
    } else if (dateText === undefined) recordedAt = undefined;
    if (itemId !== undefined) {
      const first = seen.get(itemId);
      if (first !== undefined)
        problems.add(table, row, H.itemId, itemId, `已在第 ${first} 行出现（每个项目一行）`);
      else seen.set(itemId, row);
    }
    if (problems.list.length > before || score === undefined || recordedAt === undefined) continue;
    out.push({
      itemId: itemId as string,
      met: met as boolean,
      score,
      evaluator: evaluator as string,
      evidence: evidence ?? '',
      recordedAt,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Reading .xlsx

/** Cells are read as written (numbers, dates as YYYY-MM-DD) by the Excel kit. */
const readCell = (cell: Parameters<typeof readCellText>[0]): CellRead => readCellText(cell, 'figures');

function tableOfSheet(sheet: Worksheet, problems: Problems): Table | null {
  const table: Table = { sheet: sheet.name, label: `工作表「${sheet.name}」`, header: [], rows: [] };
  const headerRow = sheet.getRow(1);
  for (let col = 1; col <= headerRow.cellCount; col++) {
    const read = readCell(headerRow.getCell(col));
    if (read.ok && read.text.trim() !== '') table.header.push({ col, text: read.text.trim() });
  }
  if (table.header.length === 0) {
    problems.add(table, 1, null, null, '第 1 行应为表头，但为空');
    return null;
  }
  let count = 0;
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    if (r < 2) return;
    const cells = new Map<number, CellRead>();
    let empty = true;
    for (const { col } of table.header) {
      const cell = row.getCell(col);
      const read = readCell(cell);
      cells.set(col, read);
      if (!read.ok || read.text.trim() !== '') empty = false;
    }
    if (empty) return;
    count += 1;
    if (count <= MAX_ROWS) table.rows.push({ row: r, cells });
  });
  if (count > MAX_ROWS) {
    problems.add(table, null, null, null, `数据行过多：共 ${count} 行，最多 ${MAX_ROWS} 行`);
    return null;
  }
  return table;
}

async function readWorkbook(
  data: Uint8Array,
  file: string,
  problems: Problems,
): Promise<Map<string, Table> | null> {
  const opened = await openWorkbook(data, 'standards');
  if (!opened.ok) {
    problems.add(
      null,
      null,
      null,
      null,
      opened.reason === 'tooLarge'
        ? `${file}：${opened.message}`
        : `${file}：不是有效的 Excel（.xlsx）文件，或文件已损坏；请在 Excel 中另存为 .xlsx 后重试`,
    );
    return null;
  }
  const workbook = opened.workbook;
  const tables = new Map<string, Table>();
  for (const name of [SHEET_SCHOOLS, SHEET_KINDERGARTENS, SHEET_COUNTY, SHEET_JUDGEMENTS]) {
    const sheet = workbook.worksheets.find((s) => s.name.trim() === name);
    if (sheet === undefined) continue;
    const table = tableOfSheet(sheet, problems);
    if (table) tables.set(name, table);
  }
  if (!workbook.worksheets.some((s) => s.name.trim() === SHEET_SCHOOLS)) {
    problems.add(
      null,
      null,
      null,
      null,
      `${file}：缺少工作表「${SHEET_SCHOOLS}」（现有：${workbook.worksheets.map((s) => `「${s.name}」`).join('、') || '无'}）；可选工作表为「${SHEET_KINDERGARTENS}」「${SHEET_COUNTY}」「${SHEET_JUDGEMENTS}」`,
    );
  }
  return tables;
}

// ---------------------------------------------------------------------------------------------
// Reading .csv

/** RFC 4180 rows: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function decodeCsv(
  data: Uint8Array,
  file: string,
  problems: Problems,
): { text: string; warning: string | null } | null {
  let bytes = data;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warning: null };
  } catch {
    // Not UTF-8: Excel on Chinese Windows writes GB18030 (GBK). Accept it only if the header reads right.
  }
  let text: string;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    text = '';
  }
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  if (firstLine.includes(SCHOOL_HEADERS.institutionCode) && firstLine.includes(SCHOOL_HEADERS.students)) {
    return {
      text,
      warning: `${file} 不是 UTF-8 编码，已按 GB18030（GBK）读取；建议在 Excel 中另存为“CSV UTF-8（逗号分隔）”`,
    };
  }
  problems.add(
    null,
    null,
    null,
    null,
    `${file}：无法识别文件编码；请在 Excel 中另存为“CSV UTF-8（逗号分隔）(*.csv)”后重试`,
  );
  return null;
}

function tableOfCsv(text: string, problems: Problems): Table | null {
  const table: Table = { sheet: 'CSV', label: 'CSV 文件', header: [], rows: [] };
  const rows = parseCsvRows(text);
  const header = rows[0];
  if (header === undefined || header.every((h) => h.trim() === '')) {
    problems.add(table, 1, null, null, '第 1 行应为表头，但文件为空');
    return null;
  }
  header.forEach((h, i) => {
    if (h.trim() !== '') table.header.push({ col: i + 1, text: h.trim() });
  });
  let count = 0;
  rows.slice(1).forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    count += 1;
    if (count > MAX_ROWS) return;
    table.rows.push({
      row: i + 2,
      cells: new Map(cells.map((c, j) => [j + 1, { ok: true, text: c } as CellRead])),
    });
  });
  if (count > MAX_ROWS) {
    problems.add(table, null, null, null, `数据行过多：共 ${count} 行，最多 ${MAX_ROWS} 行`);
    return null;
  }
  return table;
}

// ---------------------------------------------------------------------------------------------
// Entry point

function baseName(fileName: string): string {
  return (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.[^.]*$/, '');
}

/**
 * Parses an input file into a county evaluation input. Throws StandardsInputError listing every
 * problem. `warnings` holds notes that do not stop the evaluation (encoding, missing year …).
 */
export async function parseStandardsInput(
  data: Uint8Array,
  fileName: string,
  options: ParseOptions = {},
): Promise<{ input: CountyEvaluationInput; warnings: string[] }> {
  const problems = new Problems();
  const warnings: string[] = [];
  const file = fileName.split(/[\\/]/).pop() ?? fileName;
  const ext = /\.([^.]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
  const fail = (message: string): never => {
    throw new StandardsInputError(file, [{ sheet: null, row: null, column: null, value: null, message }]);
  };
  if (data.byteLength === 0) fail(`${file}：文件是空的`);
  if (ext === 'xls') fail(`${file}：不支持旧版 Excel（.xls）文件；请在 Excel 中另存为 .xlsx 后重试`);
  if (ext !== 'xlsx' && ext !== 'csv')
    fail(`${file}：只支持 .xlsx（Excel 工作簿）或 .csv 文件，当前扩展名为“${ext ? `.${ext}` : '无'}”`);

  let tables: Map<string, Table> | null;
  if (ext === 'xlsx') {
    if (!isZip(data)) {
      fail(
        isOle(data)
          ? `${file}：内容是旧版 Excel（.xls）文件，只是扩展名为 .xlsx；请在 Excel 中另存为 .xlsx 后重试`
          : `${file}：内容不是 Excel 工作簿（.xlsx）；请确认文件未损坏，或在 Excel 中另存为 .xlsx`,
      );
    }
    tables = await readWorkbook(data, file, problems);
  } else {
    if (isZip(data) || isOle(data))
      fail(`${file}：内容是 Excel 工作簿而不是 CSV 文本；请使用 .xlsx 扩展名，或在 Excel 中另存为 CSV`);
    if (data.byteLength > MAX_CSV_BYTES)
      fail(`${file}：文件超过 ${MAX_CSV_BYTES / 1024 / 1024} MB，不是正常的输入文件`);
    if (data.subarray(0, 4096).includes(0)) fail(`${file}：不是文本文件（含有二进制内容），无法按 CSV 读取`);
    const decoded = decodeCsv(data, file, problems);
    tables = null;
    if (decoded) {
      if (decoded.warning) warnings.push(decoded.warning);
      const table = tableOfCsv(decoded.text, problems);
      if (table) tables = new Map([[SHEET_SCHOOLS, table]]);
    }
  }

  const schoolsTable = tables?.get(SHEET_SCHOOLS);
  const schools = (schoolsTable ? parseSchools(schoolsTable, problems) : null) ?? [];
  if (schoolsTable && schoolsTable.rows.length === 0 && !problems.any) {
    problems.add(schoolsTable, null, null, null, '没有数据行：从第 2 行起每行填写一个学校的一个学段');
  }
  const kgTable = tables?.get(SHEET_KINDERGARTENS);
  const kindergartens = kgTable ? parseKindergartens(kgTable, problems) : [];
  const countyTable = tables?.get(SHEET_COUNTY);
  const county = countyTable ? parseCounty(countyTable, problems) : null;
  const judgementTable = tables?.get(SHEET_JUDGEMENTS);
  const judgements = judgementTable ? parseJudgements(judgementTable, problems) : [];

  if (problems.any) {
    const list = problems.list;
    if (list.length > MAX_REPORTED_PROBLEMS) {
      const kept = list.slice(0, MAX_REPORTED_PROBLEMS - 1);
      kept.push({
        sheet: null,
        row: null,
        column: null,
        value: null,
        message: `另有 ${list.length - kept.length} 个问题未列出（共 ${list.length} 个）；请先修正以上问题`,
      });
      throw new StandardsInputError(file, kept);
    }
    throw new StandardsInputError(file, list);
  }

  const year = county?.year ?? options.year;
  if (year === undefined)
    warnings.push(
      `未填写年度（${ext === 'csv' ? 'CSV 文件不含县级数据' : `工作表「${SHEET_COUNTY}」中没有“年度”`}），记为 0`,
    );
  if (!kgTable)
    warnings.push(
      `没有幼儿园数据（${ext === 'csv' ? 'CSV 文件只含学校' : `缺少工作表「${SHEET_KINDERGARTENS}」`}），学前教育普及普惠各项将为“待定”`,
    );
  return {
    input: {
      countyCode: county?.countyCode ?? options.countyCode ?? '',
      countyName: county?.countyName ?? options.countyName ?? baseName(file),
      year: year ?? 0,
      schools,
      kindergartens,
      inputs: county?.inputs ?? {
        population3to5: null,
        rotationEligibleTeachers: null,
        rotatedTeachers: null,
        rotatedBackboneTeachers: null,
        specialEducationFundingPerStudent: null,
      },
      judgements,
    },
    warnings,
  };
}
