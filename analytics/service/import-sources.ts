/**
 * Files waiting to be imported, by `sourceId`: a path the user picked (Electron dialogs) or bytes
 * uploaded by the renderer (browser mode, drag and drop), staged under a private temporary folder
 * with their original file name — the import records that name and its SHA-256, so a staged copy
 * and the original are the same file to the workspace.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { WorkstationError } from './errors.ts';
import { M } from './messages.ts';

/** A registered source. */
export interface ImportSourceEntry {
  id: string;
  /** File name as the user knows it. */
  name: string;
  path: string;
  staged: boolean;
}

/** A file name safe to create on every platform: no folders, no reserved or control characters. */
export function safeFileName(name: string): string {
  const base = basename(name.replaceAll('\\', '/'));
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f<>:"|?*\u007f]/g, '_').replace(/^[.\s]+|[.\s]+$/g, '').slice(0, 200);
  return clean === '' ? M.uploadName : clean;
}

/** The registry of sources of one service. */
export class ImportSources {
  private readonly entries = new Map<string, ImportSourceEntry>();
  private root: string | null = null;

  /** Registers an existing file. */
  addPath(path: string): ImportSourceEntry {
    const file = resolve(path);
    let isFile = false;
    try {
      isFile = statSync(file).isFile();
    } catch {
      isFile = false;
    }
    if (!isFile) throw new WorkstationError('NOT_FOUND', M.notAFile(file));
    return this.register({ id: newId(), name: basename(file), path: file, staged: false });
  }

  /** Stages uploaded bytes. */
  addBytes(name: string, bytes: Uint8Array): ImportSourceEntry {
    const slot = this.reserve(name);
    writeFileSync(slot.path, bytes);
    return this.register(slot);
  }

  /** A staging path for an upload streamed by a host; call `commit` once the file is written. */
  reserve(name: string): ImportSourceEntry {
    const id = newId();
    const dir = join(this.stagingRoot(), id);
    mkdirSync(dir, { recursive: true });
    const fileName = safeFileName(name);
    return { id, name: fileName, path: join(dir, fileName), staged: true };
  }

  /** Registers a reserved slot whose file the host has written. */
  commit(slot: ImportSourceEntry): ImportSourceEntry {
    return this.register(slot);
  }

  /** Forgets a reserved slot and deletes its file (failed or refused upload). */
  discard(slot: ImportSourceEntry): void {
    this.entries.delete(slot.id);
    if (slot.staged) rmSync(join(slot.path, '..'), { recursive: true, force: true });
  }

  /** Forgets a source after a successful import; a staged copy is deleted (the workspace has its rows). */
  release(id: string): void {
    const e = this.entries.get(id);
    if (e) this.discard(e);
  }

  /** The source with `id`, or NOT_FOUND. */
  get(id: string): ImportSourceEntry {
    const e = this.entries.get(id);
    if (!e) throw new WorkstationError('NOT_FOUND', M.sourceNotFound(id));
    return e;
  }

  /** Deletes every staged file. */
  close(): void {
    if (this.root) rmSync(this.root, { recursive: true, force: true });
    this.root = null;
    this.entries.clear();
  }

  private register(e: ImportSourceEntry): ImportSourceEntry {
    this.entries.set(e.id, e);
    return e;
  }

  private stagingRoot(): string {
    this.root ??= mkdtempSync(join(tmpdir(), 'workstation-uploads-'));
    return this.root;
  }
}

function newId(): string {
  return randomBytes(9).toString('base64url');
}
