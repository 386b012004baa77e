// The tax of one cross-border retail order on the day it is declared: the route (within the
// limits, one item at full rates, or general trade), then tariff, consumption tax and VAT per line.
// `taxOrder` is the unchecked core the simulation calls per line, in exact fen (fen.ts);
// `cbecImportTax` validates, formats and traces.
import { type CivilDate, cited, type Trace, type TraceStep, ValidationError } from '@gd-ftz/core';
import { type Frac, ONE, roundHalfUp, yuan } from './fen';
import { CITES, TAX_ROUNDING } from './law';
import type { CbecTax, LineTax, OrderInput, Route } from './model';
import { type Regime, regimeAt } from './regime';
import { dateField, fenField, objectField, quantityField, rateField } from './validate';

/** A validated line: the value of one unit in fen and the rates as exact fractions. */
export interface ParsedLine {
  readonly unitFen: bigint;
  readonly quantity: number;
  readonly tariffRate: Frac;
  readonly vatRate: Frac;
  readonly consumptionTaxRate: Frac;
}

/** The taxes of one line in fen, each rounded to the fen. */
export interface LineTaxFen {
  readonly tariff: bigint;
  readonly consumptionTax: bigint;
  readonly vat: bigint;
  readonly total: bigint;
}

/** What `taxOrder` decides (fen). */
export interface OrderTaxFen {
  readonly route: Route;
  readonly orderFen: bigint;
  readonly lines: readonly LineTaxFen[];
  readonly annualAfterFen: bigint;
  readonly regime: Regime;
}

/**
 * The route of an order (民法典 第一千二百五十九条: a total "以内" the limit includes it, "超过"
 * does not): over the annual limit → general trade; within the single limit → cross-border; one
 * item over it → full rates where the regime allows it, else general trade.
 */
export function routeOf(orderFen: bigint, units: number, annualBeforeFen: bigint, regime: Regime): Route {
  if (annualBeforeFen + orderFen > regime.annualFen) return 'general-trade';
  if (orderFen <= regime.singleFen) return 'cbec';
  return units === 1 && regime.oneItemFullRate ? 'cbec-full-rate' : 'general-trade';
}

/**
 * One line's taxes, exactly: tariff = V × t; CT = (V + tariff) ÷ (1 − c) × c; VAT = (V + tariff +
 * CT) × v; within the limits the tariff at the regime's rate (0) and CT, VAT × 70% (share s); each
 * rounded half-up to the fen once (assumption TAX_ROUNDING). With c = cn/cd: CT = B·cn/(cd − cn).
 */
function lineTax(line: ParsedLine, route: Route, regime: Regime): LineTaxFen {
  const value = line.unitFen * BigInt(line.quantity);
  const within = route === 'cbec';
  const t = within ? regime.tariffWithin : line.tariffRate;
  const s = within ? regime.share : ONE;
  const tariff = t.n === 0n ? 0n : roundHalfUp(value * t.n, t.d);
  const base = value + tariff;
  const c = line.consumptionTaxRate;
  const v = line.vatRate;
  // CT exact = P / Q; VAT exact = (base·Q + P)·vn / (Q·vd).
  const q = c.d - c.n;
  const p = base * c.n;
  const consumptionTax = c.n === 0n ? 0n : roundHalfUp(p * s.n, q * s.d);
  const vat = roundHalfUp((base * q + p) * v.n * s.n, q * v.d * s.d);
  return { tariff, consumptionTax, vat, total: tariff + consumptionTax + vat };
}

/**
 * The unchecked core: route and taxes of validated lines on `asOf`, in fen.
 * @example
 * taxOrder(lines, 0n, civilDate('2024-06-30')).route // 'cbec'
 */
