/**
 * The shape of a CLI command: its options (node:util parseArgs) and what it does.
 */
import type { ParseArgsConfig } from 'node:util';
import type { Io } from './output.ts';

/** Parsed options of one command. */
export type Values = Record<string, string | boolean | string[] | undefined>;

/** One `supervise` sub-command. */
export interface Command {
  name: string;
  /** One-line help, Chinese then English. */
  summary: string;
  /** Usage line after `supervise NAME`. */
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Whether positional arguments are accepted. */
  positionals?: boolean;
  /**
   * Does the work. A command that reported its own failures (one line each on stderr) and went on
   * returns the exit code; otherwise it throws, and the entry point prints the one line.
   */
  run(values: Values, positionals: string[], io: Io): Promise<void | number>;
}

/** Options every command takes. */
export const COMMON_OPTIONS = {
  json: { type: 'boolean' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;
