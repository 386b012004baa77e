// The law of measure 14: the shared articles from @gd-ftz/statutes (船舶登记条例, 海上交通安全法,
// 民法典, 行政许可法), the 容缺受理 rule from secondary sources, and every legal number as a dated,
// cited parameter declared once. Periods no published text fixes are assumptions with a reason.
import {
  assumption,
  type Citation,
  type DatedParameter,
  defineParameter,
  type LegalBasis,
} from '@gd-ftz/core';
import {
  administrativeLicensing,
  civilCode,
  maritimeTrafficSafety,
  seedItem,
  shipRegistration,
} from '@gd-ftz/statutes';

const TOLERATED = {
  law: {
    zh: '容缺受理制度（地方政务服务规定）',
    en: 'Acceptance with tolerated gaps (local e-government rules)',
  },
  url: 'https://credit.fuxin.gov.cn/yshj/202208/t20220826_31555.html',
  note: {
    zh: '二手来源：主要材料齐全、次要材料欠缺，书面承诺后先行受理；一次告知补正；补正期限不超过承诺时限；逾期未补正终止办理；失信者不适用',
    en: 'secondary source: main materials complete, only secondary ones missing, written commitment, accepted first; one notice; the supply deadline within the promised time; not supplied → terminated; 失信 applicants excluded',
  },
} as const satisfies Citation;

/**
 * The citations of measure 14, by what they establish.
 * @example
 * CITES.ownershipPeriod.article // '第十四条'
 */
export const CITES = {
  ownershipMaterials: shipRegistration.articles.art13,
  ownershipPeriod: shipRegistration.articles.art14,
  nationality: shipRegistration.articles.art15,
  nationalityValidity: shipRegistration.articles.art16,
  mortgage: shipRegistration.articles.art20to21,
  deregistration: shipRegistration.articles.art39,
  renewal: shipRegistration.articles.art45,
  maritimeLabour: maritimeTrafficSafety.articles.art14,
  safetyManagement: maritimeTrafficSafety.articles.art11,
  radio: maritimeTrafficSafety.articles.art23,
  statutoryCertificates: maritimeTrafficSafety.articles.art33,
  startDay: civilCode.articles.art201,
  lastDayOff: civilCode.articles.art203,
  inclusive: civilCode.articles.art1259,
  incompleteness: administrativeLicensing.articles.art32item4,
  toleratedGaps: TOLERATED,
  seed: seedItem(14),
} as const satisfies Record<string, Citation>;

/**
 * Days to issue the ownership certificate or refuse it in writing (船舶登记条例 第十四条: 7日),
 * natural days counted by 民法典 第二百零一、二百零三条.
 * @example
 * integerAt(OWNERSHIP_DECISION_DAYS, '2024-09-27') // 7
 */
export const OWNERSHIP_DECISION_DAYS: DatedParameter = shipRegistration.params.ownershipDecisionDays;

/**
 * Days to register a mortgage (船舶登记条例 第二十一条: 7日), natural days.
 * @example
 * integerAt(MORTGAGE_DECISION_DAYS, '2025-01-24') // 7
 */
export const MORTGAGE_DECISION_DAYS: DatedParameter = shipRegistration.params.mortgageDecisionDays;

/**
 * Working days to decide on a maritime labour certificate from acceptance (海上交通安全法 第十四条,
 * from 2021-09-01).
 * @example
 * integerAt(MARITIME_LABOUR_DECISION_WORKING_DAYS, '2025-09-26') // 10
 */
export const MARITIME_LABOUR_DECISION_WORKING_DAYS: DatedParameter =
  maritimeTrafficSafety.params.maritimeLabourDecisionWorkingDays;

/**
 * The smallest gross tonnage whose mortgage is registered (第二十条: 20总吨以上; "以上" includes
 * the number, 民法典 第一千二百五十九条).
 * @example
 * integerAt(MORTGAGE_MIN_GROSS_TONNAGE, '2024-06-30') // 20
 */
export const MORTGAGE_MIN_GROSS_TONNAGE: DatedParameter = shipRegistration.params.mortgageMinGrossTonnage;

