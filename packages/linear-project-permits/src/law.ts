// Every legal number of measure 10, named, dated and cited once. Values the published texts leave
// open are parameters too, marked `assumption` with the reason. Facts: shared/domain/other-measures.md §10.
import { type Citation, defineParameter, LAWS, SEED_DOC_NO } from '@gd-ftz/core';

const LRB_LICENSING = 'LRB:行政法/行政许可法(2019-04-23).md';

/** 行政许可法 (2003, amended 2019-04-23) at an article. */
function licensing(article: string, note: string): Citation {
  return { law: LAWS.administrativeLicensing, article, note: `${note} (${LRB_LICENSING})` };
}

/** 城乡规划法 (2019) at an article. */
function planningLaw(article: string, note: string): Citation {
  return {
    law: { zh: '中华人民共和国城乡规划法', en: 'Urban and Rural Planning Law of the PRC' },
    article,
    note: `${note} (LRB:行政法/城乡规划法(2019-04-23).md)`,
  };
}

/** Art. 82: the licensing periods of the law count working days, public holidays excluded. */
export const WORKING_DAYS_RULE: Citation = licensing(
  '第八十二条',
  'The periods of this law for implementing a licence are counted in working days, excluding statutory holidays.',
);
/** Art. 26: one unit of the authority receives all applications (single window). */
export const ONE_WINDOW_RULE: Citation = licensing(
  '第二十六条',
  'Where several bodies handle a licence, one unit receives the applications and delivers the decision.',
);
/** Art. 32(四)/(五): incompleteness notice in one go within 5 days, otherwise deemed accepted. */
export const NOTICE_RULE: Citation = licensing(
  '第三十二条第一款第（四）项',
  'Incomplete materials: notify on the spot or within 5 days, all at once; if not notified, the application counts as accepted from the day the materials were received.',
);
/** Art. 42: 20 days + 10; unified/joint/centralised handling 45 days + 15. */
export const DECISION_RULE: Citation = licensing(
  '第四十二条',
  'Decision within 20 days of acceptance, extendable by 10 with the head of the authority’s approval; unified, joint or centralised handling within 45 days, extendable by 15.',
);
/** Art. 44: certificate issued and served within 10 days of the decision. */
export const ISSUE_RULE: Citation = licensing(
  '第四十四条',
  'The licence certificate is issued and served within 10 days of the decision to grant it.',
);
/** 城乡规划法 Art. 36: 选址意见书 before approval of a 划拨 project. */
export const SITING_RULE: Citation = planningLaw(
  '第三十六条',
  'A project on allocated (划拨) land that needs approval or 核准 gets a 选址意见书 before it is submitted for approval.',
);
/** 城乡规划法 Arts. 37–38: 建设用地规划许可证 after approval (划拨) or approval + grant contract (出让). */
export const LAND_USE_PERMIT_RULE: Citation = planningLaw(
  '第三十七条、第三十八条',
  'The 建设用地规划许可证 follows project approval/核准/备案 (and the grant contract for 出让 land); land is allocated only after it.',
);
/** 城乡规划法 Art. 40: 建设工程规划许可证 for roads and pipelines, on proof of land use. */
export const WORKS_PERMIT_RULE: Citation = planningLaw(
  '第四十条',
  'Buildings, structures, roads and pipelines (道路、管线) need a 建设工程规划许可证; materials include proof of land use and the design scheme.',
);
/** 土地管理法实施条例 (2021) Art. 24(一): 用地预审 and 选址 issued together. */
export const PREEXAMINATION_RULE: Citation = {
  law: {
    zh: '中华人民共和国土地管理法实施条例',
    en: 'Regulations for the Implementation of the Land Administration Law of the PRC',
  },
  article: '第二十四条第（一）项',
  note: 'Land pre-examination around approval/filing; where a 选址意见书 is also needed, both issue together as 用地预审与选址意见书.',
};
/** 自然资规〔2019〕2号: the two merges (选址+预审; 用地规划许可+用地批准书). */
export const MERGE_NOTICE: Citation = {
  law: {
    zh: '自然资源部关于以"多规合一"为基础推进规划用地"多审合一、多证合一"改革的通知',
    en: 'MNR notice on merging planning and land reviews and permits',
  },
  docNo: '自然资规〔2019〕2号',
  note: '[S] 2019-09-17: 选址意见书 + 用地预审 → 用地预审与选址意见书; 建设用地规划许可证 + 建设用地批准书 → 建设用地规划许可证.',
};
/** 环境影响评价法 (2018) Arts. 16, 22, 25. */
export const EIA_RULE: Citation = {
  law: { zh: '中华人民共和国环境影响评价法', en: 'Environmental Impact Assessment Law of the PRC' },
  article: '第十六条、第二十二条、第二十五条',
  note: 'Three tiers 报告书/报告表/登记表; approval within 60 days (报告书) or 30 days (报告表); a 登记表 is only filed (备案); no construction before the required approval.',
};
/** 水土保持法 Arts. 25–27. */
export const SOIL_WATER_RULE: Citation = {
  law: { zh: '中华人民共和国水土保持法', en: 'Soil and Water Conservation Law of the PRC' },
  article: '第二十五条至第二十七条',
  note: 'The 水土保持方案 is approved by the water authority at county level or above; no construction without it. [U] small projects: 报告表 or commitment/filing route.',
};
/** 土地管理法 Art. 54: urban infrastructure land may be allocated (划拨). */
export const ALLOCATION_RULE: Citation = {
  law: { zh: '中华人民共和国土地管理法', en: 'Land Administration Law of the PRC' },
  article: '第五十四条',
  note: 'Urban infrastructure and public-interest land, and key energy, transport and water infrastructure, may be obtained by allocation (划拨).',
};
/** Guangdong 政务服务网, 用地预审与选址意见书 item. */
export const GD_SITING_ITEM: Citation = {
  law: {
    zh: '广东政务服务网 用地预审与选址意见书核发 办事指南',
    en: 'Guangdong government service portal: guide for the land pre-examination and siting opinion',
  },
  url: 'https://www.gdzwfw.gov.cn/portal/simple-guide/11440100MB2C91103Q3440112037001',
  note: '[S] Total time 40 working days including special procedures (批前公示, 听证, 专家评审); a project code from the provincial investment platform is needed at least 1 working day before.',
};
/** The seed, measure 10. */
export const SEED_MEASURE_10: Citation = {
  law: LAWS.seed,
  docNo: SEED_DOC_NO,
  article: '附件 第10项',
  note: '共性材料只需提供一次、填写一张申请表、勾选多个申报事项、向窗口申请一次；主管部门从项目策划阶段介入，制定项目实施责任表，定期召开项目统筹协调例会。',
};
/** 聊城 phased licensing of linear works (analogue for segments). */
export const PHASING_ANALOGUE: Citation = {
  law: {
    zh: '聊城市线性工程分期分阶段办理建设许可手续实施方案',
    en: 'Liaocheng: phased licensing of linear works',
  },
  url: 'http://www.iiijp.com/zhong-bang-liao-cheng-xian-xing-gong-cheng-fen-qi-fen-jie-duan-ban-li-jian-she-xu-ke-shou-xu-shi-shi-fang-an-shi-xing-gong-cheng-ban-li-guan-xian-dao-lu-jian-she-gong-cheng',
  note: '[S] Roads split by length or by cross-section (车行道, 非机动车道, 人行道); pipelines by segment.',
};

