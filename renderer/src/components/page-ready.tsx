/**
 * `data-ready` for tests and the UI benchmark: a page is ready when its data has loaded and every
 * chart inside has finished rendering the latest option. Charts report through context; the flag
 * flips one animation frame after the last report so transient states within a commit never show.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

interface ReadyRegistry {
  report(id: string, ready: boolean): void;
}

const ReadyContext = createContext<ReadyRegistry | null>(null);

/** The chart side: report pending / finished for one chart id. */
export function useReadyReporter(): ReadyRegistry | null {
  return useContext(ReadyContext);
}

/** Wraps a page; sets `data-ready="true"` on its root when loaded and all charts are drawn. */
export function ReadyScope({ loading, children, className, page }: { loading: boolean; children: ReactNode; className?: string; page?: string }) {
  const pending = useRef(new Set<string>());
  const [version, setVersion] = useState(0);
  const [ready, setReady] = useState(false);

  const report = useCallback((id: string, isReady: boolean) => {
    const had = pending.current.has(id);
    if (isReady) pending.current.delete(id);
    else pending.current.add(id);
    if (had === isReady) setVersion((v) => v + 1);
  }, []);

  useEffect(() => {
    setReady(false);
    if (loading || pending.current.size > 0) return;
    const frame = requestAnimationFrame(() => setReady(pending.current.size === 0));
    return () => cancelAnimationFrame(frame);
  }, [loading, version]);

  const registry = useMemo(() => ({ report }), [report]);
  return (
    <ReadyContext.Provider value={registry}>
      <div className={className} data-page={page} data-ready={ready && !loading ? 'true' : 'false'}>
        {children}
      </div>
    </ReadyContext.Provider>
  );
}
