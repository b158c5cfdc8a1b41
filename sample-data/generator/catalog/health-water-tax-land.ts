/** Violation catalogue, part 3: 卫生健康, 水利, 税务, 自然资源. */

import type { ViolationSpec } from './types.ts';

const TAX = '《中华人民共和国税收征收管理法》';
const WATER = '《中华人民共和国水法》';

/** 卫生健康 */
export const HEALTH: ViolationSpec[] = [
  { code: 'WS-001', name: '公共场所未取得卫生许可证擅自营业', law: '《公共场所卫生管理条例》第八条', basis: '《公共场所卫生管理条例实施细则》第三十五条',
    tiers: ['不予处罚 0', '从轻 500-2000', '一般 2000-5000', '从重 5000-20000'], w: 1.2, party: 'biz' },
  { code: 'WS-002', name: '未取得医疗机构执业许可证擅自执业', law: '《中华人民共和国基本医疗卫生与健康促进法》第三十八条', basis: '《中华人民共和国基本医疗卫生与健康促进法》第九十九条第一款',
    tiers: ['从轻 x5-8', '一般 x8-12', '从重 x12-20'], w: 0.5, party: 'person', gain: '违法所得', gainMedian: 12000, confiscate: '没收违法所得', extra: '限制从业' },
  { code: 'WS-003', name: '医疗机构使用非卫生技术人员从事医疗卫生技术工作', law: '《医疗机构管理条例》第二十七条', basis: '《医疗机构管理条例》第四十七条',
    tiers: ['从轻 -5000', '一般 5000-15000', '从重 15000-30000'], w: 0.6, party: 'org' },
  { code: 'WS-004', name: '在禁止吸烟场所吸烟', law: '《公共场所卫生管理条例实施细则》第十八条', basis: '《江苏省爱国卫生条例》第三十九条',
    tiers: ['轻微 0', '一般 -50', '严重 50-200'], w: 0.6, party: 'person', simple: true },
  { code: 'WS-005', name: '未按照规定及时、如实申报职业病危害项目', law: '《中华人民共和国职业病防治法》第十六条', basis: '《中华人民共和国职业病防治法》第七十一条第一项',
    tiers: ['从轻 0', '一般 50000-80000', '从重 80000-100000'], w: 0.5, party: 'org' },
];

/** 水利 (tiers follow the 江苏省水利厅 flood-channel example of DOMAIN §2). */
export const WATER_SPECS: ViolationSpec[] = [
  { code: 'SL-001', name: '在河道管理范围内种植阻碍行洪的高秆作物', law: `${WATER}第三十七条`, basis: '《江苏省河道管理条例》第五十五条',
    tiers: ['轻微 0', '一般 -5000', '较重 5000-10000', '严重 10000-30000', '特别严重 30000-50000'], w: 1.0, party: 'mixed' },
  { code: 'SL-002', name: '未经许可在河道管理范围内采砂', law: `${WATER}第三十九条`, basis: '《江苏省河道管理条例》第五十七条',
    tiers: ['一般 x1-2', '较重 x2-3', '严重 x3-5'], w: 0.8, party: 'person', gain: '违法所得', gainMedian: 30000, confiscate: '没收违法所得' },
  { code: 'SL-003', name: '未经批准擅自取水', law: `${WATER}第四十八条`, basis: `${WATER}第六十九条`,
    tiers: ['轻微 20000-30000', '一般 30000-60000', '严重 60000-100000'], w: 0.6, party: 'org' },
  { code: 'SL-004', name: '在水工程保护范围内从事影响工程安全的活动', law: `${WATER}第四十三条`, basis: `${WATER}第七十二条`,
    tiers: ['轻微 -10000', '一般 10000-30000', '严重 30000-50000'], w: 0.4, party: 'mixed' },
];

/** 税务 */
export const TAX_SPECS: ViolationSpec[] = [
  { code: 'SW-001', name: '未按照规定期限办理纳税申报', law: `${TAX}第二十五条`, basis: `${TAX}第六十二条`,
    tiers: ['不予处罚 0', '从轻 -200', '一般 200-2000', '从重 2000-10000'], w: 2.0, party: 'mixed', simple: true },
  { code: 'SW-002', name: '未按照规定设置、保管账簿', law: `${TAX}第十九条`, basis: `${TAX}第六十条第一款`,
    tiers: ['从轻 -2000', '一般 2000-5000', '从重 5000-10000'], w: 0.8, party: 'org', simple: true },
  { code: 'SW-003', name: '逃避缴纳税款', law: `${TAX}第六十三条`, basis: `${TAX}第六十三条第一款`,
    tiers: ['一般 50000-200000'], w: 0.3, party: 'org', noRule: true },
  { code: 'SW-004', name: '未按照规定开具发票', law: '《中华人民共和国发票管理办法》第十九条', basis: '《中华人民共和国发票管理办法》第三十三条',
    tiers: ['轻微 0', '一般 200-3000', '严重 3000-10000'], w: 0.7, party: 'mixed', simple: true },
];

/** 自然资源 */
export const LAND: ViolationSpec[] = [
  { code: 'ZR-001', name: '未经批准非法占用土地', law: '《中华人民共和国土地管理法》第四十四条', basis: '《中华人民共和国土地管理法实施条例》第五十八条',
    tiers: ['轻微 10000-50000', '一般 50000-200000', '严重 200000-500000'], w: 1.0, party: 'mixed' },
  { code: 'ZR-002', name: '未取得采矿许可证擅自采矿', law: '《中华人民共和国矿产资源法》第三条', basis: '《中华人民共和国矿产资源法实施细则》第四十二条',
    tiers: ['轻微 %10-30', '一般 %30-50'], w: 0.5, party: 'person', gain: '违法所得', gainMedian: 50000, confiscate: '没收违法所得' },
  { code: 'ZR-003', name: '未取得测绘资质证书从事测绘活动', law: '《中华人民共和国测绘法》第二十七条', basis: '《中华人民共和国测绘法》第五十五条',
    tiers: ['一般 100000-200000', '较重 200000-350000', '严重 350000-500000'], w: 0.3, party: 'org', confiscate: '没收违法所得' },
  { code: 'ZR-004', name: '破坏或者擅自改变基本农田保护区标志', law: '《基本农田保护条例》第十一条', basis: '《基本农田保护条例》第三十三条',
    tiers: ['轻微 0', '一般 -1000', '严重 1000-3000'], w: 0.3, party: 'person' },
];
