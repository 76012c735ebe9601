/**
 * Run-time proof that the county-standards response schemas describe real outputs exactly: the
 * evaluator's and the planner's results pass unchanged through parse and through safeEncode (what the
 * fastify serializer does), nothing is stripped, a value missing a field is refused, and the OpenAPI
 * JSON Schema has a type for every field.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { loadRulePacks } from '../../app/standards/rule-pack.loader.ts';
import { evaluateCity, evaluateCounty } from '../../domain/standards/evaluate.ts';
import { planGapToPass } from '../../domain/standards/gap.ts';
import type {
  CountyEvaluation,
  CountyEvaluationInput,
  GapEffect,
  GapPlan,
  KindergartenInput,
  RulePackSet,
  SchoolSectionInput,
} from '../../domain/standards/standards.types.ts';
import {
  PACKS,
  allJudgements,
  baselineSchools,
  county,
  goodInputs,
  goodKindergartens,
  section,
  seeded,
} from '../../../test/support/standards.ts';
import {
  compulsoryBalancedPackResponseSchema,
  compulsoryEvaluationSchema,
  countyEvaluationSchema,
  gapEffectSchema,
  gapPlanItemSchema,
  gapPlanSchema,
  preschoolEvaluationSchema,
  preschoolUniversalPackResponseSchema,
  ruleResultSchema,
} from './standards.schema.ts';
import { emptySchemas, expectPassesUnchanged } from '../../../test/support/schema.ts';

/** The shipped rule packs, loaded from catalog/standards as the server does. */
const SHIPPED: RulePackSet = loadRulePacks();

// ---------------------------------------------------------------------------------------------
// County inputs exercising pass, fail, incomplete, notApplicable, exclusions and judgements

const cls = (grade: 'K1' | 'K2' | 'K3', sizes: number[]) => sizes.map((size) => ({ grade, size }));

