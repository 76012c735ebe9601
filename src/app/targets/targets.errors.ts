/** Error codes of the headline targets. */
import { defineErrorCodes } from '../app-error.ts';

declare module '../app-error.ts' {
  interface AreaErrorCodes {
    TARGET_NOT_FOUND: true;
  }
}

export const TARGETS_ERRORS = defineErrorCodes({ TARGET_NOT_FOUND: 404 });
