/**
 * The enforcement agencies of the synthetic city: 12 city-level bureaus (市本级), four per
 * county-level unit, a few sector extras and the zones' own agencies — 46 in all. Weights set the
 * relative volume of decisions and inspections; `export` says how the agency publishes its cases.
 */

import type { DateStyle } from './calendar.ts';
import { division } from './geo.ts';
import type { NameBook } from './names.ts';
import type { Rng } from './rng.ts';
import { sector } from './sectors.ts';

/** One agency. */
export interface Agency {
  name: string;
  division: string;
  sector: string;
  /** Relative case volume. */
  weight: number;
  /** Relative inspection volume (inspection-heavy agencies penalise less per inspection). */
  inspectWeight: number;
  /** 双公示 workbook, or a 元-denominated GB18030 CSV from the agency's own case system. */
  export: 'xlsx' | 'csv';
  /** How the agency's exports write dates (`mixed` alternates between two styles). */
  dateStyle: DateStyle | 'mixed';
  /** Separator between categories in 处罚类别. */
  catSep: string;
  /** Decision-number prefix, e.g. 连市监罚. */
  prefix: string;
  /** The agency's own 统一社会信用代码 (机关: 11…). */
  creditCode: string;
}

interface Row { name: string; division: string; sector: string; w: number; iw?: number; csv?: true }

const COUNTY_UNITS = ['海州区', '连云区', '赣榆区', '东海县', '灌云县', '灌南县'];

function rows(): Row[] {
  const city: Row[] = [
    { name: '连云港市市场监督管理局', division: '市本级', sector: '市场监管', w: 3 },
    { name: '连云港市生态环境局', division: '市本级', sector: '生态环境', w: 2.5 },
    { name: '连云港市交通运输局', division: '市本级', sector: '交通运输', w: 2.5, csv: true },
    { name: '连云港市城市管理局', division: '市本级', sector: '城市管理', w: 2 },
    { name: '连云港市应急管理局', division: '市本级', sector: '应急管理', w: 1.2, iw: 2 },
    { name: '连云港市住房和城乡建设局', division: '市本级', sector: '住房城乡建设', w: 1 },
    { name: '连云港市农业农村局', division: '市本级', sector: '农业农村', w: 0.8 },
    { name: '连云港市文化广电和旅游局', division: '市本级', sector: '文化旅游', w: 0.8 },
    { name: '连云港市卫生健康委员会', division: '市本级', sector: '卫生健康', w: 1, iw: 1.4 },
    { name: '连云港市水利局', division: '市本级', sector: '水利', w: 0.5 },
    { name: '国家税务总局连云港市税务局', division: '市本级', sector: '税务', w: 1.5, iw: 0.6 },
    { name: '连云港市自然资源和规划局', division: '市本级', sector: '自然资源', w: 0.8 },
  ];
  const county: Row[] = COUNTY_UNITS.flatMap((d) => [
    { name: `${d}市场监督管理局`, division: d, sector: '市场监管', w: 2, ...(d === '东海县' ? { csv: true as const } : {}) },
    {
      name: d === '海州区' || d === '连云区' ? `${d}城市管理局` : `${d}综合行政执法局`,
      division: d, sector: '城市管理', w: 1.8, ...(d === '灌云县' ? { csv: true as const } : {}),
    },
    { name: `${d}应急管理局`, division: d, sector: '应急管理', w: 0.7, iw: 1.6 },
    { name: `${d}农业农村局`, division: d, sector: '农业农村', w: 0.6 },
  ]);
  const extras: Row[] = [
    { name: '东海县生态环境局', division: '东海县', sector: '生态环境', w: 1 },
    { name: '灌云县交通运输局', division: '灌云县', sector: '交通运输', w: 1.2 },
    { name: '赣榆区卫生健康委员会', division: '赣榆区', sector: '卫生健康', w: 0.6 },
    { name: '灌南县文化广电和旅游局', division: '灌南县', sector: '文化旅游', w: 0.4 },
    { name: '海州区住房和城乡建设局', division: '海州区', sector: '住房城乡建设', w: 0.6 },
  ];
  const zones: Row[] = [
    { name: '连云港经济技术开发区市场监督管理局', division: '连云港经济技术开发区', sector: '市场监管', w: 0.8 },
    { name: '连云港经济技术开发区综合行政执法局', division: '连云港经济技术开发区', sector: '城市管理', w: 0.6 },
    { name: '徐圩新区应急管理局', division: '徐圩新区', sector: '应急管理', w: 0.5, iw: 1.5 },
    { name: '高新区市场监督管理局', division: '高新区', sector: '市场监管', w: 0.5 },
    { name: '云台山风景名胜区综合行政执法局', division: '云台山风景名胜区', sector: '城市管理', w: 0.35 },
  ];
  return [...city, ...county, ...extras, ...zones];
}

const STYLES: (DateStyle | 'mixed')[] = ['excel', 'excel', 'iso', 'serial', 'slash', 'dot', 'cn', 'mixed', 'excel', 'iso'];
const SEPS = ['；', ',', '；', '，', ';'];

/** All agencies, in a stable order. */
export function buildAgencies(book: NameBook, rng: Rng): Agency[] {
  return rows().map((r, i) => ({
    name: r.name, division: r.division, sector: r.sector, weight: r.w, inspectWeight: r.w * (r.iw ?? 1),
    export: r.csv ? 'csv' : 'xlsx',
    dateStyle: r.csv ? (i % 2 === 0 ? 'iso' : 'slash') : STYLES[i % STYLES.length],
    catSep: SEPS[i % SEPS.length],
    prefix: `${division(r.division).abbr}${sector(r.sector).abbr}罚`,
    creditCode: book.creditCode(rng, '11', division(r.division).regionCodes[0]),
  }));
}

/** The agencies whose planted roles the truth file names. */
export const PLANTED_AGENCIES = {
  /** ~20 % of its assessable cases above the benchmark range. */
  above: '赣榆区市场监督管理局',
  /** December share of its decisions well above 2/12. */
  december: '灌云县综合行政执法局',
  /** Its cases of one violation × tier are widely dispersed (CV > 0.5). */
  dispersed: '东海县生态环境局',
  /** Its survey index is significantly below the city's. */
  survey: '连云区城市管理局',
} as const;

/** The violation × tier planted as inconsistent in the dispersed agency's division. */
export const DISPERSED_GROUP = { code: 'HJ-003', tier: '一般' } as const;
