import { describe, expect, it } from 'vitest';
import { takeTokenFromLocation } from './client.ts';

describe('token from the address', () => {
  it('reads the token once and removes it from the address bar, keeping the hash', () => {
    const calls: string[] = [];
    const loc = { search: '?token=abc-_1&x=2', pathname: '/', hash: '#/penalties?year=2025' } as Location;
    const hist = { state: null, replaceState: (_s: unknown, _t: string, url: string) => calls.push(url) } as unknown as History;
    expect(takeTokenFromLocation(loc, hist)).toBe('abc-_1');
    expect(calls).toEqual(['/?x=2#/penalties?year=2025']);
  });
  it('leaves an address without a token alone', () => {
    const calls: string[] = [];
    const hist = { state: null, replaceState: (_s: unknown, _t: string, url: string) => calls.push(url) } as unknown as History;
    expect(takeTokenFromLocation({ search: '', pathname: '/', hash: '' } as Location, hist)).toBe('');
    expect(calls).toEqual([]);
  });
});
