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

export async function hashPassword(password: string, log2N: number = defaultLog2N()): Promise<string> {
  const N = 2 ** log2N;
  const r = 8;
  const p = 1;
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEY_LENGTH, { N, r, p, maxmem: 256 * N * r });
  return `scrypt$${log2N}$${r}$${p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, log2N, r, p, saltB64, keyB64] = parts as [string, string, string, string, string, string];
  const N = 2 ** Number(log2N);
  const expected = Buffer.from(keyB64, 'base64url');
  const key = await scrypt(password, Buffer.from(saltB64, 'base64url'), expected.length, {
    N,
    r: Number(r),
    p: Number(p),
    maxmem: 256 * N * Number(r),
  });
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
