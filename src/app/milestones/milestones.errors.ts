/** Error codes of the milestones area (时间节点). */
import { defineErrorCodes } from '../app-error.ts';

declare module '../app-error.ts' {
  interface AreaErrorCodes {
    /** No milestone of that id in the plan file. */
    MILESTONE_NOT_FOUND: true;
    /** A report for a milestone the platform computes from data. */
    MILESTONE_NOT_REPORTED: true;
    /** No such township fact or report (or one outside the caller's scope). */
    MILESTONE_RECORD_NOT_FOUND: true;
    /** A review of a record that is no longer waiting (already verified or rejected). */
    MILESTONE_REVIEW_CONFLICT: true;
  }
}

export const MILESTONES_ERRORS = defineErrorCodes({
  MILESTONE_NOT_FOUND: 404,
  MILESTONE_NOT_REPORTED: 400,
  MILESTONE_RECORD_NOT_FOUND: 404,
  MILESTONE_REVIEW_CONFLICT: 409,
});
