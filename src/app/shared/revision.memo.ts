/**
 * Memo by revision: a value computed from data that changes rarely (the scorecard, the county
 * standards, the pending submissions), kept until its key changes. The key is a tuple of what the
 * value depends on — marker values (data.snapshot.ts) and other memoised values, compared by
 * identity — so a value is recomputed exactly when something it reads has changed. The compute
 * function gets the previous entry, so it may patch instead of starting over (only the school
 * years an approval touched). Concurrent callers with the same key share one computation.
 *
 * This is the one caching mechanism of the use cases; the registry view (dataset.cache.ts) is
 * the only other cache, and it is itself keyed by the dataset revision.
 */

export interface MemoEntry<K extends readonly unknown[], V> {
  key: K;
  value: V;
}

const sameKey = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

export interface MemoOptions<K> {
  /**
   * How fresh a key's data is (e.g. its dataset revision), compared element by element: an entry is
   * never replaced by one of a staler key. Without it, the computation started last wins.
   */
  rank?: (key: K) => readonly number[];
}

/** a before b in freshness (lexicographic over the ranks). */
function staler(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
}

export class RevisionMemo<K extends readonly unknown[], V> {
  private entry: (MemoEntry<K, V> & { seq: number }) | null = null;
  private running: { key: K; promise: Promise<V> } | null = null;
  private seq = 0;

  constructor(private readonly options: MemoOptions<K> = {}) {}

  /** Whether `entry` should give way to a value computed for `key` (started as number `seq`). */
  private replaces(key: K, seq: number): boolean {
    const entry = this.entry;
    if (!entry) return true;
    const rank = this.options.rank;
    // A request that read older data may finish (or even start) after a newer one: keep the newer.
    if (rank) return !staler(rank(key), rank(entry.key));
    return entry.seq < seq;
  }

  /** The value for `key`: the memoised one when the key is unchanged, else `compute(previous)`. */
  async get(key: K, compute: (previous: MemoEntry<K, V> | null) => V | Promise<V>): Promise<V> {
    if (this.entry && sameKey(this.entry.key, key)) return this.entry.value;
    if (this.running && sameKey(this.running.key, key)) return this.running.promise;
    const previous = this.entry;
    const seq = ++this.seq;
    const promise = Promise.resolve()
      .then(() => compute(previous))
      .then((value) => {
        if (this.replaces(key, seq)) this.entry = { key, value, seq };
        return value;
      })
      .finally(() => {
        if (this.running?.promise === promise) this.running = null;
      });
    this.running = { key, promise };
    return promise;
  }

  /** The entry kept, without checking its key (tests: which of two racing computations won). */
  peek(): MemoEntry<K, V> | null {
    return this.entry;
  }
}

/** One RevisionMemo per name (an org unit, a mode), each holding the value of its own last key. */
export class RevisionMemoMap<K extends readonly unknown[], V> {
  private readonly memos = new Map<string, RevisionMemo<K, V>>();

  constructor(
    private readonly options: MemoOptions<K> = {},
    private readonly maxNames = 500,
  ) {}

  get(name: string, key: K, compute: (previous: MemoEntry<K, V> | null) => V | Promise<V>): Promise<V> {
    let memo = this.memos.get(name);
    if (!memo) {
      // Unbounded names would grow without limit: forget the oldest.
      if (this.memos.size >= this.maxNames) this.memos.delete(this.memos.keys().next().value!);
      memo = new RevisionMemo<K, V>(this.options);
      this.memos.set(name, memo);
    }
    return memo.get(key, compute);
  }
}
