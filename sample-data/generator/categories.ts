/**
 * 处罚类别 (2021 Administrative Penalty Law codes) and how annual statistics count them: one
 * decision counts once, under its heaviest category (DOMAIN §1), grouped into the annual columns.
 */

/** Heaviest first (DOMAIN §1; kept as a table because it is not confirmed for Jiangsu). */
export const HEAVIEST_FIRST = [
  '行政拘留', '责令关闭', '吊销许可证', '限制从业', '责令停产停业', '限制开展经营活动', '降低资质等级', '暂扣许可证',
  '没收违法所得', '没收非法财物', '罚款', '通报批评', '警告', '其他',
] as const;

/** Annual-statistics column (indicator code, header label) of each category. */
export const ANNUAL_COLUMN: Readonly<Record<string, string>> = {
  警告: 'penalty_warning', 通报批评: 'penalty_warning',
  罚款: 'penalty_fine',
  没收违法所得: 'penalty_confiscation', 没收非法财物: 'penalty_confiscation',
  暂扣许可证: 'penalty_suspend_license', 降低资质等级: 'penalty_suspend_license',
  吊销许可证: 'penalty_revoke_license',
  限制开展经营活动: 'penalty_restrict',
  责令停产停业: 'penalty_stop_close', 责令关闭: 'penalty_stop_close', 限制从业: 'penalty_stop_close',
  行政拘留: 'penalty_detention',
  其他: 'penalty_other',
};

/** The annual form's 行政处罚 columns, in order, with their labels. */
export const ANNUAL_PENALTY_COLUMNS: readonly { code: string; label: string }[] = [
  { code: 'penalty_warning', label: '警告、通报批评' },
  { code: 'penalty_fine', label: '罚款' },
  { code: 'penalty_confiscation', label: '没收' },
  { code: 'penalty_suspend_license', label: '暂扣/降级' },
  { code: 'penalty_revoke_license', label: '吊销' },
  { code: 'penalty_restrict', label: '限制经营' },
  { code: 'penalty_stop_close', label: '停产停业/关闭/限制从业' },
  { code: 'penalty_detention', label: '拘留' },
  { code: 'penalty_other', label: '其他' },
];

/** The heaviest of a decision's categories. */
export function heaviest(categories: readonly string[]): string {
  for (const c of HEAVIEST_FIRST) if (categories.includes(c)) return c;
  throw new Error(`no known category in ${categories.join('/')}`);
}

/** Licence named in 暂扣或吊销证照名称及编号, by sector. */
export const LICENCE_BY_SECTOR: Readonly<Record<string, [string, string]>> = {
  市场监管: ['食品经营许可证', 'JY1'],
  生态环境: ['排污许可证', '91320'],
  交通运输: ['道路运输经营许可证', '苏交运管许可连字'],
  城市管理: ['城市建筑垃圾处置核准', '连城管核'],
  应急管理: ['危险化学品经营许可证', '苏连危化经字'],
  住房城乡建设: ['建筑业企业资质证书', 'D232'],
  农业农村: ['农药经营许可证', '农药经许（苏）'],
  文化旅游: ['网络文化经营许可证', '苏网文'],
  卫生健康: ['医师执业证书', '1103207'],
  水利: ['河道采砂许可证', '苏水采'],
  税务: ['发票领用资格', '连税'],
  自然资源: ['测绘资质证书', '乙测资字'],
};
