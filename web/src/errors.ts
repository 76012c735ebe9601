import { ApiError, NETWORK_ERROR } from './api';
import type { Translate } from './i18n/i18n';

/** The message to show for a failed call: the server's Chinese message when there is one. */
export function errorMessage(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.code === NETWORK_ERROR) return t('error.network');
    if (error.message) return error.message;
  }
  return t('error.unexpected');
}
