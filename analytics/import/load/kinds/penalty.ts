/**
 * Penalty decisions (行政处罚) → `penalty_case`. Required: 决定书文号, 当事人, 决定日期, 处罚机关.
 * Without a 罚款金额 column (2016 双公示 template) the fine is read from the 处罚结果 text.
 * Revoked records (公示状态 撤销 / 删除) do not count: they are listed as rejects with that reason,
 * so rows read = imported + rejected still holds. Duplicates: same 决定书文号 and 当事人.
 */
import { splitCategories } from '../../values/category.ts';
import { isValidCreditCode } from '../../values/credit-code.ts';
import { inferPartyType } from '../../values/party-type.ts';
import { fineFromText } from '../../values/fine-in-text.ts';
import { normalizeTier } from '../../values/tier.ts';
import { normalizePartyType, normalizeProcedure } from '../../values/appeal.ts';
import type { KindLoaderFactory } from '../kind-loader.ts';
import { LostDigitCodes, date, keyText, money, placeDivision } from './shared.ts';

const REVOKED = /撤销|删除|作废|无效|撤回/;

/** Staged columns, in the order `convert` emits them. */
const COLUMNS = [
  ['decision_no', 'text'], ['party_name', 'text'], ['party_type', 'text'], ['credit_code', 'text'], ['id_number', 'text'],
  ['legal_rep', 'text'], ['violation_code', 'text'], ['violation_name', 'text'], ['facts', 'text'], ['basis', 'text'],
  ['categories', 'text[]'], ['categories_raw', 'text'], ['content', 'text'], ['fine_yuan', 'money'],
  ['confiscation_yuan', 'money'], ['illegal_gain_yuan', 'money'], ['goods_value_yuan', 'money'], ['tier', 'text'],
  ['tier_rank', 'int'], ['tier_raw', 'text'], ['procedure', 'text'], ['decided_on', 'date'], ['agency', 'text'],
  ['division', 'text'], ['division_source', 'text'], ['status', 'text'], ['note', 'text'], ['source_row', 'int'],
] as const;

/** The penalty converter. */
export const penaltyLoader: KindLoaderFactory = async (ctx) => {
  let unplaced = 0;
  let typeInferred = 0;
  const codes = new LostDigitCodes();
  const fields = ctx.mapping.fields;
  // Which optional columns the file has: fixed for the file, so not asked again on every row.
  const hasFine = 'fine' in fields;
  const hasPropertyConfiscation = 'confiscation_property' in fields;
  const hasCategoryColumn = 'categories' in fields || 'categories_2' in fields;
  const hasSecondCategory = 'categories_2' in fields;
  if (!fields.fine) {
    ctx.notes.add(fields.content
      ? `文件没有罚款金额列，罚款金额取自「${fields.content.header}」列中“罚款……元”的文字`
      : '文件没有罚款金额列，罚款金额为空');
  }
  return {
    tables: [{ table: 'penalty_case', columns: COLUMNS.map(([name, type]) => ({ name, type })) }],
    dedupe: { key: ['decision_no', 'party_name'], column: ctx.mapping.fields.decision_no?.header ?? null },
    convert(input, emit) {
      const status = input.text('status');
      if (status && REVOKED.test(status)) {
        input.reject('status', `公示状态为「${status}」，不计入`);
        return;
      }
      const decisionNo = keyText(input, 'decision_no', '处罚决定书文号', true);
      const party = input.required('party_name', '当事人名称');
      const agency = input.required('agency', '处罚机关');
      const decidedOn = date(input, 'decided_on', '处罚决定日期', ctx, true);
      const fine = hasFine ? money(input, 'fine', ctx) : fineFromText(input.text('content'));
      const confiscation = hasPropertyConfiscation
        ? addMoney(money(input, 'confiscation', ctx), money(input, 'confiscation_property', ctx))
        : money(input, 'confiscation', ctx);
      const gain = money(input, 'illegal_gain', ctx);
      const goods = money(input, 'goods_value', ctx);
      if (input.rejected) return;

      const content = input.text('content');
      const rawCategories = hasSecondCategory ? joinTexts(input.text('categories'), input.text('categories_2')) : input.text('categories');
      // Case systems often have no 处罚类别 column, only the result text (`警告`, `没收违法所得500元，罚款5000元`).
      const split = hasCategoryColumn ? splitCategories(rawCategories, content) : { categories: splitCategories(content).categories, unknown: [] };
      let categories: string[] = split.categories;
      // A decision with a fine but no category column is at least a 罚款.
      if (!categories.length && fine !== null && fine > 0) categories = ['罚款'];
      if (split.unknown.length) ctx.notes.add(`处罚类别中有无法归类的内容（如「${split.unknown[0]}」），已保留原文`);
      const tier = normalizeTier(input.text('tier'));
      const idNumber = codes.code(input, 'id_number');
      const creditCode = codes.code(input, 'credit_code') ?? creditCodeOf(idNumber);
      const placed = placeDivision(ctx.divisions, { column: input.text('division'), agency, creditCode });
      if (!placed.division) unplaced++;
      // The national templates have no type column; the simple-procedure cap (200 元 for a person,
      // 3 000 元 for an organisation) needs the type.
      const statedType = normalizePartyType(input.text('party_type'));
      const partyType = statedType ?? inferPartyType(creditCode, input.text('id_type'), idNumber);
      if (!statedType && partyType) typeInferred++;
      emit(0, [
        decisionNo, party, partyType, creditCode, idNumber,
        input.text('legal_rep'), input.text('violation_code'), input.text('violation_name'), input.text('facts'), input.text('basis'),
        categories, rawCategories, content, fine, confiscation, gain, goods, tier?.tier ?? null, tier?.rank ?? null,
        input.text('tier'), normalizeProcedure(input.text('procedure')), decidedOn, agency, placed.division, placed.source,
        status, input.text('note'), input.row,
      ]);
    },
    async finish() {
      if (unplaced) ctx.notes.add(`${unplaced} 条记录无法确定所属区县（未计入区县统计）`);
      codes.addNotes(ctx.notes);
      if (typeInferred) ctx.notes.add(`${typeInferred} 条记录未写明相对人类别，已按统一社会信用代码或证件类型推断`);
    },
  };
};

/** The sum of two amounts in 元 (cents kept exact), or the one that is not blank. */
function addMoney(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return (Math.round(a * 100) + Math.round(b * 100)) / 100; // in cents: 0.1 + 0.2 is not 0.3 in doubles
}

/** Two category cells as one text (`罚款；没收违法所得`), or the one that is not blank. */
function joinTexts(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  return b === null ? a : `${a}；${b}`;
}

const ID_CARD = /^\d{17}[\dX]$/;

/**
 * A 证件号码 that is a 统一社会信用代码 (one 证件号码 column for people and companies alike), else null.
 * An 18-digit ID card number can pass the credit-code check by chance, so digit-only numbers are not taken.
 */
function creditCodeOf(idNumber: string | null): string | null {
  if (idNumber === null) return null;
  const c = idNumber.trim().toUpperCase();
  return !ID_CARD.test(c) && isValidCreditCode(c) ? c : null;
}
