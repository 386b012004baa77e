// The early-warning indicators of one taxpayer-month, computed from the month and the firm's earlier
// months: exact decimal ratios of Money amounts and counts.
import { type Decimal, decimal } from '@gd-ftz/core';
import type { Indicators, TaxpayerMonth } from './model';
import { checkMonth, Issues } from './validate';

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
  return indicatorsUnchecked(month, history);
}
