/**
 * The wizard's model of a file between preview and import, and how files become import jobs: one
 * `startImport` takes one kind / mapping for all its files, so files the user corrected go in jobs of
 * their own and the rest go together.
 */
import type { ImportKind, ImportPreview, MappingOverride, StartImportRequest } from '../../../../analytics/contract.ts';

export interface StagedFile {
  preview: ImportPreview;
  /** Kind chosen by the user (null: as detected). */
  kind: ImportKind | null;
  /** Field → header chosen by the user, only the fields changed. */
  columns: Record<string, string | null>;
  /** Replace the earlier batches of this file. */
  replace: boolean;
}

export function stage(preview: ImportPreview, replace = false): StagedFile {
  return { preview, kind: null, columns: {}, replace };
}

/** The detected kind of a file (its first importable sheet). */
export function detectedKind(f: StagedFile): ImportKind | null {
  return f.preview.sheets.find((s) => s.kind)?.kind ?? null;
}

/** The user's correction as the contract wants it, or undefined when there is none. */
export function overrideOf(f: StagedFile): MappingOverride | undefined {
  const changed = Object.keys(f.columns).length > 0;
  if (!f.kind && !changed) return undefined;
  return { ...(f.kind ? { kind: f.kind } : {}), columns: { ...f.columns } };
}

/** Whether a file can be imported: some sheet has a kind, or the user chose one. */
export function importable(f: StagedFile): boolean {
  return f.kind !== null || f.preview.sheets.some((s) => s.kind !== null && s.problem === null);
}

/** Groups files into import requests (corrected files alone, the others by their replace flag). */
export function planJobs(files: StagedFile[]): StartImportRequest[] {
  const jobs: StartImportRequest[] = [];
  const plain = new Map<boolean, string[]>();
  for (const f of files.filter(importable)) {
    const mapping = overrideOf(f);
    if (mapping) jobs.push({ sourceIds: [f.preview.sourceId], ...(mapping.kind ? { kind: mapping.kind } : {}), mapping, replace: f.replace });
    else plain.set(f.replace, [...(plain.get(f.replace) ?? []), f.preview.sourceId]);
  }
  for (const [replace, sourceIds] of plain) jobs.unshift({ sourceIds, replace });
  return jobs;
}