function inputs(packs: RulePackSet): Record<string, CountyEvaluationInput> {
  const judgements = allJudgements(packs);
  const base = (schools: SchoolSectionInput[], overrides: Partial<CountyEvaluationInput> = {}) =>
    county(schools, { judgements, ...overrides });
  const nine = (sec: 'primary' | 'junior', students: number, classSizes: number[]): SchoolSectionInput =>
    section('N1', sec, students, { runningType: '312', schoolCompulsoryStudents: 2680, classSizes });
  const seededSchools = (): SchoolSectionInput[] => {
    const rnd = seeded(7);
    const between = (lo: number, hi: number) => lo + (hi - lo) * rnd();
    return Array.from({ length: 40 }, (_, i) => {
      const sec = i < 25 ? ('primary' as const) : ('junior' as const);
      const b = section(`R${i}`, sec, Math.round(between(200, 1500)));
      const f = () => between(0.6, 1.2);
      return {
        ...b,
        peArtsTeachers: Math.round(b.peArtsTeachers * f()),
        sportsAreaM2: Math.round(b.sportsAreaM2 * f()),
        equipmentValueYuan: Math.round(b.equipmentValueYuan * f()),
        multimediaRooms: Math.round(b.multimediaRooms * f()),
      };
    });
  };
  return {
    passing: base(baselineSchools()),
    cvFails: base([
      section('S1', 'primary', 1000),
      section('S2', 'primary', 100, { peArtsTeachers: 3 }),
      section('S3', 'primary', 100, { peArtsTeachers: 3 }),
      section('J1', 'junior', 800),
    ]),
    floorFails: base([
      section('S1', 'primary', 1000, { sportsAreaM2: 6000, multimediaRooms: 22 }),
      section('S2', 'primary', 1000),
      section('J1', 'junior', 800),
    ]),
    upgradeTeachers: base([
      section('P1', 'primary', 800),
      section('J1', 'junior', 1000, {
        teachers: 60,
        teachersAboveRequiredQualification: 40,
        backboneTeachers: 5,
        certifiedTeachers: 60,
        teachingAuxAreaM2: 5000,
      }),
      section('J2', 'junior', 1000, {
        teachers: 60,
        teachersAboveRequiredQualification: 55,
        certifiedTeachers: 60,
      }),
    ]),
    guarantee: base(
      [
        section('P1', 'primary', 800, {
          classSizes: [...Array<number>(18).fill(40), 52, 28],
          certifiedTeachers: 41,
        }),
        section('J1', 'junior', 800, { classSizes: [...Array<number>(13).fill(50), 101, 49] }),
      ],
      {
        inputs: {
          ...goodInputs(),
          rotationEligibleTeachers: 400,
          rotatedTeachers: 30,
          rotatedBackboneTeachers: 5,
          specialEducationFundingPerStudent: 5400,
        },
      },
    ),
    newCampus: base([
      nine('primary', 1480, Array<number>(37).fill(40)),
      nine('junior', 1200, Array<number>(24).fill(50)),
      section('P2', 'primary', 800),
      section('J2', 'junior', 800),
    ]),
    preschoolClasses: base(baselineSchools(), {
      kindergartens: goodKindergartens().map((k) =>
        k.institutionCode === 'KG-B'
          ? {
              ...k,
              classes: [...cls('K1', [28, 22]), ...cls('K2', [32, 28]), ...cls('K3', [45, 45])],
              teachers: 12,
              certifiedTeachers: 10,
            }
          : k,
      ),
      inputs: { ...goodInputs(), population3to5: 680 },
    }),
    preschoolPlaces: base(baselineSchools(), {
      kindergartens: (
        [
          ['A', '甲园', 'public', 200, 10],
          ['B', '乙园', 'private', 300, 15],
          ['C', '丙园', 'private', 250, 10],
          ['D', '丁园', 'private', 100, 5],
        ] as const
      ).map(([institutionCode, institutionName, ownership, children, teachers]): KindergartenInput => ({
        institutionCode,
        institutionName,
        ownership,
        children,
        classes: [{ grade: 'K2', size: 30 }],
        teachers,
        certifiedTeachers: teachers,
      })),
      inputs: { ...goodInputs(), population3to5: 1100 },
    }),
    // Special school (all rules), small teaching point and a section without students (resource
    // allocation only), a duplicated section and an unknown judgement item (warnings).
    exclusions: base(
      [
        ...baselineSchools(),
        section('SP1', 'primary', 120, { runningType: '514' }),
        section('TP1', 'primary', 30, { runningType: '218', classSizes: [15, 15] }),
        section('Z1', 'junior', 0, { classSizes: [], teachers: 0, certifiedTeachers: 0 }),
        section('P-BASE', 'primary', 800),
      ],
      { judgements: [...judgements, { ...judgements[0]!, itemId: 'XX-1' }] },
    ),
    // No junior school (section coverage incomplete, junior CVs notApplicable), no county inputs, no
    // kindergartens, no judgements.
    empty: base([section('P1', 'primary', 800)], {
      kindergartens: [],
      inputs: {
        population3to5: null,
        rotationEligibleTeachers: null,
        rotatedTeachers: null,
        rotatedBackboneTeachers: null,
        specialEducationFundingPerStudent: null,
      },
      judgements: [],
    }),
    // Judgements: a veto not met, a score below the minimum, a scored item without score, one missing.
    judged: base(baselineSchools(), {
      judgements: judgements
        .filter((j) => j.itemId !== 'CB-G08')
        .map((j) =>
          j.itemId === 'CB-V01'
            ? { ...j, met: false }
            : j.itemId === 'CB-S01'
              ? { ...j, score: 0.84 }
              : j.itemId === 'PU-Q05'
                ? { ...j, met: false, score: undefined }
                : j,
        ),
    }),
    scoreMissing: base(baselineSchools(), {
      judgements: judgements.map((j) => (j.itemId === 'CB-S01' ? { ...j, score: null } : j)),
    }),
    zeroTeachersKg: base(baselineSchools(), {
      kindergartens: [{ ...goodKindergartens()[0]!, teachers: 0, certifiedTeachers: 0 }],
      inputs: { ...goodInputs(), population3to5: 0, rotationEligibleTeachers: 0 },
    }),
    seeded: base(seededSchools(), {
      inputs: { ...goodInputs(), rotatedTeachers: 6, specialEducationFundingPerStudent: 5000 },
    }),
  };
}

