/**
 * `supervise sql --workspace WS "SELECT …" [--json]`: read-only queries on a workspace.
 */
import type { Command } from '../command.ts';
import { UsageError } from '../errors.ts';
import { formatTable } from '../output.ts';
import { requireString } from '../values.ts';
import { openWorkspace } from '../../workspace/open.ts';
import { runReadOnly } from '../../sql/read-only.ts';

/** sql command. */
export const sqlCommand: Command = {
  name: 'sql',
  summary: '只读 SQL 查询 — read-only SQL query on a workspace',
  usage: '--workspace WS "SELECT …" [--json]',
  options: { workspace: { type: 'string', short: 'w' } },
  positionals: true,
  async run(values, positionals, io) {
    const path = requireString(values, 'workspace');
    if (positionals.length !== 1) throw new UsageError('请给出一条查询语句（one query text, quoted）');
    const ws = await openWorkspace(path, { readOnly: true });
    try {
      const rows = await runReadOnly(ws.conn, positionals[0]);
      io.out(values.json ? JSON.stringify(rows) : formatTable(rows));
    } finally {
      ws.close();
    }
  },
};
