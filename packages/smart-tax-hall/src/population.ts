// The visitors of one hall-year, drawn once from named sub-streams of the seed: baseline and
// reform see the same people at the same moments with the same needs (common random numbers).
import { RandomStream } from '@gd-ftz/core';
import { type HallDay, ITEM_CLASSES, type Visit } from './model';
import type { SmartTaxHallParams } from './params';

/** A visitor with every draw the two processes may use. */
export interface Visitor {
  readonly visit: Visit;
  /** Index of the day in the year's working days, and the minute of arrival. */
  readonly day: number;
  readonly minute: number;
  /** Complex matter the taxpayer would book. */
  readonly wantsBooking: boolean;
  readonly noShow: boolean;
  readonly missingPapers: boolean;
  readonly patience: number;
  /** Window handling minutes without the identity check. */
  readonly handling: number;
  readonly terminal: number;
  readonly agent: number;
  readonly plazaTime: number;
  /** Uniform draws deciding triage errors, terminal success, the plaza's effect. */
  readonly uTriage: number;
  readonly uTerminal: number;
  readonly uPlaza: number;
}

/**
 * Relative arrivals per hour of the day from 09:00 (assumption: a morning peak and a smaller one
 * after lunch, the common shape of hall ticket counts); each hour is split in four 15-minute slots.
 */
const HOURLY_SHAPE = [1.2, 1.5, 1.3, 0.8, 0.8, 1.1, 1.1, 0.8, 0.6, 0.5, 0.5, 0.5, 0.5];

/** Item shares other than enquiries (assumption: filing and invoices dominate hall traffic). */
const ITEM_WEIGHTS = [0.35, 0.35, 0.15, 0.15];

/** 15-minute slot weights for the opening hours [openHour, closeHour). */
export function slotWeights(openHour: number, closeHour: number): number[] {
  const w: number[] = [];
  for (let h = openHour; h < closeHour; h++) {
    const x = HOURLY_SHAPE[Math.min(HOURLY_SHAPE.length - 1, Math.max(0, h - 9))] as number;
    w.push(x, x, x, x);
  }
  return w;
}

/** Lognormal draw with the given mean and a coefficient of variation of 0.8 (σ² = ln 1.64). */
function lognormalMean(rng: RandomStream, mean: number): number {
  const s2 = Math.log(1.64);
  return rng.lognormal(Math.log(mean) - s2 / 2, Math.sqrt(s2));
}

/** The year's visitors in arrival order (day, then minute). */
export function population(p: SmartTaxHallParams, days: readonly HallDay[], seed: number): Visitor[] {
  const root = RandomStream.fromSeed(seed);
  const counts = root.substream('counts');
  const rng = root.substream('visitors');
  // A year's visits over the year's weight: a shorter horizon keeps the daily volume of the year.
  const totalWeight = (days.reduce((s, d) => s + d.weight, 0) * 12) / p.months;
  const slots = slotWeights(p.openHour, p.closeHour);
  const openMinute = p.openHour * 60;
  const simpleMean = p.handlingMinutes / (1 - p.complexShare + p.complexShare * p.complexFactor);
  const out: Visitor[] = [];
  days.forEach((d, dayIndex) => {
    const n = counts.poisson((p.visitsPerYear * d.weight) / totalWeight);
    const minutes: number[] = [];
    for (let i = 0; i < n; i++) {
      minutes.push(openMinute + 15 * rng.weightedIndex(slots) + rng.uniform(0, 15));
    }
    minutes.sort((a, b) => a - b);
    for (const minute of minutes) {
      const enquiry = rng.bernoulli(p.enquiryShare);
      const item = enquiry ? 'enquiry' : (ITEM_CLASSES[rng.weightedIndex(ITEM_WEIGHTS)] ?? 'filing');
      const complex = !enquiry && rng.bernoulli(p.complexShare);
      const low = rng.bernoulli(p.lowSkillShare);
      const visit: Visit = {
        id: `V${String(out.length + 1).padStart(7, '0')}`,
        item,
        complexity: complex ? 'complex' : 'simple',
        idStatus: rng.bernoulli(p.unverifiedShare) ? 'unverified' : 'verified',
        skill: low ? 'low' : 'high',
        plaza: low && rng.bernoulli(p.plazaWillingShare),
        booked: false,
      };
      out.push({
        visit,
        day: dayIndex,
        minute,
        wantsBooking: complex && rng.bernoulli(p.bookingShare),
        noShow: rng.bernoulli(p.noShowRate),
        missingPapers: !enquiry && rng.bernoulli(p.missingPapersShare),
        patience: rng.exponential(1 / p.patienceMinutes),
        handling: lognormalMean(rng, complex ? simpleMean * p.complexFactor : simpleMean),
        terminal: lognormalMean(rng, p.terminalMinutes),
        agent: lognormalMean(rng, p.agentMinutes),
        plazaTime: lognormalMean(rng, p.plazaMinutes),
        uTriage: rng.real(),
        uTerminal: rng.real(),
        uPlaza: rng.real(),
      });
    }
  });
  return out;
}
