// Every legal number of measure 10, named, dated and cited once. The 行政许可法 articles and
// periods and the seed come from @gd-ftz/statutes; this file holds the planning, land,
// environmental and Guangdong texts of this measure. Values the published texts leave open are
// parameters too, marked `assumption` with the reason.
import { assumption, type Citation, defineParameter, type LegalBasis } from '@gd-ftz/core';
import { administrativeLicensing, seedItem } from '@gd-ftz/statutes';

const PLANNING_LAW = { zh: '中华人民共和国城乡规划法', en: 'Urban and Rural Planning Law of the PRC' };

/** 城乡规划法 (amended 2019-04-23) at an article, from the checked statute text. */
function planningLaw(article: string, note: Citation['note']): Citation {
  return { law: PLANNING_LAW, article, ...(note === undefined ? {} : { note }) };
}

const MERGE_NOTICE_LAW = {
  zh: '自然资源部关于以"多规合一"为基础推进规划用地"多审合一、多证合一"改革的通知',
  en: 'MNR notice on merging planning and land reviews and permits',
};

/** 行政许可法 第八十二条: the licensing periods of the law count working days, public holidays excluded. */
export const WORKING_DAYS_RULE: Citation = administrativeLicensing.articles.art82;
/** 行政许可法 第二十六条: one unit of the authority receives all applications (single window). */
export const ONE_WINDOW_RULE: Citation = administrativeLicensing.articles.art26;
/** 行政许可法 第三十二条第一款第（四）项: incompleteness notice in one go within 5 days, otherwise deemed accepted. */
export const NOTICE_RULE: Citation = administrativeLicensing.articles.art32item4;
/** 行政许可法 第四十二条: 20 days + 10; unified/joint/centralised handling 45 days + 15. */
export const DECISION_RULE: Citation = administrativeLicensing.articles.art42;
/** 行政许可法 第四十四条: certificate issued and served within 10 days of the decision. */
export const ISSUE_RULE: Citation = administrativeLicensing.articles.art44;
/** 行政许可法 第四十五条: time for hearings, testing, appraisal and expert review is outside the limits. */
export const SPECIAL_PROCEDURES_RULE: Citation = administrativeLicensing.articles.art45;
/**
 * The basis of a clock stop during review. 第四十五条 names hearings, tenders, auctions, testing,
 * appraisal and expert review; it does not name the applicant's own revision of the design, which
 * local guides leave out of the authority's time as well (审批时限不含申请人补正、修改时间): that
 * part is an assumption, marked so.
 */
export const CLOCK_STOP_RULE: LegalBasis = assumption(
  {
    zh: '第四十五条规定听证、检验、检测、鉴定和专家评审所需时间不计入期限；申请人修改方案的时间不计入行政机关期限系地方办事指南的通行做法，法律条文未明文规定（假设）',
    en: 'Art. 45 leaves hearings, testing, appraisal and expert review out of the limit; leaving the applicant’s design revision out too follows local service guides, not a statute text (assumption).',
  },
  SPECIAL_PROCEDURES_RULE,
);
/** 城乡规划法 Art. 36: 选址意见书 before approval of a 划拨 project. */
export const SITING_RULE: Citation = planningLaw('第三十六条', {
  zh: '以划拨方式提供国有土地使用权的建设项目，需要批准或核准的，在报送批准或核准前应当申请核发选址意见书',
  en: 'A project on allocated (划拨) land that needs approval or 核准 gets a 选址意见书 before it is submitted for approval.',
});
/** 城乡规划法 Arts. 37–38: 建设用地规划许可证 after approval (划拨) or approval + grant contract (出让). */
export const LAND_USE_PERMIT_RULE: Citation = planningLaw('第三十七条、第三十八条', {
  zh: '建设用地规划许可证在项目批准、核准、备案后核发（出让土地还须签订出让合同）；取得后方可申请用地',
  en: 'The 建设用地规划许可证 follows project approval/核准/备案 (and the grant contract for 出让 land); land is allocated only after it.',
});
/**
 * 城乡规划法 第三十七条 (划拨): the 建设用地规划许可证 is applied for only after the project is
 * approved, 核准 or filed (备案) — the project-approval gate, in both processes.
 */
