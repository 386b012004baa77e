// The tax of one cross-border retail order on the day it is declared: the route (within the
// limits, one item at full rates, or general trade), then tariff, consumption tax and VAT per line.
// `taxOrder` is the unchecked core the simulation calls per line; `cbecImportTax` validates and traces.
import {
  type CivilDate,
  cited,
  Money,
  Rate,
  type Trace,
  type TraceStep,
  ValidationError,
} from '@gd-ftz/core';
import { CITES, TAX_ROUNDING } from './law';
import type { CbecTax, LineTax, OrderInput, Route } from './model';
import { type Regime, regimeAt } from './regime';
import { dateField, moneyField, objectField, quantityField, rateField } from './validate';

/** A validated line: the value of one unit and the rates. */
export interface ParsedLine {
  readonly unitValue: Money;
  readonly quantity: number;
  readonly tariffRate: Rate;
  readonly vatRate: Rate;
  readonly consumptionTaxRate: Rate;
}

/** The taxes of one line as Money, each rounded to the fen. */
export interface LineTaxMoney {
  readonly tariff: Money;
  readonly consumptionTax: Money;
  readonly vat: Money;
  readonly total: Money;
}

/** What `taxOrder` decides. */
export interface OrderTaxMoney {
  readonly route: Route;
  readonly orderValue: Money;
  readonly lines: readonly LineTaxMoney[];
  readonly annualTotalAfter: Money;
  readonly regime: Regime;
}

const ONE = Rate.of('1');

/**
 * The route of an order (民法典 第一千二百五十九条: a total "以内" the limit includes it, "超过"
 * does not): over the annual limit → general trade; within the single limit → cross-border; one
 * item over it → full rates where the regime allows it, else general trade.
 */
export function routeOf(orderValue: Money, units: number, annualBefore: Money, regime: Regime): Route {
  if (annualBefore.add(orderValue).greaterThan(regime.annual)) return 'general-trade';
  if (orderValue.lessThanOrEqual(regime.single)) return 'cbec';
  return units === 1 && regime.oneItemFullRate ? 'cbec-full-rate' : 'general-trade';
}

/**
 * One line's taxes: tariff = V × tariff rate; CT = (V + tariff) ÷ (1 − ct) × ct; VAT = (V + tariff
 * + CT) × vat; within the limits tariff at the regime's rate (0) and CT, VAT × 70%; each rounded
 * half-up to the fen once (assumption TAX_ROUNDING).
 */
function lineTax(line: ParsedLine, route: Route, regime: Regime): LineTaxMoney {
  const value = line.unitValue.multiply(String(line.quantity));
  const within = route === 'cbec';
  const tariff = value.multiply(within ? regime.tariffWithin : line.tariffRate).round();
  const base = value.add(tariff);
  const ct = line.consumptionTaxRate;
  const ctFull = ct.isZero() ? Money.zero() : base.multiply(ct).divide(ONE.toDecimal().minus(ct.toDecimal()));
  const vatFull = base.add(ctFull).multiply(line.vatRate);
  const consumptionTax = (within ? ctFull.multiply(regime.share) : ctFull).round();
  const vat = (within ? vatFull.multiply(regime.share) : vatFull).round();
  return { tariff, consumptionTax, vat, total: tariff.add(consumptionTax).add(vat) };
}

/**
 * The unchecked core: route and taxes of validated lines on `asOf`.
 * @example
 * taxOrder(lines, Money.zero(), civilDate('2024-06-30')).route // 'cbec'
 */
export function taxOrder(lines: readonly ParsedLine[], annualBefore: Money, asOf: CivilDate): OrderTaxMoney {
  const regime = regimeAt(asOf);
  let orderValue = Money.zero();
  let units = 0;
  for (const l of lines) {
    orderValue = orderValue.add(l.unitValue.multiply(String(l.quantity)));
    units += l.quantity;
  }
  const route = routeOf(orderValue, units, annualBefore, regime);
  return {
    route,
    orderValue,
    lines: lines.map((l) => lineTax(l, route, regime)),
    annualTotalAfter: route === 'general-trade' ? annualBefore : annualBefore.add(orderValue),
    regime,
  };
}

/** Reads and checks every field of an order before anything is computed. */
export function parseOrder(order: unknown): ParsedLine[] {
  const o = objectField(order, 'order');
  const lines = o.lines;
  if (!Array.isArray(lines) || lines.length === 0) {
    throw ValidationError.of('order.lines', 'must be a non-empty array', '必须是非空数组');
  }
  return lines.map((raw, i) => {
    const at = `order.lines[${i}]`;
    const l = objectField(raw, at);
    return {
      unitValue: moneyField(l.dutiableValue, `${at}.dutiableValue`),
      quantity: quantityField(l.quantity, `${at}.quantity`),
      tariffRate: rateField(l.tariffRate, `${at}.tariffRate`),
      vatRate: rateField(l.vatRate, `${at}.vatRate`),
      consumptionTaxRate: rateField(l.consumptionTaxRate, `${at}.consumptionTaxRate`),
    };
  });
}

