// 风险监管提醒: early reminders on a firm's own invoicing and filing, month by month, before a
// risk becomes a case. The rules read one month and a running state (peak, zero streak).
import {
  type CivilDate,
  cited,
  type Decimal,
  decimal,
  describeValue,
  integerAt,
  isParameterInForce,
  ValidationError,
  valueAt,
} from '@gd-ftz/core';
import { CITES, RISK_THRESHOLDS, SMALL_SCALE_VAT } from './law';
import type { FirmMonth, Reminder, ReminderRule } from './model';
import { checkAmount, checkCount, checkDate, checkObject, checkVatStatus } from './validate';

/** What the rules remember between months. */
export interface RiskState {
  /** The highest monthly sales so far. */
  readonly peak: Decimal;
  /** Consecutive months with zero sales up to the last month. */
  readonly zeroStreak: number;
}

/** The state before a firm's first month. */
export const RISK_START: RiskState = { peak: decimal('0'), zeroStreak: 0 };

/** One checked month: sales as a decimal. */
export interface MonthFacts {
  readonly month: string;
  readonly smallScale: boolean;
  readonly sales: Decimal;
  readonly invoices: number;
  readonly voided: number;
}

const MESSAGES: Record<ReminderRule, { zh: string; en: string }> = {
  'invoice-surge': {
    zh: '本月开票额较历史峰值突增，请核实业务真实性',
    en: 'Sales jumped above the historical peak: check the business is real',
  },
  'void-share': { zh: '作废、红冲比例偏高，请规范开票', en: 'High share of voided or red-lettered invoices' },
  'zero-filing': {
    zh: '连续零申报，可能影响纳税信用评价',
    en: 'Consecutive zero filings: may bar an A credit grade',
  },
  'exemption-exceeded': {
    zh: '月销售额超过小规模纳税人免征额，本月应按1%申报缴纳增值税',
    en: 'Monthly sales above the small-scale exemption: VAT at 1% is due this month',
  },
};

const BASIS = {
  'invoice-surge': cited(CITES.riskSurge),
  'void-share': cited(CITES.riskVoid),
  'zero-filing': cited(CITES.zeroFiling),
  'exemption-exceeded': cited(CITES.vatExemption, CITES.vatReducedLevy),
} as const;

/** The thresholds in force on the first day of a month, read once per month. */
interface RiskLaw {
  readonly surge: Decimal;
  readonly voidShare: Decimal;
  readonly zeroMonths: number;
  readonly exemptUpTo: Decimal | null;
}
const RISK_LAW = new Map<string, RiskLaw>();
function riskLawOf(month: string): RiskLaw {
  let law = RISK_LAW.get(month);
  if (!law) {
    const on = `${month}-01`;
    law = {
      surge: valueAt(RISK_THRESHOLDS.surgeOverPeak, on),
      voidShare: valueAt(RISK_THRESHOLDS.voidShare, on),
      zeroMonths: integerAt(RISK_THRESHOLDS.zeroFilingMonths, on),
      exemptUpTo: isParameterInForce(SMALL_SCALE_VAT.monthlyExemptSales, on)
        ? valueAt(SMALL_SCALE_VAT.monthlyExemptSales, on)
        : null,
    };
    RISK_LAW.set(month, law);
  }
  return law;
}

/**
 * The rules that fire on one month, and the state after it. Pure; the thresholds are those in
 * force on the first day of the month.
 * @example
 * stepRisk(RISK_START, facts).fired // []
 */
export function stepRisk(state: RiskState, m: MonthFacts): { fired: ReminderRule[]; next: RiskState } {
  const law = riskLawOf(m.month);
  const fired: ReminderRule[] = [];
  if (state.peak.gt(0) && m.sales.gt(state.peak.mul(law.surge))) fired.push('invoice-surge');
  if (m.invoices > 0 && law.voidShare.mul(m.invoices).lt(m.voided)) {
    fired.push('void-share');
  }
  const zeroStreak = m.sales.isZero() ? state.zeroStreak + 1 : 0;
  if (zeroStreak >= law.zeroMonths) fired.push('zero-filing');
  if (m.smallScale && law.exemptUpTo !== null && m.sales.gt(law.exemptUpTo)) fired.push('exemption-exceeded');
  return { fired, next: { peak: m.sales.gt(state.peak) ? m.sales : state.peak, zeroStreak } };
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

function monthIndex(month: string): number {
  const [, y, m] = MONTH.exec(month) as RegExpExecArray;
  return Number(y) * 12 + Number(m) - 1;
}

function parseMonth(value: unknown, i: number): MonthFacts {
  const path = `history.${i}`;
  const o = checkObject(value, path);
  const month = o.month;
  if (typeof month !== 'string' || !MONTH.test(month) || month < '2019-01' || month > '2027-12') {
    throw ValidationError.of(
      `${path}.month`,
      `must be a month YYYY-MM in 2019–2027, got ${describeValue(month)}`,
      '必须是 2019–2027 的月份 YYYY-MM',
    );
  }
  const invoices = checkCount(o.invoices, `${path}.invoices`);
  const voided = checkCount(o.voided, `${path}.voided`);
  if (voided > invoices)
    throw ValidationError.of(`${path}.voided`, 'must not exceed invoices', '不得超过开票份数');
  return {
    month,
    smallScale: checkVatStatus(o.vatStatus, `${path}.vatStatus`) === 'small-scale',
    sales: checkAmount(o.sales, `${path}.sales`),
    invoices,
    voided,
  };
}

/**
 * The risk reminders for the latest month of a firm's history, sent on `asOf`: a sales surge
 * over the historical peak and a high void share (practitioner thresholds, assumptions), a zero
 * filing streak (纳税缴费信用管理办法 第十七条) and small-scale sales above the monthly exemption
 * (2023年第1号). The months must be consecutive, and the last one must have ended before `asOf`.
 * @throws ValidationError naming `history`, `history.<i>.<field>` or `asOf`.
 * @example
 * riskReminders(history, '2025-07-05').map((r) => r.rule) // ['invoice-surge']
 */
export function riskReminders(history: readonly FirmMonth[], asOf: CivilDate): Reminder[] {
  if (!Array.isArray(history)) {
    throw ValidationError.of(
      'history',
      `must be an array of months, got ${describeValue(history)}`,
      '必须是月份数组',
    );
  }
  if (history.length > 240)
    throw ValidationError.of('history', 'must hold at most 240 months', '最多240个月');
  const months = history.map(parseMonth);
  for (let i = 1; i < months.length; i++) {
    if (monthIndex((months[i] as MonthFacts).month) !== monthIndex((months[i - 1] as MonthFacts).month) + 1) {
      throw ValidationError.of(`history.${i}.month`, 'months must be consecutive', '月份必须连续');
    }
  }
  checkDate(asOf, 'asOf');
  const last = months[months.length - 1];
  if (last === undefined) return [];
  if (asOf.slice(0, 7) <= last.month) {
    throw ValidationError.of('asOf', 'must fall after the last month of the history', '必须晚于最后一个月');
  }
  let state = RISK_START;
  let fired: ReminderRule[] = [];
  for (const m of months) ({ fired, next: state } = stepRisk(state, m));
  return fired.map((rule) => ({ rule, month: last.month, message: MESSAGES[rule], basis: BASIS[rule] }));
}
