import ExcelJS from 'exceljs';
import type { CellValue } from 'exceljs';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateCounty } from '../../domain/standards/evaluate.ts';
import { PROJECT_ROOT } from '../registry/registry-config.loader.ts';
import { loadRulePacks } from './rule-pack.loader.ts';
import { parseCsvRows, parseStandardsInput, StandardsInputError } from './section-file.parser.ts';

const SCHOOL_HEADER = [
  '学校代码',
  '学校名称',
  '学段（小学/初中）',
  '办学类型码',
  '在校生数',
  '各班人数',
  '义务教育在校生总数',
  '专任教师数',
  '高于规定学历教师数',
  '县级以上骨干教师数',
  '体育艺术专任教师数',
  '持证教师数',
  '教学及辅助用房面积（平方米）',
  '体育运动场馆面积（平方米）',
  '教学仪器设备值（元）',
  '网络多媒体教室数',
];
/** A 九年一贯制 school's two sections and a primary school. */
const SCHOOL_ROWS: CellValue[][] = [
  ['3708110001', '任城区第一实验学校', '小学', '312', 90, '45;45', 190, 6, 5, 1, 1, 6, 450, 720, 200000, 3],
  ['3708110001', '任城区第一实验学校', '初中', 312, 100, '50；50', 190, 7, 6, 1, 1, 7, 600, 1100, 260000, 3],
  ['3708110002', '任城区南池小学', '小学', '211', 40, 40, 40, 3, 3, 1, 1, 2, 200, 320, 90000.5, 1],
];

const EXPECTED_SCHOOLS = [
  {
    institutionCode: '3708110001',
    institutionName: '任城区第一实验学校',
    section: 'primary',
    runningType: '312',
    students: 90,
    classSizes: [45, 45],
    schoolCompulsoryStudents: 190,
    teachers: 6,
    teachersAboveRequiredQualification: 5,
    backboneTeachers: 1,
    peArtsTeachers: 1,
    certifiedTeachers: 6,
    teachingAuxAreaM2: 450,
    sportsAreaM2: 720,
    equipmentValueYuan: 200000,
    multimediaRooms: 3,
  },
  {
    institutionCode: '3708110001',
    institutionName: '任城区第一实验学校',
    section: 'junior',
    runningType: '312',
    students: 100,
    classSizes: [50, 50],
    schoolCompulsoryStudents: 190,
    teachers: 7,
    teachersAboveRequiredQualification: 6,
    backboneTeachers: 1,
    peArtsTeachers: 1,
    certifiedTeachers: 7,
    teachingAuxAreaM2: 600,
    sportsAreaM2: 1100,
    equipmentValueYuan: 260000,
    multimediaRooms: 3,
  },
  {
    institutionCode: '3708110002',
    institutionName: '任城区南池小学',
    section: 'primary',
    runningType: '211',
    students: 40,
    classSizes: [40],
    schoolCompulsoryStudents: 40,
    teachers: 3,
    teachersAboveRequiredQualification: 3,
    backboneTeachers: 1,
    peArtsTeachers: 1,
    certifiedTeachers: 2,
    teachingAuxAreaM2: 200,
    sportsAreaM2: 320,
    equipmentValueYuan: 90000.5,
    multimediaRooms: 1,
  },
];

