import type {
  AttributeName,
  AttributeRecord,
  InstitutionAttributes,
  LifecycleEvent,
} from './registry.types.ts';

/**
 * The attribute values in force in `schoolYear`: for each attribute, the record with the latest
 * `effectiveFromYear` not after that year; among records for the same year, the latest recorded
 * (a correction) wins. Records are never changed, so any past view can be rebuilt.
 * `asOf` (ISO instant) optionally restricts to what was known at that moment.
 */
export function resolveAttributes(
  records: ReadonlyArray<AttributeRecord>,
  schoolYear: number,
  asOf?: string,
): Partial<InstitutionAttributes> {
  const best = new Map<AttributeName, AttributeRecord>();
  const asOfMs = asOf === undefined ? Infinity : Date.parse(asOf);
  for (const r of records) {
    if (r.effectiveFromYear > schoolYear) continue;
    if (Date.parse(r.recordedAt) > asOfMs) continue;
    const cur = best.get(r.name);
    if (
      !cur ||
      r.effectiveFromYear > cur.effectiveFromYear ||
      (r.effectiveFromYear === cur.effectiveFromYear && Date.parse(r.recordedAt) > Date.parse(cur.recordedAt))
    ) {
      best.set(r.name, r);
    }
  }
  const out: Partial<Record<AttributeName, unknown>> = {};
  for (const [name, r] of best) out[name] = r.value;
  return out as Partial<InstitutionAttributes>;
}

/** School years [from, to) in which an institution operates, from its lifecycle events. */
export interface OperatingSpan {
  from: number | null;
  /** First school year it no longer operates (closed or merged), or null. */
  until: number | null;
}

export function operatingSpan(events: ReadonlyArray<LifecycleEvent>): OperatingSpan {
  let from: number | null = null;
  let until: number | null = null;
  for (const e of events) {
    if (e.kind === 'opened') from = from === null ? e.schoolYear : Math.min(from, e.schoolYear);
    else until = until === null ? e.schoolYear : Math.min(until, e.schoolYear);
  }
  return { from, until };
}

/**
 * Whether an institution operates in a school year. One with no `opened` event is taken to have
 * existed before the platform's records began.
 */
export function isOperating(span: OperatingSpan, schoolYear: number): boolean {
  if (span.from !== null && schoolYear < span.from) return false;
  if (span.until !== null && schoolYear >= span.until) return false;
  return true;
}
