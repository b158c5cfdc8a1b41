/** The shape of truth.json: the facts the generator planted, in 元, rounded to 2 decimals. */

import type { WrittenFile } from './write/types.ts';

/** Per-agency case figures. */
export interface AgencyFigures { cases: number; fine_total_yuan: number; confiscation_total_yuan?: number }

/** Everything a test or an analysis can check the generated files against. */
export interface Truth {
  seed: number;
  year: number;
  cases: number;
  definitions: Record<string, string>;
  files: WrittenFile[];
  agencies: { name: string; division: string; sector: string }[];
  benchmark: { violations: number; rule_rows: number; no_rule_violations: string[]; revised: { violation_code: string; switch_date: string } };
  penalty: {
    cases: number; fine_total_yuan: number; confiscation_total_yuan: number; revoked_rows: number;
    revoked: { decision_no: string; agency: string; fine_yuan: number }[];
    by_agency: Record<string, AgencyFigures>;
    status_counts: Record<string, number>;
    simple_procedure_cases: number;
    heaviest_category_counts: Record<string, number>;
  };
  prior_year: { year: number; cases: number; fine_total_yuan: number; by_agency: Record<string, AgencyFigures> };
  tickets: {
    count: number; prior_year_count: number; by_type: Record<string, number>; by_raw_type: Record<string, number>;
    unplaced: number; in_scope: number; in_scope_unplaced: number;
  };
  inspections: { count: number };
  reviews: { count: number; vetoes: number };
  survey: { responses: number; items: number; city_index: number; comment_keywords: Record<string, number> };
  planted: {
    above_benchmark_agency: { agency: string; above: number; assessed: number; above_share: number };
    other_agencies_above_share_max: number;
    dispersed_group: {
      violation_code: string; violation_name: string; tier: string; division: string; cases: number; cv: number;
      city_cases: number; city_cv: number;
    };
    other_groups_cv_max: number;
    simple_over_cap: number;
    december_spike: { agency: string; december_share: number; cases: number };
    other_agencies_december_share_max: number;
    hotspot: { division: string; category: string; observed: number; expected: number; z: number };
    surge: { month: string; division: string; category: string; count: number; baseline: number };
    repeat_inspections: {
      episodes: number;
      target_count: number;
      targets: { credit_code: string; name: string; episodes: number }[];
      episode_list: { credit_code: string; visits: { agency: string; date: string }[] }[];
      agency_pairs: [string, string][];
    };
    annual_mismatches: { agency: string; indicator: string; reported: number; computed: number; note: string }[];
    survey_below_agency: { agency: string; responses: number; index: number; city_index: number; t: number; p_value: number };
    review_vetoes: number;
  };
}
