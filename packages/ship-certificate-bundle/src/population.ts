// The synthetic ships of a run: ship i draws from its own sub-stream (the seed and i alone, so a
// shard of ships draws them as the whole run does), a fixed number of draws per ship, so baseline
// and reform see the same ships and the same per-item draws.
import { imoCheckDigit, integerAt, type RandomStream, unitStreams, usccCheckChar } from '@gd-ftz/core';
import { ARRIVAL_DAYS } from './days';
import { BUNDLE_ITEMS, type BundleItem } from './items';
import { MORTGAGE_MIN_GROSS_TONNAGE } from './law';
import type { CaseKind } from './model';
import type { ShipCertificateBundleParams } from './params';

/** One ship's case and its draws, per applicable item (same index in every array). */
export interface ShipCase {
  readonly index: number;
  readonly id: string;
  readonly imo: string;
  readonly uscc: string;
  readonly kind: CaseKind;
  readonly grossTonnage: number;
  readonly international: boolean;
  readonly mortgaged: boolean;
  readonly dishonest: boolean;
  /** Epoch day the owner starts (the ship is delivered or bought). */
  readonly receivedOn: number;
  readonly items: readonly BundleItem[];
  /** For each item, the positions in `items` of the items it waits for. */
  readonly after: readonly (readonly number[])[];
  readonly mainGap: readonly boolean[];
  readonly secondaryGap: readonly boolean[];
  /** Working days the authority takes once it can start. */
  readonly authority: readonly number[];
  /** Working days the applicant takes to come back with a returned file. */
  readonly resubmitLag: readonly number[];
  /** Working days between holding a prerequisite and filing the next item (baseline). */
  readonly filingLag: readonly number[];
  /** Working days to supply a tolerated gap. */
  readonly supplyLag: readonly number[];
  readonly refused: readonly boolean[];
}

/** Assumed case mix ([U]: no published breakdown). */
export const CASE_MIX = {
  kinds: [
    ['newbuild', 0.3],
    ['transfer', 0.5],
    ['import', 0.2],
  ] as const,
  internationalShare: 0.3,
  mortgagedShare: 0.35,
  dishonestShare: 0.03,
  refusedShare: 0.01,
  /** ln GT ~ normal(5.5, 1.6): a median near 245 GT, a few per cent under 20 GT. */
  lnGt: [5.5, 1.6] as const,
} as const;

/** The period the authority's draw scales, in working days (7 natural days ≈ 5 working days). */
const SCALE: Readonly<Record<BundleItem, number>> = {
  deregistration: 5,
  ownership: 5,
  nationality: 5,
  mortgage: 5,
  'minimum-manning': 4,
  'radio-licence': 6,
  'safety-management': 8,
  'maritime-labour': 8,
};

/** Default DAG edges by item (the simulation always runs the default DAG). */
const AFTER: Readonly<Record<BundleItem, readonly BundleItem[]>> = {
  deregistration: [],
  ownership: ['deregistration'],
  nationality: ['ownership'],
  mortgage: ['ownership'],
  'minimum-manning': ['nationality'],
  'radio-licence': ['nationality'],
  'safety-management': ['nationality'],
  'maritime-labour': ['nationality', 'minimum-manning'],
};

const MIN_GT = integerAt(MORTGAGE_MIN_GROSS_TONNAGE, '2024-01-01');

function digits(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Draws ship `index` from `rng` (advanced by a fixed number of draws). */
export function drawCase(rng: RandomStream, index: number, p: ShipCertificateBundleParams): ShipCase {
  const u = rng.real();
  const kind: CaseKind = u < 0.3 ? 'newbuild' : u < 0.8 ? 'transfer' : 'import';
  const international = rng.bernoulli(CASE_MIX.internationalShare);
  const grossTonnage = Math.round(rng.lognormal(CASE_MIX.lnGt[0], CASE_MIX.lnGt[1]) * 10) / 10;
  const mortgaged = rng.bernoulli(CASE_MIX.mortgagedShare);
  const dishonest = rng.bernoulli(CASE_MIX.dishonestShare);
  const receivedOn = ARRIVAL_DAYS[rng.int(0, ARRIVAL_DAYS.length - 1)] as number;
  const items: BundleItem[] = [];
  const mainGap: boolean[] = [];
  const secondaryGap: boolean[] = [];
  const authority: number[] = [];
  const resubmitLag: number[] = [];
  const filingLag: number[] = [];
  const supplyLag: number[] = [];
  const refused: boolean[] = [];
  const mode = p.supplyLagDays;
  for (const item of BUNDLE_ITEMS) {
    // Eight draws per slot whether or not the item applies, so streams stay aligned.
    const gm = rng.bernoulli(p.mainIncompleteShare);
    const gs = rng.bernoulli(p.secondaryGapShare);
    const auth = Math.max(1, Math.round(rng.triangular(0.2, 0.5, 1) * SCALE[item]));
    const resub = Math.round(rng.triangular(1, 2, 6));
    const filing = Math.round(rng.triangular(1, 2, 5));
    const supply = Math.max(1, Math.round(rng.triangular(1, mode, 3 * mode)));
    const refuse = rng.bernoulli(CASE_MIX.refusedShare);
    rng.real();
    const applies =
      (item !== 'deregistration' || kind === 'transfer') &&
      (item !== 'mortgage' || (mortgaged && grossTonnage >= MIN_GT)) &&
      ((item !== 'maritime-labour' && item !== 'safety-management') || international);
    if (!applies) continue;
    items.push(item);
    mainGap.push(gm);
    secondaryGap.push(gs);
    authority.push(auth);
    resubmitLag.push(resub);
    filingLag.push(filing);
    supplyLag.push(supply);
    refused.push(refuse);
  }
  const after = items.map((item) => AFTER[item].map((p2) => items.indexOf(p2)).filter((j) => j >= 0));
  const imo6 = digits(100_000 + (index % 900_000), 6);
  const uscc17 = `91440000${digits(index % 1_000_000_000, 9)}`;
  return {
    index,
    id: `S${digits(index + 1, 7)}`,
    imo: imo6 + imoCheckDigit(imo6),
    uscc: uscc17 + usccCheckChar(uscc17),
    kind,
    grossTonnage,
    international,
    mortgaged,
    dishonest,
    receivedOn,
    items,
    after,
    mainGap,
    secondaryGap,
    authority,
    resubmitLag,
    filingLag,
    supplyLag,
    refused,
  };
}

/** The random stream of each ship of a seed: ship `i` draws from `ships/i` alone. */
export function shipStreams(seed: number): (index: number) => RandomStream {
  return unitStreams(seed, 'ships');
}
