/**
 * What every indicator reads: per school year, the operating institutions with their enrolment and
 * the attributes in force that year. Built by the application layer from the registry and the
 * statistics (app/shared/dataset.cache.ts); targets, standards, planning and warnings all read it.
 */
import type { Institution, InstitutionAttributes, Ownership } from '../registry/registry.types.ts';

/** One operating institution in one school year, as the indicators see it. */
export interface InstitutionYear {
  institution: Institution;
  /** Enrolled children/students from the autumn statistics; null when the statistics are missing. */
  enrolment: number | null;
  attributes: Partial<InstitutionAttributes>;
}

/** Operating institutions per school year. */
export type Snapshots = ReadonlyMap<number, ReadonlyArray<InstitutionYear>>;

/** Ownership in force in the snapshot's year (an ownership record overrides the registered one). */
export function ownershipOf(iy: InstitutionYear): Ownership {
  return iy.attributes.ownership ?? iy.institution.ownership;
}
