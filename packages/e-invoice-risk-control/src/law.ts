// The law of measure 6: the shared articles from @gd-ftz/statutes (发票管理办法, 2018年第29号,
// 2019年第38号, 民法典), this measure's own texts (the GD 数电 pilot, the official Q&A on 总额度,
// 2019年第39号), and every number as a dated, cited parameter declared once. The class limits and
// adjustment ratios are a reported internal rule set that no published text confirms: they are
// assumption parameters with the fact pack's defaults (tax-measures.md §6, S29–S32).
import { type Citation, type DatedParameter, defineParameter, type Localized } from '@gd-ftz/core';
import {
  abnormalVouchers,
  articleOf,
  civilCode,
  invoiceMeasures,
  newTaxpayerInvoices,
  seedItem,
} from '@gd-ftz/statutes';
import type { RiskClass } from './model';

const pilotLaw = {
  zh: '国家税务总局广东省税务局关于开展全面数字化的电子发票试点工作的公告',
  en: 'Guangdong Tax Service announcement on the fully digitalised e-invoice pilot',
};
const qaLaw = {
  zh: '全面数字化的电子发票政策问答（税务机关官方问答）',
  en: 'Official Q&A of the tax authorities on fully digitalised e-invoices',
};
const rateLaw = {
  zh: '财政部 税务总局 海关总署关于深化增值税改革有关政策的公告',
  en: 'MOF, SAT and GAC announcement on deepening the VAT reform',
};
const internalLaw = {
  zh: '数电发票授信额度内部规则（据从业者转载，未经官方核实）',
  en: 'Internal credit-limit rules for digital e-invoices (practitioner reprints, not officially confirmed)',
};

/**
 * A source cited as a whole: the pilot notice, the Q&A reprints and the internal rules have no
 * article numbers we could check, so the citation names no article (the note says what it holds).
 */
function wholeOf(law: Localized, docNo: string | undefined, note: Localized): Citation {
  return Object.freeze({ law, ...(docNo === undefined ? {} : { docNo }), note });
}

/**
 * The citations of measure 6, by what they establish.
 * @example
 * CITES.verification.article // '第三条'
 */
export const CITES = {
  seed: seedItem(6),
  pilot: wholeOf(pilotLaw, '粤税公告（2021-11-30）', {
    zh: '自2021年12月1日起在广州、佛山、横琴试点数电票：实名验证后无需税控设备，无需票种核定，税务机关按总额度管理（据转载，文号未核实）',
    en: 'from 2021-12-01 the 数电 pilot in Guangzhou, Foshan and Hengqin: no tax-control device, no invoice-type approval, a total issuable amount instead (reprint; document number not verified)',
  }),
  totalCredit: wholeOf(qaLaw, undefined, {
    zh: '总额度为一个自然月内可开具发票（数电票与纸质发票）不含增值税的总金额上限；可用额度＝总额度－已使用额度，纸质发票按份数×单份最高限额扣减；不跨月结转（据转载）',
    en: 'the total credit caps a calendar month’s invoices (digital and paper) excluding VAT; available = total − used, a paper copy uses its single-invoice cap; nothing carries over to the next month (reprints)',
  }),
  adjustment: wholeOf(qaLaw, undefined, {
    zh: '定期调整（每月1日自动）、临时调整（低风险纳税人首次达到一定比例当月自动调增一次）、人工调整（依申请）（据转载）',
    en: 'periodic (1st of each month), temporary (a low-risk taxpayer first reaching a set share gets one top-up that month) and manual (on application) adjustment (reprints)',
  }),
  classRules: wholeOf(internalLaw, undefined, {
    zh: 'Ⅰ类高风险1,000元、Ⅱ类中风险250万元、Ⅲ类低风险750万元、Ⅳ类无风险1,000万元；达到80%时Ⅲ类调增20%、Ⅳ类调增50%；连续3个月超出取平均，连续12个月未达调减',
    en: 'class I 1,000, II 2.5M, III 7.5M, IV 10M yuan; at 80% class III +20%, IV +50%; 3 months above → average, 12 months below → reduced',
  }),
  identityCheck: invoiceMeasures.articles.art26,
  typeDecision: invoiceMeasures.articles.art15,
  firstSupply: newTaxpayerInvoices.articles.art3,
  abnormalVouchers: abnormalVouchers.articles.art1,
  verification: abnormalVouchers.articles.art3,
  dayNotCounted: civilCode.articles.art201,
  vatRate: articleOf(rateLaw, '财政部 税务总局 海关总署公告2019年第39号')('第一条', {
    zh: '增值税一般纳税人发生增值税应税销售行为或者进口货物，原适用16%税率的，税率调整为13%（自2019年4月1日起）',
    en: 'the 16% VAT rate becomes 13% from 2019-04-01',
  }),
} as const satisfies Record<string, Citation>;

const PILOT_FROM = '2021-12-01';
const YUAN: Localized = { zh: '元', en: 'CNY' };
const SHARE: Localized = { zh: '比例', en: 'share' };
const MONTHS: Localized = { zh: '个月', en: 'months' };
const UNCONFIRMED: Localized = {
  zh: '据从业者转载的内部规则，官方未公布：取资料包默认值',
  en: 'a reported internal rule the authorities never published: the fact pack’s default',
};

