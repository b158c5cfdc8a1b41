/**
 * Annual-report reconciliation (年报核对, DOMAIN §4, §8; DESIGN §4 `reconcile`): each agency's reported
 * annual statistics against what its decisions and inspections of the year give, for every
 * indicator the case data can reproduce; mismatches with both numbers (unit slips called out), and
 * agencies with enforcement data but no report.
 *
 * Definitions in `checks-sql.ts`; findings in `findings.ts`.
 *
 * Named tables (Arrow names for the UI): `reconcile_checks` (every comparison, with `mismatch`),
 * `reconcile_missing_reports`.
 */
import type { FilterSpec } from '../filter.ts';
import type { QueryContext } from '../query.ts';
import { buildReconcileResult, mismatchesOf } from './build-result.ts';
import { checksQuery, missingReportsQuery, resultSelect } from './checks-sql.ts';
import { reconcileFindings } from './findings.ts';
import type { CheckRow, MissingReportRow, ReconcileResult } from './types.ts';

export type * from './types.ts';

/** Runs the reconciliation for one filter. */
export async function runReconcile(q: QueryContext, filter: FilterSpec): Promise<ReconcileResult> {
  // Both tables come from one statement, held for the two named reads (`checks-sql.ts`).
  const { checks, missing } = await q.withTemp('analysis_reconcile_rows', resultSelect(filter), async (rows) => ({
    checks: await q.rows<CheckRow>('reconcile_checks', checksQuery(filter, rows)),
    missing: await q.rows<MissingReportRow>('reconcile_missing_reports', missingReportsQuery(filter, rows)),
  }));
  const findings = reconcileFindings(filter, checks.length, mismatchesOf(checks), missing);
  return buildReconcileResult(filter, checks, missing, findings);
}
