/** The JSON API (src/api): typed calls, and errors carrying the server's Chinese message. */
import { saveBlob } from './download';

export type TargetStatus =
  'met' | 'onTrack' | 'lagging' | 'severelyLagging' | 'preBaseline' | 'noData' | 'notComputed';

export type RoleCode =
  'cityAdmin' | 'auditAdmin' | 'cityStaff' | 'countyAdmin' | 'schoolClerk' | 'inspector' | 'readOnly';

export type Scope = { kind: 'org'; orgCode: string } | { kind: 'institution'; institutionCode: string };

export interface Session {
  account: { id: number; username: string; displayName: string; role: RoleCode; scope: Scope };
  role: { code: string; name: string };
  permissions: string[];
  csrfToken: string;
  mustChangePassword: boolean;
}

export interface DatasetNotice {
  demo: boolean;
  notice: string | null;
}

export interface TrendPoint {
  year: number;
  value: number | null;
  status: TargetStatus;
  expected: number | null;
}

export interface TargetCard {
  target: { id: string; title: string; shortTitle: string; threshold: number; deadlineYear: number };
  figure: {
    value: number | null;
    threshold: number;
    status: TargetStatus;
    expected: number | null;
    gapToTarget: number | null;
    reason: string | null;
  };
  trend: TrendPoint[];
}

/** How much of a school year's data is in (GET /api/v1/targets: coverage). */
export interface YearCoverage {
  year: number;
  expected: number;
  reported: number;
  pendingReported: number;
  share: number;
  complete: boolean;
  periodId: string | null;
  periodName: string | null;
  daysLeft: number | null;
}

export interface TargetsResponse {
  year: number;
  org: { code: string; name: string };
  years: number[];
  targets: TargetCard[];
  dataset: DatasetNotice;
  /** Whether pending (submitted, not yet final) forms are included. */
  pending?: boolean;
  coverage?: YearCoverage[];
}

/** One entry of an error's details: the field (e.g. body.values.population3to5) and its problem. */
export interface ErrorDetail {
  field: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The server's per-field problems (Chinese messages); empty when it named none. */
    readonly details: readonly ErrorDetail[] = [],
  ) {
    super(message);
  }
}

/** The well-formed entries of an error body's details. */
function detailsOf(raw: unknown): ErrorDetail[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((d: unknown): ErrorDetail[] => {
    const { field, message } = (d ?? {}) as { field?: unknown; message?: unknown };
    return typeof field === 'string' && typeof message === 'string' ? [{ field, message }] : [];
  });
}

/** Thrown when the server cannot be reached; the screen shows its own text. */
export const NETWORK_ERROR = 'NETWORK';
export const UNEXPECTED_ERROR = 'UNEXPECTED';

/**
 * Calls the API. State-changing calls (POST, PUT, DELETE) must pass the session's csrfToken, which goes
 * in the X-CSRF-Token header; the server refuses them without it (CSRF_FAILED).
 */
export async function api<T>(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  options: { body?: unknown; csrfToken?: string } = {},
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.csrfToken) headers['X-CSRF-Token'] = options.csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, NETWORK_ERROR, '');
  }
  return (await readJson(response)) as T;
}

/** The body of a JSON answer; an error answer becomes an ApiError with the server's message. */
async function readJson(response: Response): Promise<unknown> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(response.status, UNEXPECTED_ERROR, '');
  }
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string; details?: unknown } }).error;
    throw new ApiError(
      response.status,
      error?.code ?? UNEXPECTED_ERROR,
      error?.message ?? '',
      detailsOf(error?.details),
    );
  }
  return body;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** POSTs a file (an .xlsx upload) as the request body; the answer is JSON. */
export async function apiUpload<T>(path: string, file: Blob, csrfToken: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': XLSX_TYPE, 'X-CSRF-Token': csrfToken },
      credentials: 'same-origin',
      body: file,
    });
  } catch {
    throw new ApiError(0, NETWORK_ERROR, '');
  }
  return (await readJson(response)) as T;
}

