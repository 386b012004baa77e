// The documents a seafarer files at one appointment: compliant by default, or with one defect of
// the kinds checkCrewPost finds. The defect mix is an assumption of generation (no published
// figures); whether an appointment is non-compliant is then decided by checkCrewPost itself.
import {
  addDays,
  type CivilDate,
  fromEpochDay,
  type RandomStream,
  residentIdCheckChar,
  toEpochDay,
} from '@gd-ftz/core';
import type { FleetShip } from './fleet';
import type { FindingCode, Rank, Seafarer } from './model';
import { bandsAt, classNeeded, RANK_INFO, RANKS } from './ranks';

/** Defects drawn for a non-compliant appointment, with their assumed weights. */
export const DEFECTS: readonly FindingCode[] = [
  'certificate-expired',
  'health-expired',
  'rank-not-covered',
  'class-not-covered',
  'area-not-covered',
  'no-certificate',
  'health-missing',
  'id-invalid',
  'master-not-chinese',
];
export const DEFECT_WEIGHTS: readonly number[] = [30, 25, 15, 10, 5, 5, 5, 4, 1];

const BIRTH_FROM = toEpochDay('1965-01-01');

/** The 公民身份号码 of pool person `p`: a valid number derived from the index (no draw needed). */
export function residentIdOf(p: number): string {
  const birth = fromEpochDay(BIRTH_FROM + ((p * 7919) % 12_000)).replaceAll('-', '');
  const first17 = `440103${birth}${String(p % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

/** The next lower rank of the same department, if any. */
function lowerRank(rank: Rank): Rank | null {
  const info = RANK_INFO[rank];
  return RANKS.find((r) => RANK_INFO[r].dept === info.dept && RANK_INFO[r].level === info.level - 1) ?? null;
}

/**
 * Draws the documents of one appointment on `day` (eight uniform draws, always all of them, so
 * both variants and every defect see the same stream).
 */
export function drawDocuments(
  fs: FleetShip,
  rank: Rank,
  day: CivilDate,
  person: number,
  defect: FindingCode | null,
  rng: RandomStream,
): Seafarer {
  const u = [rng.real(), rng.real(), rng.real(), rng.real()];
  const age = Math.floor((u[0] as number) * 1400);
  const validFrom = addDays(day, -age);
  let cert: NonNullable<Seafarer['certificate']> | null = {
    rank,
    area: fs.ship.area,
    shipClass:
      classNeeded(rank, fs.ship, bandsAt(day)) ??
      (RANK_INFO[rank].dept === 'engine-rating' ? 'kw-under-750' : 'gt-under-500'),
    validFrom,
    // Five years less a day: watchkeeping certificates are valid at most 5 years (第七条).
    validUntil: addDays(validFrom, 1825 - 1),
  };
  let health: Seafarer['health'] = { validUntil: addDays(day, 60 + Math.floor((u[1] as number) * 640)) };
  let id: Seafarer['id'] = { kind: 'resident-id', number: residentIdOf(person) };
  const lapse = 1 + Math.floor((u[2] as number) * 200);
  switch (defect) {
    case 'certificate-expired':
      cert = { ...cert, validFrom: addDays(day, -lapse - 1824), validUntil: addDays(day, -lapse) };
      break;
    case 'health-expired':
      health = { validUntil: addDays(day, -lapse) };
      break;
    case 'rank-not-covered': {
      const lower = lowerRank(rank);
      cert = {
        ...cert,
        rank: lower ?? (RANK_INFO[rank].dept === 'deck-rating' ? 'engine-rating' : 'deck-rating'),
      };
      break;
    }
    case 'class-not-covered':
      if (cert.shipClass === 'gt3000+' || cert.shipClass === 'kw3000+') {
        cert = { ...cert, shipClass: cert.shipClass === 'gt3000+' ? 'gt500-3000' : 'kw750-3000' };
      } else if (cert.shipClass === 'gt500-3000' || cert.shipClass === 'kw750-3000') {
        cert = { ...cert, shipClass: cert.shipClass === 'gt500-3000' ? 'gt-under-500' : 'kw-under-750' };
      } else {
        health = { validUntil: addDays(day, -lapse) };
      }
      break;
    case 'area-not-covered':
      if (fs.ship.area === 'unlimited') cert = { ...cert, area: 'coastal' };
      else health = null;
      break;
    case 'no-certificate':
      cert = null;
      break;
    case 'health-missing':
      health = null;
      break;
    case 'id-invalid': {
      // A digit mistyped in the filed number: the check character no longer matches.
      const n = id.number;
      const last = n[16] === '9' ? '0' : String(Number(n[16]) + 1);
      id = { kind: 'resident-id', number: `${n.slice(0, 16)}${last}${n[17]}` };
      break;
    }
    case 'master-not-chinese':
      if (rank === 'master' && fs.ship.flag === 'CN') {
        id = {
          kind: 'passport',
          country: (u[3] as number) < 0.5 ? 'PH' : 'MM',
          number: `P${String(person).padStart(7, '0')}`,
        };
      } else {
        cert = { ...cert, validFrom: addDays(day, -lapse - 1824), validUntil: addDays(day, -lapse) };
      }
      break;
    default:
      break;
  }
  return { id, certificate: cert, health };
}
