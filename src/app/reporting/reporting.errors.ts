/** Error codes of the progress reports. */
import { defineErrorCodes } from '../app-error.ts';

declare module '../app-error.ts' {
  interface AreaErrorCodes {
    /** No such reporting round (malformed, before the first round, or not yet begun). */
    ROUND_NOT_FOUND: true;
    /** The round has closed (or not opened yet): reports are refused, naming the round and its dates. */
    ROUND_CLOSED: true;
    /** No such measure in the caller's scope (another county's measure answers the same). */
    MEASURE_NOT_FOUND: true;
    /** The action does not apply to the report's state (e.g. accepting a draft). */
    REPORT_STATE_CONFLICT: true;
  }
}

export const REPORTING_ERRORS = defineErrorCodes({
  ROUND_NOT_FOUND: 404,
  ROUND_CLOSED: 409,
  MEASURE_NOT_FOUND: 404,
  REPORT_STATE_CONFLICT: 409,
});
