/**
 * The divisions a new workspace starts with: 连云港 (DOMAIN §7). A later `division` import replaces
 * them, so nothing else in the engine assumes this city.
 *
 * Street lists are the towns and 街道 used to place a 12345 ticket whose address names only a street;
 * they are best-effort public names, editable through a division import. Region codes are the
 * 行政区划码 a 统一社会信用代码 carries (current and pre-2014 codes for 海州区 / 赣榆区).
 */

/** One seeded division. */
export interface SeedDivision {
  name: string;
  /** County-level unit a functional zone sits in (never double count it). */
  parent: string | null;
  kind: '市本级' | '县区' | '功能区';
  population: number | null;
  regionCodes: string[];
  streets: string[];
}

/** 连云港 divisions: 市本级, six county-level units, four functional zones. */
export const LIANYUNGANG_DIVISIONS: readonly SeedDivision[] = [
  { name: '市本级', parent: null, kind: '市本级', population: null, regionCodes: ['320700', '320701'], streets: [] },
  {
    name: '海州区', parent: null, kind: '县区', population: null, regionCodes: ['320706', '320705'],
    streets: ['新海街道', '幸福路街道', '洪门街道', '路南街道', '新东街道', '新南街道', '浦西街道', '新浦街道', '海州街道', '郁州街道', '宁海街道', '新坝镇', '锦屏镇', '板浦镇', '浦南镇'],
  },
  {
    name: '连云区', parent: null, kind: '县区', population: 292762, regionCodes: ['320703'],
    streets: ['墟沟街道', '连云街道', '板桥街道', '连岛街道', '海州湾街道', '高公岛街道'],
  },
  {
    name: '赣榆区', parent: null, kind: '县区', population: 1003844, regionCodes: ['320707', '320721'],
    streets: ['青口镇', '赣马镇', '城头镇', '墩尚镇', '沙河镇', '海头镇', '柘汪镇', '石桥镇', '金山镇', '黑林镇', '厉庄镇', '班庄镇', '塔山镇', '城西镇', '宋庄镇'],
  },
  {
    name: '东海县', parent: null, kind: '县区', population: null, regionCodes: ['320722'],
    streets: ['牛山街道', '石榴街道', '白塔埠镇', '黄川镇', '石梁河镇', '青湖镇', '温泉镇', '双店镇', '桃林镇', '洪庄镇', '安峰镇', '房山镇', '平明镇', '驼峰乡', '山左口乡', '李埝乡', '曲阳乡', '张湾乡'],
  },
  {
    name: '灌云县', parent: null, kind: '县区', population: null, regionCodes: ['320723'],
    streets: ['伊山镇', '侍庄街道', '杨集镇', '燕尾港镇', '同兴镇', '四队镇', '圩丰镇', '龙苴镇', '下车镇', '图河镇', '东王集镇', '小伊乡', '南岗乡'],
  },
  {
    name: '灌南县', parent: null, kind: '县区', population: null, regionCodes: ['320724'],
    streets: ['新安镇', '堆沟港镇', '田楼镇', '北陈集镇', '张店镇', '三口镇', '孟兴庄镇', '汤沟镇', '百禄镇', '新集镇', '李集镇'],
  },
  {
    name: '连云港经济技术开发区', parent: '连云区', kind: '功能区', population: 90248, regionCodes: ['320771'],
    streets: ['中云街道', '猴嘴街道', '朝阳街道'],
  },
  { name: '徐圩新区', parent: '连云区', kind: '功能区', population: 42124, regionCodes: [], streets: ['徐圩街道'] },
  // Parent of the two zones below is not confirmed by DOMAIN §7; editable through a division import.
  { name: '云台山风景名胜区', parent: '连云区', kind: '功能区', population: null, regionCodes: [], streets: ['云台街道', '宿城街道'] },
  { name: '高新区', parent: '海州区', kind: '功能区', population: null, regionCodes: ['320772'], streets: ['花果山街道', '南城街道'] },
];
