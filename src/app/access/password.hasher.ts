/**
 * Password hashing with scrypt (memory-hard; node:crypto, no native addon). The parameters are
 * stored with each hash, so they can be raised later without invalidating existing passwords.
 * Default N = 2^15, r = 8, p = 1 (32 MiB per hash). EDUPLAN_SCRYPT_LOG2N lowers it for tests only.
 */
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

function scrypt(password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCb(password, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

const KEY_LENGTH = 32;

function defaultLog2N(): number {
  const v = Number(process.env.EDUPLAN_SCRYPT_LOG2N ?? 15);
  return Number.isInteger(v) && v >= 10 && v <= 20 ? v : 15;
}

interface ScryptParams {
  log2N: number;
  r: number;
  p: number;
}

/** The work of one scrypt hash (proportional to N·r·p). */
const work = (x: ScryptParams) => 2 ** x.log2N * x.r * x.p;

/** The parameters new passwords are hashed with (the standard work of a password check). */
export function standardScryptParams(): ScryptParams {
  return { log2N: defaultLog2N(), r: 8, p: 1 };
}

const runScrypt = (password: string, salt: Buffer, keylen: number, x: ScryptParams) =>
  scrypt(password, salt, keylen, { N: 2 ** x.log2N, r: x.r, p: x.p, maxmem: 256 * 2 ** x.log2N * x.r });

export async function hashPassword(password: string, log2N: number = defaultLog2N()): Promise<string> {
  const r = 8;
  const p = 1;
  const salt = randomBytes(16);
  const key = await runScrypt(password, salt, KEY_LENGTH, { log2N, r, p });
  return `scrypt$${log2N}$${r}$${p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/** Salt of the padding hash (its result is thrown away; only its cost matters). */
const PADDING_SALT = randomBytes(16);

/**
 * Checks a password against a stored hash. Every check costs at least the standard work: when the
 * stored hash is cheaper (a generated initial password, N = 2^12), a hash with the standard
 * parameters is computed alongside and waited for, so that the answer's timing does not tell which
 * accounts are still on their first password. `equalise: false` skips that for checks whose timing
 * reveals nothing to anyone else (the account's own password history).
 */
export async function verifyPassword(
  password: string,
  stored: string,
  options: { equalise?: boolean } = {},
): Promise<boolean> {
  const standard = standardScryptParams();
  const parts = stored.split('$');
  const [, log2N, r, p, saltB64, keyB64] = parts as [string, string, string, string, string, string];
  const params = { log2N: Number(log2N), r: Number(r), p: Number(p) };
  const valid =
    parts.length === 6 &&
    parts[0] === 'scrypt' &&
    [params.log2N, params.r, params.p].every((v) => Number.isInteger(v) && v >= 1) &&
    params.log2N <= 22;
  const equalise = options.equalise ?? true;
  const padding =
    equalise && (!valid || work(params) < work(standard))
      ? runScrypt(password, PADDING_SALT, KEY_LENGTH, standard)
      : null;
  if (!valid) {
    await padding;
    return false;
  }
  const expected = Buffer.from(keyB64, 'base64url');
  const [key] = await Promise.all([
    runScrypt(password, Buffer.from(saltB64, 'base64url'), expected.length, params),
    padding,
  ]);
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash of a random password, verified against for unknown users so that timing does not tell. */
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(18).toString('base64url'));
  return dummyHash;
}

/**
 * A random initial password that meets the policy: 14 characters from lower and upper case
 * letters, digits and symbols, without look-alikes (0/O, 1/l/I).
 */
export function generateInitialPassword(): string {
  const sets = ['abcdefghijkmnpqrstuvwxyz', 'ABCDEFGHJKLMNPQRSTUVWXYZ', '23456789', '#%+=@!?'];
  const all = sets.join('');
  const bytes = randomBytes(32);
  const chars = sets.map((s, i) => s[bytes[i]! % s.length]!);
  for (let i = chars.length; i < 14; i++) chars.push(all[bytes[i]! % all.length]!);
  // Shuffle (Fisher–Yates) so the class order is not fixed.
  for (let i = chars.length - 1; i > 0; i--) {
    const j = bytes[i + 14]! % (i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}
