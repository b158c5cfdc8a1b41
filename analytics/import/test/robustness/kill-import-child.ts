/**
 * Child process of kill-import.test.ts: opens a workspace, imports one file and SIGKILLs itself at a
 * chosen point, so every kill lands at a known place without test hooks in the product.
 *
 *   node --import tsx kill-import-child.ts WORKSPACE FILE POINT
 *
 * POINT is one of
 *   phase:NAME        the first progress report of phase NAME (hash, detect, load, commit)
 *   rows:N            the first load progress report with at least N rows read
 *   sql:TEXT:DELAY    the first statement whose SQL contains TEXT: killed before it starts when
 *                     DELAY < 0, else DELAY ms after it started (DuckDB working on its threads)
 *   after             once the import has returned (committed), before the workspace is closed
 *   none              import normally, print the results as JSON, exit 0
 * Before dying it writes `KILL POINT` to stdout (synchronously, so the line is never lost).
 */
import { writeSync } from 'node:fs';
import { DuckDBConnection } from '@duckdb/node-api';
import { importFile } from '../../import-file.ts';
import { openWorkspace } from '../../../workspace/open.ts';

const [workspace, file, point] = process.argv.slice(2);
if (!workspace || !file || !point) {
  writeSync(2, 'usage: kill-import-child.ts WORKSPACE FILE POINT\n');
  process.exit(2);
}

function die(detail: string): void {
  writeSync(1, `KILL ${point} ${detail}\n`);
  process.kill(process.pid, 'SIGKILL');
}

const [what, arg, delayText] = point.split(':');
// A timed kill not yet fired: the child waits for it rather than finish first on a fast machine.
let pendingKill: Promise<never> | null = null;

if (what === 'sql') {
  // Wrap the two methods the engine's sql/run.ts calls, to see each statement as it starts.
  const proto = DuckDBConnection.prototype as unknown as Record<string, (this: DuckDBConnection, text: string, ...rest: unknown[]) => Promise<unknown>>;
  const delay = Number(delayText ?? -1);
  let fired = false;
  for (const method of ['run', 'runAndReadAll']) {
    const original = proto[method];
    proto[method] = function (text, ...rest) {
      if (!fired && typeof text === 'string' && text.includes(arg)) {
        fired = true;
        if (delay < 0) die(`before ${method}`);
        else pendingKill = new Promise<never>(() => setTimeout(() => die(`${delay} ms into ${method}`), delay));
      }
      return original.call(this, text, ...rest);
    };
  }
}

const ws = await openWorkspace(workspace);
const results = await importFile(ws, file, {
  onProgress(p) {
    if (what === 'phase' && p.phase === arg) die(`at ${p.rows} rows`);
    if (what === 'rows' && p.phase === 'load' && p.rows >= Number(arg)) die(`at ${p.rows} rows`);
  },
});
if (what === 'after') die(`after batch ${results.map((r) => r.batch_id).join(',')}`);
if (pendingKill) await pendingKill;
ws.close();
writeSync(1, JSON.stringify(results.map(({ rejects: _r, ...r }) => r)) + '\n');