/**
 * Years the nationality certificate is valid (第十六条: 5年).
 * @example
 * integerAt(NATIONALITY_VALID_YEARS, '2024-06-30') // 5
 */
export const NATIONALITY_VALID_YEARS: DatedParameter = shipRegistration.params.nationalityCertificateYears;

function assumedDays(name: string, zh: string, en: string, value: string, why: Citation): DatedParameter {
  return defineParameter({
    name: `shipCertificateBundle.${name}`,
    label: { zh, en },
    unit: { zh: '个工作日', en: 'working days' },
    kind: 'integer',
    entries: [{ from: '2014-07-29', value, source: why }],
    assumption: {
      zh: '未经核实：所引条文未规定办理期限；取值为模型假设，合理范围约为其一半至两倍',
      en: 'unverified: the cited article sets no period; the value is a modelling assumption, plausibly half to twice it',
    },
  });
}

/**
 * Assumed working days of the items whose article sets no decision period ([U]).
 * @example
 * integerAt(ASSUMED_WORKING_DAYS.nationality, '2024-06-30') // 7
 */
export const ASSUMED_WORKING_DAYS = {
  deregistration: assumedDays(
    'deregistrationWorkingDays',
    '注销登记办理期限',
    'Deregistration period',
    '7',
    CITES.deregistration,
  ),
  nationality: assumedDays(
    'nationalityWorkingDays',
    '国籍登记办理期限',
    'Nationality registration period',
    '7',
    CITES.nationality,
  ),
  'safety-management': assumedDays(
    'safetyManagementWorkingDays',
    '符合证明/安全管理证书办理期限',
    'DOC/SMC period',
    '10',
    CITES.safetyManagement,
  ),
  'radio-licence': assumedDays(
    'radioLicenceWorkingDays',
    '船舶电台执照办理期限',
    'Ship station licence period',
    '10',
    CITES.radio,
  ),
  'minimum-manning': assumedDays(
    'minimumManningWorkingDays',
    '最低安全配员证书办理期限',
    'Minimum safe manning period',
    '5',
    CITES.statutoryCertificates,
  ),
} as const;

/**
 * Working days the office gives for supplying a tolerated gap, before the cap of the item's
 * promised time ([S] the supply deadline may not pass the promised time; the 5 days are assumed).
 * @example
 * integerAt(SUPPLY_WORKING_DAYS, '2024-06-30') // 5
 */
export const SUPPLY_WORKING_DAYS: DatedParameter = defineParameter({
  name: 'shipCertificateBundle.supplyWorkingDays',
  label: { zh: '容缺补正期限', en: 'Supply period for a tolerated gap' },
  unit: { zh: '个工作日', en: 'working days' },
  kind: 'integer',
  entries: [{ from: '2023-05-20', value: '5', source: TOLERATED }],
  assumption: {
    zh: '来源只规定补正期限不得超过承诺时限；5个工作日为假设（合理范围3–10），并以事项承诺时限为上限',
    en: 'The sources only cap the supply deadline at the promised time; 5 working days is assumed (plausibly 3–10), capped by the item’s promised time',
  },
});

/**
 * Which materials are "main" and which "secondary" for each item: no published list, an assumption.
 * @example
 * MATERIAL_SPLIT.kind // 'assumption'
 */
export const MATERIAL_SPLIT: LegalBasis = assumption(
  {
    zh: '假设：各事项主要材料与次要材料的划分（无公开清单），主要材料依据第十三、十五条',
    en: 'Assumption: the main/secondary split of each item’s materials (no published list); main materials follow arts. 13 and 15',
  },
  TOLERATED,
);

/**
 * The prerequisites of the items the articles do not order ([U]): the maritime labour, safety
 * management, radio and manning certificates after the nationality certificate.
 * @example
 * UNVERIFIED_ORDER.kind // 'assumption'
 */
export const UNVERIFIED_ORDER: LegalBasis = assumption(
  {
    zh: '未经核实：假设：海事劳工证书、符合证明/安全管理证书、电台执照、最低安全配员证书在国籍证书之后办理',
    en: 'unverified: Assumption: the maritime labour, DOC/SMC, radio and manning certificates follow the nationality certificate',
  },
  maritimeTrafficSafety.articles.art33,
);
