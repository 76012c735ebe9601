/**
 * Completion rules in the plan file: Jining's nine milestones load with their rules, and a rule
 * naming an unknown kind, attribute, attribute value, population, figure or township fact is
 * refused with a Chinese message naming the path inside the file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadPlan, parsePlan, PLAN_FILE } from '../plan/plan.loader.ts';

const raw = () => parse(readFileSync(PLAN_FILE, 'utf8')) as { milestones: Array<Record<string, unknown>> };

/** The plan with milestone `index`'s completion replaced; the message of its refusal. */
function refusal(index: number, completion: unknown): string {
  const doc = raw();
  doc.milestones[index]!.completion = completion;
  try {
    parsePlan(stringify(doc), 'plan.yaml');
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('accepted');
}

describe('completion rules of the plan file', () => {
  it("gives each of Jining's nine milestones a rule", () => {
    const kinds = loadPlan().milestones.map((m) => [m.id, m.completion.kind]);
    expect(kinds).toEqual([
      ['m03-town-village-integration', 'townshipFact'],
      ['m07-strong-township-pilot-coverage', 'townshipFact'],
      ['m07-township-seat-schools-class-ii', 'everyInstitution'],
      ['m08-quality-balanced-county-coverage', 'countyVerdict'],
      ['m13-special-school-county-coverage', 'countyInstitution'],
      ['m13-township-resource-centre-coverage', 'townshipInstitution'],
      ['m14-special-school-quality-standard', 'everyInstitution'],
      ['m14-fifteen-year-special-education', 'everyInstitution'],
      ['m15-special-education-funding-9000', 'countyFigure'],
    ]);
  });

  it('refuses an unknown rule kind', () => {
    expect(refusal(0, { kind: 'magic' })).toContain(
      'milestones[0].completion.kind：完成规则类型 kind 应为 countyInstitution、townshipInstitution、everyInstitution、countyFigure、townshipFact、countyVerdict、reported 之一，实际为“magic”',
    );
  });

  it('refuses an unknown attribute and a value outside its domain', () => {
    const unknown = refusal(5, {
      kind: 'townshipInstitution',
      runningTypes: ['211'],
      attributes: { resourceCenter: [true] },
      townships: 'all',
    });
    expect(unknown).toContain(
      'milestones[5].completion.attributes.resourceCenter：未知的学校属性“resourceCenter”',
    );
    const value = refusal(2, {
      kind: 'everyInstitution',
      runningTypes: ['211'],
      attributes: { conditionsClass: ['classIII'] },
      townships: 'towns',
    });
    expect(value).toContain(
      'milestones[2].completion.attributes.conditionsClass[0]：属性 conditionsClass 的取值应为 classI、classII、belowClassII 之一，实际为“classIII”',
    );
  });

  it('refuses an unknown population, figure and township fact', () => {
    expect(
      refusal(4, {
        kind: 'countyInstitution',
        runningTypes: ['513'],
        population: { name: 'households', atLeast10k: 20 },
      }),
    ).toContain('milestones[4].completion.population.name：未知的人口口径“households”，应为 residents 之一');
    expect(refusal(8, { kind: 'countyFigure', figure: 'fundingPerPupil', atLeast: 9000 })).toContain(
      'milestones[8].completion.figure：未知的县级数据项“fundingPerPupil”',
    );
    expect(refusal(0, { kind: 'townshipFact', fact: 'integration', townships: 'towns' })).toContain(
      'milestones[0].completion.fact：未知的乡镇事项“integration”',
    );
    expect(
      refusal(0, { kind: 'townshipFact', fact: 'townVillageIntegration', townships: 'towns', extra: 1 }),
    ).toContain('milestones[0].completion');
  });

  it('reads a milestone without a rule as reported by the county', () => {
    const doc = raw();
    delete doc.milestones[0]!.completion;
    expect(parsePlan(stringify(doc), 'plan.yaml').milestones[0]!.completion.kind).toBe('reported');
  });
});
