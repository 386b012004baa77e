import { type Citation, type DatedParameter, defineParameter, type Localized } from '@gd-ftz/core';
import { cite, SOURCES } from './sources';

/**
 * One assumed threshold: its dated parameter and the unit `lawAt` resolves it in.
 * @example
 * const a: Assumed = ASSUMED_THRESHOLDS.surgePercent;
 * a.unit // 'count'
 */
export interface Assumed {
  readonly param: DatedParameter;
  /** How it is read into the facts' units: a count, yuan (into integer fen) or a share (into basis points). */
  readonly unit: 'count' | 'yuan' | 'share';
}

/**
 * How an assumed threshold is read into the facts' units.
 * @example
 * const u: AssumedUnit = 'yuan'; // read into integer fen
 */
export type AssumedUnit = Assumed['unit'];

const MODEL: Citation = {
  law: { zh: '本引擎建模假设', en: 'Modelling assumption of this engine' },
  note: {
    zh: '公开文本未列出131条规则',
    en: 'the published texts do not list the 131 rules',
  },
};

function assumed(
  key: string,
  unit: AssumedUnit,
  label: [zh: string, en: string],
  value: string,
  reason: Localized,
  source: Citation = MODEL,
): Assumed {
  return {
    unit,
    param: defineParameter({
      name: `ita.assumed.${key}`,
      label: { zh: label[0], en: label[1] },
      kind: unit === 'count' ? 'integer' : 'decimal',
      ...(unit === 'yuan' ? { unit: { zh: '元', en: 'CNY' } } : {}),
      // An assumption has no enactment date: it holds over the whole calendar the engine covers.
      entries: [{ from: ASSUMED_FROM, value, source }],
      assumption: reason,
    }),
  };
}

const P = SOURCES.practitionerRisk;

/** The first day of the statutory calendar (2019–2026): assumed thresholds hold from then on. */
const ASSUMED_FROM = '2019-01-01';

/**
 * The thresholds the rules use that no published text fixes: each a dated parameter marked as an
 * assumption with its one-line reason (and the practitioner source where one exists). Keys are the
 * names rules read them by.
 * @example
 * ASSUMED_THRESHOLDS.surgePercent.param.assumption?.en // 'Practitioner “开票突增” marker: …'
 */
