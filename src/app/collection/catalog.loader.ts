/**
 * Loads the data-collection catalog (catalog/collection: categories, elements, forms, rules,
 * periods), validates each file and then the references across them. A broken catalog is refused
 * with a ConfigFileError naming the file, the path inside it and the rule.
 */
import { join } from 'node:path';
import type { ZodType } from 'zod';
import {
  categoriesFileSchema,
  crossCheckCatalog,
  elementsFileSchema,
  formsFileSchema,
  periodsFileSchema,
  rulesFileSchema,
} from '../../domain/collection/catalog.schema.ts';
import type { CollectionCatalog } from '../../domain/collection/catalog.types.ts';
import { ConfigFileError } from '../shared/config-error.ts';
import { parseYamlText, readDefinitionFile, validateDefinition } from '../shared/definition-file.ts';
import { PROJECT_ROOT } from '../registry/registry-config.loader.ts';

export const COLLECTION_DIR = `${PROJECT_ROOT}catalog/collection`;

const FILES = {
  categories: 'categories.yaml',
  elements: 'elements.yaml',
  forms: 'forms.yaml',
  rules: 'rules.yaml',
  periods: 'periods.yaml',
} as const;

function load<T>(dir: string, name: string, schema: ZodType<T>, what: string): T {
  const file = join(dir, name);
  return validateDefinition(schema, parseYamlText(readDefinitionFile(file), file, what), file);
}

/** Loads and checks the catalog folder (default catalog/collection). */
export function loadCollectionCatalog(dir: string = COLLECTION_DIR): CollectionCatalog {
  const catalog: CollectionCatalog = {
    categories: load(dir, FILES.categories, categoriesFileSchema, '分类定义').categories,
    elements: load(dir, FILES.elements, elementsFileSchema, '数据元素定义').elements,
    forms: load(dir, FILES.forms, formsFileSchema, '报表定义').forms,
    rules: load(dir, FILES.rules, rulesFileSchema, '校验规则定义').rules,
    periods: load(dir, FILES.periods, periodsFileSchema, '采集周期定义').periods,
  };
  const problems = crossCheckCatalog(catalog);
  if (problems.length > 0) {
    // Report against the first file concerned; every problem names its own file and path.
    throw new ConfigFileError(
      join(dir, FILES[problems[0]!.file]),
      problems.map((p) => `${FILES[p.file]} ${p.path}：${p.message}`),
    );
  }
  return catalog;
}
