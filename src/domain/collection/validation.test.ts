import { describe, expect, it } from 'vitest';
import type { CollectionCatalog, FormDefinition } from './catalog.types.ts';
import { crossCheckCatalog } from './catalog.schema.ts';
import { formFields, type FieldValues } from './fields.ts';
import { blockingIssues, modifiedZScores, validateValues } from './validation.ts';

/** A small catalog: a primary form with two grades and the rules of each kind. */
const catalog: CollectionCatalog = {
  categories: [
    {
      code: 'grade',
      name: '年级',
      options: [
        { code: 'P1', name: '一年级' },
        { code: 'P2', name: '二年级' },
      ],
    },
    {
      code: 'sex',
      name: '性别',
      options: [
        { code: 'male', name: '男' },
        { code: 'female', name: '女' },
      ],
    },
    { code: 'stage', name: '学段', options: [{ code: 'primary', name: '小学' }] },
  ],
  elements: [
    {
      code: 'ENR',
      name: '在校生数',
      unit: '人',
      type: 'integer',
      min: 0,
      max: 3000,
      disaggregation: ['grade', 'sex'],
    },
    {
      code: 'CLASS_SIZES',
      name: '各班人数',
      unit: '人',
      type: 'integerList',
      min: 1,
      max: 120,
      disaggregation: ['grade'],
    },
    {
      code: 'TEACHERS',
      name: '专任教师数',
      unit: '人',
      type: 'integer',
      min: 0,
      max: 1000,
      disaggregation: ['stage'],
    },
    {
      code: 'TEACHERS_CERTIFIED',
      name: '持证教师数',
      unit: '人',
      type: 'integer',
      min: 0,
      max: 1000,
      disaggregation: ['stage'],
    },
    {
      code: 'EQUIPMENT_VALUE',
      name: '教学仪器设备值',
      unit: '元',
      type: 'number',
      min: 0,
      max: 1e9,
      disaggregation: ['stage'],
    },
  ],
  forms: [],
  rules: [
    {
      id: 'H01',
      name: '各班人数合计等于在校生数',
      severity: 'hard',
      kind: 'listSumEquals',
      list: 'CLASS_SIZES',
      total: 'ENR',
    },
    {
      id: 'H05',
      name: '持证教师数不超过专任教师数',
      severity: 'hard',
      kind: 'notGreater',
      part: 'TEACHERS_CERTIFIED',
      whole: 'TEACHERS',
    },
    {
      id: 'H07',
      name: '班数 × 66 不少于在校生数',
      severity: 'hard',
      kind: 'capacity',
      classes: 'CLASS_SIZES',
      enrolment: 'ENR',
      perClass: 66,
    },
    {
      id: 'S01',
      name: '较上年变化超过 30%',
      severity: 'soft',
      kind: 'changeFromPrevious',
      elements: ['ENR'],
      maxRelativeChange: 0.3,
    },
    {
      id: 'S02',
      name: '存在大班额',
      severity: 'soft',
      kind: 'classSizeAtLeast',
      list: 'CLASS_SIZES',
      size: 56,
    },
    {
      id: 'S03',
      name: '生均设备值差异过大',
      severity: 'soft',
      kind: 'perStudentOutlier',
      element: 'EQUIPMENT_VALUE',
      maxModifiedZ: 3.5,
    },
  ],
  periods: [],
};
const form: FormDefinition = {
  id: 'TEST-PRIMARY',
  version: 1,
  name: '测试小学表',
  runningTypes: ['211'],
  grades: ['P1', 'P2'],
  stages: ['primary'],
  sections: [
    { title: '学生', elements: ['ENR', 'CLASS_SIZES'] },
    { title: '教师', elements: ['TEACHERS', 'TEACHERS_CERTIFIED'] },
    { title: '条件', elements: ['EQUIPMENT_VALUE'] },
  ],
};
catalog.forms.push(form);

/** A consistent school: P1 20 + 22 = 42 in classes 21 + 21; P2 20 + 20 = 40 in one class of 40. */
const good: FieldValues = {
  'ENR.P1.male': 20,
  'ENR.P1.female': 22,
  'ENR.P2.male': 20,
  'ENR.P2.female': 20,
  'CLASS_SIZES.P1': [21, 21],
  'CLASS_SIZES.P2': [40],
  'TEACHERS.primary': 6,
  'TEACHERS_CERTIFIED.primary': 6,
  'EQUIPMENT_VALUE.primary': 164000,
};
const ids = (issues: { ruleId: string }[]) => issues.map((i) => i.ruleId);

