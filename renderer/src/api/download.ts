/**
 * Saving bytes and images the user asked for. An anchor with `download` works in browsers and in
 * Electron (the shell turns it into a native save dialog), so no host call is needed.
 */

/** Saves a data: or blob: URL under a file name. */
export function saveUrl(name: string, url: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/** Saves bytes under a file name (xlsx, docx …). */
export function saveBytes(name: string, bytes: Uint8Array | Blob, type = 'application/octet-stream'): void {
  const blob = bytes instanceof Blob ? bytes : new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  saveUrl(name, url);
  // Revoke later: some browsers read the URL asynchronously after click().
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** MIME type by file extension for the formats the engine produces. */
export function mimeFor(name: string): string {
  const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  const types: Record<string, string> = {
    xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    pdf: 'application/pdf',
    csv: 'text/csv',
  };
  return types[ext] ?? 'application/octet-stream';
}
