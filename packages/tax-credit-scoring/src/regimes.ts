// The two regimes by as-of date, and how each maps the engine's codes to its own items: not-A
// cases, direct-D cases, indicators. A code a regime lacks has no entry here.
import { type Citation, type CivilDate, describeValue, isCivilDate, ValidationError } from '@gd-ftz/core';
import { CITES, FROM_2014, FROM_2025 } from './law';
import type { BreachCode, FilingKind, IndicatorCode, NotACase, RegimeId } from './model';

/** One regime: its dates, its text, and the item of each case it knows. */
export interface Regime {
  readonly id: RegimeId;
  /** First day in force. */
  readonly from: string;
  /** Last day in force, or null when in force. */
  readonly until: string | null;
  readonly title: Citation;
  readonly notA: Readonly<Record<NotACase, Citation>>;
  readonly directD: Readonly<Partial<Record<BreachCode | 'evasion', Citation>>>;
  /** How late filings are counted. */
  readonly lateFiling: 'per-tax-per-time' | 'per-month';
  /** Which filings are rated. */
  readonly ratedFilings: readonly FilingKind[];
}

/** English glosses of the items, by code (the Chinese wording is each item's quote). */
const EN: Readonly<Record<string, string>> = {
  'under-3-years': 'under 3 years of actual operation',
  'd-last-year': 'rated D in the previous evaluation year',
  'zero-vat-months':
    'zero (or negative) VAT for 3 consecutive or 6 cumulative months without a normal reason',
  'irregular-books': 'books not kept to the national accounting rules',
  'tax-crime': 'convicted of a tax crime',
  evasion: 'evasion of 100,000 yuan or more and 10% or more of the tax due',
  'tax-violation':
    'evading the recovery of arrears, export-refund fraud, false special invoices and similar violations',
  'credit-refund-fraud': 'fraudulent refund of excess input VAT (留抵退税)',
  'police-referral': 'referred to, or investigated directly by, the police',
  'unpaid-decision': 'not paying in full by the deadline of a tax decision',
  'violent-refusal': 'refusing to pay or obstructing an inspection by violence or threat',
  'invoice-violation': 'invoice violations causing others to underpay or defraud tax',
  'false-preference': 'false materials to obtain a tax preference',
  'export-refund-suspended': 'export-refund status suspended for fraud, not yet expired',
  'abnormal-household': 'recorded as an abnormal household (非正常户)',
  absconded: 'recorded as absconded (走逃（失联）户)',
  'run-by-abnormal-responsible':
    'registered or run by the person responsible for an abnormal or absconded household',
  'run-by-d-responsible': 'registered or run by the person responsible for a D firm',
  'major-violation-list': 'listed as a major tax-violation subject',
  'other-serious': 'other serious breach found by the tax authority',
};

const item = (base: Citation, n: string, quote: string, key: string): Citation => ({
  ...base,
  article: `${base.article ?? ''}（${n}）`,
  note: { zh: quote, en: EN[key] ?? key },
  quote,
});

const D14 = CITES.directD2014;
const D25 = CITES.directD2025;

/**
 * The 2014 regime (总局公告2014年第40号 and its companions), in force 2014-10-01 to 2025-06-30.
 * @example
 * REGIME_2014.directD['tax-crime']?.article // '第二十条（一）'
 */
