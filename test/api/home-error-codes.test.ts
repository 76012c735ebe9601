/**
 * Every error code the API can answer with has an English text in the web app's shell
 * (web/src/i18n/error-codes.ts), so that the English UI never shows a server message in Chinese:
 * the codes registered by the core and by every area (loading src/app/areas.ts registers the
 * areas' codes), and the framework refusals written in src/api/error-handler.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../src/app/app-error.ts';
import { AREAS } from '../../src/app/areas.ts';
import { ERROR_CODE_TEXT } from '../../web/src/i18n/error-codes.ts';

/** The codes src/api/error-handler.ts answers with, read from its source. */
function frameworkCodes(): string[] {
  const source = readFileSync(new URL('../../src/api/error-handler.ts', import.meta.url), 'utf8');
  const codes = [
    ...source.matchAll(/errorBody\(\s*'([A-Z_]+)'/g),
    ...source.matchAll(/\d{3}: \['([A-Z_]+)'/g),
    ...source.matchAll(/\['([A-Z_]+)', `/g),
  ].map((m) => m[1]!);
  return [...new Set(codes)];
}

describe('English text of the API’s error codes', () => {
  it('covers every registered code and every framework refusal', () => {
    expect(AREAS.length).toBeGreaterThan(0);
    const registered = [...errorCodes().keys()];
    // The core's and both areas' own codes are among them (a smoke check on the registry itself).
    expect(registered).toEqual(
      expect.arrayContaining(['VALIDATION_FAILED', 'TARGET_NOT_FOUND', 'NOT_AN_ASSESSED_COUNTY']),
    );
    const framework = frameworkCodes();
    expect(framework).toEqual(expect.arrayContaining(['PAYLOAD_TOO_LARGE', 'URI_TOO_LONG', 'BAD_REQUEST']));
    const missing = [...new Set([...registered, ...framework])].filter((c) => !ERROR_CODE_TEXT[c]?.en);
    expect(missing).toEqual([]);
  });

  it('writes English in English and Chinese in Chinese', () => {
    for (const [code, text] of Object.entries(ERROR_CODE_TEXT)) {
      expect(text.en, code).not.toMatch(/[\u4e00-\u9fff]/);
      expect(text['zh-CN'], code).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
