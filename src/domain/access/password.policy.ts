/**
 * Password rules (网络安全等级保护 2.0 三级 身份鉴别; OWASP ASVS 2.1): at least 8 characters from
 * at least 3 of 4 classes (lower case, upper case, digits, symbols), at most 128, not containing
 * the user name. Returns Chinese problems; an empty list means acceptable.
 */
export interface PasswordPolicy {
  minLength: number;
  maxLength: number;
  minClasses: number;
}

export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = { minLength: 8, maxLength: 128, minClasses: 3 };

export function checkPassword(
  password: string,
  username: string,
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
  if (username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) {
    problems.push('密码不能包含用户名');
  }
  return problems;
}
