// The synthetic leases of a run: lease i drawn from its own sub-streams of the seed, with every draw the
// behaviour needs (common random numbers), and each rent period's taxes computed once by
// rentalInvoiceTaxes (the same in both variants). Internal.
import {
  addDays,
  addMonths,
  type CivilDate,
  civilDate,
  Money,
  type RandomStream,
  residentIdCheckChar,
  unitStreams,
} from '@gd-ftz/core';
import type { PropertyRef } from './model';
import type { RentalInvoiceDelegationParams } from './params';
import { type AuthorisationRequest, authorisationRequest } from './process';
import { type RentalTaxInput, rentalInvoiceTaxes } from './taxes';

type Location = RentalTaxInput['location'];
type PropertyKind = RentalTaxInput['propertyKind'];

/** One rent period (a payment) of a lease, with its draws. */
export interface RentPeriod {
  readonly due: CivilDate;
  readonly to: CivilDate;
  readonly months: number;
  /** The taxes of the period, in fen (rentalInvoiceTaxes total). */
  readonly taxFen: bigint;
  /** Uniform draws: left uninvoiced, wait before a hall trip, a data error, a per-invoice confirmation. */
  readonly skip: number;
  readonly wait: number;
  readonly error: number;
  readonly reason: number;
  readonly confirm: number;
}

/** One lease with its parties and draws. */
export interface Lease {
  readonly id: string;
  readonly kind: PropertyKind;
  readonly location: Location;
  readonly monthlyRent: Money;
  readonly start: CivilDate;
  readonly lessorId: string;
  readonly agentId: string;
  /** Someone else of the lessee's side (a wrong applicant). */
  readonly otherId: string;
  readonly property: PropertyRef;
  /** The parties and property, checked once (authorisationRequest); each authorisation files from it. */
  readonly request: AuthorisationRequest;
  readonly periods: readonly RentPeriod[];
  /** Uniform draws: yearly term, the yearly confirmation, the lessor in person (baseline). */
  readonly annual: number;
  readonly confirm: number;
  readonly inPerson: number;
}

const FIRST_START = civilDate('2024-01-01');
/** Assumption: rent paid monthly, quarterly or yearly (weights 50/35/15%). */
const PERIOD_MONTHS = [1, 3, 12] as const;
const PERIOD_WEIGHTS = [0.5, 0.35, 0.15] as const;
/** Assumption: 市区 / 县城、镇 / elsewhere, weights 70/25/5%. */
const LOCATIONS: readonly Location[] = ['city', 'county-town', 'other'];
const LOCATION_WEIGHTS = [0.7, 0.25, 0.05] as const;
/** Assumption: monthly rent lognormal, median 3,500 (housing) and 12,000 (other), in 100 yuan steps. */
const RENT = { housing: { median: 3500, sigma: 0.5 }, 'non-housing': { median: 12000, sigma: 0.9 } };
const RENT_CAP_HUNDREDS = 5000;
const BIRTH_BASE = civilDate('1955-01-01');
/** Lease numbers are zero-padded to six digits (L000001); a province run goes beyond, unpadded. */
const LEASE_NO_DIGITS = 6;

function residentId(region: string, n: number, seq: string): string {
  const birth = addDays(BIRTH_BASE, n % 15_000).replaceAll('-', '');
  const first17 = `${region}${birth}${seq}`;
  return first17 + residentIdCheckChar(first17);
}

/** The random streams of the leases of a seed: lease `i` draws from its own sub-streams alone. */
export interface LeaseStreams {
  readonly draw: (i: number) => RandomStream;
  readonly behave: (i: number) => RandomStream;
}

/**
 * The streams of a seed's leases (core's `unitStreams`): lease `i` is the same in any shard.
 * @example
 * leaseAt(params, leaseStreams(42), 0).id // 'L000001'
 */
export function leaseStreams(seed: number): LeaseStreams {
  return { draw: unitStreams(seed, 'leases'), behave: unitStreams(seed, 'behaviour') };
}

/**
 * Lease `i` of a run (one lease-year, starting on the first of a month of 2024), from its own
 * streams alone.
 * @example
 * leaseAt({ ...defaults, leases: 10 }, leaseStreams(42), 3).id // 'L000004'
 */
export function leaseAt(params: RentalInvoiceDelegationParams, streams: LeaseStreams, i: number): Lease {
  const draw = streams.draw(i);
  const behave = streams.behave(i);
  const kind: PropertyKind = draw.bernoulli(params.housingShare) ? 'housing' : 'non-housing';
  const r = RENT[kind];
  const hundreds = Math.min(
    RENT_CAP_HUNDREDS,
    Math.max(1, Math.round(draw.lognormal(Math.log(r.median / 100), r.sigma))),
  );
  const monthlyRent = Money.of(`${hundreds}00`);
  const location = LOCATIONS[draw.weightedIndex(LOCATION_WEIGHTS)] as Location;
  const step = PERIOD_MONTHS[draw.weightedIndex(PERIOD_WEIGHTS)] as number;
  const start = addMonths(FIRST_START, draw.int(0, 11));
  const periods: RentPeriod[] = [];
  for (let m = 0; m < 12; m += step) {
    const due = addMonths(start, m);
    const taxes = rentalInvoiceTaxes({
      propertyKind: kind,
      rent: monthlyRent.multiply(String(step)).toString(),
      leaseStart: due,
      months: step,
      location,
    });
    periods.push({
      due,
      to: addDays(addMonths(start, m + step), -1),
      months: step,
      taxFen: Money.of(taxes.total).toFen(),
      skip: behave.real(),
      wait: behave.real(),
      error: behave.real(),
      reason: behave.real(),
      confirm: behave.real(),
    });
  }
  const no = String(i + 1).padStart(LEASE_NO_DIGITS, '0');
  const id = `L${no}`;
  const lessorId = residentId('440106', i, '001');
  const agentId = residentId('440304', i + 7, '002');
  const property = { unitNo: `440106${no}GB00001F0001`, address: `广州市天河区示例路${i + 1}号` };
  const request = authorisationRequest({
    id: `${id}-A0`,
    term: 'annual',
    lessor: { name: `出租人${id}`, phone: '13800000000', idNumber: lessorId },
    agent: { name: `承租人${id}`, phone: '13900000000', idNumber: agentId, role: 'lessee' },
    property,
    appliedOn: start,
  });
  return {
    id,
    kind,
    location,
    monthlyRent,
    start,
    lessorId,
    agentId,
    otherId: residentId('440305', i + 13, '003'),
    property,
    request,
    periods,
    annual: behave.real(),
    confirm: behave.real(),
    inPerson: behave.real(),
  };
}

/**
 * Leases `[start, end)` of a run, drawn one at a time (a shard of a province holds one lease at once).
 * @example
 * [...leasesIn(params, 42, 0, 10)].length // 10
 */
export function* leasesIn(
  params: RentalInvoiceDelegationParams,
  seed: number,
  start: number,
  end: number,
): Generator<Lease> {
  const streams = leaseStreams(seed);
  for (let i = start; i < end; i++) yield leaseAt(params, streams, i);
}
