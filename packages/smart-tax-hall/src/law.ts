// The law and the published figures of measure 5. The filing deadline that shapes the hall's
// demand is shared law (@gd-ftz/statutes: 增值税暂行条例 第二十三条, 企业所得税法 第五十四条,
// 实施细则 第一百零九条 and the SAT's yearly notices); the hall's own numbers are published
// operating figures (广州花都 2017, 梅州 2023) used to calibrate, or marked assumptions in params.ts.
import { assumption, type Citation, type LegalBasis, TAX_RULES_ART_109 } from '@gd-ftz/core';
import { enterpriseIncomeTax, seedItem, vatRegulations } from '@gd-ftz/statutes';

const HUADU: Citation = Object.freeze({
  law: {
    zh: '广州花都国税智慧办税服务厅报道（2017-06-13）',
    en: 'Report on the Guangzhou Huadu State Tax smart hall (2017-06-13)',
  },
  url: 'http://big5.cri.cn/gate/big5/gd.cri.cn/20170613/15cee504-85b7-bda3-32d3-bcd6b5efbaa5.html',
  note: {
    zh: '2017年5月：平均等候13.4分钟（环比下降50.77%），平均办理时长2.94→2.08分钟，网上预约号660→1020个，自助终端38台，高峰期增开临时窗口',
    en: 'May 2017: mean wait 13.4 min (−50.77% on April), handling 2.94 → 2.08 min, online booking slots 660 → 1,020, 38 self-service terminals, temporary windows at peaks',
  },
});

const MEIZHOU: Citation = Object.freeze({
  law: {
    zh: '国家税务总局梅州市税务局2023年法治政府建设年度报告',
    en: 'Meizhou Tax Bureau 2023 annual report',
  },
  url: 'https://guangdong.chinatax.gov.cn/gdsw/mzsw_yhssyshj2024_zcwj_ndbg/2024-04/07/content_85e767363e53407c95d3d50dc6016a68.shtml',
  note: {
    zh: '2023年政务服务大厅窗口办理业务120745笔，平均办理时长9.8→6.7分钟',
    en: '2023: 120,745 window transactions; mean handling time 9.8 → 6.7 min',
  },
});

/**
 * The citations of measure 5, by what they establish: the seed's entry, the filing-period articles
 * and the extension article behind the deadline peaks, and the two published hall reports the
 * default scenario is calibrated to (operating figures, not law).
 * @example
 * CITES.vatFilingPeriod.article // '第二十三条'
 */
export const CITES = {
  seed: seedItem(5),
  vatFilingPeriod: vatRegulations.articles.art23,
  eitFilingPeriod: enterpriseIncomeTax.articles.art54,
  holidayExtension: TAX_RULES_ART_109,
  huadu2017: HUADU,
  meizhou2023: MEIZHOU,
} as const satisfies Record<string, Citation>;

/**
 * Identity is checked where the visitor is served: the window clerk in the baseline, the face
 * kiosk at the door in the reform; an unrecognised face is checked at a window. The seed names the
 * biometrics (生物识别) but no rule fixes where the check happens, so it is marked an assumption.
 * @example
 * IDENTITY_CHECK.kind // 'assumption'
 */
export const IDENTITY_CHECK: LegalBasis = assumption(
  {
    zh: '假设：改革前由窗口核验身份和资料；改革后由入口人脸识别核验，无法识别者到窗口核验',
    en: 'Assumption: the window checks identity and papers before the reform; the face kiosk at the door after it, an unrecognised face at a window',
  },
  CITES.seed,
);

/**
 * The triage's lanes follow the seed's three parts (分流分类导办, 沉浸式学习广场, 云税厅); the rule
 * order (booking, identity, enquiry, complexity, skill) is this model's reading.
 * @example
 * TRIAGE_BASIS.kind // 'assumption'
 */
export const TRIAGE_BASIS: LegalBasis = assumption(
  {
    zh: '假设：分流顺序为预约、身份、咨询、复杂程度、数字技能（依据第5项三方面措施）',
    en: 'Assumption: the triage checks booking, identity, enquiry, complexity, then digital skill (after the seed’s three parts)',
  },
  CITES.seed,
);