/** A workbook with the given sheets (rows[0] is the header row). */
async function workbook(sheets: Record<string, CellValue[][]>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = wb.addWorksheet(name);
    rows.forEach((cells, i) => {
      cells.forEach((value, j) => {
        if (value !== undefined && value !== null) sheet.getRow(i + 1).getCell(j + 1).value = value;
      });
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The StandardsInputError messages of a refused file (fails the test if the file is accepted). */
async function refusal(data: Uint8Array, name: string): Promise<string[]> {
  try {
    await parseStandardsInput(data, name);
  } catch (e) {
    expect(e).toBeInstanceOf(StandardsInputError);
    return (e as StandardsInputError).messages;
  }
  throw new Error('expected a StandardsInputError, but the file was accepted');
}

/** Errors of a 学校 sheet holding the header and `rows`. */
async function schoolErrors(rows: CellValue[][], header: CellValue[] = SCHOOL_HEADER): Promise<string[]> {
  return refusal(await workbook({ 学校: [header, ...rows] }), 'x.xlsx');
}

/** GB18030 (GBK) bytes of `text`, by inverting node's decoder over the two-byte range. */
function gb18030(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, [number, number]>();
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else {
      const pair = table.get(ch);
      if (!pair) throw new Error(`test setup: ${ch} has no two-byte GB18030 code`);
      out.push(...pair);
    }
  }
  return new Uint8Array(out);
}

describe('parseStandardsInput: a complete workbook', () => {
  it('reads schools, kindergartens, county figures and judgements', async () => {
    const data = await workbook({
      学校: [SCHOOL_HEADER, ...SCHOOL_ROWS, []],
      幼儿园: [
        [
          '学校代码',
          '学校名称',
          '举办性质',
          '在园幼儿数',
          '小班各班人数',
          '中班各班人数',
          '大班各班人数',
          '专任教师数',
          '持证教师数',
        ],
        ['K001', '任城区实验幼儿园', '公办', 85, '25', '30', '30', 6, 6],
        ['K002', '阳光幼儿园', '普惠性民办', 50, '25;25', null, null, 3, 2],
        ['K003', '星星幼儿园', '非普惠性民办', 0, null, null, null, 1, 1],
      ],
      县级数据: [
        ['项目', '数值'],
        ['县名称', '任城区'],
        ['县代码', '370811'],
        ['年度', 2025],
        ['3～5岁常住人口数', 160],
        ['符合交流轮岗条件教师数', 100],
        ['交流轮岗教师数', 12],
        ['交流轮岗骨干教师数', ''],
        ['特殊教育学校生均公用经费（元）', 6500.5],
      ],
      评估认定: [
        ['项目编号', '是否达标', '得分', '评估人', '依据', '认定日期'],
        ['cb-g01', '是', null, '张督学', '规划文件', new Date(Date.UTC(2025, 10, 20))],
        ['CB-S01', '是', '87.5%', '李督学', '问卷', '2025/11/21'],
        ['PU-P10', '否', 0.8, '王专家', '', ''],
      ],
    });
    const { input, warnings } = await parseStandardsInput(data, '/tmp/任城区.xlsx');
    expect(warnings).toEqual([]);
    expect(input.schools).toEqual(EXPECTED_SCHOOLS);
    expect(input.kindergartens).toEqual([
      {
        institutionCode: 'K001',
        institutionName: '任城区实验幼儿园',
        ownership: 'public',
        children: 85,
        classes: [
          { grade: 'K1', size: 25 },
          { grade: 'K2', size: 30 },
          { grade: 'K3', size: 30 },
        ],
        teachers: 6,
        certifiedTeachers: 6,
      },
      {
        institutionCode: 'K002',
        institutionName: '阳光幼儿园',
        ownership: 'inclusivePrivate',
        children: 50,
        classes: [
          { grade: 'K1', size: 25 },
          { grade: 'K1', size: 25 },
        ],
        teachers: 3,
        certifiedTeachers: 2,
      },
      {
        institutionCode: 'K003',
        institutionName: '星星幼儿园',
        ownership: 'private',
        children: 0,
        classes: [],
        teachers: 1,
        certifiedTeachers: 1,
      },
    ]);
    expect([input.countyCode, input.countyName, input.year]).toEqual(['370811', '任城区', 2025]);
    expect(input.inputs).toEqual({
      population3to5: 160,
      rotationEligibleTeachers: 100,
      rotatedTeachers: 12,
      rotatedBackboneTeachers: null,
      specialEducationFundingPerStudent: 6500.5,
    });
    expect(input.judgements).toEqual([
      {
        itemId: 'CB-G01',
        met: true,
        score: null,
        evaluator: '张督学',
        evidence: '规划文件',
        recordedAt: '2025-11-20',
      },
      {
        itemId: 'CB-S01',
        met: true,
        score: 0.875,
        evaluator: '李督学',
        evidence: '问卷',
        recordedAt: '2025-11-21',
      },
      { itemId: 'PU-P10', met: false, score: 0.8, evaluator: '王专家', evidence: '', recordedAt: '' },
    ]);
  });

  it('warns about what a schools-only workbook lacks', async () => {
    const { input, warnings } = await parseStandardsInput(
      await workbook({ 学校: [SCHOOL_HEADER, ...SCHOOL_ROWS] }),
      '鱼台县.xlsx',
      {
        year: 2024,
      },
    );
    expect([input.countyName, input.countyCode, input.year]).toEqual(['鱼台县', '', 2024]);
    expect(input.inputs.population3to5).toBeNull();
    expect(warnings).toEqual(['没有幼儿园数据（缺少工作表「幼儿园」），学前教育普及普惠各项将为“待定”']);
  });
});

describe('parseStandardsInput: CSV', () => {
  const csv = [
    SCHOOL_HEADER.join(','),
    '3708110001,任城区第一实验学校,小学,312,90,45;45,190,6,5,1,1,6,450,720,200000,3',
    '3708110001,任城区第一实验学校,初中,312,100,"50,50",190,7,6,1,1,7,600,1100,260000,3',
    '3708110002,任城区南池小学,小学,211,40,40,40,3,3,1,1,2,200,320,90000.5,1',
    '',
  ].join('\r\n');

  it('reads UTF-8 with a BOM, quoted fields and CRLF', async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(csv)]);
    const { input, warnings } = await parseStandardsInput(bom, 'C:\\data\\任城区.csv');
    expect(input.schools).toEqual(EXPECTED_SCHOOLS);
    expect([input.countyName, input.year]).toEqual(['任城区', 0]);
    expect(warnings[0]).toBe('未填写年度（CSV 文件不含县级数据），记为 0');
  });

  it('reads a GB18030 (GBK) file when its header is recognised, with a warning', async () => {
    const { input, warnings } = await parseStandardsInput(gb18030(csv), '任城区.csv');
    expect(input.schools).toEqual(EXPECTED_SCHOOLS);
    expect(warnings[0]).toContain('已按 GB18030（GBK）读取');
  });

  it('asks for UTF-8 when the encoding cannot be recognised', async () => {
    // Latin-1 “é” bytes are not UTF-8 and do not decode to the expected header.
    const latin1 = new Uint8Array([0x63, 0x6f, 0x64, 0xe9, 0x2c, 0x6e, 0x61, 0x6d, 0xe9, 0x0a]);
    expect(await refusal(latin1, 'x.csv')).toEqual([
      'x.csv：无法识别文件编码；请在 Excel 中另存为“CSV UTF-8（逗号分隔）(*.csv)”后重试',
    ]);
  });

  it('parses RFC 4180 rows', () => {
    expect(parseCsvRows('a,"b,""c""",d\r\n"e\nf",,\n')).toEqual([
      ['a', 'b,"c"', 'd'],
      ['e\nf', '', ''],
    ]);
  });
});

