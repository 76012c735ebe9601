/**
 * Checks of the API's response schemas shared by their tests (src/api/<area>/*.schema.test.ts): a
 * value passes parse and encode (what the fastify serializer runs) unchanged, a broken one is
 * refused both ways, and a JSON Schema document has no untyped ({}) part.
 */
import { expect } from 'vitest';
import type { z } from 'zod';

/** The value as JSON would carry it (no undefined, no prototypes). */
export const json = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

/** Parses and encodes `value` with `schema`; both must give it back unchanged (nothing stripped). */
export function expectPassesUnchanged(schema: z.ZodType, value: unknown): void {
  const parsed = schema.safeParse(value);
  expect(parsed.error).toBeUndefined();
  expect(parsed.data).toEqual(value);
  expect(json(parsed.data)).toStrictEqual(json(value));
  const encoded = schema.safeEncode(value);
  expect(encoded.error).toBeUndefined();
  expect(encoded.success).toBe(true);
  expect(json(encoded.data)).toStrictEqual(json(value));
}

/** Each value is refused by its schema, both when parsed and when encoded. */
export function expectRefused(cases: Array<[z.ZodType, unknown]>): void {
  for (const [schema, value] of cases) {
    expect(schema.safeParse(value).success).toBe(false);
    expect(schema.safeEncode(value as never).success).toBe(false);
  }
}

/** A copy of `value` without `key`. */
export function without<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const copy: Partial<T> = { ...value };
  delete copy[key];
  return copy as Omit<T, K>;
}

type Json = Record<string, unknown>;
const isEmptyObject = (v: unknown) =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0;

/** Paths of every `{}` (unrepresentable → any) schema in a JSON Schema document. */
export function emptySchemas(node: unknown, path = '#'): string[] {
  if (node === null || typeof node !== 'object') return [];
  if (Array.isArray(node)) return node.flatMap((n, i) => emptySchemas(n, `${path}/${i}`));
  const out: string[] = [];
  for (const [key, child] of Object.entries(node as Json)) {
    const at = `${path}/${key}`;
    if (key === 'properties' || key === 'definitions' || key === '$defs') {
      for (const [name, sub] of Object.entries(child as Json)) {
        if (isEmptyObject(sub)) out.push(`${at}/${name}`);
        out.push(...emptySchemas(sub, `${at}/${name}`));
      }
    } else if (key === 'items' || key === 'additionalProperties' || key === 'not') {
      if (isEmptyObject(child)) out.push(at);
      out.push(...emptySchemas(child, at));
    } else if (key === 'anyOf' || key === 'oneOf' || key === 'allOf') {
      (child as unknown[]).forEach((sub, i) => {
        if (isEmptyObject(sub)) out.push(`${at}/${i}`);
      });
      out.push(...emptySchemas(child, at));
    }
  }
  return out;
}
