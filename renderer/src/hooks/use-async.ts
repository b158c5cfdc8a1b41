/**
 * Loads data for a key (e.g. the filter serialised) without ever blocking the window. `loading` is
 * derived during render from "the key loaded differs from the key asked for", so a filter change
 * flips the page to loading in the same render (no stale `data-ready`). Late answers for an old key
 * are dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export interface AsyncState<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  reload(): void;
}

export function useAsync<T>(key: string | null, load: () => Promise<T>): AsyncState<T> {
  const [state, setState] = useState<{ key: string | null; data: T | null; error: unknown }>({ key: null, data: null, error: null });
  const [nonce, setNonce] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const wanted = key === null ? null : `${key}#${nonce}`;

  useEffect(() => {
    if (wanted === null) return;
    let live = true;
    loadRef.current().then(
      (data) => live && setState({ key: wanted, data, error: null }),
      (error: unknown) => live && setState((s) => ({ key: wanted, data: s.data, error })),
    );
    return () => {
      live = false;
    };
  }, [wanted]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  const loading = wanted !== null && state.key !== wanted;
  return { data: state.error ? null : state.data, error: state.error, loading, reload };
}
