/**
 * The catalog response schemas against the shipped catalog (catalog/collection): it passes
 * unchanged, through parse and through encode (what the fastify serializer runs), nothing is
 * stripped, and a value missing a required field is refused, so the schemas are not loose.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadCollectionCatalog } from '../../app/collection/catalog.loader.ts';
import {
  categorySchema,
  collectionCatalogSchema,
  collectionPeriodSchema,
  dataElementSchema,
  formDefinitionSchema,
  validationRuleSchema,
} from './catalog.schema.ts';
import { expectPassesUnchanged, without } from '../../../test/support/schema.ts';

const catalog = loadCollectionCatalog();

describe('collection catalog response schemas', () => {
  it('pass the shipped catalog unchanged', () => {
    expectPassesUnchanged(collectionCatalogSchema, catalog);
  });

  it('pass each item of the shipped catalog unchanged', () => {
    for (const c of catalog.categories) expectPassesUnchanged(categorySchema, c);
    for (const e of catalog.elements) expectPassesUnchanged(dataElementSchema, e);
    for (const f of catalog.forms) expectPassesUnchanged(formDefinitionSchema, f);
    for (const r of catalog.rules) expectPassesUnchanged(validationRuleSchema, r);
    for (const p of catalog.periods) expectPassesUnchanged(collectionPeriodSchema, p);
  });

  it('cover every kind of validation rule with the shipped catalog', () => {
    // Every variant of the schema's union, so that the test above passes each of them.
    const kinds = validationRuleSchema.options.map((o) => o.shape.kind.value);
    expect(kinds).toHaveLength(6);
    expect(new Set(catalog.rules.map((r) => r.kind))).toEqual(new Set(kinds));
  });

  it('keep the optional fields of a data element when present', () => {
    const withOptional = catalog.elements.find((e) => e.description !== undefined && e.feeds !== undefined);
    expect(withOptional).toBeDefined();
    expectPassesUnchanged(dataElementSchema, withOptional);
    const bare = without(without(withOptional!, 'description'), 'feeds');
    expectPassesUnchanged(dataElementSchema, bare);
  });

  it('refuse a value with a required field removed', () => {
    const [form] = catalog.forms;
    const [element] = catalog.elements;
    const [period] = catalog.periods;
    const capacity = catalog.rules.find((r) => r.kind === 'capacity')!;
    const refused: Array<[z.ZodType, unknown]> = [
      [collectionCatalogSchema, without(catalog, 'periods')],
      [formDefinitionSchema, without(form!, 'version')],
      [formDefinitionSchema, { ...form!, sections: [without(form!.sections[0]!, 'elements')] }],
      [dataElementSchema, without(element!, 'unit')],
      [validationRuleSchema, without(capacity, 'perClass')],
      [validationRuleSchema, without(capacity, 'kind')],
      [validationRuleSchema, { ...capacity, kind: 'unknownKind' }],
      [collectionPeriodSchema, without(period!, 'closeAt')],
      [categorySchema, { ...catalog.categories[0]!, code: 'school' }],
    ];
    for (const [schema, value] of refused) {
      expect(schema.safeParse(value).success).toBe(false);
      expect(schema.safeEncode(value as never).success).toBe(false);
    }
  });

  it('refuse a catalog whose nested item lacks a field', () => {
    const broken = {
      ...catalog,
      elements: [without(catalog.elements[0]!, 'max'), ...catalog.elements.slice(1)],
    };
    expect(collectionCatalogSchema.safeParse(broken).success).toBe(false);
  });

  it('are representable in the OpenAPI 3.0 document, with their component names', () => {
    const doc = z.toJSONSchema(z.object({ catalog: collectionCatalogSchema }), {
      target: 'openapi-3.0',
      io: 'output',
    });
    expect(Object.keys(doc.definitions ?? {}).sort()).toEqual(
      [
        'CapacityRule',
        'Category',
        'CategoryCode',
        'CategoryOption',
        'ChangeFromPreviousRule',
        'ClassSizeAtLeastRule',
        'CollectionCatalog',
        'CollectionPeriod',
        'DataElement',
        'ElementType',
        'FormDefinition',
        'FormSection',
        'ListSumEqualsRule',
        'NotGreaterRule',
        'PerStudentOutlierRule',
        'ValidationRule',
      ].sort(),
    );
    // No part became an empty (anything goes) schema.
    expect(JSON.stringify(doc)).not.toContain('{}');
  });
});