function internal(
  name: string,
  label: Localized,
  unit: Localized,
  value: string,
  integer = false,
): DatedParameter {
  return defineParameter({
    name: `eInvoiceRiskControl.${name}`,
    label,
    unit,
    kind: integer ? 'integer' : 'decimal',
    entries: [{ from: PILOT_FROM, value, source: CITES.classRules }],
    assumption: UNCONFIRMED,
  });
}

/**
 * A new firm's monthly total credit by risk class (Ⅰ 1,000 / Ⅱ 250万 / Ⅲ 750万 / Ⅳ 1,000万 yuan),
 * from the pilot's start; an assumption (reported internal rules, S29–S30).
 * @example
 * valueAt(CLASS_LIMITS.III, '2024-05-01').toString() // '7500000'
 */
export const CLASS_LIMITS: Readonly<Record<RiskClass, DatedParameter>> = {
  I: internal(
    'limitI',
    { zh: 'Ⅰ类（高风险）初始总额度', en: 'Class I (high risk) initial credit' },
    YUAN,
    '1000',
  ),
  II: internal(
    'limitII',
    { zh: 'Ⅱ类（中风险）初始总额度', en: 'Class II (medium risk) initial credit' },
    YUAN,
    '2500000',
  ),
  III: internal(
    'limitIII',
    { zh: 'Ⅲ类（低风险）初始总额度', en: 'Class III (low risk) initial credit' },
    YUAN,
    '7500000',
  ),
  IV: internal(
    'limitIV',
    { zh: 'Ⅳ类（无风险）初始总额度', en: 'Class IV (no risk) initial credit' },
    YUAN,
    '10000000',
  ),
};

/**
 * The temporary top-up by class, as a share of the month's opening credit: Ⅲ +20%, Ⅳ +50%, none for
 * Ⅰ/Ⅱ (only low-risk taxpayers get it); an assumption (S29, S31).
 * @example
 * valueAt(TOP_UP_RATES.IV, '2024-05-01').toString() // '0.5'
 */
export const TOP_UP_RATES: Readonly<Record<RiskClass, DatedParameter>> = {
  I: internal('topUpI', { zh: 'Ⅰ类临时调增比例', en: 'Class I top-up' }, SHARE, '0'),
  II: internal('topUpII', { zh: 'Ⅱ类临时调增比例', en: 'Class II top-up' }, SHARE, '0'),
  III: internal('topUpIII', { zh: 'Ⅲ类临时调增比例', en: 'Class III top-up' }, SHARE, '0.2'),
  IV: internal('topUpIV', { zh: 'Ⅳ类临时调增比例', en: 'Class IV top-up' }, SHARE, '0.5'),
};

/**
 * The share of the month's opening credit whose first reaching triggers the top-up (80%); also the
 * line under which a month counts as "below" for the periodic reduction. An assumption (S29, S31).
 * @example
 * valueAt(TOP_UP_TRIGGER, '2024-05-01').toString() // '0.8'
 */
export const TOP_UP_TRIGGER = internal(
  'topUpTrigger',
  { zh: '临时调增触发比例', en: 'Top-up trigger share' },
  SHARE,
  '0.8',
);

/**
 * Consecutive months above the opening credit after which the credit becomes their average (3).
 * @example
 * integerAt(RAISE_AFTER_MONTHS, '2024-05-01') // 3
 */
export const RAISE_AFTER_MONTHS = internal(
  'raiseAfterMonths',
  { zh: '连续超出月数（定期调增）', en: 'Months above before a periodic raise' },
  MONTHS,
  '3',
  true,
);

/**
 * Consecutive months below the trigger after which the credit falls to the best month (12).
 * @example
 * integerAt(LOWER_AFTER_MONTHS, '2024-05-01') // 12
 */
export const LOWER_AFTER_MONTHS = internal(
  'lowerAfterMonths',
  { zh: '连续未达月数（定期调减）', en: 'Months below before a periodic reduction' },
  MONTHS,
  '12',
  true,
);

/**
 * Working days an A-grade buyer has to ask for verification of an abnormal voucher (2019年第38号
 * 第三条), from @gd-ftz/statutes.
 * @example
 * integerAt(VERIFICATION_WORKING_DAYS, '2024-05-10') // 10
 */
export const VERIFICATION_WORKING_DAYS = abnormalVouchers.params.verificationRequestWorkingDays;

/**
 * The baseline's decision period for invoice supply (发票管理办法 第十五条: 5 working days).
 * @example
 * integerAt(TYPE_DECISION_WORKING_DAYS, '2024-05-10') // 5
 */
export const TYPE_DECISION_WORKING_DAYS = invoiceMeasures.params.typeDecisionWorkingDaysFrom2019;

/**
 * The baseline's first-supply caps of a new taxpayer (2018年第29号 第三条: 10万元 a copy, 25 copies a month).
 * @example
 * integerAt(FIRST_SUPPLY.copies, '2024-05-10') // 25
 */
export const FIRST_SUPPLY = {
  faceValueCap: newTaxpayerInvoices.params.specialFaceValueCap,
  copies: newTaxpayerInvoices.params.specialMonthlyCopies,
} as const;

/**
 * The general VAT rate (13% from 2019-04-01): the input VAT a buyer loses on an abnormal voucher.
 * @example
 * valueAt(VAT_RATE, '2024-05-10').toString() // '0.13'
 */
export const VAT_RATE = defineParameter({
  name: 'eInvoiceRiskControl.vatRate',
  label: { zh: '增值税基本税率', en: 'General VAT rate' },
  unit: SHARE,
  entries: [{ from: '2019-04-01', value: '0.13', source: CITES.vatRate }],
});
