/**
 * A temporary folder and a fresh workspace for every test of a file, for tests that import one
 * small file each and read back what was stored: no test sees another's rows.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach } from 'vitest';
import { openWorkspace, type Workspace } from '../../../workspace/open.ts';

/** Registers the hooks; `ws()` is the current test's workspace, `dir` the folder for its files. */
export function workspacePerTest(prefix: string): { dir: string; ws: () => Workspace } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  let n = 0;
  let current: Workspace | undefined;
  beforeEach(async () => {
    current?.close();
    current = await openWorkspace(join(dir, `ws${n++}.duckdb`), { create: true });
  });
  afterAll(() => {
    current?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    dir,
    ws: () => {
      if (!current) throw new Error('workspacePerTest: no workspace outside a test');
      return current;
    },
  };
}
