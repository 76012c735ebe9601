import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/** 32-bit FNV-1a hash of a string, used to derive independent sub-streams from labels. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes two 32-bit values (murmur3 finaliser) into a new seed. */
export function mixSeed(a: number, b: number): number {
  let h = (a ^ Math.imul(b, 0x9e3779b1)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Seeded random source over pure-rand's xoroshiro128+. `fork(label)` gives an independent stream
 * keyed by a label, so adding draws in one part of the generator does not shift another part.
 */
export class Rng {
  private readonly gen: RandomGenerator;
  constructor(readonly seed: number) {
    this.gen = xoroshiro128plus(seed | 0);
  }

  fork(label: string): Rng {
    return new Rng(mixSeed(this.seed, hashString(label)));
  }

  /** Uniform in [0, 1). */
  float(): number {
    return uniformFloat64(this.gen);
  }

  /** Uniform in [min, max). */
  range(min: number, max: number): number {
    return min + (max - min) * this.float();
  }

  /** Integer uniform in [min, max] (inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  /** Standard normal (Box–Muller). */
  normal(mean = 0, sd = 1): number {
    const u = 1 - this.float();
    const v = this.float();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal multiplier with median 1. */
  lognormal(sd: number): number {
    return Math.exp(this.normal(0, sd));
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.float() * items.length)]!;
  }

  /** Fisher–Yates shuffle into a new array. */
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.float() * (i + 1));
      const t = out[i]!;
      out[i] = out[j]!;
      out[j] = t;
    }
    return out;
  }

  /** Picks `k` distinct items, each draw weighted by `weight`. */
  weightedSample<T>(items: readonly T[], k: number, weight: (item: T) => number): T[] {
    // Efraimidis–Spirakis: key = u^(1/w), keep the k largest keys.
    const keyed = items.map((item) => {
      const w = Math.max(weight(item), 1e-9);
      return { item, key: Math.log(1 - this.float()) / w };
    });
    keyed.sort((a, b) => b.key - a.key);
    return keyed.slice(0, Math.max(0, k)).map((x) => x.item);
  }
}

/** Splits `total` into integers proportional to `weights` (largest-remainder method). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const n = weights.length;
  const out = new Array<number>(n).fill(0);
  if (n === 0 || total <= 0) return out;
  let sum = 0;
  for (const w of weights) sum += Math.max(0, w);
  if (sum <= 0) return out;
  const rems: { i: number; r: number }[] = [];
  let given = 0;
  for (let i = 0; i < n; i++) {
    const exact = (total * Math.max(0, weights[i]!)) / sum;
    const fl = Math.floor(exact);
    out[i] = fl;
    given += fl;
    rems.push({ i, r: exact - fl });
  }
  rems.sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; k < total - given; k++) out[rems[k % n]!.i]! += 1;
  return out;
}
