/**
 * The annual-statistics reconciliation as the report reads it: the reconcile result's mismatches
 * with Chinese labels, plus the counts the prose needs.
 */
import type { ReconcileResult } from '../../analyses/reconcile/types.ts';
import type { Finding } from '../../analyses/types.ts';

/** One mismatch with its Chinese label and unit. */
export interface MismatchRow {
  agency: string;
  indicator: string;
  /** `行政处罚：合计`. */
  label: string;
  /** 件 / 次 / 元. */
  unit: string;
  reported: number;
  computed: number;
  /** reported − computed. */
  difference: number;
  /** 元 and 万元 mixed up (reported ≈ 10 000 × computed or the reverse). */
  unitError: boolean;
}

/** What the report needs of the reconciliation. */
export interface ReconcileView {
  /** Agency × indicator pairs compared. */
  checked: number;
  /** Agencies whose annual statistics were compared. */
  agencies: number;
  mismatches: MismatchRow[];
  /** Agencies with enforcement data but no annual report. */
  missingReports: string[];
  findings: Finding[];
}

/** The view of a reconcile result. */
export function reconcileView(r: ReconcileResult): ReconcileView {
  return {
    checked: r.checked,
    agencies: r.by_agency.length,
    mismatches: r.mismatches.map((m) => ({
      agency: m.agency,
      indicator: m.indicator,
      label: m.indicator_label,
      unit: m.unit,
      reported: m.reported,
      computed: m.computed,
      difference: m.difference,
      unitError: m.suspected_unit_error,
    })),
    missingReports: r.missing_reports.map((m) => m.agency),
    findings: r.findings,
  };
}
