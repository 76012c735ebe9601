/** Error codes of the county standards. */
import { defineErrorCodes } from '../app-error.ts';

declare module '../app-error.ts' {
  interface AreaErrorCodes {
    NOT_AN_ASSESSED_COUNTY: true;
  }
}

export const STANDARDS_ERRORS = defineErrorCodes({ NOT_AN_ASSESSED_COUNTY: 400 });
