// Every legal number of measure 19, named, dated and cited once. Values the published texts leave
// open are parameters too, marked `assumption` with the reason. Facts: shared/domain/other-measures.md §19.
import { type Citation, defineParameter, LAWS } from '@gd-ftz/core';

/** 农产品质量安全法 (revised 2022-09-02, in force 2023-01-01) at an article. */
function agriLaw(article: string, note: string): Citation {
  return { law: LAWS.agriProductQuality, article, note };
}

/** 农业部公告第193号 (2002): veterinary drugs and compounds banned in food animals. */
export const BANNED_LIST: Citation = {
  law: {
    zh: '食品动物禁用的兽药及其它化合物清单',
    en: 'List of veterinary drugs and compounds banned in food animals',
  },
  docNo: '农业部公告第193号',
  url: 'http://news.gdswine.com/dongbaoxinwen/zhengcefagui/20110422/118182.html',
  note: 'All uses banned in all food animals; judged 不得检出 (must not be detected).',
};

/** GB 31650-2019, the national maximum residue limits of veterinary drugs in foods. */
export const MRL_STANDARD: Citation = {
  law: {
    zh: '食品安全国家标准 食品中兽药最大残留限量',
    en: 'National food safety standard: maximum residue limits of veterinary drugs in foods',
  },
  docNo: 'GB 31650-2019',
  url: 'http://zjfzb.zjol.com.cn/html/2022-06/14/content_2795006.htm',
};

/** Art. 36: produce containing banned substances or residues over the standard may not be sold. */
export const NO_SALE_RULE: Citation = agriLaw(
  '第三十六条',
  'Produce containing banned substances, or residues over the standard, may not be sold.',
);
/** Arts. 13–15: 风险监测 (risk monitoring) plans. */
export const MONITORING_RULE: Citation = agriLaw(
  '第十三条至第十五条',
  '风险监测: national and provincial monitoring plans; results feed management measures.',
);
/** Arts. 46–47: 监督抽查, risk-based random sampling, no fee charged to the sampled party. */
export const SUPERVISION_RULE: Citation = agriLaw(
  '第四十六条、第四十七条',
  '监督抽查: risk-based plans, random sampling, accredited labs, no fee to the sampled party.',
);
/** Art. 50: rapid methods may be used in 监督抽查; a non-compliant result can be penalty evidence. */
export const RAPID_RULE: Citation = agriLaw(
  '第五十条',
  'Officially recognised rapid methods may be used in 监督抽查; a non-compliant result can be evidence for a penalty.',
);
/** Art. 51: objections and re-tests. */
export const OBJECTION_RULE: Citation = agriLaw(
  '第五十一条',
  'Objection to a rapid result within 4 hours, re-test not by a rapid method; re-test report within 7 working days; ordinary objection within 5 working days.',
);

const IN_FORCE = '2023-01-01';
const IN_FORCE_NOTE = 'Revised law of 2022-09-02, in force 2023-01-01.';

/** Hours after a rapid result within which the sampled party may object (Art. 51). */
export const RAPID_OBJECTION_HOURS = defineParameter({
  name: 'agriProductQuality.rapidObjectionHours',
  label: { zh: '快检结果异议期限', en: 'Objection period for a rapid-test result' },
  unit: { zh: '小时', en: 'hours' },
  kind: 'integer',
  entries: [{ from: IN_FORCE, value: '4', source: OBJECTION_RULE, note: IN_FORCE_NOTE }],
});

/** Working days within which the re-test report is due (Art. 51). */
export const RETEST_REPORT_WORKING_DAYS = defineParameter({
  name: 'agriProductQuality.retestReportWorkingDays',
  label: { zh: '复检报告期限', en: 'Re-test report deadline' },
  unit: { zh: '工作日', en: 'working days' },
  kind: 'integer',
  entries: [{ from: IN_FORCE, value: '7', source: OBJECTION_RULE, note: IN_FORCE_NOTE }],
});

/** Working days within which an ordinary (non-rapid) result may be objected to (Art. 51). */
export const ORDINARY_OBJECTION_WORKING_DAYS = defineParameter({
  name: 'agriProductQuality.ordinaryObjectionWorkingDays',
  label: { zh: '检测结果异议期限', en: 'Objection period for an ordinary test result' },
  unit: { zh: '工作日', en: 'working days' },
  kind: 'integer',
  entries: [{ from: IN_FORCE, value: '5', source: OBJECTION_RULE, note: IN_FORCE_NOTE }],
});

/** Maximum residue limit of enrofloxacin (enrofloxacin + ciprofloxacin) in fish muscle, μg/kg. */
export const ENROFLOXACIN_MRL = defineParameter({
  name: 'gb31650.enrofloxacinFishMrl',
  label: { zh: '恩诺沙星最大残留限量（鱼）', en: 'Enrofloxacin maximum residue limit (fish)' },
  unit: { zh: 'μg/kg', en: 'μg/kg' },
  entries: [
    {
      from: '2020-04-01',
      value: '100',
      source: MRL_STANDARD,
      note: '[S] ≤100 μg/kg as enrofloxacin + ciprofloxacin; [U] the in-force date 2020-04-01 is from memory.',
    },
  ],
});

function lod(
  name: string,
  zh: string,
  en: string,
  value: string,
  method: string,
): ReturnType<typeof defineParameter> {
  return defineParameter({
    name: `lod.${name}`,
    label: { zh: `${zh}检出限`, en: `${en} limit of detection` },
    unit: { zh: 'μg/kg', en: 'μg/kg' },
    entries: [{ from: '2002-01-01', value, source: { ...BANNED_LIST, note: `Official method ${method}` } }],
    assumption:
      '[U] 不得检出 is judged at the limit of detection of the official confirmatory method; the LOD value is from memory of the method standard, not from the fact pack.',
  });
}

/** 孔雀石绿 (malachite green + leucomalachite green): the cut-off of 不得检出. */
export const MALACHITE_GREEN_LOD = lod('malachiteGreen', '孔雀石绿', 'Malachite green', '0.5', 'GB/T 19857');
/** 硝基呋喃类代谢物 (nitrofuran metabolites): the cut-off of 不得检出. */
export const NITROFURANS_LOD = lod(
  'nitrofurans',
  '硝基呋喃类代谢物',
  'Nitrofuran metabolites',
  '0.5',
  '农业部783号公告-1-2006',
);
/** 氯霉素 (chloramphenicol): the cut-off of 不得检出. */
export const CHLORAMPHENICOL_LOD = lod('chloramphenicol', '氯霉素', 'Chloramphenicol', '0.1', 'GB/T 22338');
