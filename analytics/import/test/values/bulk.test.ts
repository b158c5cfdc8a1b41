/**
 * 200 000 mixed money and date cells through the parsers, as an import of a large sheet would send
 * them. Checks correctness against values computed independently (integer cents, Date.UTC); speed
 * is measured by the import benchmark, not asserted here.
 */
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../values/date.ts';
import { parseMoney, type MoneyUnit } from '../../values/money.ts';

/** Deterministic pseudo-random integers (LCG), so failures reproduce. */
function rng(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

const FULL = '０１２３４５６７８９';
const fullWidth = (s: string): string => s.replace(/\d/g, (d) => FULL[+d]);
const withCommas = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

interface MoneyCase { raw: unknown; header: MoneyUnit | null; cents: number }

function moneyCase(r: (n: number) => number): MoneyCase {
  const cents = r(50_000_000) * (r(4) === 0 ? 1 : 100); // whole yuan most of the time
  const yuan = Math.trunc(cents / 100);
  const frac = String(cents % 100).padStart(2, '0');
  switch (r(9)) {
    case 0: return { raw: cents / 100, header: null, cents };
    case 1: return { raw: cents / 100, header: '元', cents };
    case 2: { // 万元 numeric cell, as the 双公示 template stores it
      const wan = r(100000);
      return { raw: wan / 10000, header: '万元', cents: wan * 100 };
    }
    case 3: return { raw: `${yuan}.${frac}`, header: null, cents };
    case 4: return { raw: withCommas(yuan), header: null, cents: yuan * 100 };
    case 5: return { raw: fullWidth(String(yuan)), header: '元', cents: yuan * 100 };
    case 6: return { raw: `罚款${yuan}元`, header: '万元', cents: yuan * 100 };
    case 7: { // `1.23万` written in the cell
      const wan = r(100000);
      const text = (wan / 100).toFixed(2);
      return { raw: `${text}万`, header: null, cents: wan * 10000 };
    }
    default: return { raw: `¥${withCommas(yuan)}.${frac}`, header: null, cents };
  }
}

interface DateCase { raw: unknown; date: string }

function dateCase(r: (n: number) => number): DateCase {
  const day = r(365 * 25); // 2000 … 2024
  const ms = Date.UTC(2000, 0, 1) + day * 86400000;
  const d = new Date(ms);
  const y = d.getUTCFullYear(), m = d.getUTCMonth() + 1, dd = d.getUTCDate();
  const iso = d.toISOString().slice(0, 10);
  switch (r(7)) {
    case 0: return { raw: ms / 86400000 + 25569, date: iso }; // Excel serial
    case 1: return { raw: d, date: iso };
    case 2: return { raw: iso, date: iso };
    case 3: return { raw: `${y}/${m}/${dd}`, date: iso };
    case 4: return { raw: `${y}年${m}月${dd}日`, date: iso };
    case 5: return { raw: `${y}.${String(m).padStart(2, '0')}.${String(dd).padStart(2, '0')} 14:30`, date: iso };
    default: return { raw: String(ms / 86400000 + 25569), date: iso };
  }
}

describe('bulk parsing', () => {
  it('parses 200 000 mixed money and date cells correctly', () => {
    const r = rng(20240305);
    const money: MoneyCase[] = Array.from({ length: 100_000 }, () => moneyCase(r));
    const dates: DateCase[] = Array.from({ length: 100_000 }, () => dateCase(r));
    const wrong: unknown[] = [];
    for (const c of money) {
      const res = parseMoney(c.raw, c.header);
      if (!res.ok || res.yuan === null || Math.round(res.yuan * 100) !== c.cents || res.yuan !== c.cents / 100) {
        if (wrong.length < 5) wrong.push({ c, res });
      }
    }
    for (const c of dates) {
      const res = parseDate(c.raw);
      if (!res.ok || res.date !== c.date) if (wrong.length < 10) wrong.push({ c, res });
    }
    expect(wrong).toEqual([]);
    // A hand-checked sample of the same run.
    expect(parseMoney(0.29, '万元')).toMatchObject({ ok: true, yuan: 2900 });
    expect(parseDate('45356')).toMatchObject({ ok: true, date: '2024-03-05' });
  });
});
