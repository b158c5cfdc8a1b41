/**
 * 12345 business categories (一级 / 二级 / 三级分类). Complaint and report tickets (the hotspot scope)
 * use the first list, including the enforcement-complaint sub-types of DOMAIN §3; consultations,
 * suggestions and requests for help use the second.
 */

/** A category path with its relative frequency and the sector whose agency handles it. */
export interface TicketCategory {
  l1: string;
  l2: string;
  l3: string;
  weight: number;
  sector: string | null;
  /** Content templates; {addr} is the place, {obj} a target. */
  texts: string[];
}

/** Categories of 投诉 / 举报 tickets. */
export const COMPLAINT_CATEGORIES: readonly TicketCategory[] = [
  { l1: '城市管理', l2: '市容环境', l3: '占道经营', weight: 0.13, sector: '城市管理', texts: [
    '市民反映{addr}附近有商贩长期占道经营，影响行人和车辆通行，希望城管部门处理。',
    '市民反映{addr}路边夜市摊点占用人行道，油烟和垃圾较多，要求规范管理。'] },
  { l1: '城市管理', l2: '违法建设', l3: '违章搭建', weight: 0.09, sector: '城市管理', texts: [
    '市民反映{addr}有住户在楼顶私自搭建彩钢房，存在安全隐患，要求核实拆除。',
    '市民举报{addr}某小区一楼住户违规扩建院墙，占用公共绿地。'] },
  { l1: '城市管理', l2: '环境噪声', l3: '噪声扰民', weight: 0.11, sector: '城市管理', texts: [
    '市民反映{addr}附近工地夜间施工噪声扰民，影响休息，希望相关部门处理。',
    '市民反映{addr}某店铺门口音响声音过大，长期噪声扰民。'] },
  { l1: '市场监管', l2: '食品安全', l3: '食品安全', weight: 0.09, sector: '市场监管', texts: [
    '市民反映在{addr}{obj}购买的食品已过保质期，要求查处。',
    '市民举报{addr}{obj}后厨卫生条件差，存在食品安全隐患。'] },
  { l1: '市场监管', l2: '价格监管', l3: '价格欺诈', weight: 0.05, sector: '市场监管', texts: [
    '市民反映{addr}{obj}商品未明码标价，结账时价格与标价不符，涉嫌价格欺诈。'] },
  { l1: '市场监管', l2: '消费维权', l3: '消费纠纷', weight: 0.08, sector: '市场监管', texts: [
    '市民反映在{addr}{obj}办理预付卡后商家拒绝退款，要求协调处理。',
    '市民反映在{addr}{obj}购买的商品存在质量问题，商家拒不退换。'] },
  { l1: '生态环境', l2: '大气污染', l3: '大气污染', weight: 0.06, sector: '生态环境', texts: [
    '市民反映{addr}附近企业夜间排放刺激性气体，气味难闻，要求查处。'] },
  { l1: '生态环境', l2: '水污染', l3: '水污染', weight: 0.04, sector: '生态环境', texts: [
    '市民反映{addr}附近河道有不明污水直排，河水发黑发臭。'] },
  { l1: '交通运输', l2: '客运管理', l3: '非法营运', weight: 0.05, sector: '交通运输', texts: [
    '市民举报{addr}附近长期有黑车揽客非法营运，存在安全隐患。'] },
  { l1: '交通运输', l2: '出租汽车', l3: '出租车服务', weight: 0.04, sector: '交通运输', texts: [
    '市民反映在{addr}乘坐出租车时驾驶员拒载、议价，要求处理。'] },
  { l1: '安全生产', l2: '安全隐患', l3: '安全隐患', weight: 0.06, sector: '应急管理', texts: [
    '市民反映{addr}{obj}违规存放易燃易爆物品，存在安全隐患。'] },
  { l1: '行政执法监督', l2: '执法行为投诉', l3: '行政不作为', weight: 0.05, sector: null, texts: [
    '市民反映{addr}存在违法经营行为，多次向相关部门反映均未见处理，认为执法部门行政不作为。'] },
  { l1: '行政执法监督', l2: '执法行为投诉', l3: '乱作为', weight: 0.04, sector: null, texts: [
    '市民反映执法人员在{addr}执法时未出示执法证件，处罚随意，存在乱罚款现象。'] },
  { l1: '行政执法监督', l2: '执法行为投诉', l3: '慢作为', weight: 0.035, sector: null, texts: [
    '市民反映其举报的{addr}问题已超过办理时限仍未处理，执法部门推诿拖延。'] },
  { l1: '行政执法监督', l2: '执法行为投诉', l3: '态度问题', weight: 0.045, sector: null, texts: [
    '市民反映在{addr}接受检查时执法人员态度生硬、言语粗暴，要求相关部门核实处理。'] },
  { l1: '行政执法监督', l2: '执法行为投诉', l3: '重复检查', weight: 0.03, sector: null, texts: [
    '市民反映其在{addr}经营的{obj}近一个月内被多个部门上门检查，执法人员多次重复检查，影响正常经营，希望统筹安排。',
    '企业反映{addr}{obj}一周内接待不同部门检查三次，检查内容重复，希望推行综合查一次。'] },
  { l1: '行政执法监督', l2: '执法行为投诉', l3: '其他执法问题', weight: 0.02, sector: null, texts: [
    '市民反映{addr}执法过程中程序不规范，未告知陈述申辩权利，要求说明执法依据。'] },
];

/** Categories of 咨询 / 建议 / 求助 / 其他 tickets, with the raw 工单类型 values they come as. */
export const OTHER_CATEGORIES: readonly (TicketCategory & { types: string[]; typeWeights: number[] })[] = [
  { l1: '政务服务', l2: '政策咨询', l3: '社保政策', weight: 0.3, sector: null, types: ['咨询'], typeWeights: [1], texts: [
    '市民咨询灵活就业人员社保缴费标准及办理渠道。'] },
  { l1: '政务服务', l2: '办事指南', l3: '证照办理', weight: 0.2, sector: '市场监管', types: ['咨询'], typeWeights: [1], texts: [
    '市民咨询在{addr}开办个体工商户需要办理哪些证照。'] },
  { l1: '公共服务', l2: '供水供电', l3: '停水停电', weight: 0.18, sector: null, types: ['求助', '求助类'], typeWeights: [0.7, 0.3], texts: [
    '市民反映{addr}某小区突然停水，未收到通知，请求尽快恢复。'] },
  { l1: '公共服务', l2: '公交出行', l3: '公交线路', weight: 0.12, sector: '交通运输', types: ['建议', '建议批评'], typeWeights: [0.7, 0.3], texts: [
    '市民建议在{addr}附近增设公交站点，方便居民出行。'] },
  { l1: '城市管理', l2: '市政设施', l3: '路灯维修', weight: 0.12, sector: '城市管理', types: ['求助', '建议'], typeWeights: [0.6, 0.4], texts: [
    '市民反映{addr}路段路灯损坏多日，夜间出行不便，请求维修。'] },
  { l1: '其他', l2: '其他', l3: '其他事项', weight: 0.08, sector: null, types: ['其他'], typeWeights: [1], texts: [
    '市民来电表示感谢，反映{addr}相关问题已妥善解决。'] },
];

/** Raw 工单类型 of complaint-scope tickets and how often each is written. */
export const COMPLAINT_TYPES: readonly [string, number, '投诉' | '举报'][] = [
  ['投诉', 0.6, '投诉'], ['举报', 0.25, '举报'], ['投诉举报类', 0.15, '投诉'],
];
