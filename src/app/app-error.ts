/**
 * Errors the application reports to users: a stable `code`, an HTTP status and a Chinese message
 * the UI can show. No stack trace or SQL reaches a client.
 */
export type AppErrorCode =
  | 'VALIDATION_FAILED'
  | 'NOT_FOUND'
  | 'ORG_UNIT_NOT_FOUND'
  | 'INSTITUTION_NOT_FOUND'
  | 'TARGET_NOT_FOUND'
  | 'NOT_AN_ASSESSED_COUNTY'
  | 'YEAR_NOT_AVAILABLE'
  | 'NO_DATA'
  | 'PLAN_ORG_MISMATCH'
  | 'UNAUTHENTICATED'
  | 'LOGIN_FAILED'
  | 'ACCOUNT_LOCKED'
  | 'PASSWORD_CHANGE_REQUIRED'
  | 'FORBIDDEN'
  | 'CSRF_FAILED'
  | 'RATE_LIMITED'
  | 'USERNAME_TAKEN'
  | 'ACCOUNT_NOT_FOUND'
  | 'IMPORT_REJECTED'
  | 'CONFLICT'
  | 'INTERNAL_ERROR';

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  VALIDATION_FAILED: 400,
  NOT_FOUND: 404,
  ORG_UNIT_NOT_FOUND: 404,
  INSTITUTION_NOT_FOUND: 404,
  TARGET_NOT_FOUND: 404,
  NOT_AN_ASSESSED_COUNTY: 400,
  YEAR_NOT_AVAILABLE: 404,
  NO_DATA: 409,
  PLAN_ORG_MISMATCH: 409,
  UNAUTHENTICATED: 401,
  LOGIN_FAILED: 401,
  ACCOUNT_LOCKED: 423,
  PASSWORD_CHANGE_REQUIRED: 403,
  FORBIDDEN: 403,
  CSRF_FAILED: 403,
  RATE_LIMITED: 429,
  USERNAME_TAKEN: 409,
  ACCOUNT_NOT_FOUND: 404,
  IMPORT_REJECTED: 400,
  CONFLICT: 409,
  INTERNAL_ERROR: 500,
};

export interface ErrorDetail {
  /** Field or path, e.g. `query.pageSize` or `targets[2].threshold`. */
  field: string;
  value?: unknown;
  message: string;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly status: number;
  readonly details: ErrorDetail[];
  /**
   * Set when the record exists but lies outside the caller's scope: the caller is told "not
   * found", and the refusal is written to the audit log (what was asked for, by whom).
   */
  outOfScope: { targetType: string; targetId: string } | null = null;
  constructor(code: AppErrorCode, message: string, details: ErrorDetail[] = []) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.status = HTTP_STATUS[code];
    this.details = details;
  }

  /** Marks a not-found answer that hides an out-of-scope record (audited by the API layer). */
  hiding(targetType: string, targetId: string): this {
    this.outOfScope = { targetType, targetId };
    return this;
  }
}
