/**
 * Measures for the progress-report tests: a county's work plan saved, submitted and approved through
 * the delivery area's use cases (as the command-line operator), so that its measures are the
 * approved ones reports attach to.
 */
import type { AppContext } from '../../src/app/app.context.ts';
import type { Caller } from '../../src/app/access/caller.ts';
import type { Measure, MeasureDraft } from '../../src/domain/delivery/delivery.types.ts';

export const OPERATOR: Caller = {
  actor: { id: null, username: 'test-operator', ip: null },
  scope: { kind: 'org', orgCode: '999900' },
};

/** A measure to plan, with defaults (task 1, owned by the county's bureau, due 2026-10-31). */
export function draft(
  countyCode: string,
  m: Partial<MeasureDraft> & Pick<MeasureDraft, 'title'>,
): MeasureDraft {
  return {
    taskNumber: 1,
    output: `${m.title}（产出）`,
    outputTarget: null,
    outputUnit: null,
    ownerName: '张三',
    ownerUnitCode: countyCode,
    dueDate: '2026-10-31',
    ...m,
  };
}

/** Saves, submits and approves a county's work plan with these measures; its approved measures, in order. */
export async function approveMeasures(
  ctx: AppContext,
  countyCode: string,
  measures: MeasureDraft[],
): Promise<Measure[]> {
  const saved = await ctx.delivery.saveDraft(OPERATOR, countyCode, { revision: null, measures });
  const submitted = await ctx.delivery.submit(OPERATOR, countyCode, {
    revision: saved.current!.version.revision,
  });
  const approved = await ctx.delivery.approve(OPERATOR, countyCode, {
    revision: submitted.current!.version.revision,
  });
  return approved.current!.measures;
}