export const REGIME_2014: Regime = {
  id: 'sat-2014-40',
  from: FROM_2014,
  until: '2025-06-30',
  title: CITES.regime2014,
  notA: {
    'under-3-years': item(CITES.notA2014, '一', '实际生产经营期不满3年的', 'under-3-years'),
    'd-last-year': item(CITES.notA2014, '二', '上一评价年度纳税信用评价结果为D级的', 'd-last-year'),
    'zero-vat-months': item(
      CITES.notA2014,
      '三',
      '非正常原因一个评价年度内增值税或营业税连续3个月或者累计6个月零申报、负申报的（正常原因：季节性生产经营、享受政策性减免税，2015年第85号）',
      'zero-vat-months',
    ),
    'irregular-books': item(
      CITES.notA2014,
      '四',
      '不能按照国家统一的会计制度规定设置账簿，并根据合法、有效凭证核算，向税务机关提供准确税务资料的',
      'irregular-books',
    ),
  },
  directD: {
    'tax-crime': item(
      D14,
      '一',
      '存在逃避缴纳税款、逃避追缴欠税、骗取出口退税、虚开增值税专用发票等行为，经判决构成涉税犯罪的',
      'tax-crime',
    ),
    evasion: item(D14, '二', '偷税（逃避缴纳税款）金额10万元以上且占各税种应纳税总额10%以上', 'evasion'),
    'tax-violation': item(
      D14,
      '二',
      '存在逃避追缴欠税、骗取出口退税、虚开增值税专用发票等税收违法行为，已缴纳税款、滞纳金、罚款的',
      'tax-violation',
    ),
    'unpaid-decision': item(
      D14,
      '三',
      '在规定期限内未按税务机关处理结论缴纳或者足额缴纳税款、滞纳金和罚款的',
      'unpaid-decision',
    ),
    'violent-refusal': item(
      D14,
      '四',
      '以暴力、威胁方法拒不缴纳税款或者拒绝、阻挠税务机关依法实施税务稽查执法行为的',
      'violent-refusal',
    ),
    'invoice-violation': item(
      D14,
      '五',
      '存在违反增值税发票管理规定或者违反其他发票管理规定的行为，导致其他单位或者个人未缴、少缴或者骗取税款的',
      'invoice-violation',
    ),
    'false-preference': item(D14, '六', '提供虚假申报材料享受税收优惠政策的', 'false-preference'),
    'export-refund-suspended': item(
      D14,
      '七',
      '骗取国家出口退税款，被停止出口退（免）税资格未到期的',
      'export-refund-suspended',
    ),
    'abnormal-household': item(D14, '八', '有非正常户记录', 'abnormal-household'),
    'run-by-abnormal-responsible': item(
      D14,
      '八',
      '由非正常户直接责任人员注册登记或者负责经营的',
      'run-by-abnormal-responsible',
    ),
    'run-by-d-responsible': item(
      D14,
      '九',
      '由D级纳税人的直接责任人员注册登记或者负责经营的',
      'run-by-d-responsible',
    ),
    'other-serious': item(D14, '十', '存在税务机关依法认定的其他严重失信情形的', 'other-serious'),
  },
  lateFiling: 'per-tax-per-time',
  ratedFilings: ['vat', 'cit', 'iit', 'stamp', 'other-tax'],
};

/**
 * The 2025 regime (总局公告2025年第12号), in force from 2025-07-01.
 * @example
 * REGIME_2025.directD['police-referral']?.article // '第十八条（二）'
 */
export const REGIME_2025: Regime = {
  id: 'sat-2025-12',
  from: FROM_2025,
  until: null,
  title: CITES.regime2025,
  notA: {
    'under-3-years': item(CITES.notA2025, '一', '实际生产经营期不满3年的', 'under-3-years'),
    'd-last-year': item(CITES.notA2025, '二', '上一评价年度评价结果为D级的', 'd-last-year'),
    'zero-vat-months': item(
      CITES.notA2025,
      '三',
      '非正常原因评价年度内增值税连续3个月或者累计6个月应纳税额为0的（正常原因含留抵税额、加计抵减）',
      'zero-vat-months',
    ),
    'irregular-books': item(
      CITES.notA2025,
      '四',
      '不能按照国家统一的会计制度规定设置账簿，并根据合法、有效凭证核算，向税务机关提供准确税务资料的',
      'irregular-books',
    ),
  },
  directD: {
    'tax-violation': item(
      D25,
      '一',
      '存在逃避追缴欠税、骗取出口退税、虚开增值税专用发票、骗取留抵退税等税收违法行为的',
      'tax-violation',
    ),
    'credit-refund-fraud': item(D25, '一', '骗取留抵退税', 'credit-refund-fraud'),
    'police-referral': item(
      D25,
      '二',
      '存在逃避缴纳税款、虚开增值税专用发票以外的其他发票等违法行为被移送公安机关或者被公安机关直接立案查处的',
      'police-referral',
    ),
    evasion: item(D25, '三', '偷税（逃避缴纳税款）金额10万元以上且占各税种应纳税总额10%以上的', 'evasion'),
    'unpaid-decision': item(
      D25,
      '四',
      '在规定期限内未按税务机关处理结论足额缴纳税款、利息、滞纳金和罚款的',
      'unpaid-decision',
    ),
    'violent-refusal': item(
      D25,
      '五',
      '以暴力、威胁方法拒不缴纳税款或者拒绝、阻挠税务机关依法实施税务稽查执法行为的',
      'violent-refusal',
    ),
    'invoice-violation': item(
      D25,
      '六',
      '违反发票管理法规，导致其他单位或者个人未缴、少缴或者骗取税款的',
      'invoice-violation',
    ),
    'false-preference': item(D25, '七', '提供虚假材料，骗取税收优惠的', 'false-preference'),
    'export-refund-suspended': item(
      D25,
      '八',
      '骗取国家出口退税款，被停止出口退（免）税资格未到期的',
      'export-refund-suspended',
    ),
    'abnormal-household': item(D25, '九', '认定为非正常户', 'abnormal-household'),
    absconded: item(D25, '九', '认定为走逃（失联）户', 'absconded'),
    'run-by-abnormal-responsible': item(
      D25,
      '十',
      '由非正常户或者走逃（失联）户直接责任人员在认定为非正常户或者走逃（失联）户之后注册登记、负责经营的',
      'run-by-abnormal-responsible',
    ),
    'run-by-d-responsible': item(
      D25,
      '十一',
      '由D级经营主体的直接责任人员在评为D级之后注册登记、负责经营的',
      'run-by-d-responsible',
    ),
    'major-violation-list': item(D25, '十二', '被确定为重大税收违法失信主体的', 'major-violation-list'),
    'other-serious': item(D25, '十三', '存在税务机关依法认定的其他严重失信情形的', 'other-serious'),
  },
  lateFiling: 'per-month',
  ratedFilings: ['vat', 'cit', 'iit', 'stamp', 'other-tax', 'social-insurance'],
};

