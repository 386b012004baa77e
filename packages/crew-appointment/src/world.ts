// The year's crew changes on the synthetic fleet, shared by baseline and reform: every post of
// every ship's safe-manning certificate is a chain of contracts; each relief is one sign-off and
// one sign-on (an appointment). Seafarers come from a pool by rank and go home on leave after a
// contract, so nobody is on two ships at once. Internal: not exported from src/index.ts.
import { RandomStream } from '@gd-ftz/core';
import { drawShip, type FleetShip } from './fleet';
import type { CrewAppointmentParams } from './params';

/** Minutes in a day. */
export const DAY = 1440;
/** Days simulated (the appointments of one year; sign-offs may fall after it). */
export const YEAR_DAYS = 365;

/** The year's appointments, sorted by sign-on minute, in parallel arrays (one entry each). */
export interface World {
  readonly ships: readonly FleetShip[];
  readonly count: number;
  readonly ship: Int32Array;
  readonly slot: Int32Array;
  /** Minutes from 00:00 on 1 January of the year. */
  readonly signOn: Int32Array;
  /** The end of the contract: the next relief of the post, possibly after the year. */
  readonly signOff: Int32Array;
  /** Index of the seafarer (a person of the pool). */
  readonly person: Int32Array;
  /** Index of the person signing off at this relief (the post's previous holder). */
  readonly outgoing: Int32Array;
  /** Persons drawn in all, initial crews included. */
  readonly persons: number;
}

/** Mean contract days: domestic 120 (60–180), international 240 (180–300). Assumption of generation. */
function contractMinutes(domestic: boolean, rng: RandomStream): number {
  const days = domestic ? rng.uniform(60, 180) : rng.uniform(180, 300);
  return Math.round(days * DAY);
}

/**
 * Draws the fleet and its crew changes for `params.appointments` sign-ons in the year: ships are
 * added one by one with their whole year of reliefs until the count is reached (the last ship's
 * chain is cut there), then the reliefs are taken in time order and a seafarer assigned to each.
 */
export function drawWorld(params: CrewAppointmentParams, seed: number): World {
  const root = RandomStream.fromSeed(seed);
  const fleetRng = root.substream('fleet');
  const chainRng = root.substream('contracts');
  const yearEnd = YEAR_DAYS * DAY;
  const ships: FleetShip[] = [];
  // Relief minutes per (ship, slot), collected into day buckets for a linear time sort.
  const byDay: number[][] = Array.from({ length: YEAR_DAYS }, () => []);
  const rShip: number[] = [];
  const rSlot: number[] = [];
  const rAt: number[] = [];
  const rEnd: number[] = [];
  let total = 0;
  while (total < params.appointments) {
    const s = drawShip(ships.length, fleetRng.bernoulli(params.domesticShare), fleetRng);
    ships.push(s);
    for (let k = 0; k < s.slots.length && total < params.appointments; k++) {
      // The initial holder is part-way through a contract on 1 January.
      let at = Math.round(chainRng.real() * contractMinutes(s.domestic, chainRng));
      while (at < yearEnd && total < params.appointments) {
        const end = at + contractMinutes(s.domestic, chainRng);
        const r = rShip.length;
        rShip.push(s.index);
        rSlot.push(k);
        rAt.push(at);
        rEnd.push(end);
        (byDay[Math.floor(at / DAY)] as number[]).push(r);
        total++;
        at = end;
      }
    }
  }
  const n = total;
  const world = {
    ships,
    count: n,
    ship: new Int32Array(n),
    slot: new Int32Array(n),
    signOn: new Int32Array(n),
    signOff: new Int32Array(n),
    person: new Int32Array(n),
    outgoing: new Int32Array(n),
    persons: 0,
  };
  // Current holder of each post, and the pool: persons back from leave by day, free ones by rank.
  const holder: Int32Array[] = ships.map((s) => new Int32Array(s.slots.length).fill(-1));
  const back: { person: number; rank: string }[][] = Array.from({ length: YEAR_DAYS }, () => []);
  const free = new Map<string, number[]>();
  const poolRng = root.substream('pool');
  let persons = 0;
  let i = 0;
  for (let day = 0; day < YEAR_DAYS; day++) {
    for (const p of back[day] as { person: number; rank: string }[]) {
      const list = free.get(p.rank) ?? [];
      list.push(p.person);
      free.set(p.rank, list);
    }
    const today = (byDay[day] as number[]).sort((a, b) => (rAt[a] as number) - (rAt[b] as number) || a - b);
    for (const r of today) {
      const si = rShip[r] as number;
      const k = rSlot[r] as number;
      const rank = (ships[si] as FleetShip).slots[k] as string;
      const posts = holder[si] as Int32Array;
      let out = posts[k] as number;
      if (out < 0) out = persons++; // the initial holder, met for the first time
      const list = free.get(rank);
      const person = list !== undefined && list.length > 0 ? (list.shift() as number) : persons++;
      posts[k] = person;
      // The outgoing holder goes on leave (30–120 days) and rejoins the pool for the same rank.
      const home = day + 1 + Math.round(poolRng.uniform(30, 120));
      if (home < YEAR_DAYS) (back[home] as { person: number; rank: string }[]).push({ person: out, rank });
      world.ship[i] = si;
      world.slot[i] = k;
      world.signOn[i] = rAt[r] as number;
      world.signOff[i] = rEnd[r] as number;
      world.person[i] = person;
      world.outgoing[i] = out;
      i++;
    }
  }
  world.persons = persons;
  return world;
}
