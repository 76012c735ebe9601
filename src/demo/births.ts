/**
 * Births and cohort model for the demo data (data/jining-calibration.md §2c, §3c).
 *
 * Jining births (万) follow the brief's smooth curve inside the calibration band: the
 * national-scaled ESTIMATE, with 2016–2017 lifted towards Shandong's sharper two-child peak and
 * 2023–2024 lowered towards the Shandong-scaled values. They are turned into births per 万 residents
 * so that any county (or a synthetic province) gets births in proportion to its population.
 */
import type { GradeCode, Stage } from '../domain/statistics/statistics.types.ts';

/** Jining resident population 2023 (万), jining-calibration.md §1. */
export const JINING_POPULATION_10K = 824.05;

const JINING_BIRTHS_10K: Readonly<Record<number, number>> = {
  2000: 10.6,
  2001: 10.4,
  2002: 10.3,
  2003: 10.2,
  2004: 10.1,
  2005: 10.0,
  2006: 10.0,
  2007: 10.0,
  2008: 10.0,
  2009: 10.0,
  2010: 10.0,
  2011: 10.0,
  2012: 10.3,
  2013: 10.3,
  2014: 10.6,
  2015: 10.4,
  2016: 12.5,
  2017: 12.0,
  2018: 9.6,
  2019: 9.2,
  2020: 7.5,
  2021: 6.7,
  2022: 6.0,
  2023: 5.5,
  2024: 5.8,
};

/** Jining births (万) in a calendar year; flat extrapolation outside the table. */
export function jiningBirths10k(year: number): number {
  const y = Math.min(2024, Math.max(2000, Math.round(year)));
  return JINING_BIRTHS_10K[y]!;
}

/** Births per resident in a calendar year (Jining curve). */
export function birthsPerResident(year: number): number {
  return jiningBirths10k(year) / JINING_POPULATION_10K;
}

/** Age at which a grade is entered in the autumn of a school year (birth year = school year − age). */
export const GRADE_ENTRY_AGE: Readonly<Record<Exclude<GradeCode, 'SE'>, number>> = {
  K1: 3,
  K2: 4,
  K3: 5,
  P1: 6,
  P2: 7,
  P3: 8,
  P4: 9,
  P5: 10,
  P6: 11,
  J1: 12,
  J2: 13,
  J3: 14,
  S1: 15,
  S2: 16,
  S3: 17,
};

/**
 * Enrolled pupils per birth, by stage, derived from the 2023 ESTIMATES of jining-calibration.md §3c
 * against the births of the matching cohorts: kindergarten 25.0 万 ÷ 26.3 万 births ≈ 0.95;
 * primary 66.1 ÷ 66.1 ≈ 1.0; junior 32.6 ÷ 30.0 ≈ 1.09 (in-migration, repeaters); general senior
 * high 16.2 ÷ 30.0 ≈ 0.54 (the rest go to vocational schools).
 */
export const ENROLMENT_PER_BIRTH: Readonly<Record<Exclude<Stage, 'special'>, number>> = {
  preschool: 0.95,
  primary: 1.0,
  junior: 1.087,
  senior: 0.54,
};

/** Special-school pupils per resident: 0.44 万 for 824 万 in 2023, rising slowly (§3c). */
export function specialPupilsPerResident(schoolYear: number): number {
  return (0.44 / JINING_POPULATION_10K) * (1 + 0.025 * (schoolYear - 2023));
}

export const GRADES_BY_STAGE: Readonly<Record<Stage, readonly GradeCode[]>> = {
  preschool: ['K1', 'K2', 'K3'],
  primary: ['P1', 'P2', 'P3', 'P4', 'P5', 'P6'],
  junior: ['J1', 'J2', 'J3'],
  senior: ['S1', 'S2', 'S3'],
  special: ['SE'],
};
