/**
 * The registry response schemas against real data: the attribute records and autumn statistics of
 * the Jining demo dataset (generated in memory, as the demo database holds them) and the shipped
 * county boundaries (data/jining-counties.geojson). Each passes unchanged, through parse and
 * through encode (what the fastify serializer runs), nothing is stripped, and a value missing a
 * required field is refused, so the schemas are not loose.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { generateJiningDemo } from '../../app/demo/demo.service.ts';
import { COUNTY_GEOJSON_FILE, loadRegistryConfig } from '../../app/registry/registry-config.loader.ts';
import type { AttributeName } from '../../domain/registry/registry.types.ts';
import {
  attributeNameSchema,
  attributeRecordSchema,
  countyBoundariesSchema,
  countyFeatureSchema,
  gradeEnrolmentSchema,
  institutionAttributesSchema,
  institutionYearStatisticsSchema,
  stageResourcesSchema,
  storedAttributeRecordSchema,
} from './registry.schema.ts';
import { expectPassesUnchanged, without, expectRefused } from '../../../test/support/schema.ts';

const demo = generateJiningDemo(loadRegistryConfig());
const geojson: unknown = JSON.parse(readFileSync(COUNTY_GEOJSON_FILE, 'utf8'));

describe('attribute record schemas', () => {
  it('pass every attribute record of the demo dataset unchanged', () => {
    expect(demo.attributes.length).toBeGreaterThan(0);
    expectPassesUnchanged(z.array(attributeRecordSchema), demo.attributes);
  });

  it('pass them with their row id, as GET /institutions/:code sends the history', () => {
    const stored = demo.attributes.map((r, i) => ({ id: i + 1, ...r }));
    expectPassesUnchanged(z.array(storedAttributeRecordSchema), stored);
    expect(storedAttributeRecordSchema.safeParse(demo.attributes[0]).success).toBe(false);
  });

  it('cover the attributes the demo records (and keep a note when there is one)', () => {
    const names = new Set(demo.attributes.map((r) => r.name));
    expect(names.size).toBeGreaterThan(1);
    for (const n of names) expect(attributeNameSchema.options).toContain(n);
    const record = demo.attributes[0]!;
    expectPassesUnchanged(attributeRecordSchema, { ...record, note: '更正：按县级复核结果' });
  });

  it('pass one record of every attribute, each with a value of its own type', () => {
    const values: { [N in AttributeName]: unknown } = {
      ownership: 'public',
      kgClass: 'class1',
      strongSchoolProgramme: true,
      highSchoolEvaluationCompleted: false,
      featuredHighSchool: 'city',
      subjectBases: [{ level: 'provincial', subject: '物理' }],
      specialEdEvaluation: 'notEvaluated',
      resourceCentre: true,
      preschoolDepartment: false,
      vocationalDepartment: true,
      townshipSeat: true,
      conditionsClass: 'classII',
    };
    const base = {
      institutionCode: 'A000000001',
      effectiveFromYear: 2024,
      recordedAt: '2024-10-01T00:00:00.000Z',
    };
    for (const [name, value] of Object.entries(values)) {
      expectPassesUnchanged(attributeRecordSchema, { ...base, name, value });
    }
    expectPassesUnchanged(institutionAttributesSchema, values);
  });

  it('refuse a record missing a field, or whose value is not of its attribute', () => {
    const record = demo.attributes.find((r) => r.name === 'kgClass') ?? demo.attributes[0]!;
    expectRefused([
      [attributeRecordSchema, without(record, 'effectiveFromYear')],
      [attributeRecordSchema, without(record, 'institutionCode')],
      [attributeRecordSchema, without(record, 'value')],
      [attributeRecordSchema, { ...record, name: 'colour' }],
      [attributeRecordSchema, { ...record, name: 'kgClass', value: true }],
      [attributeRecordSchema, { ...record, name: 'strongSchoolProgramme', value: 'class1' }],
      [attributeRecordSchema, { ...record, name: 'subjectBases', value: [{ level: 'provincial' }] }],
    ]);
  });
});

describe('institution year statistics schema', () => {
  it('passes every statistics entry of the demo dataset unchanged', () => {
    expect(demo.statistics.length).toBeGreaterThan(0);
    expectPassesUnchanged(z.array(institutionYearStatisticsSchema), demo.statistics);
  });

  it('meets every stage and a school with several stages', () => {
    const stages = new Set(demo.statistics.flatMap((s) => Object.keys(s.stages)));
    expect(stages).toEqual(new Set(['preschool', 'primary', 'junior', 'senior', 'special']));
    expect(demo.statistics.some((s) => Object.keys(s.stages).length > 1)).toBe(true);
  });

  it('refuses an entry missing a field, or with an unknown grade or stage', () => {
    const s = demo.statistics.find((x) => x.grades.length > 0 && Object.keys(x.stages).length > 0)!;
    const [stage, resources] = Object.entries(s.stages)[0]!;
    const grade = s.grades[0]!;
    expectRefused([
      [institutionYearStatisticsSchema, without(s, 'stages')],
      [institutionYearStatisticsSchema, without(s, 'institutionCode')],
      [institutionYearStatisticsSchema, { ...s, grades: [without(grade, 'classSizes')] }],
      [institutionYearStatisticsSchema, { ...s, grades: [{ ...grade, grade: 'X9' }] }],
      [institutionYearStatisticsSchema, { ...s, stages: { [stage]: without(resources, 'teachers') } }],
      [institutionYearStatisticsSchema, { ...s, stages: { ...s.stages, college: resources } }],
      [gradeEnrolmentSchema, without(grade, 'female')],
      [stageResourcesSchema, without(resources, 'multimediaRooms')],
    ]);
  });
});

describe('county boundaries schema', () => {
  it('accepts the shipped GeoJSON file unchanged', () => {
    expectPassesUnchanged(countyBoundariesSchema, geojson);
    expect(countyBoundariesSchema.parse(geojson).features).toHaveLength(11);
  });

  it('refuses a feature missing a field, or of another geometry', () => {
    const fc = countyBoundariesSchema.parse(geojson);
    const f = fc.features[0]!;
    const { coordinates } = f.geometry;
    expectRefused([
      [countyBoundariesSchema, without(fc, 'features')],
      [countyBoundariesSchema, { ...fc, type: 'Feature' }],
      [countyFeatureSchema, without(f, 'geometry')],
      [countyFeatureSchema, { ...f, properties: without(f.properties, 'adcode') }],
      [countyFeatureSchema, { ...f, properties: without(f.properties, 'centroid') }],
      [countyFeatureSchema, { ...f, geometry: { type: 'Polygon', coordinates: coordinates[0] } }],
      [countyFeatureSchema, { ...f, geometry: { type: 'MultiPolygon', coordinates: [[[[116.5]]]] } }],
    ]);
  });
});

describe('registry schemas in the OpenAPI 3.0 document', () => {
  it('are representable, with their component names', () => {
    const doc = z.toJSONSchema(
      z.object({
        history: z.array(storedAttributeRecordSchema),
        records: z.array(attributeRecordSchema),
        attributes: institutionAttributesSchema,
        statistics: z.array(institutionYearStatisticsSchema),
        geo: countyBoundariesSchema,
      }),
      { target: 'openapi-3.0', io: 'output' },
    );
    expect(Object.keys(doc.definitions ?? {})).toEqual(
      expect.arrayContaining([
        'StoredAttributeRecord',
        'AttributeRecord',
        'InstitutionAttributes',
        'InstitutionYearStatistics',
        'GradeEnrolment',
        'GradeCode',
        'StageResources',
        'CountyBoundaries',
        'CountyFeature',
        'CountyFeatureProperties',
      ]),
    );
    // No part became an empty (anything goes) schema.
    expect(JSON.stringify(doc)).not.toContain('{}');
  });
});
