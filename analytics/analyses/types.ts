/**
 * Shapes shared by the analyses: findings in plain Chinese with the numbers they rest on, and the
 * common result envelope.
 */
import type { FilterSpec } from './filter.ts';

/** One plain-Chinese finding (reports and the overview reuse them). */
export interface Finding {
  /** Stable id, e.g. `penalties.december_spike`. */
  id: string;
  /** The sentence, e.g. "海州区投诉举报量居全市首位，较上年上升23.4%". */
  text: string;
  /** `warn` for something a supervisor should act on, `info` otherwise. */
  level: 'info' | 'warn';
  /** The numbers the sentence states, by name (money in 元, shares in 0–1). */
  numbers: Record<string, number | string | null>;
}

/** What every analysis result carries besides its own keys. */
export interface ResultEnvelope {
  analysis: string;
  filter: FilterSpec;
  findings: Finding[];
}
