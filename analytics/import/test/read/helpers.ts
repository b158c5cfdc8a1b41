/**
 * Test helpers for the readers: temporary folders and collecting every row of a sheet.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SheetRow, SheetSource } from '../../types.ts';

/** A fresh temporary folder and a function that removes it. */
export function tempDir(prefix = 'read-test-'): { dir: string; cleanup: () => void; file: (name: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }), file: (name) => join(dir, name) };
}

/** All rows of a sheet, flattened from its batches. */
export async function allRows(sheet: SheetSource, signal?: AbortSignal): Promise<SheetRow[]> {
  const out: SheetRow[] = [];
  for await (const batch of sheet.rows(signal)) out.push(...batch);
  return out;
}

/** The error a promise rejects with (fails the test when it resolves). */
export async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a rejection');
}
