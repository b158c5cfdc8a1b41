/**
 * An independent plain-TypeScript clustering of repeat inspections (as `repeat-sql.ts` documents
 * it: codes as stored, codes adopted by exact name, else normalized names), for
 * differential tests.
 */
import { refName } from '../../deviation/test/reference.ts';

/** An inspection row as `SELECT *` returns it. */
export interface RawInspection {
  inspection_id: string;
  agency: string;
  target_name: string;
  target_credit_code: string | null;
  inspected_on: string;
  division: string | null;
}

/** One reference episode. */
export interface RefEpisode {
  key: string;
  agencies: string[];
  inspections: number;
  first: string;
  last: string;
}

function days(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}

/** Episodes among `rows` (already restricted to the year and division), kept when `inScope` holds for an agency. */
export function referenceEpisodes(rows: readonly RawInspection[], inScope: (agency: string) => boolean = () => true, window = 30): RefEpisode[] {
  const codeOf = (r: RawInspection) => r.target_credit_code || null;
  const codesByName = new Map<string, Set<string>>();
  for (const r of rows) {
    const code = codeOf(r);
    if (code) codesByName.set(r.target_name, (codesByName.get(r.target_name) ?? new Set()).add(code));
  }
  const byTarget = new Map<string, RawInspection[]>();
  for (const r of rows) {
    const name = refName(r.target_name);
    let code = codeOf(r);
    if (!code && codesByName.get(r.target_name)?.size === 1) code = [...codesByName.get(r.target_name)!][0];
    const key = code ? `C:${code}` : name ? `N:${name}` : null;
    if (key) byTarget.set(key, [...(byTarget.get(key) ?? []), r]);
  }
  const out: RefEpisode[] = [];
  for (const [key, list] of byTarget) {
    const sorted = [...list].sort((a, b) => (a.inspected_on < b.inspected_on ? -1 : a.inspected_on > b.inspected_on ? 1 : 0)
      || (a.agency < b.agency ? -1 : a.agency > b.agency ? 1 : 0));
    let chain: RawInspection[] = [];
    const close = () => {
      const agencies = [...new Set(chain.map((c) => c.agency))].sort();
      if (agencies.length >= 2 && agencies.some(inScope)) {
        out.push({ key, agencies, inspections: chain.length, first: chain[0].inspected_on, last: chain[chain.length - 1].inspected_on });
      }
    };
    for (const r of sorted) {
      if (chain.length && days(chain[chain.length - 1].inspected_on, r.inspected_on) > window) {
        close();
        chain = [];
      }
      chain.push(r);
    }
    if (chain.length) close();
  }
  return out;
}

/** Agency pairs of the episodes: "a|b" → episodes. */
export function referencePairs(episodes: readonly RefEpisode[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const e of episodes) {
    for (let i = 0; i < e.agencies.length; i++) {
      for (let j = i + 1; j < e.agencies.length; j++) {
        const k = `${e.agencies[i]}|${e.agencies[j]}`;
        m.set(k, (m.get(k) ?? 0) + 1);
      }
    }
  }
  return m;
}
