import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formFields } from '../../domain/collection/fields.ts';
import { ConfigFileError } from '../shared/config-error.ts';
import { COLLECTION_DIR, loadCollectionCatalog } from './catalog.loader.ts';

describe('loadCollectionCatalog — catalog/collection', () => {
  const catalog = loadCollectionCatalog();

  it('has one form for every school type the registry uses', () => {
    const types = catalog.forms.flatMap((f) => f.runningTypes).sort();
    expect(types).toEqual([
      '111',
      '211',
      '218',
      '311',
      '312',
      '341',
      '342',
      '345',
      '511',
      '512',
      '513',
      '514',
    ]);
  });

  it('expands the primary form to 28 fields, the kindergarten form to 19, the nine-year form to 47', () => {
    // Primary: 在校生数 6 grades × 2 sexes = 12, 各班人数 6, six teacher counts and four facility
    // figures for the one stage = 10 → 28. Kindergarten: 3 × 2 + 3 + 10 = 19. Nine-year: 9 × 2 +
    // 9 + 10 × 2 stages = 47.
    const form = (id: string) => catalog.forms.find((f) => f.id === id)!;
    expect(formFields(catalog, form('AUTUMN-PRIMARY'))).toHaveLength(28);
    expect(formFields(catalog, form('AUTUMN-KG'))).toHaveLength(19);
    expect(formFields(catalog, form('AUTUMN-NINE-YEAR'))).toHaveLength(47);
  });

  it('opens the 2025 autumn collection on 1 September and closes it on 31 October (Beijing time)', () => {
    const p = catalog.periods.find((x) => x.id === '2025-autumn')!;
    expect(new Date(p.openFrom).toISOString()).toBe('2025-08-31T16:00:00.000Z');
    expect(new Date(p.closeAt).toISOString()).toBe('2025-10-31T15:59:59.000Z');
  });
});

describe('loadCollectionCatalog — broken catalogs', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A copy of the shipped catalog with one file edited. */
  function brokenCopy(file: string, edit: (text: string) => string): string {
    dir = mkdtempSync(join(tmpdir(), 'eduplan-catalog-'));
    cpSync(COLLECTION_DIR, dir, { recursive: true });
    const path = join(dir, file);
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
    return dir;
  }
  function problems(d: string): string[] {
    try {
      loadCollectionCatalog(d);
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigFileError);
      return (e as ConfigFileError).problems;
    }
    return [];
  }

  it.each([
    [
      'a YAML syntax error',
      'rules.yaml',
      (t: string) => t.replace('severity: hard', 'severity: hard: x'),
      /YAML 语法错误（第 \d+ 行第 \d+ 列）/,
    ],
    [
      'an unknown key',
      'elements.yaml',
      (t: string) => t.replace('unit: 人', 'unit: 人\n    colour: red'),
      /未知的键“colour”/,
    ],
    [
      'a range upside down',
      'elements.yaml',
      (t: string) => t.replace('max: 3000', 'max: -1'),
      /elements\[0\]\.max：取值下限 min 不能大于上限 max/,
    ],
    [
      'an unknown element in a form',
      'forms.yaml',
      (t: string) => t.replace('[ENR, CLASS_SIZES]', '[ENR, CLASS_SIZE]'),
      /forms\.yaml forms\[0\]\.sections\[0\]\.elements\[1\]：数据元素 CLASS_SIZE 未在 elements\.yaml 中定义/,
    ],
    [
      'a period closing before it opens',
      'periods.yaml',
      (t: string) =>
        t.replace("closeAt: '2025-10-31T23:59:59+08:00'", "closeAt: '2025-08-31T23:59:59+08:00'"),
      /periods\[0\]\.closeAt：开始时间 openFrom 应早于截止时间 closeAt/,
    ],
    [
      'a time without its zone',
      'periods.yaml',
      (t: string) => t.replace("openFrom: '2025-09-01T00:00:00+08:00'", "openFrom: '2025-09-01 00:00'"),
      /时间应为带时区的 ISO 格式/,
    ],
    [
      'an unknown rule kind',
      'rules.yaml',
      (t: string) => t.replace('kind: notGreater', 'kind: atMost'),
      /规则类型 kind 应为/,
    ],
    [
      'a grade that does not exist',
      'forms.yaml',
      (t: string) => t.replace('grades: [K1, K2, K3]', 'grades: [K1, K2, K4]'),
      /forms\[0\]\.grades\[2\]：年级 K4 不在分类 grade 的选项中/,
    ],
  ])('refuses %s, naming the file, the place and the rule', (_name, file, edit, message) => {
    const found = problems(brokenCopy(file, edit));
    expect(found.join('\n')).toMatch(message);
  });
});
