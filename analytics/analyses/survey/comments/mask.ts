/**
 * Masking personal numbers in example comments (setting `mask_personal_data`, on by default):
 * mainland mobile numbers keep their first 3 and last 4 digits (138****1234), 18-digit ID numbers
 * their first 6 and last 4, landlines (0518-85551234, 051885551234) their area code. A digit run that
 * is part of a longer number is left alone unless it is one of these shapes.
 */

const ID = /(?<!\d)(\d{6})\d{8}(\d{3}[\dXx])(?!\d)/g;
const MOBILE = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;
const LANDLINE = /(?<!\d)(0\d{2,3})(-?)\d{7,8}(?!\d)/g;

/** The text with phone and ID numbers masked. */
export function maskPersonal(text: string): string {
  return text
    .replace(ID, (_, a: string, b: string) => `${a}********${b}`)
    .replace(MOBILE, (_, a: string, b: string) => `${a}****${b}`)
    .replace(LANDLINE, (_, a: string, dash: string) => `${a}${dash}********`);
}