/**
 * GETs a file the server builds (a template, an export) and saves it under the name the server
 * gives in Content-Disposition (else `fallbackName`).
 */
export async function apiDownload(path: string, fallbackName: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, NETWORK_ERROR, '');
  }
  if (!response.ok) await readJson(response);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const name = encoded ? decodeURIComponent(encoded) : fallbackName;
  saveBlob(await response.blob(), name);
}

/** One target of one unit in one year (GET /api/v1/targets/scorecard). */
export interface Figure {
  targetId: string;
  year: number;
  orgCode: string;
  numerator: number;
  denominator: number;
  value: number | null;
  status: TargetStatus;
  expected: number | null;
  gapToTarget: number | null;
  reason?: string | null;
}

export interface ScorecardResponse {
  years: number[];
  orgNames: Record<string, string>;
  figures: Figure[];
  dataset: DatasetNotice;
}

export type Ownership = 'public' | 'inclusivePrivate' | 'private';

/** One school behind a target (GET /api/v1/targets/:id/breakdown?by=institution). */
export interface InstitutionRow {
  institutionCode: string;
  institutionName: string;
  countyCode: string;
  countyName: string;
  townshipCode: string;
  townshipName: string;
  runningType: string;
  ownership: Ownership;
  attributeValue: unknown;
  inNumerator: boolean;
  numerator: number;
  denominator: number;
  missingStatistics: boolean;
}

export interface InstitutionBreakdownResponse {
  target: TargetCard['target'];
  year: number;
  org: { code: string; name: string };
  by: 'institution';
  total: Figure;
  rows: InstitutionRow[];
  dataset: DatasetNotice;
}

/** A GeoJSON FeatureCollection as GET /api/v1/geo/counties sends it. */
export interface GeoFeatureCollection {
  type: 'FeatureCollection';
  features: { type: 'Feature'; properties: Record<string, unknown>; geometry: unknown }[];
}

/** A node of GET /api/v1/org-units: the city, its counties and their townships. */
export interface OrgTreeNode {
  code: string;
  name: string;
  level: 'city' | 'county' | 'township';
  institutionCount: number;
  children: OrgTreeNode[];
}

export type Attributes = Partial<{
  kgClass: string;
  strongSchoolProgramme: boolean;
  highSchoolEvaluationCompleted: boolean;
  featuredHighSchool: string;
  subjectBases: { level: string; subject: string }[];
  specialEdEvaluation: string;
}>;

/** An institution as the directory lists it (GET /api/v1/institutions). */
export interface Institution {
  code: string;
  name: string;
  runningType: string;
  ownership: Ownership;
  urbanRural: string;
  townshipCode: string;
  countyCode: string;
  countyName: string;
  townshipName: string;
  operating: boolean;
}

export interface DirectoryItem extends Institution {
  enrolment: number | null;
  attributes: Attributes;
}

export interface DirectoryResponse {
  year: number;
  total: number;
  page: number;
  pageSize: number;
  items: DirectoryItem[];
  dataset: DatasetNotice;
}

export interface GradeEnrolment {
  grade: string;
  male: number;
  female: number;
  classSizes: number[];
}

export interface InstitutionDetailResponse {
  institution: Institution & {
    attributesByYear: { year: number; attributes: Attributes }[];
    attributeHistory: {
      id: number;
      name: string;
      value: unknown;
      effectiveFromYear: number;
      recordedAt: string;
      note?: string;
    }[];
    events: {
      kind: 'opened' | 'closed' | 'mergedInto';
      schoolYear: number;
      targetInstitutionCode?: string;
      note?: string;
    }[];
    statistics: {
      schoolYear: number;
      grades: GradeEnrolment[];
      stages: Record<string, { teachers?: number } | undefined>;
    }[];
  };
  dataset: DatasetNotice;
}

export interface Milestone {
  id: string;
  task: number;
  title: string;
  deadline: string;
}
