/**
 * Errors the application reports to users: a stable `code`, an HTTP status and a Chinese message
 * the UI can show. No stack trace or SQL reaches a client.
 */
/** The codes every part of the platform uses, with their HTTP status. */
export const CORE_ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  NOT_FOUND: 404,
  ORG_UNIT_NOT_FOUND: 404,
  INSTITUTION_NOT_FOUND: 404,
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
  /** The account already has its share of heavy work (imports, exports, evaluations) running. */
  WORK_IN_PROGRESS: 429,
  /** The process's heavy-work slots and queue are full, or the wait for one timed out. */
  SERVER_BUSY: 503,
  USERNAME_TAKEN: 409,
  ACCOUNT_NOT_FOUND: 404,
  IMPORT_REJECTED: 400,
  CONFLICT: 409,
  INTERNAL_ERROR: 500,
} as const;

/**
 * An area's own codes, added by the area where it defines them (declaration merging) and
 * registered with their status by `defineErrorCodes`:
 *
 *   declare module '../app-error.ts' { interface AreaErrorCodes { TARGET_NOT_FOUND: true } }
 *   defineErrorCodes({ TARGET_NOT_FOUND: 404 });
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the areas
export interface AreaErrorCodes {}

export type AppErrorCode = keyof typeof CORE_ERROR_STATUS | keyof AreaErrorCodes;

const STATUS = new Map<string, number>(Object.entries(CORE_ERROR_STATUS));

/** Registers an area's codes with their HTTP status (once, when the area's module is loaded). */
export function defineErrorCodes<const T extends { [K in keyof AreaErrorCodes]?: number }>(codes: T): T {
  for (const [code, status] of Object.entries(codes) as Array<[string, number]>) {
    const known = STATUS.get(code);
    if (known !== undefined && known !== status) {
      throw new Error(`error code ${code} is registered twice, with ${known} and ${status}`);
    }
    STATUS.set(code, status);
  }
  return codes;
}

/** Every code known so far with its status (for the documentation of the API). */
export function errorCodes(): ReadonlyMap<string, number> {
  return STATUS;
}

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
    // An unregistered code is a programming error: answered as a server error, never as success.
    this.status = STATUS.get(code) ?? 500;
    this.details = details;
  }

  /** Marks a not-found answer that hides an out-of-scope record (audited by the API layer). */
  hiding(targetType: string, targetId: string): this {
    this.outOfScope = { targetType, targetId };
    return this;
  }
}
