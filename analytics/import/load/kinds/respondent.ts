/**
 * Respondent groups reported separately (DOMAIN §6): 公众 / 企业 / 律师 / 行政相对人.
 */

/** Normalizes a 受访者类型 cell; unknown texts are kept as written. */
export function normalizeRespondent(raw: string | null): string | null {
  if (!raw) return null;
  if (/律师/.test(raw)) return '律师';
  if (/相对人|当事人|被处罚|被检查/.test(raw)) return '行政相对人';
  if (/企业|经营|商户|个体|单位/.test(raw)) return '企业';
  if (/公众|群众|市民|居民|个人|社会/.test(raw)) return '公众';
  return raw;
}
