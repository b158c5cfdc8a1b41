/**
 * Enforcement sectors (执法领域): the short form used in decision numbers, the authority that
 * publishes the sector's discretion benchmark, and how the benchmark table writes its ranges.
 */

/** How a sector's benchmark writes a fixed range (DOMAIN §2 patterns). */
export type RangeStyle = 'chu' | 'plain' | 'dash' | 'zhi';

/** One sector. */
export interface Sector {
  name: string;
  /** Short form in decision numbers: 连市监罚〔2025〕12号. */
  abbr: string;
  /** 制定机关 of the benchmark table. */
  authority: string;
  /** Preferred range style; violations rotate through others for variety. */
  style: RangeStyle;
  /** Share of eligible small-fine cases decided on the spot (简易程序). */
  simpleShare: number;
}

/** The sectors, in the order the benchmark files are written. */
export const SECTORS: readonly Sector[] = [
  { name: '市场监管', abbr: '市监', authority: '江苏省市场监督管理局', style: 'chu', simpleShare: 0.35 },
  { name: '生态环境', abbr: '环', authority: '江苏省生态环境厅', style: 'dash', simpleShare: 0.1 },
  { name: '交通运输', abbr: '交', authority: '江苏省交通运输厅', style: 'plain', simpleShare: 0.6 },
  { name: '城市管理', abbr: '城管', authority: '连云港市城市管理局', style: 'plain', simpleShare: 0.7 },
  { name: '应急管理', abbr: '应急', authority: '江苏省应急管理厅', style: 'zhi', simpleShare: 0.15 },
  { name: '住房城乡建设', abbr: '建', authority: '江苏省住房和城乡建设厅', style: 'chu', simpleShare: 0.1 },
  { name: '农业农村', abbr: '农', authority: '江苏省农业农村厅', style: 'zhi', simpleShare: 0.4 },
  { name: '文化旅游', abbr: '文旅', authority: '江苏省文化和旅游厅', style: 'chu', simpleShare: 0.3 },
  { name: '卫生健康', abbr: '卫', authority: '江苏省卫生健康委员会', style: 'plain', simpleShare: 0.3 },
  { name: '水利', abbr: '水', authority: '江苏省水利厅', style: 'dash', simpleShare: 0.2 },
  { name: '税务', abbr: '税', authority: '国家税务总局江苏省税务局', style: 'plain', simpleShare: 0.8 },
  { name: '自然资源', abbr: '自然资规', authority: '江苏省自然资源厅', style: 'zhi', simpleShare: 0.05 },
];

/** Sector by name. */
export function sector(name: string): Sector {
  const s = SECTORS.find((x) => x.name === name);
  if (!s) throw new Error(`unknown sector ${name}`);
  return s;
}

/** Normalised rank of a tier label (DOMAIN §2). */
export const TIER_RANK: Readonly<Record<string, number>> = {
  不予处罚: 0, 减轻: 1, 从轻: 2, 轻微: 2, 一般: 3, 较重: 4, 从重: 5, 严重: 5, 特别严重: 6,
};

/** 适用情形 text for a tier label. */
export const TIER_SITUATION: Readonly<Record<string, string>> = {
  不予处罚: '初次违法且危害后果轻微并及时改正的',
  减轻: '主动消除或者减轻违法行为危害后果的',
  从轻: '配合调查、如实陈述违法事实并主动改正的',
  轻微: '违法行为轻微、危害后果较小且及时改正的',
  一般: '不具有从轻、减轻或从重情节的',
  较重: '违法情节较重或者造成一定社会影响的',
  从重: '拒不改正、多次违法或者造成严重后果的',
  严重: '违法情节严重、造成较大危害后果的',
  特别严重: '造成重大危害后果或者恶劣社会影响的',
};
