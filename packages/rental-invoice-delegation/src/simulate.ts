// One run of measure 8 on the same leases and draws: the baseline (the lessor, or an agent with a
// paper power of attorney, queues at the hall for each rent period) against the reform (authorise
// once online, the agent applies, pays and gets the e-invoice; what fails goes to the hall).
// Internal: not exported from src/index.ts.
import {
  addDays,
  addWorkingDays,
  type CivilDate,
  daysBetween,
  type EventLog,
  type Variant,
} from '@gd-ftz/core';
import { type InvoiceApplication, type RefusalCode, refusalsOf } from './check';
import type { RentalInvoiceDelegationParams } from './params';
import type { Lease, RentPeriod } from './population';
import { type Authorisation, authorisationMachine, termed } from './process';

/** What one variant produced over its leases (working totals; see ./shard for the plain form). */
export interface ViewStats {
  leases: number;
  periods: number;
  invoices: number;
  /** Invoices issued online with no hall visit for the period. */
  online: number;
  /** Invoices an agent got without an authorisation the lessor confirmed (paper power of attorney). */
  unconfirmedAgent: number;
  /** Hall trips; each costs the officer `hallMinutes` (so officer minutes are hallTrips × hallMinutes). */
  hallTrips: number;
  lessorActions: number;
  taxFen: bigint;
  /** Invoices by calendar days from rent due to invoice: `dayCounts[d]` invoices took d days. */
  dayCounts: number[];
  refusals: Record<RefusalCode, number>;
}

/** The result of a run over a block of leases. */
export interface BatchResult {
  readonly baseline: ViewStats;
  readonly reform: ViewStats;
  /** The reform authorisations of the block's first lease (lease 0 of the run gives the samples). */
  readonly sampleAuths: readonly Authorisation[];
}

/** What a run reports to, optional. */
export interface RunHooks {
  readonly eventLog?: EventLog | undefined;
}

const ACTIVITIES = {
  'rent-due': { zh: '租金到期', en: 'Rent due' },
  skip: { zh: '未开票', en: 'Left uninvoiced' },
  'hall-trip': { zh: '到大厅', en: 'Hall trip' },
  'counter-refusal': { zh: '窗口退回', en: 'Sent back at the counter' },
  'request-authorisation': { zh: '申请授权', en: 'Authorisation requested' },
  confirm: { zh: '出租方确认', en: 'Lessor confirms' },
  'not-confirmed': { zh: '出租方未确认', en: 'Not confirmed' },
  'online-refusal': { zh: '网上申请被拒', en: 'Online application refused' },
  'pay-tax': { zh: '缴纳税款', en: 'Tax paid' },
  invoice: { zh: '开具发票', en: 'Invoice issued' },
} as const;
type Activity = keyof typeof ACTIVITIES;
interface LogEntry {
  readonly activity: Activity;
  readonly at: CivilDate;
  readonly resource: string;
}

/** Assumption: data errors are a wrong property, a wrong applicant or a period already invoiced (5:3:2). */
const ERROR_KINDS: readonly (readonly [number, 'property' | 'applicant' | 'period'])[] = [
  [0.5, 'property'],
  [0.8, 'applicant'],
  [1, 'period'],
];

function emptyStats(): ViewStats {
  return {
    leases: 0,
    periods: 0,
    invoices: 0,
    online: 0,
    unconfirmedAgent: 0,
    hallTrips: 0,
    lessorActions: 0,
    taxFen: 0n,
    dayCounts: [],
    refusals: {
      'lessor-only': 0,
      'not-confirmed': 0,
      'already-used': 0,
      expired: 0,
      revoked: 0,
      'not-the-agent': 0,
      'other-lessor': 0,
      'other-property': 0,
      'period-invoiced': 0,
      'tax-unpaid': 0,
    },
  };
}

/** One more invoice that took `days` calendar days. */
function countDays(s: ViewStats, days: number): void {
  while (s.dayCounts.length <= days) s.dayCounts.push(0);
  s.dayCounts[days] = (s.dayCounts[days] as number) + 1;
}

const waitOf = (p: RentPeriod, params: RentalInvoiceDelegationParams) =>
  1 + Math.min(params.hallDelayMax - 1, Math.floor(p.wait * params.hallDelayMax));

