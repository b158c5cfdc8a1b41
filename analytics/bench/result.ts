/**
 * Benchmark results (`ratio = reference_s / ours_s`: above 1 means we are faster) and a child-process
 * runner that measures one task's time and peak RSS in isolation.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ENGINE_NODE_FLAGS } from '../cli/node-flags.ts';

/** One benchmark line. */
export interface BenchResult {
  id: string;
  ours_s: number;
  reference: string;
  reference_s: number | null;
  ratio: number | null;
  rows: number;
  peak_rss_mb: number;
  goal?: string;
  note?: string;
}

/** What every child measurement reports; tasks may add their own fields (`T`). */
export interface Measured {
  seconds: number;
  rows: number;
  peak_rss_mb: number;
}

/** Runs `run-one.ts TASK ARGS` in a child process; returns its measurement. */
export function measure<T extends object = object>(task: string, ...args: string[]): Measured & T {
  const script = resolve(import.meta.dirname, 'run-one.ts');
  // The flags `supervise` itself runs with (its shebang), so the child measures the product.
  const r = spawnSync(process.execPath, [...ENGINE_NODE_FLAGS, '--import', 'tsx', script, task, ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`基准任务 ${task} 失败：${r.stderr.split('\n').slice(-5).join(' ')}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() as string);
}

/** A row count as a benchmark id suffix: 1 000 000 → `1m`, 100 000 → `100k`. */
export function sizeLabel(rows: number): string {
  return rows >= 1_000_000 ? `${rows / 1_000_000}m` : `${Math.round(rows / 1000)}k`;
}

/** A results table for humans. */
export function formatResults(suite: string, results: BenchResult[]): string {
  const lines = [`suite: ${suite}`, 'id               ours_s  reference                 ref_s   ratio  rows       peak_rss_mb  goal'];
  for (const r of results) {
    lines.push(
      `${r.id.padEnd(16)} ${(Number.isFinite(r.ours_s) ? r.ours_s.toFixed(2) : "-").padStart(6)}  ${r.reference.padEnd(24)} ${(r.reference_s?.toFixed(2) ?? '-').padStart(6)}  ${(r.ratio?.toFixed(2) ?? '-').padStart(5)}  ${String(r.rows).padEnd(10)} ${String(r.peak_rss_mb).padStart(11)}  ${r.goal ?? ''}${r.note ? '  ' + r.note : ''}`,
    );
  }
  return lines.join('\n');
}
