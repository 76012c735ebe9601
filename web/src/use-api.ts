import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from './api';

export type Loadable<T> =
  { kind: 'loading' } | { kind: 'error'; error: unknown } | { kind: 'loaded'; data: T };

/**
 * GETs `path` (null: nothing to load) and reloads when it changes or on retry(). refresh() loads
 * it again without going back to the loading state (the screen keeps showing the old data until
 * the new data is there); it rejects when the call fails, and the old data stays.
 */
export function useApiGet<T>(path: string | null): [Loadable<T>, () => void, () => Promise<void>] {
  const [state, setState] = useState<Loadable<T>>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const current = useRef(path);
  useEffect(() => {
    current.current = path;
    if (path === null) return;
    let live = true;
    setState({ kind: 'loading' });
    api<T>('GET', path)
      .then((data) => live && setState({ kind: 'loaded', data }))
      .catch((error: unknown) => live && setState({ kind: 'error', error }));
    return () => {
      live = false;
    };
  }, [path, attempt]);
  const refresh = useCallback(async () => {
    const requested = current.current;
    if (requested === null) return;
    const data = await api<T>('GET', requested);
    if (current.current === requested) setState({ kind: 'loaded', data });
  }, []);
  return [state, () => setAttempt((n) => n + 1), refresh];
}
