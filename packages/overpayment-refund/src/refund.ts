// One refund computed by the law: who discovered it, the claim window, interest, offsets against
// arrears (先抵后退, pro rata between tax and late fee) and the balance refunded, with its trace.
import {
  assumption,
  type CivilDate,
  cited,
  daysBetween,
  entryAt,
  integerAt,
  Money,
  parse,
  type TraceStep,
  ValidationError,
} from '@gd-ftz/core';
import { checkAccount } from './account';
import { CITES, DEMAND_DEPOSIT_RATE, INTEREST_YEAR_DAYS } from './law';
import { type LedgerView, readLedger } from './ledger';
import type {
  Account,
  DiscoveredBy,
  Overpayment,
  RefundComputation,
  RefundOutcome,
  ReminderDiscovery,
} from './model';
import { offsetLines } from './offset';
import { overpaymentSchema, refundOptionsSchema } from './schemas';
import { deadlineFrom, windowEnd } from './windows';

/**
 * Options of {@link computeRefund}.
 * @example
 * const o: RefundOptions = { asOf: '2022-06-13', discoveredBy: 'system-reminder', reminderCounts: 'taxpayer-claim' };
 */
export interface RefundOptions {
  /** The processing day: the refund order (收入退还书) is issued; interest runs to it, its rate applies. */
  readonly asOf: string;
  readonly discoveredBy: DiscoveredBy;
  /** How a system reminder counts (default `taxpayer-claim`); see {@link ReminderDiscovery}. */
  readonly reminderCounts?: ReminderDiscovery | undefined;
  /** The taxpayer's application date (default `asOf`); checked against the three-year window. */
  readonly appliedOn?: string | undefined;
  /** The authority's discovery date (default `appliedOn`); starts its 10-day period. */
  readonly discoveredOn?: string | undefined;
  /** Offset against arrears first (实施细则 第七十九条 "可以"); default true. */
  readonly offsetArrears?: boolean | undefined;
}

/**
 * Validates the options of {@link computeRefund} (shared by `processOverpayments`, which checks them
 * before it looks at any overpayment).
 * @throws ValidationError naming `options.<field>`.
 * @example
 * checkRefundOptions({ asOf: '2022-06-13', discoveredBy: 'taxpayer' });
 */
export function checkRefundOptions(options: unknown): RefundOptions {
  return parse(refundOptionsSchema, options, 'options');
}

function step(
  id: string,
  en: string,
  zh: string,
  inputs: TraceStep['inputs'],
  result: NonNullable<TraceStep['result']>,
  basis: TraceStep['basis'],
  at: string,
): TraceStep {
  return { id, kind: 'step', title: { zh, en }, fired: true, inputs, result, basis, at };
}

/**
 * Computes the refund of one overpayment as of the processing day: the discovery route (征管法
 * 第五十一条), the taxpayer's three-year window (lapsed is an outcome, not an error), interest at the
 * PBOC demand-deposit rate of the processing day from the settlement date to the order date for
 * taxpayer-discovered 误收 refunds (实施细则 第七十八条; 财预字〔2001〕502号), offsets against arrears and
 * late fees first (实施细则 第七十九条; 国税发〔2002〕150号, pro rata within a debt) and the balance.
 * The open amount is read from the account, so an overpayment already settled yields `nothing-due`.
 * Conservation: refund + Σ offsets = principal + interest, to the fen.
 * @throws ValidationError naming `overpayment.<field>`, `account` or `options.<field>`.
 * @example
 * const [op] = detectOverpayments(acct, civilDate('2022-03-01'));
 * const r = computeRefund(op, acct, { asOf: '2022-03-20', discoveredBy: 'taxpayer' });
 * r.refund.toString(); // principal + interest − offsets
 */
export function computeRefund(
  overpayment: Overpayment,
  account: Account,
  options: RefundOptions,
): RefundComputation {
  parse(overpaymentSchema, overpayment, 'overpayment');
  checkAccount(account);
  const o = checkRefundOptions(options);
  return refundOn(overpayment, readLedger(account, o.asOf as CivilDate), o);
}

