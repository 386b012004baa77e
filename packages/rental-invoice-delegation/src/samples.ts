// One sample lease in both variants with its trace: the taxes of its first rent period (every step
// cited) and, after the reform, each step of its authorisation (the machine's history with its
// basis). Internal: not exported from src/index.ts.
import { cited, machineTrace, type SampleCase, type TraceStep } from '@gd-ftz/core';
import { CITES } from './law';
import type { RentalInvoiceDelegationParams } from './params';
import { leaseAt, leaseStreams, type RentPeriod } from './population';
import { authorisationMachine } from './process';
import { evaluate } from './simulate';
import { rentalInvoiceTaxes } from './taxes';

/**
 * The report's samples: the run's first lease (drawn again from the seed alone, so any shard count
 * gives the same), in both variants.
 * @example
 * samplesOf(params, 42).map((s) => s.variant) // ['baseline', 'reform']
 */
export function samplesOf(params: RentalInvoiceDelegationParams, seed: number): SampleCase[] {
  const lease = leaseAt(params, leaseStreams(seed), 0);
  const r = evaluate([lease], params);
  const p = lease.periods[0] as RentPeriod;
  const taxes = rentalInvoiceTaxes({
    propertyKind: lease.kind,
    rent: lease.monthlyRent.multiply(String(p.months)).toString(),
    leaseStart: p.due,
    months: p.months,
    location: lease.location,
  });
  const title = {
    zh: `租约 ${lease.id}（${lease.kind === 'housing' ? '住房' : '非住房'}，月租 ${lease.monthlyRent.toString()} 元，每 ${p.months} 个月付）`,
    en: `Lease ${lease.id} (${lease.kind}, ${lease.monthlyRent.toString()} CNY a month, paid every ${p.months} month(s))`,
  };
  const hall: TraceStep = {
    id: 'hall.invoice',
    kind: 'step',
    title: { zh: '到大厅完税后代开发票', en: 'Hall: tax paid, invoice issued' },
    fired: true,
    inputs: { lease: lease.id, due: p.due },
    basis: cited(CITES.collectFirst),
    at: p.due,
  };
  const authSteps = r.sampleAuths.flatMap((a) => machineTrace(authorisationMachine, a));
  return [
    {
      id: `${lease.id}-baseline`,
      variant: 'baseline',
      title,
      summary: {
        zh: `首期税费 ${taxes.total} 元，到大厅代开`,
        en: `first period taxes ${taxes.total} CNY, invoiced at the hall`,
      },
      trace: { subject: lease.id, outcome: taxes.trace.outcome, steps: [...taxes.trace.steps, hall] },
    },
    {
      id: `${lease.id}-reform`,
      variant: 'reform',
      title,
      summary: {
        zh: `首期税费 ${taxes.total} 元；授权 ${r.sampleAuths.length} 次`,
        en: `first period taxes ${taxes.total} CNY; ${r.sampleAuths.length} authorisation(s)`,
      },
      trace: { subject: lease.id, outcome: taxes.trace.outcome, steps: [...taxes.trace.steps, ...authSteps] },
    },
  ];
}
