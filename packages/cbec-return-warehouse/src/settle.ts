// Settling a return against its declared line (海关总署公告2020年第45号: applied within 30 days of
// release and back in the zone within 45 → the tax is not levied and the annual total is reduced).
// The line's taxes are split per unit to the fen (core's allocate), so returning a line in parts
// settles exactly the tax of the whole and no unit twice.
import { allocate, type CivilDate, Money, ValidationError } from '@gd-ftz/core';
import type { DeclaredLine, LineTax, ReturnEvent, ReturnSettlement, ReturnWindow, Route } from './model';
import { dateField, moneyField, objectField, quantityField } from './validate';
import { windowOf } from './window';

const ROUTES: readonly Route[] = ['cbec', 'cbec-full-rate', 'general-trade'];
const KEYS = ['tariff', 'consumptionTax', 'vat'] as const;

/** Whether a return meets both limits of its window (an arrival on the last day is in time). */
export function insideWindow(w: ReturnWindow, appliedOn: CivilDate, arrivedOn: CivilDate | null): boolean {
  return appliedOn <= w.applyBy && arrivedOn !== null && (w.arriveBy === null || arrivedOn <= w.arriveBy);
}

/** The share of `total` carried by units [from, from + n) of a line of `quantity` units. */
export function unitsShare(total: Money, quantity: number, from: number, n: number): Money {
  const parts = allocate(total, new Array<bigint>(quantity).fill(1n));
  return Money.sum(parts.slice(from, from + n));
}

function taxOf(parts: readonly Money[]): LineTax {
  const [tariff, consumptionTax, vat] = parts as [Money, Money, Money];
  return {
    tariff: tariff.toString(),
    consumptionTax: consumptionTax.toString(),
    vat: vat.toString(),
    total: Money.sum(parts).toString(),
  };
}

const NONE: LineTax = { tariff: '0.00', consumptionTax: '0.00', vat: '0.00', total: '0.00' };

/**
 * The tax and quota effect of returning `ret.quantity` units of `line`: inside both limits (and
 * entered as cross-border retail) the tax of those units is not levied and their value comes off
 * the consumer's annual total; otherwise the tax stays levied and the total is unchanged.
 * @throws ValidationError naming the field (`line.…`, `ret.…`): bad money or dates, a quantity
 * that is not a positive integer, more units than are left unreturned, dates before the release.
 * @example
 * const line = { id: 'L1', releasedOn: civilDate('2024-09-05'), route: 'cbec', dutiableValue: '850.00',
 *   quantity: 1, tariff: '0.00', consumptionTax: '105.00', vat: '91.00' } as const;
 * settleReturn(line, { quantity: 1, appliedOn: civilDate('2024-09-20'), arrivedOn: civilDate('2024-10-21') }).notLevied.total // '196.00'
 */
export function settleReturn(
  line: DeclaredLine,
  ret: ReturnEvent,
  options: { readonly windowRollsOver?: boolean } = {},
): ReturnSettlement {
  const l = objectField(line, 'line');
  if (typeof l.id !== 'string' || l.id === '') {
    throw ValidationError.of('line.id', 'must be a non-empty string', '必须是非空字符串');
  }
  const releasedOn = dateField(l.releasedOn, 'line.releasedOn');
  if (!ROUTES.includes(l.route as Route)) {
    throw ValidationError.of(
      'line.route',
      `must be one of ${ROUTES.join(', ')}`,
      `必须是 ${ROUTES.join('、')} 之一`,
    );
  }
  const unitValue = moneyField(l.dutiableValue, 'line.dutiableValue');
  const quantity = quantityField(l.quantity, 'line.quantity');
  const taxes = KEYS.map((k) => moneyField(l[k], `line.${k}`));
  const before = l.returnedBefore ?? 0;
  if (typeof before !== 'number' || !Number.isSafeInteger(before) || before < 0 || before > quantity) {
    throw ValidationError.of(
      'line.returnedBefore',
      'must be an integer from 0 to the quantity',
      '必须是0至数量之间的整数',
    );
  }
  const r = objectField(ret, 'ret');
  const n = quantityField(r.quantity, 'ret.quantity');
  if (n > quantity - before) {
    throw ValidationError.of(
      'ret.quantity',
      `only ${quantity - before} unit(s) of the line are left to return; a unit is settled once`,
      `该行仅剩 ${quantity - before} 件可退；每件只能结算一次`,
    );
  }
  const appliedOn = dateField(r.appliedOn, 'ret.appliedOn', releasedOn);
  const arrivedOn = r.arrivedOn === null ? null : dateField(r.arrivedOn, 'ret.arrivedOn', releasedOn);
  const rolls = options.windowRollsOver ?? true;
  if (typeof rolls !== 'boolean') {
    throw ValidationError.of('options.windowRollsOver', 'must be a boolean', '必须是布尔值');
  }
  const window = windowOf(releasedOn, rolls);
  const inside = l.route !== 'general-trade' && insideWindow(window, appliedOn, arrivedOn);
  const share = taxOf(taxes.map((t) => unitsShare(t, quantity, before, n)));
  return {
    insideLimits: inside,
    window,
    notLevied: inside ? share : NONE,
    levied: inside ? NONE : share,
    quotaRestored: inside ? unitValue.multiply(String(n)).toString() : '0.00',
    returnedAfter: before + n,
    reason: inside
      ? {
          zh: '放行后30日内申请、45日内运抵：不予征税，调整年度交易额',
          en: 'applied within 30 and back within 45 days of release: tax not levied, annual total reduced',
        }
      : l.route === 'general-trade'
        ? {
            zh: '一般贸易进口，不适用跨境电商退货',
            en: 'entered as general trade: the cross-border return rules do not apply',
          }
        : {
            zh: '超过退货申请或运抵期限：税款照征，年度交易额不调整',
            en: 'outside the application or arrival limit: tax levied, annual total unchanged',
          },
  };
}
