/**
 * The recently opened workspaces: a small JSON file in the user's data folder, newest first, so
 * the 最近打开 menu and the start page can offer them again.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RecentWorkspace } from '../contract.ts';
import { writeFileAtomic } from '../import/write-atomic.ts';

const MAX_RECENT = 10;

/** The recent list stored in `dir/recent-workspaces.json`. */
export class RecentList {
  readonly file: string;

  constructor(dir: string) {
    this.file = join(dir, 'recent-workspaces.json');
  }

  /** The stored entries, with whether each file still exists. A damaged file reads as empty. */
  list(): RecentWorkspace[] {
    return this.read().map((r) => ({ ...r, exists: existsSync(r.path) }));
  }

  /** Puts `path` first. */
  async add(path: string, now = new Date()): Promise<void> {
    const rest = this.read().filter((r) => r.path !== path);
    const next = [{ path, openedAt: localIso(now) }, ...rest].slice(0, MAX_RECENT);
    mkdirSync(dirname(this.file), { recursive: true });
    await writeFileAtomic(this.file, JSON.stringify(next, null, 2));
  }

  private read(): { path: string; openedAt: string }[] {
    try {
      const data: unknown = JSON.parse(readFileSync(this.file, 'utf8'));
      if (!Array.isArray(data)) return [];
      return data
        .filter((r): r is { path: string; openedAt: string } => typeof r?.path === 'string' && typeof r?.openedAt === 'string')
        .slice(0, MAX_RECENT);
    } catch {
      // Missing or unreadable: nothing recent. The file is rewritten on the next open.
      return [];
    }
  }
}

/** `YYYY-MM-DDTHH:mm:ss` in local time (the renderer shows local times without a zone). */
function localIso(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
