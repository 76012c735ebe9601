import { describe, expect, it } from 'vitest';
import { RevisionMemo, RevisionMemoMap } from './revision.memo.ts';

/** A promise the test resolves when it wants (a computation still running). */
function gate<T>(): { promise: Promise<T>; open(value: T): void } {
  let open!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (open = resolve));
  return { promise, open };
}

describe('RevisionMemo', () => {
  it('computes once per key, and again with the previous entry when the key changes', async () => {
    const memo = new RevisionMemo<readonly [number], string>();
    const seen: Array<string | null> = [];
    const compute = (label: string) => (prev: { value: string } | null) => {
      seen.push(prev?.value ?? null);
      return label;
    };
    expect(await memo.get([1], compute('a'))).toBe('a');
    expect(await memo.get([1], compute('b'))).toBe('a');
    expect(await memo.get([2], compute('c'))).toBe('c');
    // The second key's computation was given the first key's value (to patch from).
    expect(seen).toEqual([null, 'a']);
  });

  it('compares keys element by element, objects by identity', async () => {
    const memo = new RevisionMemo<readonly [object, string], number>();
    const view = {};
    let n = 0;
    await memo.get([view, 'm1'], () => ++n);
    await memo.get([view, 'm1'], () => ++n);
    await memo.get([{}, 'm1'], () => ++n);
    await memo.get([view, 'm2'], () => ++n);
    expect(n).toBe(3);
  });

  it('shares one running computation among callers of the same key', async () => {
    const memo = new RevisionMemo<readonly [number], number>();
    const g = gate<number>();
    let calls = 0;
    const compute = () => {
      calls += 1;
      return g.promise;
    };
    const a = memo.get([7], compute);
    const b = memo.get([7], compute);
    g.open(42);
    expect(await Promise.all([a, b])).toEqual([42, 42]);
    expect(calls).toBe(1);
  });

  it('never lets a staler key replace a fresher entry, whenever it starts or finishes', async () => {
    const memo = new RevisionMemo<readonly [number], string>({ rank: ([revision]) => [revision] });
    // A request that read revision 4 is still computing when one at revision 5 finishes …
    const slow = gate<string>();
    const old = memo.get([4], () => slow.promise);
    expect(await memo.get([5], () => 'at 5')).toBe('at 5');
    slow.open('at 4');
    expect(await old).toBe('at 4');
    // … and another request that read revision 4 starts only after it.
    expect(await memo.get([4], () => 'at 4 again')).toBe('at 4 again');
    // The next reader at revision 5 finds the entry of revision 5.
    expect(await memo.get([5], () => 'recomputed')).toBe('at 5');
    expect(memo.peek()?.key).toEqual([5]);
  });

  it('without a rank, keeps the value of the computation started last', async () => {
    const memo = new RevisionMemo<readonly [string], string>();
    const first = gate<string>();
    const a = memo.get(['x'], () => first.promise);
    const b = memo.get(['y'], () => 'y');
    expect(await b).toBe('y');
    first.open('x');
    await a;
    expect(memo.peek()?.key).toEqual(['y']);
  });
});

describe('RevisionMemoMap', () => {
  it('keeps one entry per name, each with its own key', async () => {
    const memos = new RevisionMemoMap<readonly [number], string>();
    let n = 0;
    await memos.get('370811', [1], () => `a${++n}`);
    await memos.get('370812', [1], () => `b${++n}`);
    expect(await memos.get('370811', [1], () => 'never')).toBe('a1');
    expect(await memos.get('370812', [2], () => `b${++n}`)).toBe('b3');
  });

  it('forgets the oldest name beyond its limit, and only that one', async () => {
    const memos = new RevisionMemoMap<readonly [number], string>({}, 2);
    await memos.get('a', [1], () => 'a1');
    await memos.get('b', [1], () => 'b1');
    await memos.get('c', [1], () => 'c1'); // a third name: 'a' goes
    expect(await memos.get('b', [1], () => 'recomputed')).toBe('b1');
    expect(await memos.get('c', [1], () => 'recomputed')).toBe('c1');
    expect(await memos.get('a', [1], () => 'a2')).toBe('a2');
  });
});