/** 行政许可法 in force 2004-07-01; the 2019-04-23 amendment left these periods unchanged. */
const LICENSING_IN_FORCE = '2004-07-01';

/** Working days to notify incomplete materials (Art. 32(四)). */
export const NOTICE_LIMIT = defineParameter({
  name: 'administrativeLicensing.incompletenessNoticeWorkingDays',
  label: { zh: '材料不齐全一次性告知期限', en: 'Limit to notify incomplete materials' },
  unit: { zh: '工作日', en: 'working days' },
  kind: 'integer',
  entries: [{ from: LICENSING_IN_FORCE, value: '5', source: NOTICE_RULE }],
});

/** Working days to decide after acceptance (Art. 42 para. 1). */
export const DECISION_LIMIT = defineParameter({
  name: 'administrativeLicensing.decisionWorkingDays',
  label: { zh: '许可决定期限', en: 'Decision limit' },
  unit: { zh: '工作日', en: 'working days' },
  kind: 'integer',
  entries: [{ from: LICENSING_IN_FORCE, value: '20', source: DECISION_RULE }],
});

/** Working days by which the decision limit may be extended once (Art. 42 para. 1). */
export const DECISION_EXTENSION = defineParameter({
  name: 'administrativeLicensing.decisionExtensionWorkingDays',
  label: { zh: '许可决定延长期限', en: 'Decision extension' },
  unit: { zh: '工作日', en: 'working days' },
  kind: 'integer',
  entries: [{ from: LICENSING_IN_FORCE, value: '10', source: DECISION_RULE }],
});

