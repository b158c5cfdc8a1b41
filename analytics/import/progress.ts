/**
 * Progress of an import, for the CLI's bar and the UI: rows so far, rows per second, phase.
 */

/** Import phases, in order. */
export type ImportPhase = 'hash' | 'detect' | 'load' | 'commit' | 'done';

/** One progress report. */
export interface ImportProgress {
  file: string;
  sheet: string | null;
  phase: ImportPhase;
  rows: number;
  rowsPerSecond: number;
  /** 0–1 when known (bytes read over file size), else null. */
  fraction: number | null;
}

/**
 * Rate-limits progress callbacks to one per `intervalMs`, always passing phase changes through. A
 * phase's last report, when it was held back, is passed just before the next phase's first: the
 * rows a phase ended with are always seen (a fast load could otherwise end between two reports).
 */
export function throttle(cb: ((p: ImportProgress) => void) | undefined, intervalMs = 200): (p: ImportProgress) => void {
  if (!cb) return () => undefined;
  let last = 0;
  let lastPhase: ImportPhase | null = null;
  let held: ImportProgress | null = null;
  return (p) => {
    const now = Date.now();
    if (p.phase !== lastPhase || now - last >= intervalMs) {
      if (held && p.phase !== lastPhase) cb(held);
      held = null;
      last = now;
      lastPhase = p.phase;
      cb(p);
    } else held = p;
  };
}
