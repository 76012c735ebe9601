import { ApiError, NETWORK_ERROR, UNEXPECTED_ERROR } from './api';
import { ERROR_CODE_TEXT } from './i18n/error-codes';
import type { Translate } from './i18n/i18n';

/**
 * The message to show for a failed call. In Chinese: the server's own message (it names the
 * field, the value and the rule). In English: the text of the error's code (i18n/error-codes.ts),
 * followed by the fields the server named; the details themselves stay on the error for the
 * screens that list them.
 */
export function errorMessage(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.code === NETWORK_ERROR) return t('error.network');
    if (error.code === UNEXPECTED_ERROR && !error.message) return t('error.unexpected');
    const text = ERROR_CODE_TEXT[error.code];
    if (t.language === 'en') {
      const fields = [...new Set(error.details.map((d) => d.field))];
      const main = text ? text.en : t('error.unknownCode', { code: error.code });
      return fields.length > 0 ? `${main} ${t('error.fields', { fields: fields.join(', ') })}` : main;
    }
    if (error.message) return error.message;
    if (text) return text['zh-CN'];
  }
  return t('error.unexpected');
}