/** Both regimes, oldest first. */
export const REGIMES: readonly Regime[] = [REGIME_2014, REGIME_2025];

/** Indicator points and the regime that knows each (all but three exist in both). */
export const INDICATORS: Readonly<
  Record<
    IndicatorCode,
    { readonly points: 1 | 3 | 5 | 11; readonly only2025: boolean; readonly source: Citation }
  >
> = {
  'tax-control-lost': { points: 1, only2025: false, source: CITES.indicators2014 },
  'tax-control-damaged': { points: 11, only2025: false, source: CITES.indicators2014 },
  'info-mismatch': { points: 11, only2025: false, source: CITES.indicators2014 },
  'false-undertaking': { points: 11, only2025: true, source: CITES.indicators2025 },
  'iit-reconciliation-skipped': { points: 5, only2025: true, source: CITES.indicators2025 },
  'export-check-finding': { points: 1, only2025: true, source: CITES.indicators2025 },
  'other-1': { points: 1, only2025: false, source: CITES.indicators2014 },
  'other-3': { points: 3, only2025: false, source: CITES.indicators2014 },
  'other-5': { points: 5, only2025: false, source: CITES.indicators2014 },
  'other-11': { points: 11, only2025: false, source: CITES.indicators2014 },
};

/** Epoch-free comparison: ISO dates sort as text. */
function regimeOf(date: string): Regime | undefined {
  if (date >= FROM_2025) return REGIME_2025;
  if (date >= FROM_2014) return REGIME_2014;
  return undefined;
}

/**
 * The regime in force on a date (2014年第40号 from 2014-10-01 to 2025-06-30, 2025年第12号 from
 * 2025-07-01). Before 2014-10-01 no regime of this engine applies: a ValidationError on `path`.
 * The date must already be a valid civil date.
 * @example
 * regimeFor('2025-06-30').id // 'sat-2014-40'
 * regimeFor('2025-07-01').id // 'sat-2025-12'
 */
export function regimeFor(date: string, path = 'asOf'): Regime {
  const r = regimeOf(date);
  if (!r) {
    throw ValidationError.of(
      path,
      `must be on or after ${FROM_2014} (no credit regime of this engine before 2014年第40号)`,
      `必须不早于 ${FROM_2014}（2014年第40号施行之前本引擎无适用办法）`,
    );
  }
  return r;
}

/**
 * The regime in force on a date: 总局公告2014年第40号 from 2014-10-01 to 2025-06-30, 总局公告2025年第12号
 * from 2025-07-01. Every date from 2014-10-01 has exactly one.
 * @throws ValidationError on `asOf` (not a date, or before 2014-10-01).
 * @example
 * regimeAt('2025-06-30' as CivilDate).id // 'sat-2014-40'
 * regimeAt('2025-07-01' as CivilDate).id // 'sat-2025-12'
 */
export function regimeAt(asOf: CivilDate): Regime {
  if (!isCivilDate(asOf)) {
    throw ValidationError.of(
      'asOf',
      `must be a real date written YYYY-MM-DD, got ${describeValue(asOf)}`,
      '必须是 YYYY-MM-DD 格式的有效日期',
    );
  }
  return regimeFor(asOf);
}
