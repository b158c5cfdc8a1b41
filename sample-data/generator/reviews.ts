/**
 * Case-file reviews (案卷评查, DB32/T 4181—2021): sampled case files per agency, scored out of 100,
 * graded 优秀 ≥ 90 / 合格 ≥ 60 / 不合格; a file with a veto item scores 0 and is 不合格.
 */

import type { Agency } from './agencies.ts';
import { allocate } from './alloc.ts';
import type { PenaltyCase } from './penalty-types.ts';
import type { Rng } from './rng.ts';

/** One reviewed case file. */
export interface Review {
  id: string;
  year: number;
  agency: Agency;
  caseNo: string;
  caseType: '许可' | '处罚' | '强制';
  score: number;
  grade: '优秀' | '合格' | '不合格';
  veto: boolean;
}

/** Grade of a score. */
export function gradeOf(score: number): Review['grade'] {
  return score >= 90 ? '优秀' : score >= 60 ? '合格' : '不合格';
}

/** About 2 % of N case files, with `vetoes` files failing on a veto item. */
export function generateReviews(rng0: Rng, agencies: Agency[], cases: PenaltyCase[], year: number, n: number, vetoes: number): Review[] {
  const rng = rng0.fork('reviews');
  const counts = allocate(n, agencies.map((a) => Math.sqrt(a.weight)));
  const out: Review[] = [];
  agencies.forEach((a, ai) => {
    const own = cases.filter((c) => c.agency === a && c.procedure === '普通');
    const sample = rng.sample(own, counts[ai]);
    for (let k = 0; k < counts[ai]; k++) {
      const caseType = rng.weighted<Review['caseType']>(['处罚', '许可', '强制'], [0.7, 0.2, 0.1]);
      const caseNo = caseType === '处罚' && sample[k] ? sample[k].decisionNo
        : caseType === '许可' ? `${a.prefix.replace(/罚$/, '许')}〔${year}〕${rng.int(1, 900)}号`
        : `${a.prefix.replace(/罚$/, '强')}〔${year}〕${rng.int(1, 90)}号`;
      const score = Math.min(99.5, Math.max(52, Math.round((86 + 6 * rng.normal()) * 2) / 2));
      out.push({ id: '', year, agency: a, caseNo, caseType, score, grade: gradeOf(score), veto: false });
    }
  });
  for (const r of rng.sample(out, vetoes)) {
    r.veto = true;
    r.score = 0;
    r.grade = '不合格';
  }
  out.forEach((r, i) => { r.id = `PC${year}${String(i + 1).padStart(4, '0')}`; });
  return out;
}
