/**
 * Reading typed option values with clear messages.
 */
import type { Values } from './command.ts';
import { UsageError } from './errors.ts';

/** A required string option. */
export function requireString(values: Values, name: string): string {
  const v = values[name];
  if (typeof v !== 'string' || v === '') throw new UsageError(`缺少选项 --${name}（missing option --${name}）`);
  return v;
}

/** An optional integer option within bounds. */
export function optionalInt(values: Values, name: string, min: number, max: number): number | undefined {
  const v = values[name];
  if (v === undefined) return undefined;
  const n = Number(v);
  if (typeof v !== 'string' || !Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`选项 --${name} 应为 ${min} 到 ${max} 之间的整数，收到 "${String(v)}"`);
  }
  return n;
}
