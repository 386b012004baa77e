// The synthetic fleet: ships with their 最低安全配员证书 drawn from the general manning table
// (deck by gross tonnage [S, verify]; engine by propulsion power [U]). The table only generates
// certificates for synthetic ships: the checks read each ship's own certificate, never this table.
import { imoCheckDigit, type RandomStream } from '@gd-ftz/core';
import type { Rank, Ship } from './model';

/** Deck manning of a sea-going ship by gross tonnage (renrendoc.com reprint, garbled: verify). */
const DECK_TABLE: readonly { readonly minGt: number; readonly posts: Partial<Record<Rank, number>> }[] = [
  {
    minGt: 3000,
    posts: { master: 1, 'chief-officer': 1, 'second-officer': 1, 'third-officer': 1, 'deck-rating': 3 },
  },
  { minGt: 500, posts: { master: 1, 'chief-officer': 1, 'third-officer': 1, 'deck-rating': 3 } },
  { minGt: 200, posts: { master: 1, 'third-officer': 1, 'deck-rating': 2 } },
  { minGt: 0, posts: { master: 1, 'third-officer': 1, 'deck-rating': 1 } },
];

/** Engine manning by propulsion power: the bands and numbers are assumptions ([U]). */
const ENGINE_TABLE: readonly { readonly minKw: number; readonly posts: Partial<Record<Rank, number>> }[] = [
  {
    minKw: 3000,
    posts: {
      'chief-engineer': 1,
      'second-engineer': 1,
      'third-engineer': 1,
      'fourth-engineer': 1,
      'engine-rating': 3,
    },
  },
  {
    minKw: 750,
    posts: { 'chief-engineer': 1, 'second-engineer': 1, 'fourth-engineer': 1, 'engine-rating': 2 },
  },
  { minKw: 0, posts: { 'chief-engineer': 1, 'fourth-engineer': 1, 'engine-rating': 1 } },
];

/** A synthetic ship with what the simulation needs besides the public Ship fields. */
export interface FleetShip {
  readonly index: number;
  readonly ship: Ship;
  /** Domestic voyages: recorded from the port report after the reform. */
  readonly domestic: boolean;
  /** One rank per post of the safe-manning certificate, deck first. */
  readonly slots: readonly Rank[];
}

const FOREIGN_FLAGS = ['PA', 'LR', 'MH', 'HK', 'SG'] as const;

/** The manning certificate the table gives a ship of `gt` and `kw`. */
export function manningFor(gt: number, kw: number): Partial<Record<Rank, number>> {
  const deck = DECK_TABLE.find((row) => gt >= row.minGt)?.posts ?? {};
  const engine = ENGINE_TABLE.find((row) => kw >= row.minKw)?.posts ?? {};
  return { ...deck, ...engine };
}

/** Draws ship `index`: domestic ships mostly coastal and smaller, international ones unlimited. */
export function drawShip(index: number, domestic: boolean, rng: RandomStream): FleetShip {
  // Log-uniform tonnage: domestic 150–20,000 GT, international 2,000–150,000 GT.
  const [lo, hi] = domestic ? [150, 20_000] : [2_000, 150_000];
  const grossTonnage = Math.round(Math.exp(rng.uniform(Math.log(lo), Math.log(hi))));
  const propulsionKw = Math.max(150, Math.round(grossTonnage * rng.uniform(0.3, 1.2)));
  const area = domestic ? (rng.bernoulli(0.8) ? 'coastal' : 'unlimited') : 'unlimited';
  const flag =
    domestic || rng.bernoulli(0.6) ? 'CN' : (FOREIGN_FLAGS[rng.int(0, FOREIGN_FLAGS.length - 1)] as string);
  const first6 = String(900_000 + (index % 100_000));
  const minimumSafeManning = manningFor(grossTonnage, propulsionKw);
  const slots: Rank[] = [];
  for (const [rank, n] of Object.entries(minimumSafeManning) as [Rank, number][]) {
    for (let i = 0; i < n; i++) slots.push(rank);
  }
  return {
    index,
    domestic,
    slots,
    ship: {
      // Small domestic ships carry no IMO number.
      imo: domestic && grossTonnage < 500 ? null : `${first6}${imoCheckDigit(first6)}`,
      flag,
      area,
      grossTonnage,
      propulsionKw,
      minimumSafeManning,
    },
  };
}
