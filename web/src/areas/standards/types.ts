/**
 * The orders the county-standards pages show the API's codes in, checked against the types
 * generated from the API's OpenAPI document (the data types themselves: ../../api).
 */
import type { CountyInputKey, IndicatorCode, Section, StandardId } from '../../api';

export const STANDARD_IDS = [
  'compulsoryBalanced',
  'preschoolUniversal',
] as const satisfies readonly StandardId[];
export const SECTIONS = ['primary', 'junior'] as const satisfies readonly Section[];
export const INDICATOR_CODES = [
  'L1',
  'L2',
  'L3',
  'L4',
  'L5',
  'L6',
  'L7',
] as const satisfies readonly IndicatorCode[];
/** The county figures recorded by the city or county bureau (POST …/inputs), in form order. */
export const COUNTY_INPUT_KEYS = [
  'population3to5',
  'rotationEligibleTeachers',
  'rotatedTeachers',
  'rotatedBackboneTeachers',
  'specialEducationFundingPerStudent',
] as const satisfies readonly CountyInputKey[];
