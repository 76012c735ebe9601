import type {
  AttributeName,
  AttributeRecord,
  InstitutionAttributes,
  LifecycleEvent,
} from './registry.types.ts';

/**
 * The attribute values in force in `schoolYear`: for each attribute, the record with the latest
 * `effectiveFromYear` not after that year; among records for the same year, the latest recorded
 * (a correction) wins, and between records with the same `recordedAt` (written in one
 * transaction) the later one in the input, which is storage order. Records are never changed, so
 * any past view can be rebuilt. `asOf` (ISO instant) optionally restricts to what was known then.
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
      (r.effectiveFromYear === cur.effectiveFromYear &&
        Date.parse(r.recordedAt) >= Date.parse(cur.recordedAt))
    ) {
      best.set(r.name, r);
    }
  }
  const out: Partial<Record<AttributeName, unknown>> = {};
  for (const [name, r] of best) out[name] = r.value;
  return out as Partial<InstitutionAttributes>;
}

/** A run of school years [from, until) in which an institution operates; null = unbounded. */
export interface OperatingPeriod {
  from: number | null;
  /** First school year it no longer operates (closed or merged), or null. */
  until: number | null;
}

export interface OperatingSpan {
  periods: OperatingPeriod[];
}

/**
 * The periods in which an institution operates, from its lifecycle events in year order. An
 * institution whose first event is a closure existed before the platform's records began; one
 * with no events at all operates in every year. A closed institution can reopen.
 */
export function operatingSpan(events: ReadonlyArray<LifecycleEvent>): OperatingSpan {
  const sorted = events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.schoolYear - b.e.schoolYear || a.i - b.i)
    .map((x) => x.e);
  const periods: OperatingPeriod[] = [];
  let open: OperatingPeriod | null = null;
  for (const e of sorted) {
    if (e.kind === 'opened') {
      if (!open) open = { from: e.schoolYear, until: null };
    } else if (open) {
      open.until = e.schoolYear;
      periods.push(open);
      open = null;
    } else if (periods.length === 0) {
      periods.push({ from: null, until: e.schoolYear });
    }
  }
  if (open) periods.push(open);
  if (sorted.length === 0) periods.push({ from: null, until: null });
  return { periods };
}

/** Whether an institution operates in a school year. */
export function isOperating(span: OperatingSpan, schoolYear: number): boolean {
  return span.periods.some(
    (p) => (p.from === null || schoolYear >= p.from) && (p.until === null || schoolYear < p.until),
  );
}
