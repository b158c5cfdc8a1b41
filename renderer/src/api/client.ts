/**
 * The API the pages call: the Electron preload's `window.workstation` when present (it already
 * unwraps WireResult and rethrows), else the HTTP client of browser mode. The token arrives once in
 * the address (`/?token=…`); it is kept in memory only and removed from the address bar so it does
 * not end up in history, screenshots or bookmarks.
 */
import type { WorkstationApi } from '../../../analytics/contract.ts';
import { createHttpClient, fetchBlob, type HttpClientOptions } from './http-client.ts';

declare global {
  interface Window {
    workstation?: WorkstationApi;
  }
}

let api: WorkstationApi | null = null;
let http: HttpClientOptions | null = null;

/** Reads `token` from the page address and strips it from the address bar. */
export function takeTokenFromLocation(loc: Location, hist: History): string {
  const params = new URLSearchParams(loc.search);
  const token = params.get('token') ?? '';
  if (params.has('token')) {
    params.delete('token');
    const search = params.toString();
    hist.replaceState(hist.state, '', loc.pathname + (search ? '?' + search : '') + loc.hash);
  }
  return token;
}

/** Whether the app runs inside the Electron shell. */
export function isElectron(): boolean {
  return typeof window !== 'undefined' && window.workstation !== undefined;
}

/** The API for this window (created once). */
export function getApi(): WorkstationApi {
  if (api) return api;
  if (window.workstation) api = window.workstation;
  else {
    http = { baseUrl: '', token: takeTokenFromLocation(window.location, window.history) };
    api = createHttpClient(http);
  }
  return api;
}

/** Browser mode: the bytes behind a download URL the host returned (report files). */
export function fetchDownload(url: string): Promise<Uint8Array> {
  if (!http) throw new Error('fetchDownload is only available in browser mode');
  return fetchBlob(http, url);
}
