/**
 * Password rules (网络安全等级保护 2.0 三级 身份鉴别; OWASP ASVS 2.1): at least 8 characters from
 * at least 3 of 4 classes (lower case, upper case, digits, symbols), at most 128, not containing
 * the user name, not a common password (ASVS 2.1.7; the list is config/common-passwords.txt, given
 * by the caller) and none of the passwords the caller forbids (the published demo password, the
 * account's recent passwords). Pure: returns Chinese problems; an empty list means acceptable.
 */
export interface PasswordPolicy {
  minLength: number;
  maxLength: number;
  minClasses: number;
}

export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = { minLength: 8, maxLength: 128, minClasses: 3 };

export const COMMON_PASSWORD_PROBLEM =
  '密码过于常见：它（或去掉末尾的数字和符号、把 @、0、1、3、$ 等还原为字母后）在常见密码表中，容易被猜中，请换一个';

export interface PasswordCheck {
  username: string;
  /** Common passwords, lower case (see `commonPasswordSet`). */
  commonPasswords: ReadonlySet<string>;
  /**
   * Passwords refused whatever their strength, each with the rule it breaks (Chinese); matched
   * like common passwords (case, trailing digits and symbols, look-alike characters).
   */
  forbidden?: ReadonlyArray<{ password: string; problem: string }>;
}

const LEET: Readonly<Record<string, string>> = {
  '@': 'a',
  '4': 'a',
  '8': 'b',
  '(': 'c',
  '3': 'e',
  '6': 'g',
  '9': 'g',
  '1': 'i',
  '!': 'i',
  '|': 'l',
  '0': 'o',
  $: 's',
  '5': 's',
  '7': 't',
  '+': 't',
  '2': 'z',
};

/** Shortest base left after stripping a trailing run that still counts as a word. */
const MIN_BASE_LENGTH = 4;

/** Lower case, full-width folded (NFKC): how passwords and list entries are compared. */
export const normalisePassword = (p: string) => p.normalize('NFKC').toLowerCase();

/**
 * The forms a password is looked up as: itself; without its trailing run of digits and symbols
 * (Password1 → password, Qwerty123! → qwerty); each with look-alike characters read as letters
 * (P@ssw0rd → password, also with 1 as l).
 */
export function passwordLookupForms(password: string): string[] {
  const p = normalisePassword(password);
  const forms = new Set<string>([p]);
  const base = p.replace(/[^\p{L}]+$/u, '');
  if (base !== p && [...base].length >= MIN_BASE_LENGTH) forms.add(base);
  for (const f of [...forms]) {
    const leet = [...f].map((c) => LEET[c] ?? c).join('');
    forms.add(leet);
    forms.add(leet.replace(/[^\p{L}]+$/u, ''));
    forms.add([...f].map((c) => (c === '1' ? 'l' : (LEET[c] ?? c))).join(''));
  }
  return [...forms].filter((f) => [...f].length >= MIN_BASE_LENGTH || f === p);
}

export function isCommonPassword(password: string, common: ReadonlySet<string>): boolean {
  return passwordLookupForms(password).some((f) => common.has(f));
}

/** The list file's text (one password a line, `#` starts a comment line) as a lookup set. */
export function commonPasswordSet(text: string): Set<string> {
  const set = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('#')) continue;
    const p = normalisePassword(line.trim());
    if (p !== '') set.add(p);
  }
  return set;
}

export function checkPassword(
  password: string,
  check: PasswordCheck,
  policy: PasswordPolicy = DEFAULT_PASSWORD_POLICY,
): string[] {
  const problems: string[] = [];
  const length = [...password].length;
  if (length < policy.minLength) problems.push(`密码至少 ${policy.minLength} 个字符`);
  if (length > policy.maxLength) problems.push(`密码不能超过 ${policy.maxLength} 个字符`);
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < policy.minClasses) {
    problems.push(`密码须包含小写字母、大写字母、数字、符号中的至少 ${policy.minClasses} 类`);
  }
  const { username } = check;
  if (username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) {
    problems.push('密码不能包含用户名');
  }
  // A forbidden password is refused as typed and in the forms a common one is looked up in
  // (Demo#2027JN, Demo#2027jn!).
  const forms = passwordLookupForms(password);
  for (const f of check.forbidden ?? []) {
    if (forms.includes(normalisePassword(f.password)) && !problems.includes(f.problem))
      problems.push(f.problem);
  }
  if (isCommonPassword(password, check.commonPasswords)) problems.push(COMMON_PASSWORD_PROBLEM);
  return problems;
}
