/**
 * Synthetic names and identifiers: company and shop names (unique, so a name never points at two
 * targets), masked natural-person names, 统一社会信用代码 with the 3207xx region and a valid GB 32100
 * check character, and masked ID numbers. Nothing here names a real person or company on purpose.
 */

import { creditCodeCheckChar } from '../../analytics/import/values/credit-code.ts';
import type { Rng } from './rng.ts';

const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建国建华志强海燕俊峰晓东春梅宏伟立新文博子涵浩然';
const SURNAME_LIST = Array.from(SURNAMES);
const GIVEN_LIST = Array.from(GIVEN);
const ZIHAO = [
  '鑫源', '华达', '恒通', '瑞丰', '海润', '金港', '宏远', '佳美', '天成', '盛世', '东方', '兴隆', '永盛', '福康', '万达',
  '嘉禾', '润泽', '博远', '新锐', '汇丰', '安泰', '德胜', '中恒', '港城', '海悦', '云帆', '锦华', '富民', '隆昌', '宝利',
  '凯旋', '明珠', '欣荣', '正泰', '百川', '信达', '祥和', '联创', '鸿运', '众诚', '天润', '华辰', '海晟', '弘毅', '泓源',
  '聚德', '亿丰', '长江', '恒瑞', '晨光', '宇航', '通利', '振华', '合力', '金盛', '启明', '海之蓝', '蓝湾', '青松', '远航',
];

/** Industry words by sector, for names that fit the agency that meets them. */
export const INDUSTRIES: Readonly<Record<string, { org: string[]; biz: string[] }>> = {
  市场监管: { org: ['食品', '商贸', '超市', '餐饮管理', '医药连锁'], biz: ['便利店', '小吃店', '烧烤店', '水果店', '副食品店'] },
  生态环境: { org: ['化工', '新材料', '印染', '环保科技', '金属制品'], biz: ['汽修厂', '洗车店', '废品回收站'] },
  交通运输: { org: ['物流', '运输', '汽车客运', '港务', '货运代理'], biz: ['货运部', '汽车租赁店'] },
  城市管理: { org: ['建筑工程', '渣土运输', '广告传媒', '物业管理'], biz: ['烧烤店', '水果摊', '广告店', '装饰材料店'] },
  应急管理: { org: ['化工', '机械制造', '危险品运输', '钢结构', '石化'], biz: ['烟花爆竹店', '五金店'] },
  住房城乡建设: { org: ['建设工程', '房地产开发', '燃气', '建筑安装', '市政工程'], biz: ['装修工作室'] },
  农业农村: { org: ['农业科技', '水产养殖', '种业', '农资'], biz: ['农资店', '兽药店', '养殖场'] },
  文化旅游: { org: ['旅行社', '文化传媒', '演艺', '旅游开发'], biz: ['网吧', 'KTV', '剧本杀馆'] },
  卫生健康: { org: ['医院', '门诊部', '健康管理', '酒店管理'], biz: ['诊所', '美容店', '浴室', '理发店'] },
  水利: { org: ['水务', '砂石', '水产开发', '疏浚工程'], biz: ['砂石经营部', '养殖场'] },
  税务: { org: ['贸易', '科技', '实业', '电子商务', '咨询服务'], biz: ['百货店', '电器店', '服装店'] },
  自然资源: { org: ['矿业', '测绘', '置业', '石材'], biz: ['石材加工厂', '砖瓦厂'] },
};

const ORG_SUFFIX = ['有限公司', '有限公司', '有限责任公司', '股份有限公司'];

/** A unique-name registry shared by everything that makes parties or targets. */
export class NameBook {
  private readonly names = new Set<string>();
  private readonly codes = new Set<string>();

  /** A company name not used before. */
  orgName(rng: Rng, place: string, sectorName: string): string {
    const words = INDUSTRIES[sectorName].org;
    const prefix = place.endsWith('县') || place === '赣榆区' ? place : '连云港';
    for (let i = 0; ; i++) {
      const zh = i < 30 ? rng.pick(ZIHAO) : `${rng.pick(ZIHAO)}${rng.pick(ZIHAO)}`;
      const name = `${prefix}${zh}${rng.pick(words)}${rng.pick(ORG_SUFFIX)}`;
      if (this.claim(name)) return name;
    }
  }

  /** A shop name (个体工商户) not used before, with the district prefix shops use. */
  bizName(rng: Rng, place: string, sectorName: string): string {
    const words = INDUSTRIES[sectorName].biz;
    for (let i = 0; ; i++) {
      const zh = i < 20 ? (rng.chance(0.4) ? `${rng.pick(SURNAME_LIST)}记` : rng.pick(ZIHAO)) : `${rng.pick(ZIHAO)}${rng.pick(SURNAME_LIST)}记`;
      const name = `${place}${zh}${rng.pick(words)}`;
      if (this.claim(name)) return name;
    }
  }

  /** A credit code not used before: `91`/`92`/`11` + region + organisation code + check. */
  creditCode(rng: Rng, prefix: '91' | '92' | '11' | '12', region: string): string {
    for (;;) {
      let body = '';
      for (let i = 0; i < 9; i++) body += CODE_CHARS[rng.int(0, i < 8 ? 30 : 9)];
      const first17 = `${prefix}${region}${body}`;
      const code = first17 + creditCodeCheckChar(first17);
      if (!this.codes.has(code)) {
        this.codes.add(code);
        return code;
      }
    }
  }

  private claim(name: string): boolean {
    if (this.names.has(name)) return false;
    this.names.add(name);
    return true;
  }
}

/** A full synthetic name (法定代表人, 执法人员). */
export function personName(rng: Rng): string {
  const g = rng.chance(0.5) ? rng.pick(GIVEN_LIST) : rng.pick(GIVEN_LIST) + rng.pick(GIVEN_LIST);
  return rng.pick(SURNAME_LIST) + g;
}

/** A published natural-person party name, masked as 双公示 does: 王某 / 王某某. */
export function maskedName(rng: Rng): string {
  return rng.pick(SURNAME_LIST) + (rng.chance(0.6) ? '某某' : '某');
}

/** A masked 身份证号: region, eight stars, last four. */
export function maskedId(rng: Rng, region: string): string {
  const tail = `${rng.int(0, 9)}${rng.int(0, 9)}${rng.int(0, 9)}${rng.chance(0.1) ? 'X' : rng.int(0, 9)}`;
  return `${region}********${tail}`;
}

/** A mobile number for ticket text (personal data the product must not show). */
export function phoneNumber(rng: Rng): string {
  let s = rng.pick(['138', '139', '137', '150', '151', '152', '157', '158', '159', '182', '187', '188', '133', '153', '180', '189']);
  for (let i = 0; i < 8; i++) s += String(rng.int(0, 9));
  return s;
}
