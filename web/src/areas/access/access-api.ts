/**
 * The two calls of account administration the shell's api.ts does not make: PATCH (change an
 * account) and the account import, which answers a file (the one-time initial passwords) on
 * success and, on failure, row errors whose value matters (row, column, value, rule).
 */
import { ApiError, NETWORK_ERROR, UNEXPECTED_ERROR, XLSX_TYPE } from '../../api';

/** One problem of a rejected import: where it is (row, column as the template names it), what, why. */
export interface ImportRowError {
  row: number | null;
  column: string | null;
  value: string | null;
  rule: string;
}

export class ImportRejected extends ApiError {
  constructor(
    status: number,
    code: string,
    message: string,
    readonly rows: readonly ImportRowError[],
  ) {
    super(status, code, message);
  }
}

/** The server names a cell as `第 3 行「所属单位代码」` (or a whole row as `第 3 行`). */
export function parseImportDetail(d: {
  field?: unknown;
  value?: unknown;
  message?: unknown;
}): ImportRowError {
  const field = typeof d.field === 'string' ? d.field : '';
  const m = /^第 (\d+) 行(?:「(.+)」)?$/.exec(field);
  const value = d.value === undefined || d.value === null ? null : String(d.value);
  return {
    row: m ? Number(m[1]) : null,
    column: m ? (m[2] ?? null) : field || null,
    value,
    rule: typeof d.message === 'string' ? d.message : '',
  };
}

async function errorOf(response: Response): Promise<{ code: string; message: string; details: unknown[] }> {
  try {
    const body = (await response.json()) as {
      error?: { code?: string; message?: string; details?: unknown };
    };
    return {
      code: body.error?.code ?? UNEXPECTED_ERROR,
      message: body.error?.message ?? '',
      details: Array.isArray(body.error?.details) ? body.error.details : [],
    };
  } catch {
    return { code: UNEXPECTED_ERROR, message: '', details: [] };
  }
}

async function send(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, { credentials: 'same-origin', ...init });
  } catch {
    throw new ApiError(0, NETWORK_ERROR, '');
  }
}

export async function patchJson<T>(path: string, body: unknown, csrfToken: string): Promise<T> {
  const response = await send(path, {
    method: 'PATCH',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    const e = await errorOf(response);
    throw new ApiError(
      response.status,
      e.code,
      e.message,
      e.details.flatMap((d) => {
        const { field, message } = (d ?? {}) as { field?: unknown; message?: unknown };
        return typeof field === 'string' && typeof message === 'string' ? [{ field, message }] : [];
      }),
    );
  }
  return (await response.json()) as T;
}

/** Uploads an account file; the created accounts' passwords as a file, or ImportRejected with its rows. */
export async function importAccounts(
  file: Blob,
  csrfToken: string,
): Promise<{ created: number; fileName: string; file: Blob }> {
  const response = await send('/api/v1/users/import', {
    method: 'POST',
    headers: {
      Accept: `${XLSX_TYPE}, application/json`,
      'Content-Type': XLSX_TYPE,
      'X-CSRF-Token': csrfToken,
    },
    body: file,
  });
  if (!response.ok) {
    const e = await errorOf(response);
    throw new ImportRejected(
      response.status,
      e.code,
      e.message,
      e.details.map((d) => parseImportDetail((d ?? {}) as Record<string, unknown>)),
    );
  }
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  return {
    created: Number(response.headers.get('X-Accounts-Created') ?? 0),
    fileName: encoded ? decodeURIComponent(encoded) : '新账号初始密码.xlsx',
    file: await response.blob(),
  };
}