/**
 * {@link computeRefund} on inputs already checked (the batch path: an overpayment `readLedger`
 * detected, options it wrote itself) and the account's ledger as of `options.asOf`, read once by
 * the caller and reused to book the refund ({@link bookRefund}). Internal. Untraced (`traced`
 * false), the trace is left empty and its texts are never built: the batch's accumulators never read
 * it, and the sample cases are computed again with it (`pairsAt`).
 * @throws ValidationError naming `options.appliedOn` or `options.asOf` when the dates are out of order.
 */
export function refundOn(
  overpayment: Overpayment,
  ledger: LedgerView,
  o: RefundOptions,
  traced = true,
): RefundComputation {
  const asOf = o.asOf as CivilDate;
  const appliedOn = (o.appliedOn ?? o.asOf) as CivilDate;
  const discoveredOn = (o.discoveredOn ?? appliedOn) as CivilDate;
  if (appliedOn > asOf)
    throw ValidationError.of('options.appliedOn', 'must not be after asOf', '不得晚于办理日');
  if (overpayment.settledOn > asOf)
    throw ValidationError.of('options.asOf', 'must not be before the settlement date', '不得早于结算缴纳日');
  const reminderCounts = o.reminderCounts ?? 'taxpayer-claim';
  const discovery: 'authority' | 'taxpayer' =
    o.discoveredBy === 'system-reminder'
      ? reminderCounts === 'authority-discovery'
        ? 'authority'
        : 'taxpayer'
      : o.discoveredBy;
  // `steps?.push(step(…))` does not even evaluate the step when untraced.
  const steps: TraceStep[] | undefined = traced ? [] : undefined;
  const open = ledger.overpayments.find((x) => x.id === overpayment.id);
  const zero = Money.zero();
  const done = (
    outcome: RefundOutcome,
    extra: Partial<RefundComputation>,
    en: string,
    zh: string,
  ): RefundComputation => ({
    overpaymentId: overpayment.id,
    outcome,
    discovery,
    principal: zero,
    interest: zero,
    interestDays: 0,
    offsets: [],
    refund: zero,
    asOf,
    ...extra,
    trace: { subject: overpayment.id, outcome: { zh, en }, steps: steps ?? [] },
  });
  steps?.push(
    step(
      'refund.discovery',
      'Route by who discovered the overpayment',
      '按发现主体确定退还程序',
      { discoveredBy: o.discoveredBy, reminderCounts },
      discovery,
      o.discoveredBy === 'system-reminder'
        ? assumption(
            {
              zh: `系统提醒是否属于税务机关发现，法律未作规定；情景选择：${reminderCounts}`,
              en: `Whether a system reminder is the authority's discovery is not settled by law; scenario choice: ${reminderCounts}`,
            },
            CITES.art51,
            CITES.rules78,
          )
        : cited(CITES.art51),
      discoveredOn,
    ),
  );
  if (!open) {
    return done(
      'nothing-due',
      {},
      'Nothing open: already settled or never overpaid',
      '无待退款项：已结清或并未多缴',
    );
  }
  const principal = open.amount;
  let windowEndsOn: CivilDate | undefined;
  if (discovery === 'taxpayer') {
    windowEndsOn = windowEnd(open.settledOn);
    const inTime = appliedOn <= windowEndsOn;
    steps?.push(
      step(
        'refund.window',
        'Claim within three years of settlement',
        '自结算缴纳税款之日起三年内申请',
        { settledOn: open.settledOn, appliedOn },
        { windowEndsOn, inTime },
        cited(CITES.art51, CITES.civil202, CITES.rules109),
        appliedOn,
      ),
    );
    if (!inTime)
      return done(
        'lapsed',
        { windowEndsOn, asOf: appliedOn },
        'Lapsed: claimed after the three-year window',
        '已超过三年申请期限',
      );
  }
  const processBy = deadlineFrom(discovery, discovery === 'authority' ? discoveredOn : appliedOn);
  steps?.push(
    step(
      'refund.deadline',
      discovery === 'authority'
        ? 'Refund within 10 days of discovery'
        : 'Verify and process within 30 days of the claim',
      discovery === 'authority' ? '自发现之日起10日内办理退还' : '自接到申请之日起30日内查实并办理退还',
      { from: discovery === 'authority' ? discoveredOn : appliedOn },
      { processBy, onTime: asOf <= processBy },
      cited(CITES.rules78, CITES.rules108, CITES.rules109),
      asOf,
    ),
  );
  // The refund type is the caller's classification (the ledger cannot tell 预缴 or 减免 refunds apart).
  const bearsInterest = discovery === 'taxpayer' && overpayment.refundType === 'overpaid';
  let interest = zero;
  let interestDays = 0;
  if (bearsInterest) {
    const rate = entryAt(DEMAND_DEPOSIT_RATE, asOf);
    const yearDays = integerAt(INTEREST_YEAR_DAYS, asOf);
    interestDays = daysBetween(open.settledOn, asOf);
    interest = principal
      .multiply(rate.decimal)
      .multiply(BigInt(interestDays))
      .divide(yearDays)
      .round('half-up');
    steps?.push(
      step(
        'refund.interest',
        'Interest at the demand-deposit rate from settlement to the refund order',
        '按办理退还当日活期存款利率，自结算缴纳之日计至开具收入退还书之日',
        { principal: principal.toString(), annualRate: rate.value, days: interestDays, yearDays },
        interest.toString(),
        assumption(
          {
            zh: '按360天计息，依据地方通知京地税计〔2001〕372号（国家文件规定了计息期间和利率，未规定计息天数）',
            en: 'Day count ÷360 from the local notice 京地税计〔2001〕372号 (national texts fix the window and the rate, not the day count)',
          },
          CITES.art51,
          CITES.rules78,
          CITES.interestWindow,
          rate.source,
          entryAt(INTEREST_YEAR_DAYS, asOf).source,
        ),
        asOf,
      ),
    );
  } else {
    steps?.push(
      step(
        'refund.no-interest',
        'No interest on this refund',
        '本笔退税不加算利息',
        { discovery, refundType: overpayment.refundType },
        '0.00',
        cited(CITES.art51, CITES.rules78, CITES.offset566),
        asOf,
      ),
    );
  }
  const available = principal.add(interest);
  const offsets = (o.offsetArrears ?? true) ? offsetLines(available, ledger.arrears) : [];
  offsets.forEach((line, i) => {
    steps?.push(
      step(
        `refund.offset.${i + 1}`,
        'Offset against arrears and late fee, pro rata',
        '先抵扣欠缴税款及滞纳金（按比例配比抵扣）',
        { taxType: line.taxType, period: line.period },
        { tax: line.tax.toString(), lateFee: line.lateFee.toString() },
        cited(CITES.rules79, CITES.offset566, CITES.offset150, CITES.offset150Art3, CITES.offset54),
        asOf,
      ),
    );
  });
  if (offsets.length > 0) {
    // 150号 第四条: the offset is notified to the taxpayer by the 《应退税款抵扣欠缴税款通知书》,
    // issued the day the interest and the late fees stop running (the processing day here).
    steps?.push(
      step(
        'refund.offset-notice',
        'Issue the offset notice (《应退税款抵扣欠缴税款通知书》) to the taxpayer',
        '填开《应退税款抵扣欠缴税款通知书》通知纳税人',
        { debts: offsets.length },
        { issuedOn: asOf },
        cited(CITES.offset150Art4),
        asOf,
      ),
    );
  }
  const offsetTotal = Money.sum(offsets.map((l) => l.tax.add(l.lateFee)));
  const refund = available.subtract(offsetTotal);
  steps?.push(
    step(
      'refund.balance',
      'Balance refunded to the taxpayer',
      '抵扣后余额退还纳税人',
      { principal: principal.toString(), interest: interest.toString(), offsets: offsetTotal.toString() },
      refund.toString(),
      cited(CITES.rules79, CITES.art51),
      asOf,
    ),
  );
  const outcome: RefundOutcome =
    offsets.length === 0 ? 'refunded' : refund.isPositive() ? 'offset-and-refunded' : 'offset';
  const en = steps
    ? `${outcome}: refund ${refund.toString()}, offsets ${offsetTotal.toString()}, interest ${interest.toString()}`
    : '';
  const zh = steps
    ? `退还 ${refund.toString()} 元，抵欠 ${offsetTotal.toString()} 元，利息 ${interest.toString()} 元`
    : '';
  return done(
    outcome,
    {
      principal,
      interest,
      interestDays,
      offsets,
      refund,
      processBy,
      ...(windowEndsOn ? { windowEndsOn } : {}),
    },
    en,
    zh,
  );
}