/** An invoice got at the hall, as before the reform: one trip, two when the counter sends it back. */
function hallInvoice(
  s: ViewStats,
  lease: Lease,
  p: RentPeriod,
  params: RentalInvoiceDelegationParams,
  log: LogEntry[] | undefined,
  withErrorRisk: boolean,
): void {
  const wait = waitOf(p, params);
  let on = addWorkingDays(p.due, wait);
  let trips = 1;
  log?.push({ activity: 'hall-trip', at: on, resource: 'hall' });
  if (withErrorRisk && p.error < params.checkFailShare) {
    log?.push({ activity: 'counter-refusal', at: on, resource: 'officer' });
    on = addWorkingDays(on, wait);
    trips = 2;
    log?.push({ activity: 'hall-trip', at: on, resource: 'hall' });
  }
  log?.push({ activity: 'pay-tax', at: on, resource: 'hall' });
  log?.push({ activity: 'invoice', at: on, resource: 'officer' });
  s.invoices++;
  s.hallTrips += trips;
  s.lessorActions++;
  if (lease.inPerson >= params.lessorInPersonShare) s.unconfirmedAgent++;
  s.taxFen += p.taxFen;
  countDays(s, daysBetween(p.due, on));
}

function baselineLease(
  s: ViewStats,
  lease: Lease,
  params: RentalInvoiceDelegationParams,
  log?: LogEntry[],
): void {
  for (const p of lease.periods) {
    s.periods++;
    log?.push({ activity: 'rent-due', at: p.due, resource: 'lessee' });
    if (p.skip < params.baselineUninvoicedShare) {
      log?.push({ activity: 'skip', at: p.due, resource: 'lessee' });
      continue;
    }
    hallInvoice(s, lease, p, params, log, true);
  }
}

function authorise(lease: Lease, term: 'annual' | 'per-invoice', on: CivilDate, n: number): Authorisation {
  return authorisationMachine.start(termed(lease.request, term, on, `${lease.id}-A${n}`), on);
}

function step(
  auth: Authorisation,
  event: Parameters<typeof authorisationMachine.transition>[1],
): Authorisation {
  const r = authorisationMachine.transition(auth, event);
  // The run only sends events the table allows; a refusal here is a defect of the simulation.
  if (!r.ok) throw new Error(`simulation sent a refused event: ${r.error.reason.en}`);
  return r.snapshot;
}

/** The application the agent files for a period, with the data error the draws give it, if any. */
function applicationOf(
  lease: Lease,
  p: RentPeriod,
  invoiced: readonly { from: CivilDate; to: CivilDate }[],
  params: RentalInvoiceDelegationParams,
): InvoiceApplication {
  const app: InvoiceApplication = {
    action: 'issue',
    on: p.due,
    applicant: { idNumber: lease.agentId, role: 'lessee' },
    lessorId: lease.lessorId,
    property: lease.property,
    period: { from: p.due, to: p.to },
    taxPaid: true,
  };
  if (p.error >= params.checkFailShare) return app;
  const kind = ERROR_KINDS.find(([upTo]) => p.reason < upTo)?.[1] ?? 'property';
  const last = invoiced[invoiced.length - 1];
  if (kind === 'period' && last !== undefined) return { ...app, period: last };
  if (kind === 'applicant') return { ...app, applicant: { idNumber: lease.otherId, role: 'lessee' } };
  return { ...app, property: { address: `${lease.property.address ?? ''}之一` } };
}

