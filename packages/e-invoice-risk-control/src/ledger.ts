// The monthly credit ledger of a 数电 taxpayer: the 1st-of-month setting (定期), issuance against the
// available credit with the one temporary top-up (临时), and the blocking of what exceeds it. The
// check itself runs on whole fen (bigint) so the simulation and `issue` share one exact rule.
import {
  type Decimal,
  decimal,
  describeValue,
  integerAt,
  Money,
  ValidationError,
  valueAt,
} from '@gd-ftz/core';
import { CLASS_LIMITS, LOWER_AFTER_MONTHS, RAISE_AFTER_MONTHS, TOP_UP_RATES, TOP_UP_TRIGGER } from './law';
import type {
  CreditProfile,
  CreditTerms,
  InvoiceRequest,
  IssueOutcome,
  MonthLedger,
  RiskClass,
  YearMonth,
} from './model';
import { amountOf, civilDateOf, ledgerOf, riskClassOf, yearMonthOf } from './validate';

/** The mutable credit state of one month in fen. Internal: `issue` and the simulation step it. */
export interface CreditState {
  totalFen: bigint;
  usedFen: bigint;
  topUpAtFen: bigint;
  topUpByFen: bigint;
  toppedUp: boolean;
  suspended: boolean;
}

/**
 * One issuance check, in place: the top-up fires once, when this invoice would bring usage to the
 * trigger (S26/S28: "首次达到一定比例…调增一次"); then the invoice is issued if it fits the total
 * credit (可用额度), else blocked with usage unchanged. Internal.
 */
export function charge(s: CreditState, fen: bigint): IssueOutcome {
  if (s.suspended) return 'blocked';
  const after = s.usedFen + fen;
  let topped = false;
  if (!s.toppedUp && s.topUpByFen > 0n && after >= s.topUpAtFen) {
    s.totalFen += s.topUpByFen;
    s.toppedUp = true;
    topped = true;
  }
  if (after > s.totalFen) return 'blocked';
  s.usedFen = after;
  return topped ? 'topped-up' : 'issued';
}

/** The fen state of a ledger. Internal. */
export function stateOf(l: MonthLedger): CreditState {
  return {
    totalFen: l.total.toFen(),
    usedFen: l.used.toFen(),
    topUpAtFen: l.topUpAt.toFen(),
    topUpByFen: l.topUpBy.toFen(),
    toppedUp: l.toppedUp,
    suspended: l.suspended,
  };
}

const DECIMAL = /^\d{1,6}(\.\d{1,6})?$/;

function termOf(value: string | undefined, fallback: string, path: string, max: number): string {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && DECIMAL.test(value)) {
    const d = decimal(value);
    if (d.gt(0) && d.lte(max)) return value;
  }
  throw ValidationError.of(
    path,
    `must be a decimal string in (0, ${max}], got ${describeValue(value)}`,
    `必须是 (0, ${max}] 内的小数字符串，收到 ${describeValue(value)}`,
  );
}

const isHighRisk = (c: RiskClass): boolean => c === 'I' || c === 'II';
const CLASSES: readonly RiskClass[] = ['I', 'II', 'III', 'IV'];
const MILLION = 1_000_000n;

/** A ratio with at most six decimals, in millionths. */
function ppm(ratio: Decimal): bigint {
  return BigInt(ratio.times(1_000_000).toFixed(0));
}

/** `fen × ppm / 10^6`, rounded half-up to the fen (fen ≥ 0). */
function partOf(fen: bigint, ratioPpm: bigint): bigint {
  return (fen * ratioPpm + MILLION / 2n) / MILLION;
}

/** The month's rules in fen and millionths: class limits (scaled), trigger, top-up rates. Internal. */
export interface MonthRules {
  readonly limitFen: Readonly<Record<RiskClass, bigint>>;
  readonly triggerPpm: bigint;
  readonly ratePpm: Readonly<Record<RiskClass, bigint>>;
  readonly raiseAfter: number;
  readonly lowerAfter: number;
}

const rulesCache = new Map<string, MonthRules>();

/** The rules in force on `on` with the run's terms (validated strings), memoised: they never change. */
export function monthRules(on: string, scale: string, trigger: string | undefined): MonthRules {
  const key = `${on}|${scale}|${trigger ?? ''}`;
  const hit = rulesCache.get(key);
  if (hit) return hit;
  const scalePpm = ppm(decimal(scale));
  const limitFen = {} as Record<RiskClass, bigint>;
  const ratePpm = {} as Record<RiskClass, bigint>;
  for (const c of CLASSES) {
    limitFen[c] = partOf(Money.fromDecimal(valueAt(CLASS_LIMITS[c], on)).toFen(), scalePpm);
    ratePpm[c] = ppm(valueAt(TOP_UP_RATES[c], on));
  }
  const rules: MonthRules = {
    limitFen,
    triggerPpm: ppm(trigger === undefined ? valueAt(TOP_UP_TRIGGER, on) : decimal(trigger)),
    ratePpm,
    raiseAfter: integerAt(RAISE_AFTER_MONTHS, on),
    lowerAfter: integerAt(LOWER_AFTER_MONTHS, on),
  };
  if (rulesCache.size > 256) rulesCache.clear();
  rulesCache.set(key, rules);
  return rules;
}

