/**
 * Result shapes of the annual-report reconciliation (DESIGN §4 `reconcile`, DOMAIN §4, §8). Money in
 * 元, counts as numbers.
 */
import type { ResultEnvelope } from '../types.ts';

/** One reported value compared with the value the case data gives. */
export interface CheckRow {
  agency: string;
  indicator: string;
  indicator_label: string;
  /** Unit of the indicator (件 / 次 / 元). */
  unit: string;
  money: boolean;
  reported: number;
  computed: number;
  /** reported − computed. */
  difference: number;
  /** reported / computed; null when computed is 0. */
  ratio: number | null;
  mismatch: boolean;
  /** A money indicator reported about 10 000 times (or 1 / 10 000 of) the computed value: 元 and 万元 mixed up. */
  suspected_unit_error: boolean;
}

/** A mismatch (a check row that failed). */
export type MismatchRow = Omit<CheckRow, 'mismatch'>;

/** An agency with enforcement data in the year but no annual report. */
export interface MissingReportRow {
  agency: string;
  penalty_total: number;
  penalty_amount_yuan: number;
  inspection_total: number;
}

/** Checks and mismatches of one agency. */
export interface ReconcileAgencyRow {
  agency: string;
  checked: number;
  mismatches: number;
}

/** The reconciliation result. */
export interface ReconcileResult extends ResultEnvelope {
  analysis: 'reconcile';
  /** Number of agency × indicator pairs compared. */
  checked: number;
  mismatches: MismatchRow[];
  missing_reports: MissingReportRow[];
  by_agency: ReconcileAgencyRow[];
  /** Every comparison, mismatched or not (the 数据核对 table of the report). */
  checks: CheckRow[];
  /** The rule: mismatch when |reported − computed| > max(abs, rel × |computed|). */
  tolerance: { abs: number; rel: number };
}
