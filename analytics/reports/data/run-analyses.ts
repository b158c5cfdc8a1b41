/**
 * Running the analyses for a report. Each runs on its own: one that fails leaves its section
 * saying the data is unavailable, with the reason, instead of failing the whole export.
 */
import type { FilterSpec } from '../../analyses/filter.ts';
import { runAnalysis } from '../../analyses/index.ts';
import type { QueryContext } from '../../analyses/query.ts';
import type { ReportAnalysis } from './types.ts';

/** A result, or why there is none: a short Chinese reason for documents and the error's own first line. */
export type Outcome = { ok: true; result: unknown } | { ok: false; reason: string; detail: string };

/** Runs one analysis; never throws. */
export async function runOne(q: QueryContext, name: ReportAnalysis, filter: FilterSpec): Promise<Outcome> {
  try {
    return { ok: true, result: await runAnalysis(q, name, filter) };
  } catch (e) {
    return { ok: false, reason: '分析运行出错', detail: (e instanceof Error ? e.message : String(e)).split('\n')[0] };
  }
}