/** Last month's credit in fen, as the 1st-of-month setting reads it. Internal. */
export interface PrevFen {
  readonly riskClass: RiskClass;
  readonly openingFen: bigint;
  readonly usedFen: bigint;
  readonly topUpAtFen: bigint;
  readonly monthsAbove: number;
  readonly monthsBelow: number;
  /** Usage of up to 12 months before last month, oldest first. */
  readonly recentFen: readonly bigint[];
}

/** The 1st-of-month setting in fen. Internal: `openMonth` and the simulation share it. */
export interface OpenedFen {
  readonly totalFen: bigint;
  readonly topUpAtFen: bigint;
  readonly topUpByFen: bigint;
  readonly monthsAbove: number;
  readonly monthsBelow: number;
  readonly recentFen: readonly bigint[];
}

/** The 定期 rules of `openMonth` on whole fen (see there). Internal. */
export function openFen(
  cls: RiskClass,
  p: PrevFen | null,
  approvedFen: bigint | undefined,
  r: MonthRules,
): OpenedFen {
  const limit = r.limitFen[cls];
  let total: bigint;
  let above = 0;
  let below = 0;
  let recent: bigint[] = [];
  if (p === null) {
    total = isHighRisk(cls) && approvedFen !== undefined && approvedFen < limit ? approvedFen : limit;
  } else {
    recent = [...p.recentFen, p.usedFen].slice(-12);
    above = p.usedFen > p.openingFen ? p.monthsAbove + 1 : 0;
    below = p.usedFen < p.topUpAtFen ? p.monthsBelow + 1 : 0;
    const last = p.openingFen;
    // biome-ignore lint/complexity/useMathMinMax: bigint operands (Math.min/max take numbers)
    if (isHighRisk(cls)) total = limit < last ? limit : last;
    else if (isHighRisk(p.riskClass)) total = limit;
    else if (p.riskClass === 'IV' && cls === 'III') total = limit;
    // biome-ignore lint/complexity/useMathMinMax: bigint operands (Math.min/max take numbers)
    else if (p.riskClass === 'III' && cls === 'IV') total = limit > last ? limit : last;
    else if (above >= r.raiseAfter) {
      const window = recent.slice(-r.raiseAfter);
      const n = BigInt(window.length);
      const mean = (2n * window.reduce((a, b) => a + b, 0n) + n) / (2n * n); // half-up
      total = mean > last ? mean : last;
      above = 0;
    } else if (below >= r.lowerAfter) {
      // biome-ignore lint/complexity/useMathMinMax: bigint operands (Math.min/max take numbers)
      total = recent.slice(-r.lowerAfter).reduce((a, b) => (b > a ? b : a), 0n);
      below = 0;
    } else total = last;
  }
  return {
    totalFen: total,
    topUpAtFen: partOf(total, r.triggerPpm),
    topUpByFen: partOf(total, r.ratePpm[cls]),
    monthsAbove: above,
    monthsBelow: below,
    recentFen: recent,
  };
}

/**
 * The ledger of `month`, set on its 1st (定期调整): a new firm (`prev` null) gets its class limit
 * (Ⅰ/Ⅱ: the lower of it and an existing firm's `approvedTotal`); then Ⅰ/Ⅱ take min(limit, last
 * opening credit); Ⅳ→Ⅲ the Ⅲ limit; Ⅲ→Ⅳ max(Ⅳ limit, last); Ⅲ/Ⅳ unchanged carry the last credit
 * forward, raised to the average of 3 consecutive months above it, or lowered to the best of 12
 * consecutive months under the trigger (0 if none issued). Usage starts at zero: nothing carries
 * over (official Q&A, S26–S28). Class limits and ratios are assumptions (reported internal rules).
 * @throws ValidationError naming `profile.riskClass`, `profile.approvedTotal`, `prev…`, `month`
 * (not a month, or not after `prev.month`) or `terms…`; ParameterNotInForceError before 2021-12.
 * @example
 * openMonth({ riskClass: 'III' }, null, '2024-05').total.toString() // '7500000.00'
 */
