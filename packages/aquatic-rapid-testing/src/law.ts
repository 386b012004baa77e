// Every legal number of measure 19, named, dated and cited once. The 农产品质量安全法 articles and
// periods come from @gd-ftz/statutes; this file holds the banned list, the residue standard and the
// detection limits of this measure. Values the published texts leave open are parameters too,
// marked `assumption` with the reason.
import { type Citation, defineParameter } from '@gd-ftz/core';
import { agriProductQuality } from '@gd-ftz/statutes';

/**
 * 农业部公告第193号 (2002): veterinary drugs and compounds banned in food animals; the list in force
 * until 2019-12-26 (see {@link bannedListAt}).
 */
export const BANNED_LIST: Citation = {
  law: {
    zh: '食品动物禁用的兽药及其它化合物清单',
    en: 'List of veterinary drugs and compounds banned in food animals',
  },
  docNo: '农业部公告第193号',
  url: 'http://news.gdswine.com/dongbaoxinwen/zhengcefagui/20110422/118182.html',
  note: {
    zh: '2002年发布，适用至2019年12月26日（其后由农业农村部公告第250号取代）；在所有食品动物中禁止用于所有用途，按“不得检出”判定',
    en: 'Issued 2002, applies until 2019-12-26 (then replaced by 农业农村部公告第250号); all uses banned in all food animals; judged 不得检出 (must not be detected).',
  },
};

/**
 * 农业农村部公告第250号 (2019-12-27): the list that replaced 农业部公告第193号 for food animals; it
 * keeps 孔雀石绿, 硝基呋喃类 and 氯霉素 banned.
 */
export const BANNED_LIST_2019: Citation = {
  law: {
    zh: '食品动物中禁止使用的药品及其他化合物清单',
    en: 'List of drugs and other compounds banned in food animals',
  },
  docNo: '农业农村部公告第250号',
  note: {
    zh: '2019年12月27日发布，取代农业部公告第193号；孔雀石绿、硝基呋喃类、氯霉素仍在禁用之列，按“不得检出”判定',
    en: 'issued 2019-12-27, replacing 农业部公告第193号; malachite green, nitrofurans and chloramphenicol stay banned, judged 不得检出',
  },
};

/** The date 农业农村部公告第250号 replaced 农业部公告第193号. */
export const BANNED_LIST_2019_FROM = '2019-12-27';

/**
 * The banned-substance list in force on a date (YYYY-MM-DD): 农业部公告第193号 until 2019-12-26,
 * 农业农村部公告第250号 from 2019-12-27.
 * @example
 * bannedListAt('2025-03-01').docNo // '农业农村部公告第250号'
 */
export function bannedListAt(date: string): Citation {
  return date >= BANNED_LIST_2019_FROM ? BANNED_LIST_2019 : BANNED_LIST;
}

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
export const NO_SALE_RULE: Citation = agriProductQuality.articles.art36;
/** Arts. 13–15: 风险监测 (risk monitoring) plans. */
export const MONITORING_RULE: Citation = agriProductQuality.articles.art13to15;
/** Arts. 46–47: 监督抽查, risk-based random sampling, no fee charged to the sampled party. */
export const SUPERVISION_RULE: Citation = agriProductQuality.articles.art46to47;
/** Art. 50: rapid methods may be used in 监督抽查; a non-compliant result can be penalty evidence. */
export const RAPID_RULE: Citation = agriProductQuality.articles.art50;
/** Art. 51: objections and re-tests. */
export const OBJECTION_RULE: Citation = agriProductQuality.articles.art51;

/** Hours after a rapid result within which the sampled party may object (Art. 51), from @gd-ftz/statutes. */
export const RAPID_OBJECTION_HOURS = agriProductQuality.params.rapidObjectionHours;

/** Working days within which the re-test report is due (Art. 51), from @gd-ftz/statutes. */
export const RETEST_REPORT_WORKING_DAYS = agriProductQuality.params.retestReportWorkingDays;

/** Working days within which an ordinary (non-rapid) result may be objected to (Art. 51), from @gd-ftz/statutes. */
export const ORDINARY_OBJECTION_WORKING_DAYS = agriProductQuality.params.ordinaryObjectionWorkingDays;

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
      note: {
        zh: '二手资料：以恩诺沙星与环丙沙星之和计不超过100 μg/kg；未经核实：施行日期2020-04-01凭记忆',
        en: 'secondary source: ≤100 μg/kg as enrofloxacin + ciprofloxacin; unconfirmed: the in-force date 2020-04-01 is from memory',
      },
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
    entries: [
      {
        from: '2002-01-01',
        value,
        source: { ...BANNED_LIST, note: { zh: `官方检测方法 ${method}`, en: `Official method ${method}` } },
      },
      {
        from: BANNED_LIST_2019_FROM,
        value,
        source: {
          ...BANNED_LIST_2019,
          note: { zh: `官方检测方法 ${method}`, en: `Official method ${method}` },
        },
      },
    ],
    assumption: {
      zh: '未经核实：“不得检出”按官方确证方法的检出限判定；检出限数值凭对方法标准的记忆，未经核对',
      en: 'Unconfirmed: 不得检出 is judged at the limit of detection of the official confirmatory method; the LOD value is from memory of the method standard, not checked against it.',
    },
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

/**
 * The law of measure 19 as one value: the citations (banned lists, residue standard, the
 * 农产品质量安全法 articles) and the dated parameters (objection and re-test periods, the residue
 * limit and the detection limits), each declared once above.
 * @example
 * LAW.params.rapidObjectionHours.entries[0]?.value // '4'
 * LAW.citations.objection.docNo
 */
export const LAW = Object.freeze({
  citations: Object.freeze({
    bannedList: BANNED_LIST,
    bannedList2019: BANNED_LIST_2019,
    mrlStandard: MRL_STANDARD,
    noSale: NO_SALE_RULE,
    monitoring: MONITORING_RULE,
    supervision: SUPERVISION_RULE,
    rapid: RAPID_RULE,
    objection: OBJECTION_RULE,
  }),
  params: Object.freeze({
    rapidObjectionHours: RAPID_OBJECTION_HOURS,
    ordinaryObjectionWorkingDays: ORDINARY_OBJECTION_WORKING_DAYS,
    retestReportWorkingDays: RETEST_REPORT_WORKING_DAYS,
    enrofloxacinMrl: ENROFLOXACIN_MRL,
    malachiteGreenLod: MALACHITE_GREEN_LOD,
    nitrofuransLod: NITROFURANS_LOD,
    chloramphenicolLod: CHLORAMPHENICOL_LOD,
  }),
});
