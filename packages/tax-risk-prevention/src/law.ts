// The law of measure 2. The one published numeric invoice-risk threshold (异常凭证, 2019年第38号)
// and the zero-filing test of the credit rules are shared laws held by @gd-ftz/statutes; this file
// names them for this engine and adds the practitioner indicator table, which no published text
// fixes and which is therefore an assumption throughout (fact pack tax-measures.md §2, S11–S15).
import { assumption, type Citation, type LegalBasis } from '@gd-ftz/core';
import {
  abnormalVouchers,
  abscondingFirms,
  invoiceMeasures,
  seedItem,
  taxCredit,
  taxCreditTrial2014,
  vatRegulations,
} from '@gd-ftz/statutes';

/**
 * The citations of measure 2, by what they establish.
 * @example
 * CITES.abnormalVoucher.docNo // '国家税务总局公告2019年第38号'
 */
export const CITES = {
  seed: seedItem(2),
  abnormalVoucher: abnormalVouchers.articles.art2,
  absconding: abscondingFirms.whole,
  faceCheck: invoiceMeasures.articles.art26,
  zeroFiling2014: taxCreditTrial2014.articles.art19,
  zeroFiling2025: taxCredit.articles.art17,
  vatFiling: vatRegulations.articles.art23,
} as const satisfies Record<string, Citation>;

/**
 * 异常凭证: claimed abnormal input VAT ≥ this share (含) of the period's 专票 input VAT
 * (2019年第38号, from @gd-ftz/statutes).
 * @example
 * valueAt(ABNORMAL_INPUT_SHARE, '2024-06-30').toString() // '0.7'
 */
export const ABNORMAL_INPUT_SHARE = abnormalVouchers.params.abnormalInputShare;

/**
 * 异常凭证: and the claimed abnormal input VAT exceeds this amount in yuan (2019年第38号).
 * @example
 * valueAt(ABNORMAL_INPUT_AMOUNT, '2024-06-30').toString() // '50000'
 */
export const ABNORMAL_INPUT_AMOUNT = abnormalVouchers.params.abnormalInputAmount;

/**
 * Consecutive zero-VAT months that bar an A grade (2014年第40号 第19条 / 2025年第12号 第17条), used
 * here only as a risk signal.
 * @example
 * integerAt(ZERO_VAT_CONSECUTIVE_MONTHS, '2024-06-30') // 3
 */
export const ZERO_VAT_CONSECUTIVE_MONTHS = taxCredit.params.zeroFilingConsecutiveMonths;

/**
 * Cumulative zero-VAT months (within the evaluation year) that bar an A grade, as a risk signal.
 * @example
 * integerAt(ZERO_VAT_CUMULATIVE_MONTHS, '2024-06-30') // 6
 */
export const ZERO_VAT_CUMULATIVE_MONTHS = taxCredit.params.zeroFilingCumulativeMonths;

/** An assumption resting on practitioner write-ups (fact pack §2, S11–S15), never an official text. */
function practitioner(zh: string, en: string, ...context: Citation[]): LegalBasis {
  return assumption(
    { zh: `假设（实务资料，非官方）：${zh}`, en: `Assumption (practitioner sources, unofficial): ${en}` },
    ...context,
  );
}

/** The indicators of the early-warning model, in a fixed order. */
export const INDICATOR_KEYS = [
  'capUse',
  'surge',
  'voidRed',
  'codeMismatch',
  'revenueGap',
  'lowBurden',
  'agriInput',
  'zeroFiling',
] as const;

/** One indicator of the early-warning model. */
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

/** What each indicator means, its weight in the score (points) and its basis. */
export interface IndicatorRule {
  readonly label: { readonly zh: string; readonly en: string };
  /** Points added to the score when the indicator fires: an assumption (no published weights). */
  readonly weight: number;
  readonly basis: LegalBasis;
}

/**
 * The indicator table: labels, weights and bases. Weights are assumptions (internal models are not
 * published); the thresholds are scenario parameters (params.ts) with their plausible ranges.
 * @example
 * INDICATOR_RULES.capUse.weight // 25
 */
