/**
 * The window shows our renderer and nothing else: navigation away is refused, `window.open` and
 * target=_blank are denied, and any request that is not for our own files (remote content) is
 * cancelled. Pure functions, so each rule is tested without Electron.
 */
import type { Event, HandlerDetails, WindowOpenHandlerResponse } from 'electron';
import { isAppUrl } from './app-protocol.ts';

/** `will-navigate` / `will-redirect`: only within our renderer (hash routes are in-page anyway). */
export function guardNavigation(event: Pick<Event, 'preventDefault'>, url: string): boolean {
  if (isAppUrl(url)) return true;
  event.preventDefault();
  return false;
}

/** `setWindowOpenHandler`: never a new window. */
export function denyWindowOpen(_details: Pick<HandlerDetails, 'url'>): WindowOpenHandlerResponse {
  return { action: 'deny' };
}

/** Requests the page may make: our files, data:/blob: URLs (chart images, downloads), devtools. */
export function isAllowedRequest(url: string): boolean {
  if (isAppUrl(url)) return true;
  return /^(data|blob|devtools|chrome-extension):/i.test(url);
}

/** The hooks a WebContents needs (the subset of Electron's API used, for tests). */
export interface GuardableContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: Event, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Event) => void): unknown;
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void;
}

/** Installs the guards on a WebContents. */
export function guardContents(contents: GuardableContents): void {
  contents.on('will-navigate', (event, url) => void guardNavigation(event, url));
  contents.on('will-redirect', (event, url) => void guardNavigation(event, url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(denyWindowOpen);
}
