import { useEffect, useState } from 'react';
import { api } from './api';

export type Loadable<T> =
  { kind: 'loading' } | { kind: 'error'; error: unknown } | { kind: 'loaded'; data: T };

/** GETs `path` (null: nothing to load) and reloads when it changes or on retry(). */
export function useApiGet<T>(path: string | null): [Loadable<T>, () => void] {
  const [state, setState] = useState<Loadable<T>>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (path === null) return;
    let current = true;
    setState({ kind: 'loading' });
    api<T>('GET', path)
      .then((data) => current && setState({ kind: 'loaded', data }))
      .catch((error: unknown) => current && setState({ kind: 'error', error }));
    return () => {
      current = false;
    };
  }, [path, attempt]);
  return [state, () => setAttempt((n) => n + 1)];
}
