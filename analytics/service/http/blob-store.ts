/**
 * Short-lived downloads of browser mode. JSON cannot carry bytes cheaply, so a response's Arrow
 * tables and files are kept here under a random group id for a few minutes and fetched with
 * `GET /api/blob/<group>/<key>`. Memory is bounded: the oldest groups go first.
 */
import { randomBytes } from 'node:crypto';

/** One stored item: bytes in memory or a file on disk. */
export interface BlobEntry {
  contentType: string;
  /** File name for `Content-Disposition` (files), null for Arrow tables. */
  name: string | null;
  bytes?: Uint8Array;
  path?: string;
  size: number;
}

interface Group {
  entries: Map<string, BlobEntry>;
  expires: number;
  size: number;
  onExpire: (() => void)[];
}

/** Arrow IPC stream media type. */
export const ARROW_TYPE = 'application/vnd.apache.arrow.stream';

/** The store of one server. */
export class BlobStore {
  private readonly groups = new Map<string, Group>();
  private total = 0;

  constructor(
    private readonly ttlMs = 10 * 60 * 1000,
    private readonly maxBytes = 768 * 1024 * 1024,
  ) {}

  /** A new empty group; returns its id. */
  newGroup(now = Date.now()): string {
    this.sweep(now);
    const id = randomBytes(12).toString('base64url');
    this.groups.set(id, { entries: new Map(), expires: now + this.ttlMs, size: 0, onExpire: [] });
    return id;
  }

  /** Adds an entry to a group; returns its URL path. */
  add(group: string, key: string, entry: BlobEntry): string {
    const g = this.groups.get(group);
    if (!g) throw new Error(`unknown blob group ${group}`);
    g.entries.set(key, entry);
    if (entry.bytes) {
      g.size += entry.size;
      this.total += entry.size;
    }
    this.evict(group);
    return `/api/blob/${group}/${encodeURIComponent(key)}`;
  }

  /** Runs `fn` when the group expires or is evicted (deletes temporary files). */
  onExpire(group: string, fn: () => void): void {
    this.groups.get(group)?.onExpire.push(fn);
  }

  /** An entry, or null when unknown or expired. */
  get(group: string, key: string, now = Date.now()): BlobEntry | null {
    this.sweep(now);
    return this.groups.get(group)?.entries.get(key) ?? null;
  }

  /** Drops every group (server shutdown). */
  clear(): void {
    for (const id of [...this.groups.keys()]) this.drop(id);
  }

  private sweep(now: number): void {
    for (const [id, g] of this.groups) if (g.expires <= now) this.drop(id);
  }

  private evict(keep: string): void {
    for (const id of this.groups.keys()) {
      if (this.total <= this.maxBytes) break;
      if (id !== keep) this.drop(id);
    }
  }

  private drop(id: string): void {
    const g = this.groups.get(id);
    if (!g) return;
    this.groups.delete(id);
    this.total -= g.size;
    for (const fn of g.onExpire) {
      try {
        fn();
      } catch {
        // Cleanup of temporary files is best effort; the OS temp folder is cleaned eventually.
      }
    }
  }
}
