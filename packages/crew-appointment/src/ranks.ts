// The posts a certificate can cover, by department and level, and the class of a ship for a post.
// Internal helpers of the checks (the rank names are public through the Rank type).
import { type CivilDate, integerAt } from '@gd-ftz/core';
import { GT_LOWER_BAND, GT_UPPER_BAND, KW_LOWER_BAND, KW_UPPER_BAND } from './law';
import type { Rank, Ship, ShipClass } from './model';

type TonnageClass = Extract<ShipClass, `gt${string}`>;
type PowerClass = Extract<ShipClass, `kw${string}`>;

type Department = 'deck' | 'engine' | 'deck-rating' | 'engine-rating';

/** Department and level (higher is more senior) of each rank. */
export const RANK_INFO: Readonly<Record<Rank, { readonly dept: Department; readonly level: number }>> = {
  master: { dept: 'deck', level: 4 },
  'chief-officer': { dept: 'deck', level: 3 },
  'second-officer': { dept: 'deck', level: 2 },
  'third-officer': { dept: 'deck', level: 1 },
  'chief-engineer': { dept: 'engine', level: 4 },
  'second-engineer': { dept: 'engine', level: 3 },
  'third-engineer': { dept: 'engine', level: 2 },
  'fourth-engineer': { dept: 'engine', level: 1 },
  'deck-rating': { dept: 'deck-rating', level: 1 },
  'engine-rating': { dept: 'engine-rating', level: 1 },
};

/** Every rank, deck first. */
export const RANKS = Object.keys(RANK_INFO) as readonly Rank[];

/** Whether `s` is a rank. */
export function isRank(s: unknown): s is Rank {
  return typeof s === 'string' && Object.hasOwn(RANK_INFO, s);
}

/** Level of each class within its kind (tonnage or power). */
export const CLASS_INFO: Readonly<Record<ShipClass, { readonly kind: 'gt' | 'kw'; readonly level: number }>> =
  {
    'gt3000+': { kind: 'gt', level: 3 },
    'gt500-3000': { kind: 'gt', level: 2 },
    'gt-under-500': { kind: 'gt', level: 1 },
    'kw3000+': { kind: 'kw', level: 3 },
    'kw750-3000': { kind: 'kw', level: 2 },
    'kw-under-750': { kind: 'kw', level: 1 },
  };

/** Whether `s` is a ship class. */
export function isShipClass(s: unknown): s is ShipClass {
  return typeof s === 'string' && Object.hasOwn(CLASS_INFO, s);
}

interface Bands {
  readonly asOf: string;
  readonly gtUpper: number;
  readonly gtLower: number;
  readonly kwUpper: number;
  readonly kwLower: number;
}

// The bands in force by date: the dated lookup (decimal parsing) is far slower than the check
// itself, so each date is resolved once; the cache is cleared when it grows large.
const bandsByDate = new Map<string, Bands>();

/** The class bands in force on `asOf`. */
export function bandsAt(asOf: CivilDate): Bands {
  let b = bandsByDate.get(asOf);
  if (b === undefined) {
    if (bandsByDate.size >= 4096) bandsByDate.clear();
    b = {
      asOf,
      gtUpper: integerAt(GT_UPPER_BAND, asOf),
      gtLower: integerAt(GT_LOWER_BAND, asOf),
      kwUpper: integerAt(KW_UPPER_BAND, asOf),
      kwLower: integerAt(KW_LOWER_BAND, asOf),
    };
    bandsByDate.set(asOf, b);
  }
  return b;
}

/** The deck class of a ship of `gt` gross tonnage. */
export function tonnageClassOf(gt: number, b: Bands): TonnageClass {
  return gt >= b.gtUpper ? 'gt3000+' : gt >= b.gtLower ? 'gt500-3000' : 'gt-under-500';
}

/** The engine class of a ship of `kw` propulsion power. */
export function powerClassOf(kw: number, b: Bands): PowerClass {
  return kw >= b.kwUpper ? 'kw3000+' : kw >= b.kwLower ? 'kw750-3000' : 'kw-under-750';
}

/** The class a post on `ship` needs, or null for ratings (their certificates carry no class here). */
export function classNeeded(rank: Rank, ship: Ship, b: Bands): ShipClass | null {
  const dept = RANK_INFO[rank].dept;
  if (dept === 'deck') return tonnageClassOf(ship.grossTonnage, b);
  if (dept === 'engine') return powerClassOf(ship.propulsionKw, b);
  return null;
}
