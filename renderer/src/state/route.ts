/**
 * Hash routes: `#/<page>?year=2025&division=…&agency=…&sector=…`. The hash is the one source of truth
 * for the page and the global filter, so a reload, the back button and a pasted link keep both, and
 * no server routes are needed (the Electron build loads index.html from file://).
 */

/** Page keys in navigation order. */
export const PAGE_KEYS = ['overview', 'import', 'penalties', 'hotspots', 'deviation', 'quality', 'survey', 'reconcile', 'report', 'browse'] as const;

export type PageKey = (typeof PAGE_KEYS)[number];

/** The filter as the route holds it (year may be unset until the options say which is latest). */
export interface RouteFilter {
  year: number | null;
  division: string | null;
  agency: string | null;
  sector: string | null;
}

export interface Route {
  page: PageKey;
  filter: RouteFilter;
}

export const EMPTY_FILTER: RouteFilter = { year: null, division: null, agency: null, sector: null };

function isPage(s: string): s is PageKey {
  return (PAGE_KEYS as readonly string[]).includes(s);
}

/** Parses `location.hash`. Unknown pages fall back to the overview. */
export function parseHash(hash: string): Route {
  const body = hash.replace(/^#\/?/, '');
  const q = body.indexOf('?');
  const path = q >= 0 ? body.slice(0, q) : body;
  const params = new URLSearchParams(q >= 0 ? body.slice(q + 1) : '');
  const year = Number(params.get('year'));
  const text = (k: string) => {
    const v = params.get(k);
    return v ? v : null;
  };
  return {
    page: isPage(path) ? path : 'overview',
    filter: { year: Number.isInteger(year) && year > 0 ? year : null, division: text('division'), agency: text('agency'), sector: text('sector') },
  };
}

/** Builds the hash for a route (only set filter fields appear). */
export function buildHash(route: Route): string {
  const params = new URLSearchParams();
  const f = route.filter;
  if (f.year !== null) params.set('year', String(f.year));
  if (f.division) params.set('division', f.division);
  if (f.agency) params.set('agency', f.agency);
  if (f.sector) params.set('sector', f.sector);
  const qs = params.toString();
  return `#/${route.page}${qs ? '?' + qs : ''}`;
}
