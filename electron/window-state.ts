/**
 * The window's size and position, remembered between runs in the user's data folder. A saved
 * position that no longer fits any display (a monitor was unplugged) is dropped so the window
 * never opens off-screen.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where and how large the window is. */
export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

/** Saved state: bounds and whether the window was maximized. */
export interface WindowState extends WindowBounds {
  maximized: boolean;
}

/** A display's usable area. */
export interface WorkArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The size of a first run (fits a 1440×900 laptop). */
export const DEFAULT_STATE: WindowState = { width: 1400, height: 860, maximized: false };

/** The state file in `dir`. */
export function stateFile(dir: string): string {
  return join(dir, 'window-state.json');
}

/** Reads the saved state; a missing or damaged file gives the defaults. */
export function loadWindowState(file: string): WindowState {
  try {
    const v = JSON.parse(readFileSync(file, 'utf8')) as Partial<WindowState>;
    const num = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) ? Math.round(n) : undefined);
    const width = num(v.width);
    const height = num(v.height);
    if (!width || !height) return { ...DEFAULT_STATE };
    return { x: num(v.x), y: num(v.y), width, height, maximized: v.maximized === true };
  } catch {
    return { ...DEFAULT_STATE };
  }
}

/** Saves the state (best effort: a read-only profile must not stop the app from closing). */
export function saveWindowState(file: string, state: WindowState): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(state));
  } catch {
    // Not remembering the size is harmless.
  }
}

/** Clamps the size to the largest display and drops a position that shows less than 100×50 px on any display. */
export function fitToDisplays(state: WindowState, areas: readonly WorkArea[]): WindowState {
  if (!areas.length) return state;
  const maxW = Math.max(...areas.map((a) => a.width));
  const maxH = Math.max(...areas.map((a) => a.height));
  const width = Math.max(800, Math.min(state.width, maxW));
  const height = Math.max(600, Math.min(state.height, maxH));
  if (state.x === undefined || state.y === undefined) return { width, height, maximized: state.maximized };
  const { x, y } = state;
  const visible = areas.some((a) => {
    const w = Math.min(x + width, a.x + a.width) - Math.max(x, a.x);
    const h = Math.min(y + height, a.y + a.height) - Math.max(y, a.y);
    return w >= 100 && h >= 50;
  });
  return visible ? { x, y, width, height, maximized: state.maximized } : { width, height, maximized: state.maximized };
}
