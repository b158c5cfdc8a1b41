/**
 * Browser mode's HTTP host (`supervise serve`, and `npm start` without the Electron runtime): the
 * built renderer and the contract over HTTP, on 127.0.0.1 only, with a per-launch token on every
 * `/api/*` request. Only node:http — the CLI in analytics/ may use it, and so may electron/start.ts.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { toWireError } from '../errors.ts';
import { M } from '../messages.ts';
import type { WorkstationService } from '../service.ts';
import { handleApi } from './api-routes.ts';
import { BlobStore } from './blob-store.ts';
import { LIMITS } from './body.ts';
import { baseHeaders, HttpError, sendError } from './respond.ts';
import { serveStatic } from './serve-static.ts';
import { newToken } from './token.ts';

/** The only interface browser mode listens on. */
export const LOOPBACK = '127.0.0.1';

/** The renderer build in this checkout. */
export const RENDERER_DIST = resolve(import.meta.dirname, '../../../renderer/dist');

/** How to start the server. */
export interface ServerOptions {
  service: WorkstationService;
  /** Folder of the built renderer (default `renderer/dist`). */
  rendererDir?: string;
  /** Port; 0 (default) picks a free one. */
  port?: number;
  /** Fixed token (tests); a random one by default. */
  token?: string;
  limits?: Partial<{ json: number; upload: number }>;
}

/** A running server. */
export interface RunningServer {
  /** `http://127.0.0.1:PORT/?token=TOKEN`, the address to open. */
  url: string;
  origin: string;
  port: number;
  token: string;
  address: AddressInfo;
  close(): Promise<void>;
}

/** Starts the server; resolves once it listens. */
export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const token = opts.token ?? newToken();
  const root = resolve(opts.rendererDir ?? RENDERER_DIST);
  const blobs = new BlobStore();
  const ctx = { service: opts.service, token, blobs, limits: { ...LIMITS, ...opts.limits } };
  let allowedHosts: string[] = [];

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    baseHeaders(res);
    try {
      // A page on another site that rebinds its name to 127.0.0.1 sends its own Host: refuse it.
      if (!allowedHosts.includes(req.headers.host ?? '')) throw new HttpError(403, 'FORBIDDEN_HOST', M.badHost);
      const raw = req.url ?? '/';
      const rawPath = raw.split('?')[0];
      const url = new URL(raw, 'http://127.0.0.1');
      if (rawPath === '/api' || rawPath.startsWith('/api/')) await handleApi(req, res, rawPath.slice('/api/'.length), url, ctx);
      else serveStatic(req, res, root, rawPath);
    } catch (e) {
      if (e instanceof HttpError) {
        if (e.status === 413) req.resume();
        sendError(res, e.status, e.code, e.message);
      } else {
        sendError(res, 500, 'INTERNAL', toWireError(e).message);
      }
    }
  }

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, LOOPBACK, () => ok());
  });
  const address = server.address() as AddressInfo;
  allowedHosts = [`${LOOPBACK}:${address.port}`, `localhost:${address.port}`];
  const origin = `http://${LOOPBACK}:${address.port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    port: address.port,
    token,
    address,
    close: () =>
      new Promise<void>((ok) => {
        blobs.clear();
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}
