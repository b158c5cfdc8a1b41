/**
 * Personal data in what the UI shows (issue 8 §7): mobile numbers become 138****1234, 18-digit ID
 * numbers keep their region code and last four characters, landlines their area code. On by
 * default; the workspace setting `mask_personal_data: false` shows them. Digits inside longer digit
 * runs are left alone, so amounts and document numbers are not mangled. The rule itself is the one
 * the reports use, so the screen, exports and documents mask exactly the same text.
 */
import type { ImportJob, ImportPreview } from '../contract.ts';
import { maskPersonal } from '../analyses/survey/comments/mask.ts';

export { maskPersonal };

/**
 * Text columns shown as stored even when masking: hashes whose hex digits could look like a phone
 * number. Every other text column is masked — not only free text: a 自然人's name column, an
 * address, a credit code (often the ID number for a person) or an agency typed with a phone number
 * all carry personal numbers in real exports, and the reports mask every cell the same way.
 */
const NEVER_MASKED: Record<string, readonly string[]> = { import_batch: ['sha256'] };

/** Whether a column's text is masked when masking is on. */
export function masksColumn(table: string, column: string): boolean {
  return !(NEVER_MASKED[table] ?? []).includes(column);
}

/** Masks the string values of a column (other values pass through). */
export function maskValues(values: readonly unknown[]): unknown[] {
  return values.map((v) => (typeof v === 'string' ? maskPersonal(v) : v));
}

/** An import preview with its sample rows masked (the wizard shows the file's first rows). */
export function maskPreview(preview: ImportPreview): ImportPreview {
  return { ...preview, sheets: preview.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => r.map(maskPersonal)) })) };
}

/** An import job with the values of its rejected cells masked. */
export function maskJob(job: ImportJob): ImportJob {
  return {
    ...job,
    results: job.results.map((b) => ({ ...b, rejects: b.rejects.map((r) => (r.value === null ? r : { ...r, value: maskPersonal(r.value) })) })),
  };
}
