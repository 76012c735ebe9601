/**
 * The problem list of an Excel import (导入问题清单): the file is posted again to the server, which
 * runs the preview's checks and answers the list as .xlsx (sorted by row); saved under the name
 * the server gives. Nothing is written on the server.
 */
import { ApiError, NETWORK_ERROR, UNEXPECTED_ERROR, XLSX_TYPE } from '../../api';
import { saveBlob } from '../../download';

export async function downloadProblemList(
  path: string,
  file: Blob,
  csrfToken: string,
  fallbackName: string,
): Promise<void> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: {
        Accept: `${XLSX_TYPE}, application/json`,
        'Content-Type': XLSX_TYPE,
        'X-CSRF-Token': csrfToken,
      },
      credentials: 'same-origin',
      body: file,
    });
  } catch {
    throw new ApiError(0, NETWORK_ERROR, '');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as {
      error?: { code?: string; message?: string };
    } | null;
    throw new ApiError(response.status, body?.error?.code ?? UNEXPECTED_ERROR, body?.error?.message ?? '');
  }
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  saveBlob(await response.blob(), encoded ? decodeURIComponent(encoded) : fallbackName);
}
