import { describe, expect, it } from 'vitest';
import { ApiError, NETWORK_ERROR, UNEXPECTED_ERROR } from './api';
import { errorMessage } from './errors';
import { en as EN } from './i18n/en';
import type { Language, Translate } from './i18n/i18n';
import { zhCN as ZH } from './i18n/zh-cn';

/** The shell's dictionaries as the app's translate function (without the areas' text). */
function shellTranslator(language: Language): Translate {
  const table: Record<string, string> = language === 'en' ? EN : ZH;
  const t = (key: string, params: Record<string, string | number> = {}) =>
    table[key]!.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name]));
  return Object.assign(t, { language }) as Translate;
}
const zh = shellTranslator('zh-CN');
const en = shellTranslator('en');

describe('errorMessage', () => {
  const forbidden = new ApiError(403, 'FORBIDDEN', '您的角色（安全审计员）没有此操作的权限');
  const invalid = new ApiError(400, 'VALIDATION_FAILED', '请求参数有误：body.username 请输入用户名', [
    { field: 'body.username', message: '请输入用户名' },
    { field: 'body.password', message: '请输入密码' },
    { field: 'body.password', message: '密码过长' },
  ]);

  it('shows the server’s Chinese message in the Chinese UI', () => {
    expect(errorMessage(forbidden, zh)).toBe('您的角色（安全审计员）没有此操作的权限');
    expect(errorMessage(invalid, zh)).toBe('请求参数有误：body.username 请输入用户名');
  });

  it('translates by code in the English UI, naming each field once', () => {
    expect(errorMessage(forbidden, en)).toBe('Your role may not do this.');
    expect(errorMessage(invalid, en)).toBe(
      'Some of the values sent are not valid. Check the fields named below and try again. (fields: body.username, body.password)',
    );
    // The details stay on the error for the screens that list them.
    expect(invalid.details).toHaveLength(3);
  });

  it('names an unknown code in English rather than showing Chinese', () => {
    const odd = new ApiError(418, 'SOMETHING_NEW', '新的错误');
    expect(errorMessage(odd, en)).toBe('The server refused the request (SOMETHING_NEW).');
    expect(errorMessage(odd, zh)).toBe('新的错误');
  });

  it('uses the code’s Chinese text when the server sent no message, and the network text offline', () => {
    expect(errorMessage(new ApiError(409, 'CONFLICT', ''), zh)).toBe(
      '记录已被修改或当前状态不允许此操作，请刷新后重试',
    );
    expect(errorMessage(new ApiError(0, NETWORK_ERROR, ''), en)).toBe(EN['error.network']);
    expect(errorMessage(new ApiError(502, UNEXPECTED_ERROR, ''), zh)).toBe(ZH['error.unexpected']);
    expect(errorMessage(new Error('x'), en)).toBe(EN['error.unexpected']);
  });
});