export const ASSUMED_THRESHOLDS = {
  recentlyLiftedMonths: assumed(
    'recentlyLiftedMonths',
    'count',
    ['非正常户解除观察期', 'Watch period after non-normal status is lifted'],
    '12',
    {
      zh: '满一个信用年度无不良记录后方可自动审批',
      en: 'One credit year of clean record before automatic treatment',
    },
  ),
  youngFirmMonths: assumed(
    'youngFirmMonths',
    'count',
    ['新设企业观察期', 'Watch period of a newly registered firm'],
    '3',
    {
      zh: '有一个季度的申报记录后，流转档次方可自动核定',
      en: 'One quarter of filings before a routed tier is decided automatically',
    },
  ),
  manyFirmsLegalRep: assumed(
    'manyFirmsLegalRep',
    'count',
    ['法定代表人关联企业数', 'Firms of one legal representative'],
    '10',
    { zh: '空壳企业特征（一人担任多户企业法定代表人）', en: 'Shell-firm marker (one person, many firms)' },
    P,
  ),
  manyFirmsOfficer: assumed(
    'manyFirmsOfficer',
    'count',
    ['办税人员代办企业数', 'Firms served by one tax officer'],
    '5',
    { zh: '发票中介特征', en: 'Invoice-broker marker' },
    P,
  ),
  sharedIpFirms: assumed(
    'sharedIpFirms',
    'count',
    ['共用IP企业数', 'Firms sharing an IP address'],
    '3',
    { zh: '虚开团伙共用IP地址的特征', en: 'Shared-IP marker of invoice rings' },
    P,
  ),
  sharedPhoneFirms: assumed(
    'sharedPhoneFirms',
    'count',
    ['共用电话企业数', 'Firms sharing a phone'],
    '3',
    { zh: '虚开团伙共用联系方式的特征', en: 'Shared-contact marker of invoice rings' },
    P,
  ),
  violations12mRefer: assumed(
    'violations12mRefer',
    'count',
    ['近12个月违章转人工次数', 'Violations in 12 months for referral'],
    '3',
    { zh: '一年内多次违法违章的，由人工审核', en: 'Repeated violations within one year need an officer' },
  ),
  violations24mRefer: assumed(
    'violations24mRefer',
    'count',
    ['近24个月违章转人工次数', 'Violations in 24 months for referral'],
    '6',
    { zh: '两年期的转人工次数按一年期的两倍', en: 'Twice the one-year referral count over two years' },
  ),
  invoiceViolationsRefer: assumed(
    'invoiceViolationsRefer',
    'count',
    ['发票违章转人工次数', 'Invoice violations for referral'],
    '3',
    { zh: '多次发票违章的，由人工审核', en: 'Repeated invoice violations need an officer' },
  ),
  penalties12mRefer: assumed(
    'penalties12mRefer',
    'yuan',
    ['近12个月罚款转人工金额', 'Penalties in 12 months for referral'],
    '50000',
    {
      zh: '罚款达首次领用限额的一半，属重大罚款',
      en: 'Half the first-issue face value cap: a material penalty',
    },
  ),
  penalties24mRefer: assumed(
    'penalties24mRefer',
    'yuan',
    ['近24个月罚款转人工金额', 'Penalties in 24 months for referral'],
    '200000',
    { zh: '两年内的重大罚款', en: 'Material penalties over two years' },
  ),
  overdueFilingsRefer: assumed(
    'overdueFilingsRefer',
    'count',
    ['逾期申报转人工次数', 'Late filings for referral'],
    '3',
    { zh: '一年中四分之一的月份逾期申报', en: 'Late filing in a quarter of the months of a year' },
  ),
  arrearsRejectDays: assumed(
    'arrearsRejectDays',
    'count',
    ['欠税逾期不予核定天数', 'Days of overdue arrears for rejection'],
    '90',
    { zh: '欠税逾期一个季度的，缴清前停止供应', en: 'A quarter of unpaid arrears: supply stops until paid' },
  ),
  vatCitMismatch: assumed(
    'vatCitMismatch',
    'share',
    ['增值税与所得税收入差异', 'VAT vs CIT revenue gap'],
    '0.10',
    { zh: '实务中的收入不匹配指标（差异10%以上）', en: 'Practitioner income-mismatch marker (≥10%)' },
    cite('practitionerRisk'),
  ),
  zeroFilerSpecialQuantity: assumed(
    'zeroFilerSpecialQuantity',
    'count',
    ['零申报企业专票月用量', 'Special invoices a month for zero filers'],
    '10',
    { zh: '零申报纳税人没有销售额支撑更多份数', en: 'A zero filer has no sales to support more copies' },
  ),
  abnormalIssuedReject: assumed(
    'abnormalIssuedReject',
    'count',
    ['开具异常凭证不予核定份数', 'Abnormal vouchers issued for rejection'],
    '5',
    { zh: '多次开具异常凭证，具有虚开发票企业特征', en: 'Repeated abnormal vouchers mark an invoice mill' },
  ),
  abnormalReceivedRefer: assumed(
    'abnormalReceivedRefer',
    'count',
    ['取得异常凭证转人工份数', 'Abnormal vouchers received for referral'],
    '3',
    { zh: '多次取得异常进项凭证的，由人工审核', en: 'Repeated abnormal input needs an officer' },
  ),
  agriInputShare: assumed(
    'agriInputShare',
    'share',
    ['农产品进项占比', 'Agricultural input share'],
    '0.10',
    { zh: '非农企业的实务风险指标（超过10%）', en: 'Practitioner marker for non-agricultural firms (>10%)' },
    cite('practitionerRisk'),
  ),
  inputOutputMatch: assumed(
    'inputOutputMatch',
    'share',
    ['进销项匹配率下限', 'Input/output match floor'],
    '0.70',
    { zh: '实务风险指标（低于70%）', en: 'Practitioner marker (<70%)' },
    cite('practitionerRisk'),
  ),
  surgePercent: assumed(
    'surgePercent',
    'count',
    ['开票突增比例（%）', 'Invoice surge ratio (%)'],
    '150',
    {
      zh: '实务“开票突增”指标：当月超过历史峰值的150%',
      en: 'Practitioner “开票突增” marker: a month above 150% of the peak',
    },
    cite('practitionerRisk'),
  ),
  topLimitShare: assumed(
    'topLimitShare',
    'share',
    ['顶额开票占比', 'Share of invoices at the cap'],
    '0.90',
    { zh: '实务“顶额开票”指标', en: 'Practitioner “顶额开票” marker' },
    cite('practitionerRisk'),
  ),
  voidShare: assumed(
    'voidShare',
    'share',
    ['作废红冲占比', 'Void and red-letter share'],
    '0.15',
    {
      zh: '实务风险指标（超过15%；另有资料为20%）',
      en: 'Practitioner marker (>15%; another source says 20%)',
    },
    cite('practitionerRisk'),
  ),
  unusedMultiple: assumed(
    'unusedMultiple',
    'count',
    ['结存发票倍数', 'Unused stock as months of average use'],
    '2',
    {
      zh: '结存达两个月用量的，无需一次多领',
      en: 'Two months of unused stock means no need for more at once',
    },
  ),
  neverUsedQuantity: assumed(
    'neverUsedQuantity',
    'count',
    ['长期未用专票月用量', 'Special invoices a month after none were used'],
    '10',
    { zh: '六个月未使用的，仅给予象征性供应', en: 'No usage in six months supports only a token supply' },
  ),
  minHistoryMonths: assumed(
    'minHistoryMonths',
    'count',
    ['用量判断最短月数', 'Months of history to judge usage'],
    '3',
    {
      zh: '有一个季度的使用记录后，方适用基于用量的审核',
      en: 'One quarter of usage before usage-based checks apply',
    },
  ),
  salesFor1m: assumed(
    'salesFor1m',
    'yuan',
    ['百万元档销售额下限', 'Annual sales for the 1m tier'],
    '10000000',
    { zh: '每年至少按限额开具十份发票', en: 'Ten invoices at the cap a year at least' },
  ),
  capitalFor1m: assumed(
    'capitalFor1m',
    'yuan',
    ['百万元档注册资本下限', 'Registered capital for the 1m tier'],
    '1000000',
    { zh: '注册资本至少相当于一份限额发票', en: 'Capital of at least one invoice at the cap' },
  ),
  staffFor1m: assumed('staffFor1m', 'count', ['百万元档从业人数下限', 'Staff for the 1m tier'], '5', {
    zh: '从业人数不足五人的企业很少单笔销售百万元',
    en: 'A firm of fewer than five rarely sells 1m per invoice',
  }),
  capacityFactor: assumed(
    'capacityFactor',
    'count',
    ['申请开票能力与销售额倍数', 'Requested capacity over annual sales'],
    '20',
    {
      zh: '发票平均金额很少低于限额的5%：按限额计算的年开票能力超过销售额20倍不合常理',
      en: 'Invoices rarely average under 5% of the cap: yearly capacity at the cap above 20 times sales is implausible',
    },
  ),
  declaredSalesGap: assumed(
    'declaredSalesGap',
    'share',
    ['申报与登记销售额差异', 'Declared vs recorded sales gap'],
    '0.30',
    {
      zh: '申报数与登记数相差30%以上的，需作出说明',
      en: 'A declared figure 30% off the record needs an explanation',
    },
  ),
  saneMonthlyQuantity: assumed(
    'saneMonthlyQuantity',
    'count',
    ['异常大额申请份数', 'Copies a month that look abnormal'],
    '1000',
    { zh: '每月超过一千份的，人工审核', en: 'Above a thousand copies a month is reviewed' },
  ),
  lowGradeSpecialQuantity: assumed(
    'lowGradeSpecialQuantity',
    'count',
    ['C/D级专票月用量上限', 'Special invoices a month for grades C and D'],
    '50',
    { zh: '信用较差的，按首次领用数量的两倍', en: 'Twice the first-issue quantity for weak credit' },
  ),
  gradeDOrdinaryQuantity: assumed(
    'gradeDOrdinaryQuantity',
    'count',
    ['D级普票月用量上限', 'Ordinary invoices a month for grade D'],
    '25',
    {
      zh: 'D级普通发票“严格限量”：按首次领用数量的一半',
      en: '“Strictly limited” 普票 for D: half the first-issue quantity',
    },
    cite('creditTrial2014', '第三十二条'),
  ),
  smallScaleSpecialQuantity: assumed(
    'smallScaleSpecialQuantity',
    'count',
    ['小规模纳税人专票月用量上限', 'Special invoices a month for small-scale taxpayers'],
    '25',
    {
      zh: '按首次领用数量，因小规模纳税人销售额本身有上限',
      en: 'The first-issue quantity, since small-scale sales are capped by definition',
    },
  ),
} as const satisfies Record<string, Assumed>;

/**
 * The names of the assumed thresholds.
 * @example
 * const n: AssumedName = Object.keys(ASSUMED_THRESHOLDS)[0] as AssumedName;
 */
export type AssumedName = keyof typeof ASSUMED_THRESHOLDS;
