/** Error codes of the evidence files (佐证材料). */
import { defineErrorCodes } from '../app-error.ts';

declare module '../app-error.ts' {
  interface AreaErrorCodes {
    /** No such file, or one outside the caller's scope. */
    EVIDENCE_NOT_FOUND: true;
    /** The file is not what its name says, is empty, or its name is unfit. */
    EVIDENCE_REJECTED: true;
    /** Over the size limit of config/evidence.yaml. */
    EVIDENCE_TOO_LARGE: true;
    /** A file of another unit named as evidence of this one. */
    EVIDENCE_NOT_ATTACHABLE: true;
  }
}

export const EVIDENCE_ERRORS = defineErrorCodes({
  EVIDENCE_NOT_FOUND: 404,
  EVIDENCE_REJECTED: 400,
  EVIDENCE_TOO_LARGE: 413,
  EVIDENCE_NOT_ATTACHABLE: 400,
});
