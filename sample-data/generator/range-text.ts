/**
 * The 处罚裁量标准 text of a benchmark tier, in the patterns published tables use (DOMAIN §2):
 * `处5000元以上1万元以下罚款`, `5000元以上10000元以下`, `1-3万元`, `1万元至3万元`, `3000元以下`,
 * `10万元以上`, `不予罚款`, `违法所得1倍以上3倍以下`, `货值金额2倍以上5倍以下`, `违法所得30%至50%`.
 */

import type { Tier, GainBase } from './catalog/types.ts';
import type { RangeStyle } from './sectors.ts';

/** `5000元`, `1万元`, `1.5万元`. */
function yuan(v: number): string {
  return v >= 10000 && v % 1000 === 0 ? `${v / 10000}万元` : `${v}元`;
}

/** Plain 元 digits below 10 万, 万元 above (`5000元`, `10000元`, `10万元`). */
function digits(v: number): string {
  return v >= 100000 ? yuan(v) : `${v}元`;
}

function fixed(min: number, max: number | null, style: RangeStyle): string {
  if (max === null) return style === 'chu' ? `处${yuan(min)}以上罚款` : `${yuan(min)}以上`;
  if (min === 0) return style === 'chu' ? `处${yuan(max)}以下罚款` : style === 'plain' ? `${digits(max)}以下` : `${yuan(max)}以下`;
  switch (style) {
    case 'chu': return `处${yuan(min)}以上${yuan(max)}以下罚款`;
    case 'plain': return `${digits(min)}以上${digits(max)}以下`;
    case 'dash':
      return min % 10000 === 0 && max % 10000 === 0 ? `${min / 10000}-${max / 10000}万元` : `${min}-${max}元`;
    case 'zhi': return `${yuan(min)}至${yuan(max)}`;
  }
}

function multiple([a, b]: [number, number], base: GainBase): string {
  if (b <= 1) return `${base}${Math.round(a * 100)}%至${Math.round(b * 100)}%`;
  return `${base}${a}倍以上${b}倍以下`;
}

/** The range text of one tier. */
export function rangeText(tier: Tier, style: RangeStyle, base: GainBase | null): string {
  if (tier.kind === 'zero') return tier.label === '不予处罚' ? '免予处罚' : '不予罚款';
  if (tier.kind === 'multiple') {
    if (!tier.mult || !base) throw new Error('multiple tier without base');
    return multiple(tier.mult, base);
  }
  return fixed(tier.min, tier.max, style);
}
