/**
 * Cell-value parsers and label normalisers of the importer (issue 3, item 4). Pure functions, no I/O;
 * each returns `{ ok: true, … } | { ok: false, reason }` for values that can be wrong, with the reason
 * a short Chinese phrase from {@link REASONS}.
 */
export * from './reasons.ts';
export * from './text.ts';
export * from './credit-code.ts';
export * from './money.ts';
export * from './date.ts';
export * from './range.ts';
export * from './category.ts';
export * from './tier.ts';
export * from './appeal.ts';
export * from './survey-label.ts';
export * from './division-infer.ts';
