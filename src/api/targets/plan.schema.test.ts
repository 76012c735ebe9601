/**
 * The plan response schema against the shipped plan (plans/jining-2024.yaml): it passes unchanged,
 * through parse and through encode (what the fastify serializer runs), nothing is stripped, and a
 * value missing a required field is refused, so the schema is not loose.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadPlan } from '../../app/plan/plan.loader.ts';
import type { Plan } from '../../domain/plan/plan.types.ts';
import {
  indicatorDefinitionSchema,
  milestoneSchema,
  planResponseSchema,
  targetDefinitionSchema,
  taskDefinitionSchema,
} from './plan.schema.ts';
import { expectPassesUnchanged, without } from '../../../test/support/schema.ts';

const plan = loadPlan();

describe('plan response schema', () => {
  it('passes the shipped plan unchanged', () => {
    expectPassesUnchanged(planResponseSchema, plan);
  });

  it('passes each target, milestone and task unchanged', () => {
    for (const t of plan.targets) expectPassesUnchanged(targetDefinitionSchema, t);
    for (const m of plan.milestones) expectPassesUnchanged(milestoneSchema, m);
    for (const t of plan.tasks) expectPassesUnchanged(taskDefinitionSchema, t);
  });

  it('passes every kind of indicator, with and without its optional fields', () => {
    const kinds = new Set(plan.targets.map((t) => t.indicator.kind));
    expect(kinds).toEqual(new Set(['share', 'countyStandards']));
    // The shipped plan has no notYetComputed indicator: a plan that had one.
    const withPending: Plan = {
      ...plan,
      targets: plan.targets.map((t) =>
        t.indicator.kind === 'countyStandards'
          ? { ...t, indicator: { kind: 'notYetComputed', reason: '县域创建标准评估模块尚未建成' } }
          : t,
      ),
    };
    expectPassesUnchanged(planResponseSchema, withPending);
    const shares = plan.targets.flatMap((t) => (t.indicator.kind === 'share' ? [t.indicator] : []));
    expect(shares.some((s) => s.numerator.ownerships !== undefined)).toBe(true);
    expect(shares.some((s) => s.numerator.attribute !== undefined && s.numerator.values !== undefined)).toBe(
      true,
    );
    expectPassesUnchanged(indicatorDefinitionSchema, {
      ...shares[0]!,
      population: { runningTypes: ['111'], ownerships: ['public', 'inclusivePrivate'] },
    });
  });

  it('refuses a value with a required field removed', () => {
    const [target] = plan.targets;
    const share = plan.targets.flatMap((t) => (t.indicator.kind === 'share' ? [t.indicator] : []))[0]!;
    const refused: Array<[z.ZodType, unknown]> = [
      [planResponseSchema, without(plan, 'statusRules')],
      [planResponseSchema, { ...plan, statusRules: without(plan.statusRules, 'lagMaxGap') }],
      [planResponseSchema, { ...plan, targets: [without(target!, 'indicator'), ...plan.targets.slice(1)] }],
      [targetDefinitionSchema, without(target!, 'baselineYear')],
      [targetDefinitionSchema, { ...target!, id: 'T8' }],
      [indicatorDefinitionSchema, without(share, 'weight')],
      [indicatorDefinitionSchema, { kind: 'notYetComputed' }],
      [indicatorDefinitionSchema, { kind: 'average' }],
      [indicatorDefinitionSchema, { ...share, population: { runningTypes: ['999'] } }],
      [milestoneSchema, without(plan.milestones[0]!, 'deadline')],
      [taskDefinitionSchema, without(plan.tasks[0]!, 'action')],
    ];
    for (const [schema, value] of refused) {
      expect(schema.safeParse(value).success).toBe(false);
      expect(schema.safeEncode(value as never).success).toBe(false);
    }
  });

  it('is representable in the OpenAPI 3.0 document, with its component names', () => {
    const doc = z.toJSONSchema(z.object({ plan: planResponseSchema }), {
      target: 'openapi-3.0',
      io: 'output',
    });
    expect(Object.keys(doc.definitions ?? {}).sort()).toEqual(
      [
        'AttributeCondition',
        'AttributeName',
        'CompletionRule',
        'CountyStandardsIndicator',
        'IndicatorDefinition',
        'Milestone',
        'NotYetComputedIndicator',
        'Ownership',
        'Plan',
        'PlanPeriod',
        'PopulationFilter',
        'RunningType',
        'ShareIndicator',
        'StatusRules',
        'TargetDefinition',
        'TargetId',
        'TaskDefinition',
        'TownshipFactName',
      ].sort(),
    );
    // No part became an empty (anything goes) schema.
    expect(JSON.stringify(doc)).not.toContain('{}');
  });
});
