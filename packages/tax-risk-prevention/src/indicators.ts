// The early-warning indicators of one taxpayer-month, computed from the month and the firm's earlier
// months: exact decimal ratios of Money amounts and counts.
import { type Decimal, decimal, type Money, type Rate } from '@gd-ftz/core';
import { type Fraction, fractionOf } from './exact-ratio';
import type { Indicators, TaxpayerMonth } from './model';
import type { MonthFigures } from './month-score';
import { checkMonth, fenOf, Issues } from './validate';

/** What assessRisk needs of indicators this module computed: the month in fen, the history's peak. */
export interface Behind {
  /** The result it belongs to: a copy of the hidden key onto another object is not believed. */
  readonly owner: Indicators;
  readonly f: MonthFigures;
  readonly peak: number;
}

/**
 * The figures behind each (frozen) result of indicatorsOf, under a module-private, non-enumerable
 * key (a spread or JSON copy leaves it behind). Not a WeakMap: a million short-lived keys a second
 * cost a WeakMap more in garbage collection than the divisions it saves.
 */
const BEHIND: unique symbol = Symbol('figures');

/**
 * The integer figures behind `ind` when indicatorsOf computed it (undefined for any other object).
 * @example
 * figuresBehind(indicatorsOf(month, history))?.peak // the history's highest month, in fen
 */
export function figuresBehind(ind: Indicators): Behind | undefined {
  const b = (ind as { [BEHIND]?: Behind })[BEHIND];
  return b !== undefined && b.owner === ind ? b : undefined;
}

/** Rates are frozen: their fraction is computed once per instance. */
const RATE_FRACTIONS = new WeakMap<Rate, Fraction>();

function fractionOfRate(r: Rate): Fraction {
  let f = RATE_FRACTIONS.get(r);
  if (f === undefined) {
    f = fractionOf(r.toDecimal());
    RATE_FRACTIONS.set(r, f);
  }
  return f;
}

/** A validated month in integers; undefined when a figure lies beyond the safe integer range. */
function figuresOf(m: TaxpayerMonth): MonthFigures | undefined {
  const cap = fenOf(m.singleInvoiceCap);
  const issued = fenOf(m.issued);
  const inputVat = fenOf(m.inputVat);
  const agriInputVat = fenOf(m.agriInputVat);
  const vatPayable = fenOf(m.vatPayable);
  const citRevenue = fenOf(m.citRevenue);
  // NaN fails every comparison: one amount out of range sends the month down the decimal path.
  if (
    !(cap >= 0 && issued >= 0 && inputVat >= 0 && agriInputVat >= 0 && citRevenue >= 0 && vatPayable > -1e15)
  )
    return undefined;
  if (!Number.isSafeInteger(m.invoices + m.voidOrRed)) return undefined;
  return {
    year: Number(m.month.slice(0, 4)),
    agricultural: m.agricultural,
    cap,
    invoices: m.invoices,
    voidOrRed: m.voidOrRed,
    salesCodes: m.salesCodes,
    matchedCodes: m.matchedCodes,
    issued,
    inputVat,
    agriInputVat,
    vatPayable,
    citRevenue,
    warning: fractionOfRate(m.industryWarningRate),
  };
}

/**
 * The indicators of a validated month with integer figures: the decimal ratios are computed on
 * first read (from the Money captured now, so a later change of the caller's objects cannot reach
 * them), the result is frozen, and assessRisk scores it from the figures without dividing.
 */
function lazyIndicators(
  m: TaxpayerMonth,
  f: MonthFigures,
  history: readonly TaxpayerMonth[],
): Indicators | undefined {
  // The history folded in time order: its peak, and the zero-filing streak and count of the year
  // (decimal comparisons, no conversion: only the peak is needed in fen).
  let peakOf: Money | undefined;
  let run = 0;
  let cum = 0;
  let year = Number.NaN;
  const fold = (payable: Money, y: number): void => {
    const zero = !payable.isPositive();
    if (y !== year) {
      year = y;
      cum = 0;
    }
    run = zero ? run + 1 : 0;
    if (zero) cum++;
  };
  for (const h of history) {
    if (peakOf === undefined || h.issued.greaterThan(peakOf)) peakOf = h.issued;
    fold(h.vatPayable, Number(h.month.slice(0, 4)));
  }
  fold(m.vatPayable, f.year);
  const historyPeak = peakOf === undefined ? -1 : fenOf(peakOf);
  // A peak beyond the integer range: the caller takes the decimal path.
  if (Number.isNaN(historyPeak)) return undefined;
  const { invoices, voidOrRed, salesCodes, matchedCodes, agricultural } = m;
  const issued = m.issued.toDecimal();
  const cap = m.singleInvoiceCap;
  const cit = m.citRevenue.toDecimal();
  const payable = m.vatPayable;
  const input = m.inputVat;
  const agri = m.agriInputVat;
  const memo: (Decimal | null | undefined)[] = [];
  const once = (i: number, compute: () => Decimal | null): Decimal | null => {
    let v = memo[i];
    if (v === undefined) {
      v = compute();
      memo[i] = v;
    }
    return v;
  };
  const ind: Indicators = {
    taxpayerId: m.taxpayerId,
    month: m.month,
    get capUse() {
      return once(0, () => (invoices === 0 ? null : ratio(issued, cap.toDecimal().mul(invoices))));
    },
    get surge() {
      return once(1, () => (peakOf === undefined ? null : ratio(issued, peakOf.toDecimal())));
    },
    get voidRed() {
      return once(2, () =>
        invoices + voidOrRed === 0 ? null : decimal(BigInt(voidOrRed)).div(invoices + voidOrRed),
      );
    },
    get codeMatch() {
      return once(3, () => (salesCodes === 0 ? null : decimal(BigInt(matchedCodes)).div(salesCodes)));
    },
    get revenueGap() {
      return once(4, () => {
        const larger = issued.gt(cit) ? issued : cit;
        return larger.isZero() ? null : issued.sub(cit).abs().div(larger);
      });
    },
    get burden() {
      return once(5, () => ratio(payable.toDecimal(), issued));
    },
    warningRate: m.industryWarningRate.toDecimal(),
    get agriInput() {
      return once(6, () => (agricultural ? null : ratio(agri.toDecimal(), input.toDecimal())));
    },
    zeroConsecutive: run,
    zeroCumulative: cum,
  };
  Object.defineProperty(ind, BEHIND, { value: { owner: ind, f, peak: historyPeak } });
  return Object.freeze(ind);
}