function reformLease(
  s: ViewStats,
  lease: Lease,
  params: RentalInvoiceDelegationParams,
  log: LogEntry[] | undefined,
  keep: Authorisation[] | undefined,
): void {
  const first = lease.periods[0] as RentPeriod;
  const annual = lease.annual < params.annualShare;
  let yearly: Authorisation | undefined;
  let yearlyFailed = false;
  if (annual) {
    yearly = authorise(lease, 'annual', first.due, 1);
    log?.push({ activity: 'request-authorisation', at: first.due, resource: 'lessee' });
    s.lessorActions++;
    if (lease.confirm < params.confirmFailShare) {
      yearly = step(yearly, { type: 'decline', at: first.due });
      yearlyFailed = true;
      log?.push({ activity: 'not-confirmed', at: first.due, resource: 'lessor' });
    } else {
      yearly = step(yearly, { type: 'confirm', at: first.due, faceCheck: 'passed' });
      log?.push({ activity: 'confirm', at: first.due, resource: 'lessor' });
    }
  }
  const invoiced: { from: CivilDate; to: CivilDate }[] = [];
  for (const [n, p] of lease.periods.entries()) {
    s.periods++;
    log?.push({ activity: 'rent-due', at: p.due, resource: 'lessee' });
    if (yearlyFailed) {
      // Back to the old way for the whole lease.
      if (p.skip < params.baselineUninvoicedShare)
        log?.push({ activity: 'skip', at: p.due, resource: 'lessee' });
      else hallInvoice(s, lease, p, params, log, true);
      continue;
    }
    if (p.skip < params.reformUninvoicedShare) {
      log?.push({ activity: 'skip', at: p.due, resource: 'lessee' });
      continue;
    }
    let auth = yearly;
    if (auth === undefined) {
      auth = authorise(lease, 'per-invoice', p.due, n + 1);
      log?.push({ activity: 'request-authorisation', at: p.due, resource: 'lessee' });
      s.lessorActions++;
      if (p.confirm < params.confirmFailShare) {
        step(auth, { type: 'lapse', at: p.due });
        log?.push({ activity: 'not-confirmed', at: p.due, resource: 'lessor' });
        hallInvoice(s, lease, p, params, log, true);
        continue;
      }
      auth = step(auth, { type: 'confirm', at: p.due, faceCheck: 'passed' });
      log?.push({ activity: 'confirm', at: p.due, resource: 'lessor' });
    }
    const refused = refusalsOf(auth, applicationOf(lease, p, invoiced, params), invoiced);
    if (refused.length > 0) {
      for (const code of refused) s.refusals[code]++;
      log?.push({ activity: 'online-refusal', at: p.due, resource: 'system' });
      hallInvoice(s, lease, p, params, log, false);
      invoiced.push({ from: p.due, to: p.to });
      continue;
    }
    // 发票管理办法 第十六条: the tax is paid, then the e-invoice issued, the same day online.
    auth = step(auth, { type: 'issue', at: p.due, period: { from: p.due, to: p.to } });
    if (yearly !== undefined) yearly = auth;
    else keep?.push(auth);
    log?.push({ activity: 'pay-tax', at: p.due, resource: 'lessee' });
    log?.push({ activity: 'invoice', at: p.due, resource: 'system' });
    invoiced.push({ from: p.due, to: p.to });
    s.invoices++;
    s.online++;
    s.taxFen += p.taxFen;
    countDays(s, 0);
  }
  if (yearly !== undefined && !yearlyFailed && yearly.context.lastDay !== null) {
    yearly = step(yearly, { type: 'expire', at: addDays(yearly.context.lastDay, 1) });
  }
  if (yearly !== undefined) keep?.push(yearly);
}

function write(log: EventLog, variant: Variant, lease: Lease, entries: LogEntry[]): void {
  const rec = log.startCase(variant, lease.id, 'lease', { attributes: { kind: lease.kind } });
  // Hall trips may fall after the next rent is due: the case's events in time order (stable).
  const sorted = entries
    .map((e, i) => [e, i] as const)
    .sort((a, b) => (a[0].at < b[0].at ? -1 : a[0].at > b[0].at ? 1 : a[1] - b[1]));
  for (const [e] of sorted) rec.event(e.activity, e.at, { resource: e.resource });
}

/**
 * Both variants of one parameter set, fed one lease at a time: a shard feeds each lease it draws to
 * the scenario's run and to every sensitivity end's, so a lease and its taxes are drawn once. The
 * first lease's reform authorisations are kept for the samples.
 */
export class LeaseRun {
  readonly baseline = emptyStats();
  readonly reform = emptyStats();
  readonly sampleAuths: Authorisation[] = [];
  readonly #params: RentalInvoiceDelegationParams;
  readonly #log: EventLog | undefined;

  constructor(params: RentalInvoiceDelegationParams, hooks: RunHooks = {}) {
    this.#params = params;
    this.#log = hooks.eventLog;
    this.#log?.defineActivities(ACTIVITIES);
  }

  /** Runs one lease through both variants. */
  add(lease: Lease): void {
    const log = this.#log;
    const b: LogEntry[] | undefined = log ? [] : undefined;
    const r: LogEntry[] | undefined = log ? [] : undefined;
    const first = this.baseline.leases === 0;
    this.baseline.leases++;
    this.reform.leases++;
    baselineLease(this.baseline, lease, this.#params, b);
    reformLease(this.reform, lease, this.#params, r, first ? this.sampleAuths : undefined);
    if (log && b && r) {
      write(log, 'baseline', lease, b);
      write(log, 'reform', lease, r);
    }
  }
}

/**
 * Both variants on given leases.
 * @example
 * evaluate([...leasesIn(params, 42, 0, 100)], params).reform.invoices
 */
export function evaluate(
  leases: Iterable<Lease>,
  params: RentalInvoiceDelegationParams,
  hooks: RunHooks = {},
): BatchResult {
  const run = new LeaseRun(params, hooks);
  for (const lease of leases) run.add(lease);
  return run;
}