describe('formFields', () => {
  it('expands each element over the form’s options: 2 grades × 2 sexes + 2 lists + 3 stage fields = 9', () => {
    const fields = formFields(catalog, form);
    expect(fields.map((f) => f.key)).toEqual([
      'ENR.P1.male',
      'ENR.P1.female',
      'ENR.P2.male',
      'ENR.P2.female',
      'CLASS_SIZES.P1',
      'CLASS_SIZES.P2',
      'TEACHERS.primary',
      'TEACHERS_CERTIFIED.primary',
      'EQUIPMENT_VALUE.primary',
    ]);
    expect(fields[1]!.label).toBe('在校生数·一年级·女');
    expect(fields[6]!.section).toBe('教师');
  });
});

describe('validateValues', () => {
  it('finds nothing wrong with consistent values', () => {
    expect(validateValues(catalog, form, good)).toEqual([]);
  });

  it('requires every number on submission but not in a draft; an empty class list is allowed', () => {
    const { ['ENR.P2.female']: _, ...missing } = good;
    const submit = validateValues(catalog, form, { ...missing, 'CLASS_SIZES.P2': null });
    expect(submit[0]).toMatchObject({ ruleId: 'REQUIRED', severity: 'hard', fields: ['ENR.P2.female'] });
    expect(submit[0]!.message).toBe('在校生数·二年级·女：未填写（没有时填 0）');
    // The rules still run on a half-filled form, an empty field counting as 0: 二年级 has boys
    // but no classes, so the class list does not add up (H01) and cannot hold them (H07).
    expect(submit.map((i) => i.ruleId)).toEqual(['REQUIRED', 'H01', 'H07']);
    expect(submit.slice(1).every((i) => i.fields.includes('CLASS_SIZES.P2'))).toBe(true);
    expect(validateValues(catalog, form, missing, { mode: 'draft' })).toEqual([]);
  });

  it('names the field, the value and the rule for a wrong type or range', () => {
    const issues = validateValues(
      catalog,
      form,
      { ...good, 'TEACHERS.primary': 6.5, 'ENR.P1.male': -1 },
      { mode: 'draft' },
    );
    expect(issues.map((i) => i.message)).toEqual([
      '在校生数·一年级·男：应在 0—3000 人 之间，实际为 -1',
      '专任教师数·小学：应为整数（人），实际为 6.5',
    ]);
    const list = validateValues(catalog, form, { ...good, 'CLASS_SIZES.P1': [21, 0] }, { mode: 'draft' });
    expect(list[0]!.message).toBe('各班人数·一年级：每个班的人数应为 1—120 的整数，实际有“0”');
  });

  it('H01: the classes of a grade add up to its pupils (both sexes)', () => {
    // P1: classes 20 + 20 = 40, pupils 20 + 22 = 42.
    const issues = validateValues(catalog, form, { ...good, 'CLASS_SIZES.P1': [20, 20] });
    expect(ids(issues)).toEqual(['H01']);
    expect(issues[0]!.message).toBe(
      '一年级：各班人数合计 40（20+20） ≠ 在校生数 42（男 20 + 女 22）（H01 各班人数合计等于在校生数）',
    );
    expect(issues[0]!.fields).toEqual(['CLASS_SIZES.P1', 'ENR.P1.male', 'ENR.P1.female']);
  });

  it('H07: classes × 66 must hold the pupils; S02 flags classes of 56 or more', () => {
    // P2: 70 + 70 = 140 pupils in 2 classes of 70: the sum matches, but 2 × 66 = 132 < 140; both
    // classes are 大班额 (≥ 56).
    const issues = validateValues(catalog, form, {
      ...good,
      'ENR.P2.male': 70,
      'ENR.P2.female': 70,
      'CLASS_SIZES.P2': [70, 70],
    });
    expect(ids(issues)).toEqual(['H07', 'S02']);
    expect(issues[0]!.message).toContain('二年级：2 个班 × 66 = 132 少于在校生数 140');
    expect(issues[1]!.message).toContain('二年级：2 个班达到 56 人及以上（70、70 人）');
    // 55 is not 大班额, 56 is.
    const edge = (n: number) =>
      ids(validateValues(catalog, form, { ...good, 'ENR.P2.male': n - 20, 'CLASS_SIZES.P2': [n] }));
    expect(edge(55)).toEqual([]);
    expect(edge(56)).toEqual(['S02']);
  });

  it('H05: certified teachers never outnumber teachers', () => {
    const issues = validateValues(catalog, form, { ...good, 'TEACHERS_CERTIFIED.primary': 7 });
    expect(ids(issues)).toEqual(['H05']);
    expect(issues[0]!.message).toBe('小学：持证教师数 7 多于专任教师数 6（H05 持证教师数不超过专任教师数）');
  });

  it('S01: a change of more than 30% on last year needs an explanation', () => {
    // This year 20 + 22 + 20 + 20 = 82 pupils. Last year with 58 boys in P1: 58 + 62 = 120 →
    // (82 − 120) ÷ 120 = −31.7%. With 55: 117 → (82 − 117) ÷ 117 = −29.9%, within 30%.
    const previous = (p1male: number): FieldValues => ({ ...good, 'ENR.P1.male': p1male });
    const issues = validateValues(catalog, form, good, { previous: previous(58) });
    expect(ids(issues)).toEqual(['S01']);
    expect(issues[0]!.severity).toBe('soft');
    expect(issues[0]!.message).toContain('在校生数合计 82 人，上年 120 人，减少 31.7%，超过 30%');
    expect(validateValues(catalog, form, good, { previous: previous(55) })).toEqual([]); // 117
  });

  it('S03: an amount per student far from the county’s schools, by modified z-score', () => {
    // Own school: 164,000 yuan ÷ 82 pupils = 2,000 per pupil. Five peers with 82 pupils each and
    // 10,000 … 14,000 yuan per pupil.
    // All six: [2000, 10000, 11000, 12000, 13000, 14000]; median (11000 + 12000) ÷ 2 = 11,500;
    // |deviations| 9500, 1500, 500, 500, 1500, 2500 → sorted 500, 500, 1500, 1500, 2500, 9500 →
    // MAD = 1500; z = 0.6745 × (2000 − 11500) ÷ 1500 = −4.27 → beyond ±3.5.
    const peers = [10000, 11000, 12000, 13000, 14000].map((v) => ({
      ...good,
      'EQUIPMENT_VALUE.primary': v * 82,
    }));
    const issues = validateValues(catalog, form, good, { peers });
    expect(ids(issues)).toEqual(['S03']);
    expect(issues[0]!.message).toContain(
      '小学：生均教学仪器设备值 2000 元，本县同类学校中位数 11500 元，修正 z 值 -4.3',
    );
    // At 9,000 per pupil: median still 11,500; |deviations| 2500, 1500, 500, 500, 1500, 2500 →
    // MAD 1500; z = 0.6745 × (9000 − 11500) ÷ 1500 = −1.12: inside ±3.5.
    const near = { ...good, 'EQUIPMENT_VALUE.primary': 9000 * 82 };
    expect(validateValues(catalog, form, near, { peers })).toEqual([]);
    // Fewer than four peers: too few to call anything an outlier.
    expect(validateValues(catalog, form, good, { peers: peers.slice(0, 3) })).toEqual([]);
  });
});