function ratio(num: Decimal, den: Decimal): Decimal | null {
  return den.isZero() ? null : num.div(den);
}

/** The indicators without input checks (the simulation builds valid months itself). */
export function indicatorsUnchecked(month: TaxpayerMonth, history: readonly TaxpayerMonth[]): Indicators {
  const issued = month.issued.toDecimal();
  let peak: Decimal | null = null;
  for (const h of history) {
    const d = h.issued.toDecimal();
    if (peak === null || d.gt(peak)) peak = d;
  }
  const all = month.invoices + month.voidOrRed;
  const cit = month.citRevenue.toDecimal();
  const larger = issued.gt(cit) ? issued : cit;
  const year = month.month.slice(0, 4);
  const isZero = (m: TaxpayerMonth) => !m.vatPayable.isPositive();
  let zeroConsecutive = isZero(month) ? 1 : 0;
  let zeroCumulative = zeroConsecutive;
  let run = zeroConsecutive === 1;
  // History is in time order; walk it backwards for the running streak.
  for (let i = history.length - 1; i >= 0; i--) {
    const h = history[i] as TaxpayerMonth;
    const z = isZero(h);
    if (run && z) zeroConsecutive++;
    else run = false;
    if (z && h.month.startsWith(year)) zeroCumulative++;
  }
  return {
    taxpayerId: month.taxpayerId,
    month: month.month,
    capUse:
      month.invoices === 0 ? null : ratio(issued, month.singleInvoiceCap.toDecimal().mul(month.invoices)),
    surge: peak === null ? null : ratio(issued, peak),
    voidRed: all === 0 ? null : decimal(BigInt(month.voidOrRed)).div(all),
    codeMatch: month.salesCodes === 0 ? null : decimal(BigInt(month.matchedCodes)).div(month.salesCodes),
    revenueGap: larger.isZero() ? null : issued.sub(cit).abs().div(larger),
    burden: ratio(month.vatPayable.toDecimal(), issued),
    warningRate: month.industryWarningRate.toDecimal(),
    agriInput: month.agricultural ? null : ratio(month.agriInputVat.toDecimal(), month.inputVat.toDecimal()),
    zeroConsecutive,
    zeroCumulative,
  };
}

/**
 * The indicators of `month` given the firm's earlier months `history` (time order, oldest first):
 * 顶额 use of the cap, surge against the historical peak, void/red ratio, code match, VAT vs CIT
 * revenue gap, VAT burden, agricultural input share, zero/negative filing streaks. Which of them
 * fire is decided by assessRisk. Every ratio is exact (decimal); an indicator that has no
 * denominator is `null`.
 * @throws ValidationError naming the field (`month.issued`, `history[2].month`, …).
 * @example
 * indicatorsOf(month, []).surge // null (no history yet)
 */
export function indicatorsOf(month: TaxpayerMonth, history: readonly TaxpayerMonth[]): Indicators {
  const issues = new Issues();
  checkMonth(month, 'month', issues);
  if (!Array.isArray(history)) issues.add('history', 'must be an array', '必须是数组');
  else
    history.forEach((h, i) => {
      if (checkMonth(h, `history[${i}]`, issues)) {
        if (h.taxpayerId !== month?.taxpayerId)
          issues.add(`history[${i}].taxpayerId`, 'must be the same taxpayer', '必须是同一纳税人');
        if (typeof month?.month === 'string' && h.month >= month.month) {
          issues.add(`history[${i}].month`, 'must be before the month assessed', '必须早于被评估月份');
        }
        const prev = history[i - 1];
        if (prev && prev.month >= h.month)
          issues.add(`history[${i}].month`, 'must be in time order', '必须按时间顺序');
      }
    });
  issues.throwIfAny();
  const f = figuresOf(month);
  // Beyond the integer range (amounts of 10^13 yuan and more) the plain decimal computation serves.
  if (f === undefined) return indicatorsUnchecked(month, history);
  const ind = lazyIndicators(month, f, history);
  return ind ?? indicatorsUnchecked(month, history);
}
