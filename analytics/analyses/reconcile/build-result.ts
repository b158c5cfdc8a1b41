/**
 * Rows of the reconciliation queries → the typed result: the check rows are split into the mismatch
 * list and counted per agency (a few hundred already-aggregated comparisons).
 */
import type { FilterSpec } from '../filter.ts';
import type { Finding } from '../types.ts';
import { MISMATCH_ABS, MISMATCH_REL } from './checks-sql.ts';
import type { CheckRow, MismatchRow, MissingReportRow, ReconcileAgencyRow, ReconcileResult } from './types.ts';

/** The failed checks, without the flag. */
export function mismatchesOf(checks: readonly CheckRow[]): MismatchRow[] {
  return checks.filter((c) => c.mismatch).map(({ mismatch: _m, ...rest }) => rest);
}

/** Checks and mismatches per agency, in agency order. */
export function byAgency(checks: readonly CheckRow[]): ReconcileAgencyRow[] {
  const out = new Map<string, ReconcileAgencyRow>();
  for (const c of checks) {
    const row = out.get(c.agency) ?? { agency: c.agency, checked: 0, mismatches: 0 };
    row.checked++;
    if (c.mismatch) row.mismatches++;
    out.set(c.agency, row);
  }
  return [...out.values()];
}

/** Assembles the result. */
export function buildReconcileResult(filter: FilterSpec, checks: CheckRow[], missing: MissingReportRow[], findings: Finding[]): ReconcileResult {
  return {
    analysis: 'reconcile',
    filter,
    findings,
    checked: checks.length,
    mismatches: mismatchesOf(checks),
    missing_reports: missing,
    by_agency: byAgency(checks),
    checks,
    tolerance: { abs: MISMATCH_ABS, rel: MISMATCH_REL },
  };
}