const sumOf = (ls: readonly LineTaxMoney[], k: keyof LineTaxMoney) => Money.sum(ls.map((l) => l[k]));

function strings(t: LineTaxMoney): LineTax {
  return {
    tariff: t.tariff.toString(),
    consumptionTax: t.consumptionTax.toString(),
    vat: t.vat.toString(),
    total: t.total.toString(),
  };
}

const ROUTE_TITLE: Record<Route, { zh: string; en: string }> = {
  cbec: {
    zh: '跨境电商零售进口：限值以内，关税0%，增值税、消费税按70%',
    en: 'Cross-border retail within the limits: tariff 0%, VAT and CT at 70%',
  },
  'cbec-full-rate': {
    zh: '单件超过单次限值、年度以内：按货物税率全额征收并计入年度额度',
    en: 'One item over the single limit, within the year: full rates, counted in the annual total',
  },
  'general-trade': { zh: '超过限值：按一般贸易全额征税', en: 'Over the limits: general trade, full tax' },
};

function traceOf(t: OrderTaxMoney, before: Money, asOf: CivilDate): Trace {
  const r = t.regime;
  const steps: TraceStep[] = [
    {
      id: 'cbec.route',
      kind: 'rule',
      title: ROUTE_TITLE[t.route],
      fired: true,
      inputs: {
        orderValue: t.orderValue.toString(),
        annualTotalBefore: before.toString(),
        singleLimit: r.single.toString(),
        annualLimit: r.annual.toString(),
      },
      result: t.route,
      basis:
        t.route === 'cbec-full-rate'
          ? r.oneItemBasis
          : cited(r.from < '2019-01-01' ? CITES.tax2016 : CITES.tax2018, CITES.limitWording),
      at: asOf,
    },
  ];
  t.lines.forEach((l, i) => {
    steps.push({
      id: `cbec.tax.line-${i + 1}`,
      kind: 'step',
      title: { zh: `第${i + 1}行税款`, en: `Taxes of line ${i + 1}` },
      fired: true,
      inputs: { route: t.route, share: t.route === 'cbec' ? r.share.toString() : '1' },
      result: strings(l) as unknown as { [k: string]: string },
      basis: TAX_ROUNDING,
      at: asOf,
    });
  });
  return {
    subject: 'order',
    outcome: {
      zh: `${ROUTE_TITLE[t.route].zh}；税款合计 ${sumOf(t.lines, 'total').toString()} 元`,
      en: `${ROUTE_TITLE[t.route].en}; tax ${sumOf(t.lines, 'total').toString()} CNY`,
    },
    steps,
  };
}

/**
 * The tax of a cross-border retail import order declared on `asOf`, and the consumer's annual
 * total after it (财关税〔2016〕18号 from 2016-04-08: 2000/20000; 财关税〔2018〕49号 from 2019-01-01:
 * 5000/26000 and one item over 5000 at full rates; "以内" includes the limit, 民法典 第一千二百五十九条).
 * @throws ValidationError naming the field: money as a number, negative or with sub-fen decimals, a
 * rate outside [0, 1), a fractional quantity, a date before 2016-04-08. The input is never mutated.
 * @example
 * const line = { dutiableValue: '850.00', quantity: 1, tariffRate: '0', vatRate: '0.13', consumptionTaxRate: '0.15' };
 * cbecImportTax({ lines: [line] }, '0.00', civilDate('2024-06-30')).total // '196.00'
 */
export function cbecImportTax(
  order: OrderInput,
  annualTotalBefore: string,
  asOf: CivilDate,
  options: { readonly trace?: boolean } = {},
): CbecTax {
  const lines = parseOrder(order);
  const before = moneyField(annualTotalBefore, 'annualTotalBefore');
  const day = dateField(asOf, 'asOf');
  const t = taxOrder(lines, before, day);
  const result: CbecTax = {
    route: t.route,
    orderValue: t.orderValue.toString(),
    tariff: sumOf(t.lines, 'tariff').toString(),
    consumptionTax: sumOf(t.lines, 'consumptionTax').toString(),
    vat: sumOf(t.lines, 'vat').toString(),
    total: sumOf(t.lines, 'total').toString(),
    lines: t.lines.map(strings),
    annualTotalAfter: t.annualTotalAfter.toString(),
  };
  return options.trace === false ? result : { ...result, trace: traceOf(t, before, day) };
}