// ---------------------------------------------------------------------------------------------

describe('rule pack response schemas', () => {
  it('pass the shipped rule packs unchanged', () => {
    expectPassesUnchanged(compulsoryBalancedPackResponseSchema, SHIPPED.compulsoryBalanced);
    expectPassesUnchanged(preschoolUniversalPackResponseSchema, SHIPPED.preschoolUniversal);
    expectPassesUnchanged(compulsoryBalancedPackResponseSchema, PACKS.compulsoryBalanced);
    expectPassesUnchanged(preschoolUniversalPackResponseSchema, PACKS.preschoolUniversal);
    // The route's body: packs: [compulsoryBalanced, preschoolUniversal].
    expectPassesUnchanged(
      z.object({
        packs: z.tuple([compulsoryBalancedPackResponseSchema, preschoolUniversalPackResponseSchema]),
      }),
      { packs: [SHIPPED.compulsoryBalanced, SHIPPED.preschoolUniversal] },
    );
  });

  it('refuse a pack missing a field or with an unknown unit-cost action', () => {
    const { emptySection: _, ...cv } = SHIPPED.compulsoryBalanced.cv;
    expect(
      compulsoryBalancedPackResponseSchema.safeParse({ ...SHIPPED.compulsoryBalanced, cv }).success,
    ).toBe(false);
    const { title: _t, ...noTitle } = SHIPPED.preschoolUniversal;
    expect(preschoolUniversalPackResponseSchema.safeParse(noTitle).success).toBe(false);
    const badCost = {
      ...SHIPPED.preschoolUniversal,
      planning: { unitCosts: { buildPalace: 1 } },
    };
    expect(preschoolUniversalPackResponseSchema.safeParse(badCost).success).toBe(false);
  });
});

