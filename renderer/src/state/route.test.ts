import { describe, expect, it } from 'vitest';
import { buildHash, parseHash } from './route.ts';

describe('hash routes', () => {
  it('round-trips the page and the filter, Chinese values included', () => {
    const route = { page: 'penalties' as const, filter: { year: 2025, division: '海州区', agency: '海州区市场监督管理局', sector: null } };
    const hash = buildHash(route);
    expect(hash.startsWith('#/penalties?year=2025&division=')).toBe(true);
    expect(parseHash(hash)).toEqual(route);
  });
  it('falls back to the overview and an empty filter', () => {
    expect(parseHash('')).toEqual({ page: 'overview', filter: { year: null, division: null, agency: null, sector: null } });
    expect(parseHash('#/nowhere?year=abc')).toEqual({ page: 'overview', filter: { year: null, division: null, agency: null, sector: null } });
    expect(buildHash({ page: 'browse', filter: { year: null, division: null, agency: null, sector: null } })).toBe('#/browse');
  });
});