export const PROJECT_APPROVAL_RULE: Citation = planningLaw('第三十七条', {
  zh: '以划拨方式提供国有土地使用权的，建设单位在建设项目经有关部门批准、核准、备案后，向城市、县人民政府城乡规划主管部门提出建设用地规划许可申请；取得建设用地规划许可证后，方可申请用地',
  en: 'On allocated land, the builder applies for the 建设用地规划许可证 after the project has been approved, 核准 or filed (备案); land may be applied for only once the permit is held.',
});
/**
 * 自然资规〔2019〕2号: for 划拨 land the 建设用地规划许可证 and the 国有土地使用权划拨决定书 are issued
 * together (同步核发) once the government with land-approval power has approved.
 */
export const ALLOCATION_DECISION_RULE: Citation = {
  law: MERGE_NOTICE_LAW,
  docNo: '自然资规〔2019〕2号',
  note: {
    zh: '二手资料（原文未检索到）：以划拨方式取得国有土地使用权的，经有建设用地批准权的人民政府批准后，同步核发建设用地规划许可证、国有土地使用权划拨决定书；城乡规划法第三十七条：取得建设用地规划许可证后方可申请用地',
    en: 'secondary source (text not retrieved): on allocated land, once the government with land-approval power approves, the 建设用地规划许可证 and the 划拨决定书 are issued together; 城乡规划法 Art. 37: land only after the permit.',
  },
};
/** 城乡规划法 Art. 40: 建设工程规划许可证 for roads and pipelines, on proof of land use. */
export const WORKS_PERMIT_RULE: Citation = planningLaw('第四十条', {
  zh: '建设建筑物、构筑物、道路、管线等工程须取得建设工程规划许可证；申请材料含使用土地的有关证明文件和设计方案',
  en: 'Buildings, structures, roads and pipelines (道路、管线) need a 建设工程规划许可证; materials include proof of land use and the design scheme.',
});
/** 土地管理法实施条例 (2021) Art. 24(一): 用地预审 and 选址 issued together. */
export const PREEXAMINATION_RULE: Citation = {
  law: {
    zh: '中华人民共和国土地管理法实施条例',
    en: 'Regulations for the Implementation of the Land Administration Law of the PRC',
  },
  article: '第二十四条第（一）项',
  note: {
    zh: '项目审批、核准、备案时进行用地预审；同时需要选址意见书的，合并核发用地预审与选址意见书',
    en: 'Land pre-examination around approval/filing; where a 选址意见书 is also needed, both issue together as 用地预审与选址意见书.',
  },
};
/** 自然资规〔2019〕2号: the two merges (选址+预审; 用地规划许可+用地批准书). */
export const MERGE_NOTICE: Citation = {
  law: MERGE_NOTICE_LAW,
  docNo: '自然资规〔2019〕2号',
  note: {
    zh: '二手资料（2019-09-17）：选址意见书与用地预审合并为用地预审与选址意见书；建设用地规划许可证与建设用地批准书合并为建设用地规划许可证',
    en: 'secondary source (2019-09-17): 选址意见书 + 用地预审 → 用地预审与选址意见书; 建设用地规划许可证 + 建设用地批准书 → 建设用地规划许可证.',
  },
};
/** 环境影响评价法 (2018) Arts. 16, 22, 25. */
export const EIA_RULE: Citation = {
  law: { zh: '中华人民共和国环境影响评价法', en: 'Environmental Impact Assessment Law of the PRC' },
  article: '第十六条、第二十二条、第二十五条',
  note: {
    zh: '分报告书、报告表、登记表三类；报告书60日内、报告表30日内审批；登记表仅备案；未经依法审批不得开工建设',
    en: 'Three tiers 报告书/报告表/登记表; approval within 60 days (报告书) or 30 days (报告表); a 登记表 is only filed (备案); no construction before the required approval.',
  },
};
/** 水土保持法 Arts. 25–27. */
export const SOIL_WATER_RULE: Citation = {
  law: { zh: '中华人民共和国水土保持法', en: 'Soil and Water Conservation Law of the PRC' },
  article: '第二十五条至第二十七条',
  note: {
    zh: '水土保持方案报县级以上水行政主管部门审批，未经审批不得开工建设；小型项目报告表或承诺备案的门槛未经核实',
    en: 'The 水土保持方案 is approved by the water authority at county level or above; no construction without it. Unconfirmed: the thresholds for small projects (报告表 or commitment/filing route).',
  },
};
/** 土地管理法 Art. 54: urban infrastructure land may be allocated (划拨). */
export const ALLOCATION_RULE: Citation = {
  law: { zh: '中华人民共和国土地管理法', en: 'Land Administration Law of the PRC' },
  article: '第五十四条',
  note: {
    zh: '城市基础设施用地和公益事业用地，国家重点扶持的能源、交通、水利等基础设施用地，可以划拨方式取得',
    en: 'Urban infrastructure and public-interest land, and key energy, transport and water infrastructure, may be obtained by allocation (划拨).',
  },
};
/** Guangdong 政务服务网, 用地预审与选址意见书 item. */
export const GD_SITING_ITEM: Citation = {
  law: {
    zh: '广东政务服务网 用地预审与选址意见书核发 办事指南',
    en: 'Guangdong government service portal: guide for the land pre-examination and siting opinion',
  },
  url: 'https://www.gdzwfw.gov.cn/portal/simple-guide/11440100MB2C91103Q3440112037001',
  note: {
    zh: '二手资料：总时限40个工作日，含批前公示、听证、专家评审等特别程序；须至少提前1个工作日在省投资项目在线审批监管平台取得项目代码',
    en: 'secondary source: total time 40 working days including special procedures (批前公示, 听证, 专家评审); a project code from the provincial investment platform is needed at least 1 working day before.',
  },
};
/** The seed, measure 10. */
export const SEED_MEASURE_10: Citation = seedItem(10, {
  zh: '一次申请：共性材料只提供一次、填写一张申请表、勾选多个事项、向窗口申请一次；主管部门从项目策划阶段介入，定期召开统筹协调例会',
  en: 'one application: common materials once, one form, several items ticked, one window; the authority joins from project planning and holds regular coordination meetings',
});
/** 聊城 phased licensing of linear works (analogue for segments). */
export const PHASING_ANALOGUE: Citation = {
  law: {
    zh: '聊城市线性工程分期分阶段办理建设许可手续实施方案',
    en: 'Liaocheng: phased licensing of linear works',
  },
  url: 'http://www.iiijp.com/zhong-bang-liao-cheng-xian-xing-gong-cheng-fen-qi-fen-jie-duan-ban-li-jian-she-xu-ke-shou-xu-shi-shi-fang-an-shi-xing-gong-cheng-ban-li-guan-xian-dao-lu-jian-she-gong-cheng',
  note: {
    zh: '二手资料：道路可按长度或断面（车行道、非机动车道、人行道）分段，管线可按段分期',
    en: 'secondary source: roads split by length or by cross-section (车行道, 非机动车道, 人行道); pipelines by segment.',
  },
};

