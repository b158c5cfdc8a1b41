/**
 * 八、发现的问题及建议: the warn-level findings of every analysis, grouped by kind (several agencies
 * below the benchmark are one problem), each stated with its numbers and followed by a concrete
 * suggestion. The slide deck shows the same list.
 */
import type { Finding } from '../../analyses/types.ts';
import type { ReportData } from '../data/types.ts';
import { paragraph, sentence } from '../format.ts';
import { REPORT_TEXT as T } from '../messages.ts';
import { GENERIC_PROBLEM, NO_PROBLEMS, PROBLEMS, PROBLEMS_INTRO, type ProblemText } from '../messages-problems.ts';
import { pick } from './findings.ts';
import { para, sub, type Block, type Section } from './model.ts';

/** One problem with the findings that show it. */
export interface Problem extends ProblemText {
  findings: Finding[];
}

function entryOf(f: Finding): ProblemText {
  return PROBLEMS[f.id] ?? PROBLEMS[f.id.split('.')[0]] ?? GENERIC_PROBLEM;
}

/** Warn findings grouped into problems, in section order. */
export function problems(d: ReportData): Problem[] {
  let all = [d.penalties, d.hotspots, d.deviation, d.quality, d.survey, d.reconcile].flatMap((r) => pick(d, r?.findings, { level: 'warn' }));
  // A summary finding already states its details (the reconciliation's mismatches one by one).
  if (all.some((f) => f.id === 'reconcile.summary')) all = all.filter((f) => f.id !== 'reconcile.mismatch');
  const byTitle = new Map<string, Problem>();
  for (const f of all) {
    const entry = entryOf(f);
    const p = byTitle.get(entry.title) ?? { ...entry, findings: [] };
    p.findings.push(f);
    byTitle.set(entry.title, p);
  }
  return [...byTitle.values()];
}

/** The problems section. */
export function problemsSection(d: ReportData): Section {
  const list = problems(d);
  const blocks: Block[] = [para(list.length ? PROBLEMS_INTRO(d.scope.place) : NO_PROBLEMS(d.scope.place))];
  for (const p of list) {
    blocks.push(sub(p.title));
    // Several findings of one kind read as one sentence joined by semicolons.
    blocks.push(para(paragraph(p.findings.map((f) => f.text.replace(/[。；]$/, '')).join('；')) + sentence(p.suggestion)));
  }
  if (d.missing.length) {
    blocks.push(para(`另外，${d.missing.map((m) => T.sections[m.analysis]).join('、')}部分因数据暂不可用未作分析，建议补充相关数据后重新生成本报告。`));
  }
  return { heading: T.sections.problems, blocks };
}