describe('modifiedZScores', () => {
  it('follows Iglewicz and Hoaglin: 0.6745 (x − median) ÷ MAD', () => {
    // [1, 2, 3, 4, 100]: median 3; |dev| 2, 1, 0, 1, 97 → MAD 1; z(100) = 0.6745 × 97 = 65.4265.
    const z = modifiedZScores([1, 2, 3, 4, 100]);
    expect(z[4]).toBeCloseTo(65.4265, 10);
    expect(z[2]).toBe(0);
    expect(z[0]).toBeCloseTo(-1.349, 10);
    // All equal: MAD 0, no score.
    expect(modifiedZScores([5, 5, 5])).toEqual([null, null, null]);
  });
});

describe('blockingIssues', () => {
  it('blocks on every hard issue and on soft issues without an explanation of 5+ characters', () => {
    const issues = validateValues(catalog, form, {
      ...good,
      'ENR.P2.male': 70,
      'ENR.P2.female': 70,
      'CLASS_SIZES.P2': [70, 70],
    });
    expect(ids(blockingIssues(issues, {}))).toEqual(['H07', 'S02']);
    expect(ids(blockingIssues(issues, { S02: '新校区明年投用' }))).toEqual(['H07']);
    expect(ids(blockingIssues(issues, { S02: '见附件' }))).toEqual(['H07', 'S02']); // 3 characters
  });
});

describe('crossCheckCatalog', () => {
  it('accepts the test catalog and names every broken reference', () => {
    expect(crossCheckCatalog(catalog)).toEqual([]);
    const broken: CollectionCatalog = {
      ...catalog,
      forms: [form, { ...form, id: 'OTHER', sections: [{ title: 'x', elements: ['NOPE'] }] }],
      rules: [{ id: 'H09', name: '错', severity: 'hard', kind: 'classSizeAtLeast', list: 'ENR', size: 56 }],
      periods: [
        {
          id: 'p',
          name: 'p',
          schoolYear: 2025,
          kind: 'schoolYear',
          forms: ['MISSING'],
          openFrom: '2025-09-01T00:00:00+08:00',
          closeAt: '2025-10-31T00:00:00+08:00',
        },
      ],
    };
    expect(crossCheckCatalog(broken).map((p) => `${p.file} ${p.path}：${p.message}`)).toEqual([
      'forms forms[1].sections[0].elements[0]：数据元素 NOPE 未在 elements.yaml 中定义',
      'forms forms[1].runningTypes：办学类型 211 同时属于报表 TEST-PRIMARY 和 OTHER',
      'rules rules[0]：规则 H09 需要列表类型（integerList）的数据元素，ENR 不是',
      'periods periods[0].forms[0]：报表 MISSING 未在 forms.yaml 中定义',
    ]);
  });
});