/** Working days for unified, joint or centralised handling (Art. 42 para. 2). */
export const JOINT_LIMIT = defineParameter({
  name: 'administrativeLicensing.jointHandlingWorkingDays',
  label: { zh: '统一、联合、集中办理期限', en: 'Joint-handling limit' },
  unit: { zh: '工作日', en: 'working days' },
  kind: 'integer',
  entries: [{ from: LICENSING_IN_FORCE, value: '45', source: DECISION_RULE }],
});

/** Working days by which the joint-handling limit may be extended (Art. 42 para. 2). */
export const JOINT_EXTENSION = defineParameter({
  name: 'administrativeLicensing.jointHandlingExtensionWorkingDays',
  label: { zh: '联合办理延长期限', en: 'Joint-handling extension' },
  unit: { zh: '工作日', en: 'working days' },
  kind: 'integer',
  entries: [{ from: LICENSING_IN_FORCE, value: '15', source: DECISION_RULE }],
});

/** Working days to issue the certificate after the decision (Art. 44). */
export const ISSUE_LIMIT = defineParameter({
  name: 'administrativeLicensing.issueWorkingDays',
  label: { zh: '颁发送达证件期限', en: 'Certificate issue limit' },
  unit: { zh: '工作日', en: 'working days' },
  kind: 'integer',
  entries: [{ from: LICENSING_IN_FORCE, value: '10', source: ISSUE_RULE }],
});

/** Guangdong's total time for the 用地预审与选址意见书, in working days (no extension). */
export const SITING_LIMIT = defineParameter({
  name: 'guangdong.landPreexaminationSitingWorkingDays',
  label: { zh: '用地预审与选址意见书办理时限', en: 'Land pre-examination and siting limit' },
  unit: { zh: '工作日', en: 'working days' },
  kind: 'integer',
  entries: [{ from: '2019-09-17', value: '40', source: GD_SITING_ITEM }],
  assumption:
    'The portal gives no start date; the merged item exists since 自然资规〔2019〕2号 of 2019-09-17, so the value is taken to apply from then.',
});

/** Working days before the siting application by which the project code must be requested. */
export const PROJECT_CODE_LEAD = defineParameter({
  name: 'guangdong.projectCodeLeadWorkingDays',
  label: { zh: '项目代码提前申请期限', en: 'Project-code lead time' },
  unit: { zh: '工作日', en: 'working days' },
  kind: 'integer',
  entries: [{ from: '2019-09-17', value: '1', source: GD_SITING_ITEM }],
  assumption: 'Same portal guide, same assumed start date as the 40-working-day limit.',
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
  assumption:
    '"日" of the 环评法 is read as calendar days (行政许可法 Art. 82 counts working days only for its own periods); a last day on a day off moves to the next working day.',
});

/** Calendar days to approve an EIA form (报告表), 环评法 Art. 22. */
export const EIA_FORM_LIMIT = defineParameter({
  name: 'eia.formApprovalDays',
  label: { zh: '环境影响报告表审批期限', en: 'EIA form approval limit' },
  unit: { zh: '日', en: 'calendar days' },
  kind: 'integer',
  entries: [{ from: EIA_IN_FORCE, value: '30', source: EIA_RULE }],
  assumption: 'As for the report: calendar days, last day on a day off moves to the next working day.',
});
