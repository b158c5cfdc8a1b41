/**
 * The satisfaction index of DOMAIN §6, computed from item scores:
 *   item score S_i = mean of its non-blank answers (SQL `avg(score)`, blanks are NULL),
 *   dimension score D_d = unweighted mean of its item scores,
 *   index = Σ w_d · D_d / Σ w_d over the dimensions with w_d > 0.
 * Restricted to one agency's (division's, respondent group's) answers it gives that group's index.
 * An item nobody in the group answered has no score and is left out of its dimension's mean; a
 * dimension with no scored item drops out and the remaining weights are renormalised (the same rule
 * as for one respondent who skipped a whole dimension). No scored dimension → null.
 */
import type { Instrument } from './instrument.ts';

/** Dimension scores (null where no item of the dimension has a score) and the index. */
export interface IndexResult {
  dimensions: (number | null)[];
  index: number | null;
}

/** Scores a group from its item scores (by item code; missing or null = not answered). */
export function surveyIndex(inst: Instrument, itemScores: ReadonlyMap<string, number | null>): IndexResult {
  const dimensions = inst.dimensions.map((d) => {
    const xs = d.items.map((c) => itemScores.get(c)).filter((x): x is number => x !== undefined && x !== null);
    return xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null;
  });
  let num = 0;
  let den = 0;
  inst.dimensions.forEach((d, i) => {
    const score = dimensions[i];
    if (d.weight > 0 && score !== null) {
      num += d.weight * score;
      den += d.weight;
    }
  });
  return { dimensions, index: den > 0 ? num / den : null };
}
