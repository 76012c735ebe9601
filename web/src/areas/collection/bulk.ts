/** Bulk approval's pure part: the forms split into the portions sent one request at a time. */

/** `items` in consecutive portions of at most `size` (the last may be shorter); none when empty. */
export function portions<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`portion size ${size}`);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
