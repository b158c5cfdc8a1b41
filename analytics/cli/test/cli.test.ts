import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = resolve(import.meta.dirname, '../supervise.mjs');
const dir = mkdtempSync(join(tmpdir(), 'cli-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('supervise CLI (as a user runs it)', () => {
  it('lists the commands in Chinese and English', () => {
    const r = cli('--help');
    expect(r.code).toBe(0);
    for (const c of ['init', 'generate', 'sql']) expect(r.out).toContain(c);
    expect(r.out).toContain('创建或升级工作区');
    expect(r.out).toContain('create (or migrate) a workspace');
  });

  it('init creates a workspace, sql reads it as JSON with numbers and dates', () => {
    const ws = join(dir, 'demo.duckdb');
    expect(cli('init', '--workspace', ws).code).toBe(0);
    expect(existsSync(ws)).toBe(true);
    const r = cli('sql', '--workspace', ws, "SELECT name, parent, population, DATE '2025-03-05' AS d, 1234.5::DECIMAL(18,2) AS m, 7::BIGINT AS n FROM division WHERE name = '连云区'", '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual([{ name: '连云区', parent: null, population: 292762, d: '2025-03-05', m: 1234.5, n: 7 }]);
    const divisions = JSON.parse(cli('sql', '--workspace', ws, 'select * from division', '--json').out);
    expect(divisions.map((d: { name: string }) => d.name)).toContain('徐圩新区');
  });

  it('sql refuses writes without executing them, in one line, non-zero', () => {
    const ws = join(dir, 'w.duckdb');
    cli('init', '--workspace', ws);
    const r = cli('sql', '--workspace', ws, 'SELECT 1; DELETE FROM division');
    expect(r.code).not.toBe(0);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/只读|read-only/);
    const left = JSON.parse(cli('sql', '--workspace', ws, 'SELECT count(*) AS n FROM division', '--json').out);
    expect(left[0].n).toBeGreaterThan(0);
  });

  it('import of several files goes on past one it cannot read: one line for it, the rest imported, exit 1', () => {
    const exports = resolve(import.meta.dirname, '../../../sample-data/exports');
    const ws = join(dir, 'many.duckdb');
    const files = [join(exports, '执法机关名录.xlsx'), join(exports, 'truth.json'), join(exports, '行政区划_连云港.xlsx')];
    const r = cli('import', ...files, '--workspace', ws);
    expect(r.code).toBe(1);
    const errLines = r.err.trim().split('\n');
    expect(errLines).toHaveLength(1);
    expect(errLines[0]).toContain('"truth.json"');
    expect(r.out).toContain('执法机关名录.xlsx：agency');
    expect(r.out).toContain('行政区划_连云港.xlsx：division');
    expect(r.out).toContain('1 个文件未导入');
    const kinds = JSON.parse(cli('sql', '--workspace', ws, 'SELECT kind FROM import_batch ORDER BY batch_id', '--json').out);
    // The division list goes first (the agency directory is placed through it), whatever the order given.
    expect(kinds.map((k: { kind: string }) => k.kind)).toEqual(['division', 'agency']);
    const json = cli('import', files[1], files[0], '--workspace', ws, '--json');
    expect(json.code).toBe(1);
    const parsed = JSON.parse(json.out);
    expect(parsed.batches).toHaveLength(1);
    expect(parsed.batches[0].skipped).toBe('already_imported');
    expect(parsed.failed).toEqual([{ file: files[1], message: expect.stringContaining('"truth.json"') }]);
  });

  it.skipIf(process.platform !== 'linux')('Ctrl-C during an import rolls the file back, keeps the files before it, says so, exit 130', async () => {
    const exports = resolve(import.meta.dirname, '../../../sample-data/exports');
    const ws = join(dir, 'interrupt.duckdb');
    // ~90 000 rows: long enough that the interrupt lands while the file is being read.
    const [header, ...rows] = readFileSync(join(exports, '行政处罚_案件系统导出_连云港市交通运输局_2025.csv'), 'latin1').trim().split(/\r?\n/);
    const big = join(dir, '行政处罚_大.csv');
    const out = [header];
    for (let c = 0; c < 100; c++) for (const r of rows) out.push(r.replace(/^([^,]*)/, `$1-${c}`));
    writeFileSync(big, out.join('\r\n') + '\r\n', 'latin1');
    const child = spawn(process.execPath, [BIN, 'import', join(exports, '行政区划_连云港.xlsx'), big, '--workspace', ws], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    // Interrupt once the big file is open (the import has reached it), as a user's Ctrl-C would.
    const opened = () => {
      try {
        return readdirSync(`/proc/${child.pid}/fd`).some((fd) => readlinkSync(`/proc/${child.pid}/fd/${fd}`) === big);
      } catch {
        return false;
      }
    };
    while (!opened() && child.exitCode === null) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stdout).toContain('行政区划_连云港.xlsx：division');
    expect(stderr).toContain('已取消：行政处罚_大.csv 已撤回，未写入工作区；此前完成的 1 个文件已写入工作区');
    const batches = JSON.parse(cli('sql', '--workspace', ws, 'SELECT kind, (SELECT count(*) FROM penalty_case) AS cases FROM import_batch', '--json').out);
    expect(batches).toEqual([{ kind: 'division', cases: 0 }]);
  }, 60_000);

  it('analyze says which filter parts an analysis cannot apply (tickets have no agency or sector)', () => {
    const ws = join(dir, 'filters.duckdb');
    cli('init', '--workspace', ws);
    const r = cli('analyze', 'hotspots', '--workspace', ws, '--year', '2025', '--sector', '市场监管');
    expect(r.code).toBe(0);
    expect(r.out).toContain('注意：工单数据不含执法领域信息，本项分析忽略该筛选条件');
    const placed = cli('analyze', 'hotspots', '--workspace', ws, '--year', '2025', '--division', '连云区');
    expect(placed.code).toBe(0);
    expect(placed.out).not.toContain('注意：');
  });

  it('sql on a missing path refuses and creates nothing', () => {
    const ws = join(dir, 'nope', 'x.duckdb');
    const r = cli('sql', '--workspace', ws, 'SELECT 1');
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('工作区不存在');
    expect(existsSync(ws)).toBe(false);
    expect(existsSync(join(dir, 'nope'))).toBe(false);
  });

  it('errors are one line without a stack trace; --debug shows one', () => {
    const r = cli('sql', '--workspace', join(dir, 'w.duckdb'), 'SELEC oops');
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).not.toMatch(/\n\s+at\s/);
    const d = cli('sql', '--workspace', join(dir, 'w.duckdb'), 'SELEC oops', '--debug');
    expect(d.err).toMatch(/\n\s+at\s/);
    const u = cli('frobnicate');
    expect(u.code).toBe(2);
    expect(u.err).toContain('未知命令');
  });

  it('is runnable through npx as the package bin', () => {
    const out = execFileSync('npx', ['--no-install', 'supervise', '--help'], { encoding: 'utf8', cwd: resolve(import.meta.dirname, '../../..') });
    expect(out).toContain('supervise');
  });
});
