/**
 * Import failures that refuse a whole file. The message always names the file and says what is
 * wrong in plain Chinese (with an English gloss where it helps a log reader).
 */

/** Why a file was refused. */
export type ImportErrorCode =
  | 'UNREADABLE' | 'UNKNOWN_KIND' | 'MISSING_COLUMNS' | 'EMPTY' | 'STRICT' | 'CANCELLED' | 'MAPPING' | 'LOAD_FAILED';

/** A file-level import failure; the workspace is left as it was. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(
    readonly code: ImportErrorCode,
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