/** Working days to notify incomplete materials (行政许可法 第三十二条), from @gd-ftz/statutes. */
export const NOTICE_LIMIT = administrativeLicensing.params.incompletenessNoticeWorkingDays;
/** Working days to decide after acceptance (第四十二条第一款), from @gd-ftz/statutes. */
export const DECISION_LIMIT = administrativeLicensing.params.decisionWorkingDays;
/** Working days by which the decision limit may be extended once (第四十二条第一款), from @gd-ftz/statutes. */
export const DECISION_EXTENSION = administrativeLicensing.params.decisionExtensionWorkingDays;
/** Working days for unified, joint or centralised handling (第四十二条第二款), from @gd-ftz/statutes. */
export const JOINT_LIMIT = administrativeLicensing.params.jointHandlingWorkingDays;
/** Working days by which the joint-handling limit may be extended (第四十二条第二款), from @gd-ftz/statutes. */
export const JOINT_EXTENSION = administrativeLicensing.params.jointHandlingExtensionWorkingDays;
/** Working days to issue the certificate after the decision (第四十四条), from @gd-ftz/statutes. */
export const ISSUE_LIMIT = administrativeLicensing.params.issueWorkingDays;

/** Guangdong's total time for the 用地预审与选址意见书, in working days (no extension). */
export const SITING_LIMIT = defineParameter({
  name: 'guangdong.landPreexaminationSitingWorkingDays',
  label: { zh: '用地预审与选址意见书办理时限', en: 'Land pre-examination and siting limit' },
  unit: { zh: '工作日', en: 'working days' },
  kind: 'integer',
  entries: [{ from: '2019-09-17', value: '40', source: GD_SITING_ITEM }],
  assumption: {
    zh: '办事指南未载明起始日期；合并事项自2019-09-17自然资规〔2019〕2号起设立，故按该日起适用',
    en: 'The portal gives no start date; the merged item exists since 自然资规〔2019〕2号 of 2019-09-17, so the value is taken to apply from then.',
  },
});

