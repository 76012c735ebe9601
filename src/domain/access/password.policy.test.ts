import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkPassword,
  COMMON_PASSWORD_PROBLEM,
  commonPasswordSet,
  isCommonPassword,
  passwordLookupForms,
} from './password.policy.ts';

const shipped = commonPasswordSet(
  readFileSync(new URL('../../../config/common-passwords.txt', import.meta.url), 'utf8'),
);

describe('common passwords (config/common-passwords.txt)', () => {
  it('refuses the issue’s examples with the shipped list', () => {
    for (const pw of ['Password1', 'P@ssw0rd', 'Qwerty123!', '12345678Aa']) {
      expect(checkPassword(pw, { username: 'someone', commonPasswords: shipped }), pw).toEqual([
        COMMON_PASSWORD_PROBLEM,
      ]);
    }
  });

  it('looks a password up as typed, without its trailing digits and symbols, and with look-alikes read as letters', () => {
    expect(passwordLookupForms('Qwerty123!')).toEqual(expect.arrayContaining(['qwerty123!', 'qwerty']));
    expect(passwordLookupForms('P@ssw0rd')).toContain('password');
    expect(passwordLookupForms('Ｐａｓｓｗｏｒｄ１')).toContain('password'); // full-width folded
    const list = new Set(['monkey']);
    expect(isCommonPassword('Monkey2026!', list)).toBe(true);
    expect(isCommonPassword('M0nkey#', list)).toBe(true);
    // The base must be a word of at least 4 characters, and only a trailing run is removed.
    expect(isCommonPassword('Monkey#Tree2026', list)).toBe(false);
    expect(isCommonPassword('2026!Monkeys', list)).toBe(false);
  });

  it('accepts passwords that only contain a common word among other characters', () => {
    for (const pw of [
      'Test#Pass2026',
      'Better#Pass2026',
      'Another#Pass2026',
      'Browser#Pass2026',
      'xK7#mQ2p9vLw',
    ]) {
      expect(checkPassword(pw, { username: 'someone', commonPasswords: shipped }), pw).toEqual([]);
    }
  });

  it('refuses a forbidden password in the same forms, naming its rule', () => {
    const check = {
      username: 'someone',
      commonPasswords: new Set<string>(),
      forbidden: [{ password: 'Demo#2027jn', problem: '不能使用公开的演示密码' }],
    };
    for (const pw of ['Demo#2027jn', 'demo#2027JN', 'Demo#2027jn!1']) {
      expect(checkPassword(pw, check), pw).toEqual(['不能使用公开的演示密码']);
    }
    expect(checkPassword('Demo#2027jnx', check)).toEqual([]);
  });

  it('reads the list file: one a line, # comments, case folded', () => {
    expect([...commonPasswordSet('# header\nAbc123\n\n  Qwerty \n# --- more\nqwerty\n')]).toEqual([
      'abc123',
      'qwerty',
    ]);
  });
});
