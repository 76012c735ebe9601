/**
 * What an area's authorisation samples are made of (test/api/authz-samples/<area>.samples.ts,
 * merged into the generated matrix of test/api/authorization-matrix.test.ts): one sample request
 * per route, for a pick of records inside and outside the caller's scope.
 */
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { AppContext } from '../../src/app/app.context.ts';
import type { Scope } from '../../src/domain/access/access.types.ts';

/** A school, an org unit and an account of the small city, inside and outside a caller's scope. */
export interface Pick {
  institution: string;
  org: string;
  /** A school-clerk account to manage. */
  clerkAccount: string;
  clerkScope: string;
}
/**
 * One sample request per route, for a pick of records. `okStatus` is what an allowed caller gets
 * (default: any 2xx); `outsideStatus` what a caller with the permission gets for a record outside
 * its scope (default 404). Returning null skips the case (e.g. no meaningful outside).
 */
export interface Sample {
  request(p: Pick, ids: Map<string, number>): Promise<InjectOptions | null> | InjectOptions | null;
  okStatus?: number[];
  outsideStatus?: number;
  /** Needs a session of its own (it ends or changes the session). */
  freshSession?: boolean;
  /** The request names no record, so there is no "outside" case; `check` verifies the content instead. */
  unscoped?: boolean;
  /** For an allowed caller: what is wrong with the answer's content, or null. */
  check?: (body: any, scope: Scope) => string | null;
}

/** An area's samples, and what they need made before the matrix runs (on the small city). */
export interface AreaSamples {
  samples: Record<string, Sample>;
  /** Runs once per backend after the small city and the test accounts are loaded. */
  setup?(ctx: AppContext, app: FastifyInstance): Promise<void>;
}

/** The county-level code of a scope in the small city ('999900' for the city). */
export const countyOf = (scope: Scope) => (scope.kind === 'org' ? scope.orgCode : '999901');
export const inScopeOrg = (orgCode: string, scope: Scope) =>
  scope.kind === 'org' && (scope.orgCode === '999900' || orgCode.startsWith(scope.orgCode));

export const get = (url: string): InjectOptions => ({ method: 'GET', url });