/** Working days before the siting application by which the project code must be requested. */
export const PROJECT_CODE_LEAD = defineParameter({
  name: 'guangdong.projectCodeLeadWorkingDays',
  label: { zh: '项目代码提前申请期限', en: 'Project-code lead time' },
  unit: { zh: '工作日', en: 'working days' },
  kind: 'integer',
  entries: [{ from: '2019-09-17', value: '1', source: GD_SITING_ITEM }],
  assumption: {
    zh: '同一办事指南，起始日期与40个工作日时限相同（假设）',
    en: 'Same portal guide, same assumed start date as the 40-working-day limit.',
  },
});

/** 环评法 in force 2003-09-01; the 2016 revision made the 登记表 a filing, periods unchanged. */
const EIA_IN_FORCE = '2003-09-01';

/** Calendar days to approve an EIA report (报告书), 环评法 Art. 22. */
export const EIA_REPORT_LIMIT = defineParameter({
  name: 'eia.reportApprovalDays',
  label: { zh: '环境影响报告书审批期限', en: 'EIA report approval limit' },
  unit: { zh: '日', en: 'calendar days' },
  kind: 'integer',
  entries: [{ from: EIA_IN_FORCE, value: '60', source: EIA_RULE }],
  assumption: {
    zh: '环评法的“日”按自然日计算（行政许可法第八十二条的工作日仅适用于该法自身规定的期限）；最后一日为休假日的顺延至下一工作日',
    en: '"日" of the 环评法 is read as calendar days (行政许可法 Art. 82 counts working days only for its own periods); a last day on a day off moves to the next working day.',
  },
});

/** Calendar days to approve an EIA form (报告表), 环评法 Art. 22. */
export const EIA_FORM_LIMIT = defineParameter({
  name: 'eia.formApprovalDays',
  label: { zh: '环境影响报告表审批期限', en: 'EIA form approval limit' },
  unit: { zh: '日', en: 'calendar days' },
  kind: 'integer',
  entries: [{ from: EIA_IN_FORCE, value: '30', source: EIA_RULE }],
  assumption: {
    zh: '与报告书相同：按自然日计算，最后一日为休假日的顺延至下一工作日',
    en: 'As for the report: calendar days, last day on a day off moves to the next working day.',
  },
});

/**
 * The engine's citations in one place, keyed by the rule they ground.
 * @example
 * CITES.decision.article // '第四十二条' (行政许可法: 20 working days to decide)
 */
export const CITES = {
  workingDays: WORKING_DAYS_RULE,
  oneWindow: ONE_WINDOW_RULE,
  notice: NOTICE_RULE,
  decision: DECISION_RULE,
  issue: ISSUE_RULE,
  specialProcedures: SPECIAL_PROCEDURES_RULE,
  siting: SITING_RULE,
  projectApproval: PROJECT_APPROVAL_RULE,
  allocationDecision: ALLOCATION_DECISION_RULE,
  landUsePermit: LAND_USE_PERMIT_RULE,
  worksPermit: WORKS_PERMIT_RULE,
  preexamination: PREEXAMINATION_RULE,
  mergeNotice: MERGE_NOTICE,
  eia: EIA_RULE,
  soilWater: SOIL_WATER_RULE,
  allocation: ALLOCATION_RULE,
  guangdongSiting: GD_SITING_ITEM,
  seedMeasure10: SEED_MEASURE_10,
  phasingAnalogue: PHASING_ANALOGUE,
} as const satisfies Record<string, Citation>;

/**
 * The engine's dated, cited time limits in one place: each a `DatedParameter` (read one with
 * `integerAt`). 行政许可法 limits are working days; 环评法 limits are calendar days.
 * @example
 * import { integerAt } from '@gd-ftz/core';
 * integerAt(LAW_PARAMS.decisionLimit, '2024-09-30') // 20 (行政许可法 第四十二条)
 */
export const LAW_PARAMS = {
  noticeLimit: NOTICE_LIMIT,
  decisionLimit: DECISION_LIMIT,
  decisionExtension: DECISION_EXTENSION,
  jointLimit: JOINT_LIMIT,
  jointExtension: JOINT_EXTENSION,
  issueLimit: ISSUE_LIMIT,
  sitingLimit: SITING_LIMIT,
  projectCodeLead: PROJECT_CODE_LEAD,
  eiaReportLimit: EIA_REPORT_LIMIT,
  eiaFormLimit: EIA_FORM_LIMIT,
} as const;
