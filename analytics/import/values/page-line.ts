/**
 * Lines of a paged export that only number the page (`第 2 页 共 8 页`). Both the reader (which must
 * not fill a merged cell into one) and the loader (which skips them) recognise them, so the rule
 * lives here, below both.
 */

// A line of its own that only numbers the page: `第 2 页 共 8 页`, `第2页/共8页`, `共 8 页 第 2 页`, `- 2 -`.
const PAGE_LINE = /^(?:第\s*\d+\s*页(?:\s*[,，/、]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页\s*[,，/、]?\s*第\s*\d+\s*页|-\s*\d+\s*-)$/;

/** `text` without spaces (incl. ideographic and no-break spaces), as the page and header checks compare it. */
export function withoutSpaces(text: string): string {
  return text.replace(/[\s\u3000\u00a0]+/g, '');
}

/** True when `text` only numbers the page (`第 2 页 共 8 页`, `- 2 -`), spaces ignored. */
export function isPageLine(text: string): boolean {
  return PAGE_LINE.test(withoutSpaces(text));
}
