/**
 * Whether the Electron runtime binary is installed. The `electron` package's index throws (or
 * names a missing file) when its postinstall could not download the binary — the usual case on an
 * intranet without internet access.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The Electron executable's path, or null when the runtime is absent. */
export function electronBinary(require: (id: string) => unknown = createRequire(import.meta.url)): string | null {
  try {
    const path = require('electron');
    return typeof path === 'string' && path !== '' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}
