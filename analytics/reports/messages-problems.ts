/**
 * 发现的问题及建议: for each kind of warn-level finding, the problem's short title and a concrete
 * suggestion. Findings are matched by id; an unknown warn id falls back to the generic entry.
 */
export interface ProblemText {
  /** Short title: the （一） heading in the report, the bullet on the slide. */
  title: string;
  /** What to do, as one sentence starting with 建议. */
  suggestion: string;
}

/** By finding id. Ids sharing an entry form one problem. */
export const PROBLEMS: Record<string, ProblemText> = {
  'penalties.simple_over_cap': {
    title: '简易程序适用不够规范',
    suggestion: '建议相关执法机关对简易程序案件开展专项自查，罚款超出法定限额的案件依法按普通程序重新审查，并将简易程序适用情况列为案卷评查重点内容。',
  },
  'penalties.december_spike': {
    title: '部分执法机关存在年底集中处罚现象',
    suggestion: '建议督促相关机关科学制定年度执法计划、均衡安排执法力量，不以罚没数量作为考核指标，防止“年底突击”和“运动式执法”。',
  },
  'hotspots.cell': {
    title: '投诉举报在部分区域和领域明显集中',
    suggestion: '建议相关区县和行业主管部门针对集中类别开展源头治理和专项整治，建立投诉举报热点定期会商、通报和跟踪督办机制。',
  },
  'hotspots.surge': {
    title: '部分领域投诉举报短期激增',
    suggestion: '建议对激增事项及时研判成因，明确责任单位跟踪办理，必要时组织联合检查，防止问题积累。',
  },
  'hotspots.handling_unit_dissatisfied': {
    title: '个别承办单位群众满意度偏低',
    suggestion: '建议对不满意工单开展回访复核，督促承办单位改进办理质量和答复方式，将群众满意度纳入执法质量考评。',
  },
  'deviation.above_agency': {
    title: '部分执法机关处罚高于裁量基准比例偏高',
    suggestion: '建议相关机关对高于基准的案件逐案说明从重理由，严格执行行政裁量权基准，对无正当理由超出基准的案件依法纠正。',
  },
  'deviation.below_agency': {
    title: '部分执法机关处罚低于裁量基准比例偏高',
    suggestion: '建议核查低于基准的案件是否具备法定从轻、减轻情形并充分说明理由，防止随意减免和“人情罚”。',
  },
  'deviation.dispersed_group': {
    title: '部分违法行为存在同案不同罚风险',
    suggestion: '建议对罚款离散程度高的违法行为细化裁量阶次和适用情形，定期发布典型案例，统一各区县处罚尺度。',
  },
  'deviation.dispersed_summary': {
    title: '部分违法行为存在同案不同罚风险',
    suggestion: '建议对罚款离散程度高的违法行为细化裁量阶次和适用情形，定期发布典型案例，统一各区县处罚尺度。',
  },
  'quality.repeat_inspections': {
    title: '多头检查、重复检查仍然存在',
    suggestion: '建议全面推行“综合查一次”，由司法行政部门统筹各部门年度检查计划，对同一对象的多项检查合并实施、结果互认。',
  },
  'quality.mode_share': {
    title: '“双随机、一公开”和“综合查一次”占比偏低',
    suggestion: '建议提高“双随机、一公开”和“综合查一次”在行政检查中的比例，严格控制专项检查和无计划检查。',
  },
  'quality.review_summary': {
    title: '行政执法案卷质量有待提高',
    suggestion: '建议对存在否决项的案卷逐件整改，组织案卷制作规范专题培训，落实重大执法决定法制审核制度。',
  },
  'quality.review_lowest': {
    title: '个别执法机关案卷评查得分偏低',
    suggestion: '建议对评查得分较低的执法机关开展跟踪督导，下一年度提高其案卷抽查比例。',
  },
  'survey.below_city': {
    title: '个别执法机关满意度显著低于全市',
    suggestion: '建议相关机关对照群众意见逐项整改，推行说理式执法和执法全过程记录，并在下一年度调查中复测。',
  },
  'survey.priority_dimension': {
    title: '执法满意度重点维度有待改进',
    suggestion: '建议将得分偏低且对总体满意度影响较大的维度作为下一阶段改进重点，针对性开展执法规范化建设。',
  },
  reconcile: {
    title: '统计年报数据与案件数据不一致',
    suggestion: '建议相关机关对照案件台账核实统计口径，更正错报、漏报数据，建立年报数据报送前复核机制。',
  },
};

/** For warn findings without an entry. */
export const GENERIC_PROBLEM: ProblemText = {
  title: '其他需要关注的问题',
  suggestion: '建议相关单位对照问题认真核查，研究制定整改措施并按期报送整改情况。',
};

/** The closing paragraph of the section. */
export const PROBLEMS_INTRO = (place: string) => `综合以上分析，${place}行政执法工作仍存在以下问题，需要重点关注和加以改进：`;
export const NO_PROBLEMS = (place: string) =>
  `综合以上分析，${place}行政执法工作总体规范有序，未发现需要重点预警的问题。建议继续巩固提升行政执法质量，常态化开展执法监督数据分析。`;
