import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  decodePreviewToken,
  encodePreviewToken,
  fileSha256,
  MAX_PREVIEW_TOKEN_LENGTH,
  tokenMatchesFile,
} from './import.token.ts';

const sha = fileSha256(Buffer.from('the previewed file'));
/** A deterministic spread of versions (a linear congruential sequence). */
function rows(n: number, maxVersion: number) {
  let seed = 42;
  return Array.from({ length: n }, (_, i) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return { row: 4 + i, version: 1 + (seed % maxVersion) };
  });
}

describe('preview token', () => {
  it('gives back the version of each previewed row, rows with gaps and versions of any size included', () => {
    const previewed = [
      { row: 4, version: 0 },
      { row: 5, version: 127 },
      { row: 9, version: 128 },
      { row: 10, version: 2 ** 31 - 1 },
    ];
    const token = encodePreviewToken(sha, previewed);
    expect(token).toMatch(/^p1\.[A-Za-z0-9_-]+$/);
    const decoded = decodePreviewToken(token)!;
    expect([...decoded.versions]).toEqual([
      [4, 0],
      [5, 127],
      [9, 128],
      [10, 2 ** 31 - 1],
    ]);
    expect(tokenMatchesFile(decoded, sha)).toBe(true);
    expect(tokenMatchesFile(decoded, fileSha256(Buffer.from('another file')))).toBe(false);
  });

  it('refuses what is not a token of this format, never throwing', () => {
    const good = encodePreviewToken(sha, [{ row: 4, version: 1 }]);
    const raw = (bytes: number[]) => `p1.${deflateRawSync(Buffer.from(bytes)).toString('base64url')}`;
    const digest = [...sha.subarray(0, 16)];
    for (const bad of [
      '',
      'p1.',
      'p2.' + good.slice(3),
      good + '!',
      'p1.AAAA',
      good.slice(0, -2),
      raw(digest), // no count
      raw([...digest, 2, 1, 1]), // two rows announced, one given
      raw([...digest, 1, 1, 1, 0]), // a byte too many
      raw([...digest, 1, 0, 1]), // row delta 0
      raw([...digest, 1, 1, 0x80, 0x80, 0x80, 0x80, 0x80]), // a varint longer than 5 bytes
      `p1.${'A'.repeat(MAX_PREVIEW_TOKEN_LENGTH)}`,
    ]) {
      expect(decodePreviewToken(bad), bad.slice(0, 40)).toBeNull();
    }
    // A deflate bomb: a short token (1 MB of zeros, about 1.4 KB) inflating beyond the limit.
    expect(
      decodePreviewToken(`p1.${deflateRawSync(Buffer.alloc(1024 * 1024)).toString('base64url')}`),
    ).toBeNull();
  });

  it('stays short for a city-wide file: 1,800 schools', () => {
    // None started yet: the same two bytes per row.
    expect(
      encodePreviewToken(
        sha,
        rows(1800, 1).map((r) => ({ ...r, version: 0 })),
      ).length,
    ).toBeLessThan(200);
    // Versions spread evenly over 1–30, and over 1–127 for 2,000 schools: within the limit.
    expect(encodePreviewToken(sha, rows(1800, 30)).length).toBeLessThan(MAX_PREVIEW_TOKEN_LENGTH / 2);
    expect(encodePreviewToken(sha, rows(2000, 127)).length).toBeLessThan(MAX_PREVIEW_TOKEN_LENGTH / 2);
  });
});
