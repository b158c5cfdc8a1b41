/**
 * Share of comments mentioning each recurring complaint theme (`themes.ts`): a comment mentions a
 * theme when its text contains any of the theme's keywords; identical comments count as many times
 * as they were written; the denominator is every non-blank comment in scope.
 */
import type { SurveyTheme } from '../types.ts';
import type { CountedComment } from './keywords.ts';
import { COMPLAINT_THEMES, type Theme } from './themes.ts';

/** Mentions and shares per theme, in the themes' order. */
export function themeShares(comments: readonly CountedComment[], themes: readonly Theme[] = COMPLAINT_THEMES): SurveyTheme[] {
  const total = comments.reduce((s, c) => s + c.n, 0);
  return themes.map((t) => {
    let hits = 0;
    for (const c of comments) if (t.keywords.some((k) => c.comment.includes(k))) hits += c.n;
    return { theme: t.theme, keywords: [...t.keywords], comments: hits, share: total > 0 ? hits / total : null };
  });
}
