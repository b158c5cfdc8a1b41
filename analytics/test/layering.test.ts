/**
 * The layering table of DESIGN §2 is enforced by ESLint: a planted violating import in each folder
 * must fail lint, and the allowed imports must pass.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
  return result.messages.filter((m) => m.ruleId?.endsWith('no-restricted-imports')).map((m) => m.message);
}

describe('layering lint (DESIGN §2)', () => {
  it('renderer may not import node, DuckDB, electron or analytics runtime', async () => {
    expect(await restricted('renderer/src/planted.ts', `import { DuckDBInstance } from '@duckdb/node-api'; export { DuckDBInstance };`)).toHaveLength(1);
    expect(await restricted('renderer/src/planted.ts', `import { readFileSync } from 'node:fs'; export { readFileSync };`)).not.toHaveLength(0);
    expect(await restricted('renderer/src/planted.ts', `import path from 'path'; export { path };`)).not.toHaveLength(0);
    expect(await restricted('renderer/src/planted.ts', `import { ipcRenderer } from 'electron'; export { ipcRenderer };`)).toHaveLength(1);
    expect(await restricted('renderer/src/planted.ts', `import { openWorkspace } from '../../analytics/workspace/open.ts'; export { openWorkspace };`)).toHaveLength(1);
    expect(await restricted('renderer/src/planted.ts', `import type { Fragment } from '../../analytics/sql/fragment.ts'; export type { Fragment };`)).toHaveLength(1);
    expect(await restricted('renderer/src/planted.ts', `import { api } from '../../analytics/contract.ts'; export { api };`)).toHaveLength(1);
  });

  it('renderer may import types from the contract, and UI libraries', async () => {
    expect(await restricted('renderer/src/ok.ts', `import type { Api } from '../../analytics/contract.ts'; export type { Api };`)).toEqual([]);
    expect(await restricted('renderer/src/ok.ts', `import { tableFromIPC } from 'apache-arrow'; export { tableFromIPC };`)).toEqual([]);
  });

  it('analytics may not import electron, react or renderer code', async () => {
    expect(await restricted('analytics/planted.ts', `import { app } from 'electron'; export { app };`)).toHaveLength(1);
    expect(await restricted('analytics/planted.ts', `import React from 'react'; export { React };`)).toHaveLength(1);
    expect(await restricted('analytics/planted.ts', `import { x } from '../renderer/src/x.ts'; export { x };`)).toHaveLength(1);
    expect(await restricted('analytics/ok.ts', `import { DuckDBInstance } from '@duckdb/node-api'; import { readFileSync } from 'node:fs'; export { DuckDBInstance, readFileSync };`)).toEqual([]);
  });

  it('electron may not import react or renderer source', async () => {
    expect(await restricted('electron/planted.ts', `import React from 'react'; export { React };`)).toHaveLength(1);
    expect(await restricted('electron/planted.ts', `import { App } from '../renderer/src/App.tsx'; export { App };`)).toHaveLength(1);
    expect(await restricted('electron/ok.ts', `import { openWorkspace } from '../analytics/workspace/open.ts'; import { app } from 'electron'; export { openWorkspace, app };`)).toEqual([]);
  });

  it('npm run lint fails on a planted violation (the CLI exit code)', async () => {
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync('npx', ['eslint', '--stdin', '--stdin-filename', 'renderer/src/planted.ts'], {
      cwd: root,
      input: `import { DuckDBInstance } from '@duckdb/node-api';\nexport { DuckDBInstance };\n`,
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('renderer/ must not import DuckDB');
  });
});
