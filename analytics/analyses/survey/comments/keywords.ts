/**
 * Top keywords of the free comments (issue 5 item 6).
 *
 * - Segmentation: `Intl.Segmenter('zh', {granularity: 'word'})` (ICU's dictionary segmenter, in
 *   Node and Chromium alike, so the UI and reports agree). A token is kept when it is word-like,
 *   has at least 2 characters, is not a stop word (`stop-words.ts`) and is not a bare number.
 * - Speed: punctuation and spaces are always word boundaries, so a comment is split into clauses
 *   first and each distinct clause segmented once (comments repeat clauses — 态度很好, 希望减少重复检查
 *   — far more often than whole texts); the result is the same as segmenting the whole text.
 * - Counting: a word counts once per comment that contains it (document frequency) — one long
 *   complaint repeating 罚款 five times is one voice, not five. Identical comments count as many
 *   times as they were written.
 * - Order: by count, then by the word (zh collation) so ties are stable.
 * - Examples: for each keyword two comments containing it, preferring informative ones (at least
 *   8 characters) and among those the shortest — the quickest to read in a report — then the most
 *   repeated; personal numbers masked when `mask` (setting `mask_personal_data`).
 */
import type { SurveyKeyword } from '../types.ts';
import { maskPersonal } from './mask.ts';
import { STOP_WORDS } from './stop-words.ts';

/** Minimum length (characters) of an informative example. */
export const INFORMATIVE_LENGTH = 8;

/** A distinct comment and how many responses wrote it. */
export interface CountedComment {
  comment: string;
  n: number;
}

const NUMBER = /^[\d.,，．%％]+$/;
const CLAUSE_BREAK = /[\s\p{P}]+/u;

/** The keywords of one clause (text without punctuation), in order, repeats included. */
function clauseWords(clause: string, segmenter: Intl.Segmenter): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(clause)) {
    if (!s.isWordLike) continue;
    const w = s.segment.toLowerCase();
    if ([...w].length < 2 || STOP_WORDS.has(w) || NUMBER.test(w)) continue;
    out.push(w);
  }
  return out;
}

/** Segments comments clause by clause, remembering each clause's words. */
export class CommentSegmenter {
  private readonly segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  private readonly cache = new Map<string, string[]>();

  /** The keywords of one text, each once, in order of appearance. */
  words(text: string): string[] {
    const out = new Set<string>();
    for (const clause of text.split(CLAUSE_BREAK)) {
      if (!clause) continue;
      let ws = this.cache.get(clause);
      if (!ws) {
        ws = clauseWords(clause, this.segmenter);
        if (this.cache.size < 200_000) this.cache.set(clause, ws);
      }
      for (const w of ws) out.add(w);
    }
    return [...out];
  }
}

/** The keywords of one text, each once, in order of appearance. */
export function commentWords(text: string): string[] {
  return new CommentSegmenter().words(text);
}

type Candidate = { text: string; length: number; n: number };

/** Whether a is a better example than b. */
function better(a: Candidate, b: Candidate): boolean {
  const ia = a.length >= INFORMATIVE_LENGTH;
  const ib = b.length >= INFORMATIVE_LENGTH;
  if (ia !== ib) return ia;
  if (a.length !== b.length) return a.length < b.length;
  if (a.n !== b.n) return a.n > b.n;
  return a.text < b.text;
}

function offer(best: Candidate[], c: Candidate, keep: number): void {
  let i = best.length;
  while (i > 0 && better(c, best[i - 1])) i--;
  if (i < keep) {
    best.splice(i, 0, c);
    if (best.length > keep) best.pop();
  }
}

/** The `top` most frequent keywords with `examples` example comments each. */
export function topKeywords(comments: readonly CountedComment[], opts: { top?: number; examples?: number; mask?: boolean } = {}): SurveyKeyword[] {
  const top = opts.top ?? 20;
  const keep = opts.examples ?? 2;
  const segmenter = new CommentSegmenter();
  const counts = new Map<string, number>();
  const examples = new Map<string, Candidate[]>();
  for (const { comment, n } of comments) {
    const candidate = { text: comment, length: [...comment].length, n };
    for (const w of segmenter.words(comment)) {
      counts.set(w, (counts.get(w) ?? 0) + n);
      let best = examples.get(w);
      if (!best) examples.set(w, (best = []));
      offer(best, candidate, keep);
    }
  }
  const collator = new Intl.Collator('zh');
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || collator.compare(a[0], b[0]))
    .slice(0, top)
    .map(([word, count]) => ({
      word, count,
      examples: (examples.get(word) ?? []).map((c) => (opts.mask === false ? c.text : maskPersonal(c.text))),
    }));
}