export function taxOrder(
  lines: readonly ParsedLine[],
  annualBeforeFen: bigint,
  asOf: CivilDate,
): OrderTaxFen {
  const regime = regimeAt(asOf);
  let orderFen = 0n;
  let units = 0;
  for (const l of lines) {
    orderFen += l.unitFen * BigInt(l.quantity);
    units += l.quantity;
  }
  const route = routeOf(orderFen, units, annualBeforeFen, regime);
  return {
    route,
    orderFen,
    lines: lines.map((l) => lineTax(l, route, regime)),
    annualAfterFen: route === 'general-trade' ? annualBeforeFen : annualBeforeFen + orderFen,
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
  const out: ParsedLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const at = `order.lines[${i}]`;
    const l = objectField(lines[i], at);
    out.push({
      unitFen: fenField(l.dutiableValue, `${at}.dutiableValue`),
      quantity: quantityField(l.quantity, `${at}.quantity`),
      tariffRate: rateField(l.tariffRate, `${at}.tariffRate`),
      vatRate: rateField(l.vatRate, `${at}.vatRate`),
      consumptionTaxRate: rateField(l.consumptionTaxRate, `${at}.consumptionTaxRate`),
    });
  }
  return out;
}

/** The sum of the lines' taxes, tax by tax. */
function sumLines(lines: readonly LineTaxFen[]): LineTaxFen {
  let tariff = 0n;
  let consumptionTax = 0n;
  let vat = 0n;
  for (const l of lines) {
    tariff += l.tariff;
    consumptionTax += l.consumptionTax;
    vat += l.vat;
  }
  return { tariff, consumptionTax, vat, total: tariff + consumptionTax + vat };
}

function strings(t: LineTaxFen): LineTax {
  return {
    tariff: yuan(t.tariff),
    consumptionTax: yuan(t.consumptionTax),
    vat: yuan(t.vat),
    total: yuan(t.total),
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

function traceOf(t: OrderTaxFen, total: string, beforeFen: bigint, asOf: CivilDate): Trace {
  const r = t.regime;
  const steps: TraceStep[] = [
    {
      id: 'cbec.route',
      kind: 'rule',
      title: ROUTE_TITLE[t.route],
      fired: true,
      inputs: {
        orderValue: yuan(t.orderFen),
        annualTotalBefore: yuan(beforeFen),
        singleLimit: yuan(r.singleFen),
        annualLimit: yuan(r.annualFen),
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
    const s = strings(l);
    steps.push({
      id: `cbec.tax.line-${i + 1}`,
      kind: 'step',
      title: { zh: `第${i + 1}行税款`, en: `Taxes of line ${i + 1}` },
      fired: true,
      inputs: { route: t.route, share: t.route === 'cbec' ? `${r.share.n}/${r.share.d}` : '1' },
      result: { tariff: s.tariff, consumptionTax: s.consumptionTax, vat: s.vat, total: s.total },
      basis: TAX_ROUNDING,
      at: asOf,
    });
  });
  return {
    subject: 'order',
    outcome: {
      zh: `${ROUTE_TITLE[t.route].zh}；税款合计 ${total} 元`,
      en: `${ROUTE_TITLE[t.route].en}; tax ${total} CNY`,
    },
    steps,
  };
}

/**
 * The tax of a cross-border retail import order declared on `asOf`, and the consumer's annual
 * total after it (财关税〔2016〕18号 from 2016-04-08: 2000/20000; 财关税〔2018〕49号 from 2019-01-01:
 * 5000/26000 and one item over 5000 at full rates; "以内" includes the limit, 民法典 第一千二百五十九条).
 * Each tax of a line is rounded half-up to the fen (assumption); the order's taxes are the sums.
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
  const beforeFen = fenField(annualTotalBefore, 'annualTotalBefore');
  const day = dateField(asOf, 'asOf');
  const t = taxOrder(lines, beforeFen, day);
  const lineStrings = t.lines.map(strings);
  // One line (the usual order): the order's sums are that line's figures, already formatted.
  const sums = lineStrings.length === 1 ? (lineStrings[0] as LineTax) : strings(sumLines(t.lines));
  const result: CbecTax = {
    route: t.route,
    orderValue: yuan(t.orderFen),
    ...sums,
    lines: lineStrings,
    annualTotalAfter: yuan(t.annualAfterFen),
  };
  return options.trace === false ? result : { ...result, trace: traceOf(t, sums.total, beforeFen, day) };
}
