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

export class RevisionMemo<K extends readonly unknown[], V> {
  private entry: (MemoEntry<K, V> & { seq: number }) | null = null;
  private running: { key: K; promise: Promise<V> } | null = null;
  private seq = 0;

  /** The value for `key`: the memoised one when the key is unchanged, else `compute(previous)`. */
  async get(key: K, compute: (previous: MemoEntry<K, V> | null) => V | Promise<V>): Promise<V> {
    if (this.entry && sameKey(this.entry.key, key)) return this.entry.value;
    if (this.running && sameKey(this.running.key, key)) return this.running.promise;
    const previous = this.entry;
    const seq = ++this.seq;
    const promise = Promise.resolve()
      .then(() => compute(previous))
      .then((value) => {
        // A computation started later may have finished first: never replace its entry.
        if (!this.entry || this.entry.seq < seq) this.entry = { key, value, seq };
        return value;
      })
      .finally(() => {
        if (this.running?.promise === promise) this.running = null;
      });
    this.running = { key, promise };
    return promise;
  }

  /** The last entry computed, without checking its key (benchmarks of the engine alone). */
  peek(): MemoEntry<K, V> | null {
    return this.entry;
  }

  clear(): void {
    this.entry = null;
  }
}

/** One RevisionMemo per name (an org unit, a mode), each holding the value of its own last key. */
export class RevisionMemoMap<K extends readonly unknown[], V> {
  private readonly memos = new Map<string, RevisionMemo<K, V>>();

  constructor(private readonly maxNames = 500) {}

  get(name: string, key: K, compute: (previous: MemoEntry<K, V> | null) => V | Promise<V>): Promise<V> {
    let memo = this.memos.get(name);
    if (!memo) {
      // Unbounded names would grow without limit: forget the oldest.
      if (this.memos.size >= this.maxNames) this.memos.delete(this.memos.keys().next().value!);
      memo = new RevisionMemo<K, V>();
      this.memos.set(name, memo);
    }
    return memo.get(key, compute);
  }
}
