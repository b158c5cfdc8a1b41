/**
 * Child process of kill-report.test.ts: writes the 2025 reports of a workspace and SIGKILLs itself
 * at a chosen point, so kills land at known places without test hooks in the product.
 *
 *   node --import tsx kill-report-child.ts WORKSPACE OUT_DIR POINT
 *
 * POINT is one of
 *   progress:STEP     the progress report of STEP (analyses, charts, docx, xlsx, pptx)
 *   write:N:F         the N-th write of a temporary file: only the fraction F of it is written
 *   rename:N          just before the N-th rename of a finished temporary file to its final name
 *   none              write everything, print the result as JSON, exit 0
 * Before dying it writes `KILL POINT` to stdout (synchronously, so the line is never lost).
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const [workspace, outDir, point] = process.argv.slice(2);
if (!workspace || !outDir || !point) {
  fs.writeSync(2, 'usage: kill-report-child.ts WORKSPACE OUT_DIR POINT\n');
  process.exit(2);
}
const [what, arg, fraction] = point.split(':');

function die(detail: string): never {
  fs.writeSync(1, `KILL ${point} ${detail}\n`);
  process.kill(process.pid, 'SIGKILL');
  throw new Error('unreachable');
}

// The writer imports writeFileSync / renameSync from node:fs; patching the module object and
// syncing the ESM bindings puts these wrappers under it.
const { writeFileSync, renameSync } = fs;
let writes = 0;
let renames = 0;
fs.writeFileSync = ((file: fs.PathOrFileDescriptor, data: string | NodeJS.ArrayBufferView, ...rest: unknown[]) => {
  if (what === 'write' && typeof file === 'string' && file.endsWith('.tmp') && ++writes === Number(arg)) {
    const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length * Number(fraction))));
    die(`${file} half written`);
  }
  return (writeFileSync as (...a: unknown[]) => void)(file, data, ...rest);
}) as typeof fs.writeFileSync;
fs.renameSync = ((from: fs.PathLike, to: fs.PathLike) => {
  if (what === 'rename' && ++renames === Number(arg)) die(`before renaming ${String(from)}`);
  return renameSync(from, to);
}) as typeof fs.renameSync;
syncBuiltinESMExports();

const { openWorkspace } = await import('../../workspace/open.ts');
const { writeReports } = await import('../index.ts');
const ws = await openWorkspace(workspace, { readOnly: true });
const result = await writeReports({
  conn: ws.conn, year: 2025, formats: ['docx', 'xlsx', 'pptx'], outDir,
  onProgress(p) {
    if (what === 'progress' && p.step === arg) die(`at step ${p.done}/${p.total}`);
  },
});
ws.close();
fs.writeSync(1, JSON.stringify(result) + '\n');
