/**
 * Delimiter sniffing for CSV/TXT: comma, tab, semicolon or '|', chosen from the first lines by how
 * consistently each one splits them (title rows above the table have none, so agreement among the
 * lines matters more than the total count). Delimiters inside quotes are not counted.
 */

/** Candidate delimiters in order of preference when the evidence is tied. */
export const DELIMITERS = [',', '\t', ';', '|'] as const;

/** One of the sniffed delimiters. */
export type Delimiter = (typeof DELIMITERS)[number];

function countOutsideQuotes(line: string, d: string): number {
  let n = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === d && !quoted) n++;
  }
  return n;
}

/** Picks the delimiter of `text` (the beginning of the file, decoded). Defaults to ','. */
export function sniffDelimiter(text: string, maxLines = 50): Delimiter {
  const lines = text.split(/\r\n|\n|\r/, maxLines + 1).slice(0, maxLines).filter((l) => l.trim() !== '');
  let best: Delimiter = ',';
  let bestAgree = 0;
  let bestMode = 0;
  for (const d of DELIMITERS) {
    const freq = new Map<number, number>();
    for (const line of lines) {
      const c = countOutsideQuotes(line, d);
      if (c > 0) freq.set(c, (freq.get(c) ?? 0) + 1);
    }
    let mode = 0;
    let agree = 0;
    for (const [count, lineCount] of freq) {
      if (lineCount > agree || (lineCount === agree && count > mode)) { mode = count; agree = lineCount; }
    }
    if (agree > bestAgree || (agree === bestAgree && agree > 0 && mode > bestMode)) {
      best = d;
      bestAgree = agree;
      bestMode = mode;
    }
  }
  return best;
}
