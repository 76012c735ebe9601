/**
 * The JSON API (src/api): typed calls, and errors carrying the server's Chinese message. The data
 * types are generated from the API's OpenAPI document (api-types.ts).
 */
import { saveBlob } from './download';

export type * from './api-types';

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