describe('parseStandardsInput: refused files', () => {
  it('refuses other formats with a clear message', async () => {
    const xlsx = await workbook({ 学校: [SCHOOL_HEADER] });
    expect(await refusal(utf8('x'), 'a.xls')).toEqual([
      'a.xls：不支持旧版 Excel（.xls）文件；请在 Excel 中另存为 .xlsx 后重试',
    ]);
    expect(await refusal(utf8('x'), 'a.txt')).toEqual([
      'a.txt：只支持 .xlsx（Excel 工作簿）或 .csv 文件，当前扩展名为“.txt”',
    ]);
    expect(await refusal(utf8('学校代码'), 'a.xlsx')).toEqual([
      'a.xlsx：内容不是 Excel 工作簿（.xlsx）；请确认文件未损坏，或在 Excel 中另存为 .xlsx',
    ]);
    expect(await refusal(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), 'a.xlsx')).toEqual([
      'a.xlsx：内容是旧版 Excel（.xls）文件，只是扩展名为 .xlsx；请在 Excel 中另存为 .xlsx 后重试',
    ]);
    expect(await refusal(xlsx, 'a.csv')).toEqual([
      'a.csv：内容是 Excel 工作簿而不是 CSV 文本；请使用 .xlsx 扩展名，或在 Excel 中另存为 CSV',
    ]);
    expect(await refusal(new Uint8Array(), 'a.csv')).toEqual(['a.csv：文件是空的']);
  });

  it('refuses a zip that would unpack too large before exceljs reads it', async () => {
    // Local header signature, one central-directory entry declaring 100 MB, end record.
    const bytes = new Uint8Array(30 + 47 + 22);
    const view = new DataView(bytes.buffer);
    view.setUint32(0, 0x04034b50, true);
    view.setUint32(30, 0x02014b50, true);
    view.setUint32(30 + 24, 100 * 1024 * 1024, true);
    view.setUint16(30 + 28, 1, true); // name length
    view.setUint32(77, 0x06054b50, true);
    view.setUint16(77 + 8, 1, true); // entries on this disk
    view.setUint16(77 + 10, 1, true); // entries in all
    view.setUint32(77 + 12, 47, true); // central directory size
    view.setUint32(77 + 16, 30, true); // and offset
    expect(await refusal(bytes, 'bomb.xlsx')).toEqual([
      'bomb.xlsx：文件解压后的内容超过 32 MB 的上限，不予读取；请检查文件，或拆分为较小的文件后重新上传',
    ]);
  });

  it('needs the 学校 sheet and its columns', async () => {
    expect(await refusal(await workbook({ Sheet1: [['a']] }), 'x.xlsx')).toEqual([
      'x.xlsx：缺少工作表「学校」（现有：「Sheet1」）；可选工作表为「幼儿园」「县级数据」「评估认定」',
    ]);
    const header = SCHOOL_HEADER.filter((h) => h !== '持证教师数');
    const errors = await schoolErrors([], header);
    expect(errors).toEqual([
      `工作表「学校」第 1 行「持证教师数」：缺少必填列（第 1 行应为表头：${Object.values(SCHOOL_HEADER)
        .map((h) => h.replace(/（.*）$/, ''))
        .join('、')}）`,
    ]);
  });

  it('names the row, column, value and rule of every bad cell', async () => {
    // The primary school of SCHOOL_ROWS, with code 37081101nn in Excel row nn, and one change each.
    const row = (n: number, over: Record<number, CellValue>): CellValue[] =>
      SCHOOL_ROWS[2]!.map((v, i) =>
        i in over ? over[i] : i === 0 ? `37081101${String(n).padStart(2, '0')}` : v,
      );
    const errors = await schoolErrors([
      row(2, { 4: 'abc' }), // 在校生数 not a number
      row(3, { 7: -3 }), // 专任教师数 negative
      row(4, { 4: 0, 6: 0 }), // 0 students but a class of 40
      row(5, { 5: '20;15' }), // classes 35 ≠ 40
      row(6, { 2: '高中' }), // unknown section
      row(7, { 0: '3708110009', 11: 4 }), // 4 certified > 3 teachers
      row(8, { 0: '3708110009' }), // the same school and section again
      row(9, { 4: 40.5 }), // not a whole number
      row(10, { 5: '40;x' }), // a class size that is not a number
      row(11, { 3: '311' }), // a 初级中学 has no primary section
    ]);
    expect(errors).toEqual([
      '工作表「学校」第 2 行「在校生数」：“abc”不是数字',
      '工作表「学校」第 3 行「专任教师数」：“-3”不能为负数',
      '工作表「学校」第 4 行「在校生数」：“0”为 0，但「各班人数」填写了 1 个班（合计 40 人）',
      '工作表「学校」第 5 行「各班人数」：“20;15”合计 35 人，与「在校生数」40 人不一致',
      '工作表「学校」第 6 行「学段」：“高中”无法识别，应为 小学 或 初中',
      '工作表「学校」第 7 行「持证教师数」：“4”大于「专任教师数」3 人',
      '工作表「学校」第 8 行「学段」：“小学”学校代码 3708110009 的该学段已在第 7 行出现（每所学校每个学段一行）',
      '工作表「学校」第 9 行「在校生数」：“40.5”应为整数',
      '工作表「学校」第 10 行「各班人数」：“40;x”中的“x”不是正整数；各班人数应写成用分号分隔的正整数，如 45;46;38',
      '工作表「学校」第 11 行「学段」：“小学”与办学类型码 311 不符（该类学校没有此学段）',
    ]);
  });

  it('checks that the sections of one school agree', async () => {
    const [a, b] = SCHOOL_ROWS;
    const errors = await schoolErrors([a!, b!.map((v, i) => (i === 1 ? '另一个名字' : v)), SCHOOL_ROWS[2]!]);
    expect(errors).toEqual([
      '工作表「学校」第 3 行「学校名称」：“另一个名字”与学校代码 3708110001 第 2 行的“任城区第一实验学校”不一致',
    ]);
    const total = await schoolErrors([
      a!.map((v, i) => (i === 6 ? 200 : v)),
      b!.map((v, i) => (i === 6 ? 200 : v)),
    ]);
    // 90 + 100 = 190, not 200
    expect(total).toEqual([
      '工作表「学校」第 2 行「义务教育在校生总数」：“200”应等于该校小学和初中在校生之和 190（第 2、3 行）',
    ]);
  });

  it('checks the kindergarten, county and judgement sheets', async () => {
    const data = await workbook({
      学校: [SCHOOL_HEADER, ...SCHOOL_ROWS],
      幼儿园: [
        [
          '学校代码',
          '学校名称',
          '举办性质',
          '在园幼儿数',
          '小班各班人数',
          '中班各班人数',
          '大班各班人数',
          '专任教师数',
          '持证教师数',
        ],
        ['K1', '甲园', '民营', 25, '25', '', '', 2, 2],
        ['K2', '乙园', '公办', 30, '25', '', '', 2, 3],
      ],
      县级数据: [
        ['项目', '数值'],
        ['人口', 5],
        ['符合交流轮岗条件教师数', 10],
        ['交流轮岗教师数', 12],
      ],
      评估认定: [
        ['项目编号', '是否达标', '得分', '评估人', '依据'],
        ['CB-S01', '是', 1.5, '李督学', ''],
        ['CB-G01', '可以', null, '', ''],
      ],
    });
    expect(await refusal(data, 'x.xlsx')).toEqual([
      '工作表「幼儿园」第 2 行「举办性质」：“民营”无法识别，应为 公办、普惠性民办 或 非普惠性民办',
      '工作表「幼儿园」第 3 行「在园幼儿数」：“30”与小班、中班、大班各班人数合计 25 人不一致',
      '工作表「幼儿园」第 3 行「持证教师数」：“3”大于「专任教师数」2 人',
      '工作表「县级数据」第 2 行「项目」：“人口”不是可识别的项目，应为 县名称、县代码、年度、3-5岁常住人口数、符合交流轮岗条件教师数、交流轮岗教师数、交流轮岗骨干教师数、特殊教育学校生均公用经费 之一',
      '工作表「县级数据」第 4 行「数值」：“12”交流轮岗教师数大于符合交流轮岗条件教师数 10',
      '工作表「评估认定」第 2 行「得分」：“1.5”应为 0–1 之间的小数或百分数（如 0.875 或 87.5%）',
      '工作表「评估认定」第 3 行「是否达标」：“可以”无法识别，应为 是 或 否',
      '工作表「评估认定」第 3 行「评估人」：不能为空',
    ]);
  });
});

describe('docs/examples/standards-county-example.csv', () => {
  it('parses and evaluates (示例数据)', async () => {
    const data = new Uint8Array(readFileSync(`${PROJECT_ROOT}docs/examples/standards-county-example.csv`));
    const { input } = await parseStandardsInput(data, 'standards-county-example.csv', {
      countyCode: '379901',
      countyName: '示例县',
      year: 2025,
    });
    expect(input.schools.length).toBeGreaterThanOrEqual(6);
    expect(new Set(input.schools.map((s) => s.section))).toEqual(new Set(['primary', 'junior']));
    const evaluation = evaluateCounty(loadRulePacks(), input);
    // No kindergartens, county figures or judgements in a CSV: the county cannot pass yet.
    expect(evaluation.countyStandardsVerdict).not.toBe('pass');
    expect(evaluation.compulsoryBalanced.schools.some((s) => s.verdict === 'excluded')).toBe(true);
  });
});