describe('CountyEvaluation and GapPlan schemas: real outputs pass unchanged', () => {
  for (const [packsName, packs] of [
    ['shipped (loadRulePacks)', SHIPPED],
    ['test fixture', PACKS],
  ] as const) {
    describe(`with the ${packsName} rule packs`, () => {
      const cases = inputs(packs);
      const evaluations = Object.fromEntries(
        Object.entries(cases).map(([name, input]) => [name, evaluateCounty(packs, input)]),
      );
      const plans = Object.fromEntries(
        Object.entries(cases).map(([name, input]) => [name, planGapToPass(packs, input)]),
      );

      for (const name of Object.keys(cases)) {
        it(`${name}: the evaluation and the gap plan`, () => {
          const evaluation = evaluations[name]!;
          expectPassesUnchanged(countyEvaluationSchema, evaluation);
          expectPassesUnchanged(compulsoryEvaluationSchema, evaluation.compulsoryBalanced);
          expectPassesUnchanged(preschoolEvaluationSchema, evaluation.preschoolUniversal);
          const plan = plans[name]!;
          expectPassesUnchanged(gapPlanSchema, plan);
          for (const item of plan.items) expectPassesUnchanged(gapPlanItemSchema, item);
        });
      }

      it('cover every verdict, rule kind, exclusion and gap effect', () => {
        const all = Object.values(evaluations);
        const rules = all.flatMap((e) => [...e.compulsoryBalanced.rules, ...e.preschoolUniversal.rules]);
        expect(new Set(all.map((e) => e.countyStandardsVerdict))).toEqual(
          new Set(['pass', 'fail', 'incomplete']),
        );
        expect(new Set(rules.map((r) => r.verdict))).toEqual(
          new Set(['pass', 'fail', 'incomplete', 'notApplicable']),
        );
        expect(new Set(rules.map((r) => r.kind))).toEqual(
          new Set(['sectionCoverage', 'schoolIndicators', 'cv', 'guarantee', 'preschool', 'judgement']),
        );
        expect(rules.some((r) => r.judgement === null)).toBe(true);
        expect(rules.some((r) => r.judgement?.score === null)).toBe(true);
        expect(rules.some((r) => r.judgement?.score === undefined && r.judgement !== null)).toBe(true);
        expect(rules.some((r) => r.checks.length > 0)).toBe(true);
        expect(rules.some((r) => r.details.some((d) => d.inputs !== undefined))).toBe(true);
        const schools = all.flatMap((e) => e.compulsoryBalanced.schools);
        expect(new Set(schools.map((s) => s.verdict))).toEqual(new Set(['pass', 'fail', 'excluded']));
        expect(new Set(schools.map((s) => s.exclusion?.scope ?? null))).toEqual(
          new Set([null, 'all', 'resourceAllocation']),
        );
        expect(all.some((e) => e.warnings.length > 0)).toBe(true);
        expect(all.some((e) => e.compulsoryBalanced.sections.junior.compositeCv === null)).toBe(true);

        const kinds = new Set(Object.values(plans).flatMap((p) => p.items.map((i) => i.effect.kind)));
        const every: GapEffect['kind'][] = [
          'sectionDelta',
          'splitClasses',
          'splitCampus',
          'countyDelta',
          'kindergartenDelta',
          'kindergartenOwnership',
          'kindergartenSplitClasses',
          'newKindergarten',
        ];
        expect(kinds).toEqual(new Set(every));
        const allPlans = Object.values(plans);
        expect(allPlans.some((p) => p.judgementsNeeded.length > 0)).toBe(true);
        expect(allPlans.some((p) => p.missingInputs.length > 0)).toBe(true);
        expect(allPlans.some((p) => p.unresolved.length > 0)).toBe(true);
        expect(allPlans.some((p) => p.totalCost !== null)).toBe(true);
      });
    });
  }

  it('a plan with configured unit costs (cost and totalCost set)', () => {
    const input = inputs(SHIPPED).upgradeTeachers!;
    const plan = planGapToPass(SHIPPED, input, {
      upgradeQualification: 20_000,
      hireQualifiedTeacher: 10_000,
      addTeachingAuxArea: 3_000,
      recogniseBackbone: null,
    });
    expect(plan.totalCost).not.toBeNull();
    expectPassesUnchanged(gapPlanSchema, plan);
  });

  it('a section-coverage rule notApplicable by the pack', () => {
    const packs: RulePackSet = {
      ...SHIPPED,
      compulsoryBalanced: {
        ...SHIPPED.compulsoryBalanced,
        cv: { ...SHIPPED.compulsoryBalanced.cv, emptySection: 'notApplicable' },
      },
    };
    const e = evaluateCounty(packs, inputs(packs).empty!);
    expect(e.compulsoryBalanced.rules.find((r) => r.ruleId === 'CB-SEC-junior')?.verdict).toBe(
      'notApplicable',
    );
    expectPassesUnchanged(countyEvaluationSchema, e);
    expectPassesUnchanged(gapPlanSchema, planGapToPass(packs, inputs(packs).empty!));
  });

  it('every county of evaluateCity, and T4 is finite or null', () => {
    const city = evaluateCity(SHIPPED, Object.values(inputs(SHIPPED)));
    expect(city.counties.length).toBeGreaterThan(5);
    for (const c of city.counties) expectPassesUnchanged(countyEvaluationSchema, c);
    expect(Number.isFinite(city.t4.share)).toBe(true);
    expect(evaluateCity(SHIPPED, []).t4.share).toBeNull();
  });
});