export const INDICATOR_RULES: Readonly<Record<IndicatorKey, IndicatorRule>> = Object.freeze({
  capUse: {
    label: { zh: '顶额开票', en: 'Invoicing at the single-invoice cap' },
    weight: 25,
    basis: practitioner(
      '平均单张发票金额达单张限额90%以上（S11）',
      'average invoice ≥ 90% of the single-invoice cap (S11)',
    ),
  },
  surge: {
    label: { zh: '开票突增', en: 'Invoicing surge' },
    weight: 15,
    basis: practitioner('当月开票超过历史最高月150%（S13）', 'month above 150% of the historical peak (S13)'),
  },
  voidRed: {
    label: { zh: '作废红冲比例高', en: 'High void/red-letter ratio' },
    weight: 10,
    basis: practitioner(
      '作废及红字发票占比超过15%（S13；S14为20%）',
      'void and red-letter invoices above 15% (S13; 20% in S14)',
    ),
  },
  codeMismatch: {
    label: { zh: '进销项不匹配', en: 'Purchase/sales code mismatch' },
    weight: 20,
    basis: practitioner(
      '销项商品编码与进项匹配率低于70%（S14）',
      'sales codes matched by purchases below 70% (S14)',
    ),
  },
  revenueGap: {
    label: { zh: '增值税与所得税收入差异', en: 'VAT vs CIT revenue gap' },
    weight: 15,
    basis: practitioner(
      '增值税申报销售额与企业所得税收入差异10%以上（S11）',
      'VAT sales and CIT revenue differ by 10% or more (S11)',
    ),
  },
  lowBurden: {
    label: { zh: '税负率偏低', en: 'Low tax burden' },
    weight: 15,
    basis: practitioner(
      '增值税税负率低于行业预警税负率（S11）',
      'VAT burden below the industry warning rate (S11)',
    ),
  },
  agriInput: {
    label: { zh: '非农企业农产品进项占比高', en: 'Agricultural input at a non-agricultural firm' },
    weight: 20,
    basis: practitioner(
      '非农企业农产品进项占比超过10%（S14）',
      'agricultural input above 10% of input at a non-agricultural firm (S14)',
    ),
  },
  zeroFiling: {
    label: { zh: '长期零负申报', en: 'Long-term zero/negative VAT filing' },
    weight: 10,
    basis: practitioner(
      '连续3个月或累计6个月零负申报作为风险信号（信用规则中为不得评A的情形）',
      'zero/negative VAT 3 consecutive or 6 cumulative months, as a signal (in the credit rules it bars an A)',
      CITES.zeroFiling2014,
      CITES.zeroFiling2025,
    ),
  },
});

/** The response tiers, lowest first. */
export const TIERS = ['none', 'blue', 'yellow', 'red'] as const;

/** A response tier: none, blue (reminder), yellow (face re-verification), red (block + review). */
export type Tier = (typeof TIERS)[number];

/** The lowest score of each warning tier (a score below `blue` is `none`). */
export interface TierCuts {
  readonly blue: number;
  readonly yellow: number;
  readonly red: number;
}

/**
 * The default tier cuts: an assumption (the red/yellow/blue scheme of S12 is unconfirmed as
 * official, and no cut scores are published). Half-open bands: [blue, yellow), [yellow, red), [red, ∞).
 * @example
 * TIER_CUTS.red // 60
 */
export const TIER_CUTS: TierCuts = Object.freeze({ blue: 20, yellow: 40, red: 60 });

/**
 * The basis of each tier's response: the tiers themselves are an assumption; the face
 * re-verification rests on 发票管理办法 第二十六条 (identity verification), the block on 2019年第38号.
 * @example
 * TIER_BASES.yellow.kind // 'assumption'
 */
export const TIER_BASES: Readonly<Record<Tier, LegalBasis>> = Object.freeze({
  none: assumption({
    zh: '假设：得分低于蓝色档，不作处理',
    en: 'Assumption: below the blue cut, no response',
  }),
  blue: assumption(
    {
      zh: '假设：蓝色档，推送提醒，纳税人自主体检自行纠正',
      en: 'Assumption: blue, a reminder for self-check and correction',
    },
    CITES.seed,
  ),
  yellow: assumption(
    {
      zh: '假设：黄色档，要求法定代表人等实名实人验证',
      en: 'Assumption: yellow, face re-verification of the legal representative',
    },
    CITES.faceCheck,
  ),
  red: assumption(
    {
      zh: '假设：红色档，阻断开票并转人工核查',
      en: 'Assumption: red, invoicing blocked and the case reviewed',
    },
    CITES.abnormalVoucher,
    CITES.absconding,
  ),
});
