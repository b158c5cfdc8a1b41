/**
 * `supervise analyze NAME --workspace WS [--year Y] [--division D] [--agency A] [--sector S]
 * [--scope all] [--json]`: one analysis for one filter. Without --year, the latest year with penalty
 * decisions (else tickets) is used.
 */
import type { Command } from '../command.ts';
import { UsageError } from '../errors.ts';
import { formatTable } from '../output.ts';
import { optionalInt, requireString } from '../values.ts';
import type { JsonRow } from '../../sql/json-rows.ts';
import { FILTER_PART_LABELS } from '../../analyses/filter.ts';

const NAMES = ['penalties', 'hotspots', 'deviation', 'quality', 'reconcile', 'survey'];

/** analyze command. */
export const analyzeCommand: Command = {
  name: 'analyze',
  summary: '运行分析（处罚分布、投诉热点、裁量偏离、检查质量、年报核对、满意度）— run an analysis',
  usage: `NAME --workspace WS [--year Y] [--division D] [--agency A] [--sector S] [--scope all] [--json]\n  NAME: ${NAMES.join(' | ')}`,
  options: {
    workspace: { type: 'string', short: 'w' },
    year: { type: 'string' },
    division: { type: 'string' },
    agency: { type: 'string' },
    sector: { type: 'string' },
    scope: { type: 'string' },
  },
  positionals: true,
  async run(values, positionals, io) {
    const name = positionals[0];
    if (!name || positionals.length > 1 || !NAMES.includes(name)) throw new UsageError(`请指定一个分析名称：${NAMES.join(' | ')}`);
    const path = requireString(values, 'workspace');
    const scope = values.scope as string | undefined;
    if (scope !== undefined && scope !== 'all' && scope !== 'complaints') throw new UsageError('--scope 只能是 all 或 complaints');
    const { openWorkspace } = await import('../../workspace/open.ts');
    const { queryContext } = await import('../../analyses/query.ts');
    const { runAnalysis } = await import('../../analyses/index.ts');
    const { defaultYear } = await import('../../analyses/default-year.ts');
    const ws = await openWorkspace(path, { readOnly: true });
    try {
      const year = optionalInt(values, 'year', 2000, 2100) ?? (await defaultYear(ws.conn));
      const filter = { year, division: str(values.division), agency: str(values.agency), sector: str(values.sector) };
      const q = await queryContext(ws.conn);
      const result = await runAnalysis(q, name as never, filter, { scope: scope as 'all' | 'complaints' | undefined });
      io.out(values.json ? JSON.stringify(result) : describe(result as unknown as Record<string, unknown>));
    } finally {
      ws.close();
    }
  },
};

function str(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}

/** Human output: findings first, then each summary object and the first rows of each table. */
function describe(result: Record<string, unknown>): string {
  const out: string[] = [];
  const findings = (result.findings ?? []) as { text: string; level: string }[];
  out.push(`【${result.analysis}】${JSON.stringify(result.filter)}`);
  const ignored = Array.isArray(result.filter_ignored) ? (result.filter_ignored as string[]) : [];
  if (ignored.length) {
    const labels = ignored.map((k) => FILTER_PART_LABELS[k as keyof typeof FILTER_PART_LABELS] ?? k).join('、');
    out.push(`注意：工单数据不含${labels}信息，本项分析忽略该筛选条件（结果为未按${labels}筛选的口径）。`);
  }
  if (findings.length) {
    out.push('发现：');
    for (const f of findings) out.push(`  ${f.level === 'warn' ? '⚠' : '·'} ${f.text}`);
  }
  for (const [key, value] of Object.entries(result)) {
    if (key === 'findings' || key === 'analysis' || key === 'filter') continue;
    if (Array.isArray(value)) {
      if (!value.length || typeof value[0] !== 'object') continue;
      out.push('', `${key}（前 ${Math.min(10, value.length)} / ${value.length} 行）：`, formatTable(value.slice(0, 10) as JsonRow[]));
    } else if (value && typeof value === 'object') {
      out.push('', `${key}：`);
      for (const [k, v] of Object.entries(value)) out.push(`  ${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`);
    }
  }
  return out.join('\n');
}