describe('the schemas are not loose', () => {
  const evaluation: CountyEvaluation = evaluateCounty(SHIPPED, inputs(SHIPPED).guarantee!);
  const plan: GapPlan = planGapToPass(SHIPPED, inputs(SHIPPED).guarantee!);
  const copy = <T>(v: T): T => structuredClone(v);

  it('refuse an evaluation missing a field, at the top or deep inside', () => {
    const top = copy(evaluation) as Partial<CountyEvaluation>;
    delete top.countyStandardsVerdict;
    expect(countyEvaluationSchema.safeParse(top).success).toBe(false);
    expect(z.safeEncode(countyEvaluationSchema, top as CountyEvaluation).success).toBe(false);

    const deep = copy(evaluation);
    delete (deep.compulsoryBalanced.rules[0] as Partial<(typeof deep.compulsoryBalanced.rules)[0]>)
      .explanation;
    expect(countyEvaluationSchema.safeParse(deep).success).toBe(false);

    const sections = copy(evaluation);
    delete (sections.compulsoryBalanced.sections as Partial<typeof sections.compulsoryBalanced.sections>)
      .junior;
    expect(countyEvaluationSchema.safeParse(sections).success).toBe(false);

    const counts = copy(evaluation);
    delete (counts.preschoolUniversal.counts as Partial<typeof counts.preschoolUniversal.counts>)
      .notApplicable;
    expect(countyEvaluationSchema.safeParse(counts).success).toBe(false);

    const nullable = copy(evaluation);
    delete (
      nullable.compulsoryBalanced.schools[0] as Partial<(typeof nullable.compulsoryBalanced.schools)[0]>
    ).exclusion;
    expect(countyEvaluationSchema.safeParse(nullable).success).toBe(false);
  });

  it('refuse wrong enum values and non-finite numbers (the serializer would answer 500)', () => {
    expect(countyEvaluationSchema.safeParse({ ...evaluation, countyStandardsVerdict: 'maybe' }).success).toBe(
      false,
    );
    const rule = evaluation.compulsoryBalanced.rules[0]!;
    expect(ruleResultSchema.safeParse({ ...rule, verdict: 'excluded' }).success).toBe(false);
    expect(z.safeEncode(ruleResultSchema, { ...rule, value: Number.NaN }).success).toBe(false);
    expect(z.safeEncode(ruleResultSchema, { ...rule, value: Infinity }).success).toBe(false);
  });

  it('refuse a plan missing a field, and effects of the wrong shape', () => {
    const missing = copy(plan);
    delete (missing.items[0] as Partial<(typeof missing.items)[0]>).unitCost;
    expect(gapPlanSchema.safeParse(missing).success).toBe(false);
    const before = copy(plan) as Partial<GapPlan>;
    delete before.before;
    expect(gapPlanSchema.safeParse(before).success).toBe(false);
    const verdicts = copy(plan);
    delete (verdicts.after as Partial<GapPlan['after']>).preschoolUniversal;
    expect(gapPlanSchema.safeParse(verdicts).success).toBe(false);
    expect(gapEffectSchema.safeParse({ kind: 'countyDelta' }).success).toBe(false);
    expect(gapEffectSchema.safeParse({ kind: 'teleport', changes: {} }).success).toBe(false);
    expect(
      gapEffectSchema.safeParse({
        kind: 'sectionDelta',
        institutionCode: 'X',
        section: 'primary',
        changes: { x: 1 },
      }).success,
    ).toBe(false);
  });

  it('a field the schema lacked would be stripped, which expectPassesUnchanged detects', () => {
    const extra = { ...evaluation, unknownField: 1 };
    const parsed = countyEvaluationSchema.parse(extra);
    expect('unknownField' in parsed).toBe(false);
    expect(() => expectPassesUnchanged(countyEvaluationSchema, extra)).toThrow();
  });
});

// ---------------------------------------------------------------------------------------------
// JSON Schema (OpenAPI)

type Json = Record<string, unknown>;

