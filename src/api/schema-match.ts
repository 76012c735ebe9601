/**
 * Compile-time proof that a response schema describes exactly the type a use case returns: every
 * field of the type is in the schema with the same type, and the schema has no field the type
 * lacks. A field added to a domain type without its schema fails `npm run typecheck`, so the
 * OpenAPI document (and the web app's generated types) cannot silently drift from the data.
 *
 *   assertSchemaMatches<typeof countyEvaluationSchema, CountyEvaluation>(true);
 */
import type { z } from 'zod';

/** Exactly equal types (not merely assignable one way), including optional and readonly markers. */
export type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Strips readonly (the schemas produce mutable arrays and objects; the domain may mark them readonly). */
export type Mutable<T> = T extends (infer U)[]
  ? Mutable<U>[]
  : T extends ReadonlyArray<infer U>
    ? Mutable<U>[]
    : T extends (...args: never[]) => unknown
      ? T
      : T extends object
        ? { -readonly [K in keyof T]: Mutable<T[K]> }
        : T;

/** Resolves intersections and nested mapped types into plain object types, so Equal compares shapes. */
export type Normalize<T> = T extends (infer U)[]
  ? Normalize<U>[]
  : T extends (...args: never[]) => unknown
    ? T
    : T extends object
      ? { [K in keyof T]: Normalize<T[K]> }
      : T;

/** true when the schema's output is exactly `T` (readonly aside). */
export type SchemaMatches<S extends z.ZodType, T> = Equal<Normalize<z.output<S>>, Normalize<Mutable<T>>>;

/**
 * Call with `true`: it type-checks only when the schema matches the type. The call does nothing at
 * run time.
 */
export function assertSchemaMatches<S extends z.ZodType, T>(_proof: SchemaMatches<S, T>): void {}
