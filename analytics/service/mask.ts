/**
 * Personal data in what the UI shows (issue 8 §7): mobile phone numbers become 138****1234 and
 * 18-digit resident ID numbers keep their region code and last four characters. On by default;
 * the workspace setting `mask_personal_data: false` shows them. Digits inside longer digit runs are
 * left alone, so amounts and document numbers are not mangled.
 */

// An ID first (it contains 11-digit runs that would otherwise read as a phone number).
const ID_NUMBER = /(^|[^0-9])([1-9][0-9]{5})[0-9]{8}([0-9]{3}[0-9Xx])(?![0-9Xx])/g;
// Mobile numbers: 11 digits starting 13–19.
const MOBILE = /(^|[^0-9])(1[3-9][0-9])[0-9]{4}([0-9]{4})(?![0-9])/g;

/** The text with phone and ID numbers masked. */
export function maskPersonal(text: string): string {
  return text.replace(ID_NUMBER, '$1$2********$3').replace(MOBILE, '$1$2****$3');
}

/** Columns that may hold personal numbers, by table (free text and identity columns). */
export const MASKED_COLUMNS: Record<string, readonly string[]> = {
  hotline_ticket: ['content', 'reply', 'address'],
  penalty_case: ['id_number', 'facts', 'content', 'note'],
  survey_response: ['comment'],
  import_reject: ['value'],
};

/** Masks the string values of a column (other values pass through). */
export function maskValues(values: readonly unknown[]): unknown[] {
  return values.map((v) => (typeof v === 'string' ? maskPersonal(v) : v));
}