describe('OpenAPI JSON Schema of the response schemas', () => {
  const options = { io: 'output', target: 'openapi-3.0', unrepresentable: 'any' } as const;

  it('CountyEvaluation: every field typed, no {} schema', () => {
    const doc = z.toJSONSchema(countyEvaluationSchema, options) as Json;
    expect(emptySchemas(doc)).toEqual([]);
    const defs = doc.definitions as Record<string, Json>;
    expect(Object.keys(defs)).toEqual(
      expect.arrayContaining([
        'CountyEvaluation',
        'CompulsoryEvaluation',
        'PreschoolEvaluation',
        'RuleResult',
        'RuleDetail',
        'RuleCheck',
        'RuleSource',
        'Judgement',
        'SchoolSectionResult',
        'IndicatorValue',
        'CvResult',
        'SectionSummary',
      ]),
    );
    const props = (id: string) => defs[id]!.properties as Record<string, Json>;
    expect(props('CountyEvaluation').year).toMatchObject({ type: 'integer' });
    expect(props('CountyEvaluation').countyStandardsVerdict).toMatchObject({
      type: 'string',
      enum: ['pass', 'fail', 'incomplete'],
    });
    expect(props('CountyEvaluation').compulsoryBalanced).toEqual({
      $ref: '#/definitions/CompulsoryEvaluation',
    });
    expect(props('RuleResult').value).toMatchObject({ type: 'number', nullable: true });
    expect(props('RuleResult').inputs).toMatchObject({
      type: 'object',
      additionalProperties: { type: 'number', nullable: true },
    });
    expect(props('RuleResult').judgement).toMatchObject({
      nullable: true,
      allOf: [{ $ref: '#/definitions/Judgement' }],
    });
    expect(defs.RuleResult!.required).not.toContain('judgement');
    expect(defs.RuleResult!.required).toContain('source');
    // Every key named (the document and the generated web types know primary and junior).
    expect(props('CompulsoryEvaluation').sections).toMatchObject({
      type: 'object',
      required: ['primary', 'junior'],
      properties: {
        primary: { $ref: '#/definitions/SectionSummary' },
        junior: { $ref: '#/definitions/SectionSummary' },
      },
      additionalProperties: false,
    });
    expect(props('SchoolSectionResult').exclusion).toMatchObject({ type: 'object', nullable: true });
    expect(props('RuleSource').tag).toMatchObject({ enum: ['P', 'S', 'R'] });
    expect(props('Judgement').score).toMatchObject({ type: 'number', nullable: true });
    expect(defs.CountyEvaluation!.additionalProperties).toBe(false);
  });

  it('GapPlan: every field typed, GapEffect a oneOf of its eight kinds', () => {
    const doc = z.toJSONSchema(gapPlanSchema, options) as Json;
    expect(emptySchemas(doc)).toEqual([]);
    const defs = doc.definitions as Record<string, Json>;
    expect(Object.keys(defs)).toEqual(
      expect.arrayContaining(['GapPlan', 'GapPlanItem', 'GapEffect', 'KindergartenInput']),
    );
    const effect = defs.GapEffect!.oneOf as Json[];
    expect(effect.map((b) => ((b.properties as Record<string, Json>).kind!.enum as string[])[0])).toEqual([
      'sectionDelta',
      'splitClasses',
      'splitCampus',
      'countyDelta',
      'kindergartenDelta',
      'kindergartenOwnership',
      'kindergartenSplitClasses',
      'newKindergarten',
    ]);
    const plan = defs.GapPlan!.properties as Record<string, Json>;
    expect(plan.totalCost).toMatchObject({ type: 'integer', nullable: true });
    expect(plan.before).toMatchObject({ required: ['compulsoryBalanced', 'preschoolUniversal'] });
  });

  it('rule packs: every field typed, no {} schema', () => {
    for (const schema of [compulsoryBalancedPackResponseSchema, preschoolUniversalPackResponseSchema]) {
      const doc = z.toJSONSchema(schema, options) as Json;
      expect(emptySchemas(doc)).toEqual([]);
    }
    const doc = z.toJSONSchema(compulsoryBalancedPackResponseSchema, options) as Json;
    const pack = (doc.definitions as Record<string, Json>).CompulsoryBalancedPack!;
    const planning = (pack.properties as Record<string, Json>).planning!;
    // Every action named, none required, no other key.
    const unitCosts = (planning.properties as Record<string, Json>).unitCosts!;
    expect(unitCosts).toMatchObject({ type: 'object', additionalProperties: false });
    expect((unitCosts.properties as Record<string, Json>).splitClass).toMatchObject({
      type: 'number',
      nullable: true,
    });
    expect(unitCosts.required ?? []).toEqual([]);
  });

  it('the fastify components document has the named components, with no {} schema', () => {
    const doc = jsonSchemaTransformObject({
      openapiObject: { openapi: '3.0.3', info: { title: 't', version: '1' }, paths: {} },
    } as never) as { components: { schemas: Record<string, Json> } };
    const schemas = doc.components.schemas;
    for (const id of [
      'CompulsoryBalancedPack',
      'PreschoolUniversalPack',
      'CountyEvaluation',
      'GapPlan',
      'GapPlanItem',
      'GapEffect',
    ])
      expect(schemas[id], id).toBeDefined();
    expect(emptySchemas({ properties: schemas })).toEqual([]);
  });
});