export function openMonth(
  profile: CreditProfile,
  prev: MonthLedger | null,
  month: YearMonth,
  terms: CreditTerms = {},
): MonthLedger {
  if (typeof profile !== 'object' || profile === null) {
    throw ValidationError.of('profile', 'must be an object { riskClass }', '必须是对象 { riskClass }');
  }
  const cls = riskClassOf(profile.riskClass, 'profile.riskClass');
  const approved =
    profile.approvedTotal === undefined
      ? undefined
      : amountOf(profile.approvedTotal, 'profile.approvedTotal');
  const p = prev === null ? null : ledgerOf(prev, 'prev');
  const m = yearMonthOf(month, 'month');
  if (p !== null && m <= p.month) {
    throw ValidationError.of(
      'month',
      `must come after prev.month ${p.month}`,
      `必须晚于上月台账月份 ${p.month}`,
    );
  }
  if (typeof terms !== 'object' || terms === null) {
    throw ValidationError.of('terms', 'must be an object', '必须是对象');
  }
  const scale = termOf(terms.limitScale, '1', 'terms.limitScale', 100);
  const trigger =
    terms.topUpTrigger === undefined ? undefined : termOf(terms.topUpTrigger, '', 'terms.topUpTrigger', 1);
  const rules = monthRules(`${m}-01`, scale, trigger);
  const o = openFen(
    cls,
    p === null
      ? null
      : {
          riskClass: p.riskClass,
          openingFen: p.openingTotal.toFen(),
          usedFen: p.used.toFen(),
          topUpAtFen: p.topUpAt.toFen(),
          monthsAbove: p.monthsAbove,
          monthsBelow: p.monthsBelow,
          recentFen: p.recentUsed.map((x) => x.toFen()),
        },
    approved?.toFen(),
    rules,
  );
  const total = Money.fromFen(o.totalFen);
  return Object.freeze({
    month: m,
    riskClass: cls,
    openingTotal: total,
    total,
    used: Money.zero(),
    topUpAt: Money.fromFen(o.topUpAtFen),
    topUpBy: Money.fromFen(o.topUpByFen),
    toppedUp: false,
    suspended: false,
    monthsAbove: o.monthsAbove,
    monthsBelow: o.monthsBelow,
    recentUsed: Object.freeze(o.recentFen.map((x) => Money.fromFen(x))),
    lastIssuedOn: null,
  });
}

/**
 * Issues one invoice against the month's credit: a paper copy uses its single-invoice cap, a digital
 * invoice its amount excl. VAT; the first issuance reaching the top-up trigger raises the total once
 * (Ⅲ +20%, Ⅳ +50%); what would pass the total credit is blocked (可用额度, official Q&A S26–S28), as
 * is everything while credit is suspended (暂停授信). Returns a new ledger; the input is untouched.
 * @throws ValidationError naming `ledger…`, `invoice.amountExclVat` (not positive, more than two
 * decimals, above `paperCap`), `invoice.paperCap` or `invoice.at` (not in the month, or before the
 * last issuance).
 * @example
 * const l = openMonth({ riskClass: 'III' }, null, '2024-05');
 * issue(l, { amountExclVat: '6000000.00', at: '2024-05-06' }).outcome // 'topped-up'
 */
export function issue(
  ledger: MonthLedger,
  invoice: InvoiceRequest,
): { ledger: MonthLedger; outcome: IssueOutcome } {
  const l = ledgerOf(ledger, 'ledger');
  if (typeof invoice !== 'object' || invoice === null) {
    throw ValidationError.of(
      'invoice',
      'must be an object { amountExclVat, at }',
      '必须是对象 { amountExclVat, at }',
    );
  }
  const amount = amountOf(invoice.amountExclVat, 'invoice.amountExclVat');
  const at = civilDateOf(invoice.at, 'invoice.at');
  if (!at.startsWith(`${l.month}-`)) {
    throw ValidationError.of('invoice.at', `must fall in ${l.month}`, `必须在 ${l.month} 月内`);
  }
  if (l.lastIssuedOn !== null && at < l.lastIssuedOn) {
    throw ValidationError.of(
      'invoice.at',
      `must not be before ${l.lastIssuedOn}`,
      `不得早于 ${l.lastIssuedOn}`,
    );
  }
  let uses = amount;
  if (invoice.paperCap !== undefined) {
    const cap = amountOf(invoice.paperCap, 'invoice.paperCap');
    if (amount.greaterThan(cap)) {
      throw ValidationError.of(
        'invoice.amountExclVat',
        'must not exceed paperCap',
        '不得超过单份最高开票限额',
      );
    }
    uses = cap;
  }
  const s = stateOf(l);
  const outcome = charge(s, uses.toFen());
  if (outcome === 'blocked' && s.toppedUp === l.toppedUp) return { ledger: l, outcome };
  const next: MonthLedger = Object.freeze({
    ...l,
    total: s.toppedUp === l.toppedUp ? l.total : Money.fromFen(s.totalFen),
    used: outcome === 'blocked' ? l.used : Money.fromFen(s.usedFen),
    toppedUp: s.toppedUp,
    lastIssuedOn: outcome === 'blocked' ? l.lastIssuedOn : at,
  });
  return { ledger: next, outcome };
}

/**
 * 可用额度 = 总额度 − 已使用额度 (official Q&A, S26–S27); zero while credit is suspended.
 * @throws ValidationError naming `ledger…`.
 * @example
 * availableCredit(openMonth({ riskClass: 'II' }, null, '2024-05')).toString() // '2500000.00'
 */
export function availableCredit(ledger: MonthLedger): Money {
  const l = ledgerOf(ledger, 'ledger');
  return l.suspended ? Money.zero() : l.total.subtract(l.used);
}
