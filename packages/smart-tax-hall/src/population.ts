// The visitors of one hall-year, drawn once from named sub-streams of the seed: baseline and
// reform see the same people at the same moments with the same needs (common random numbers).
import {
  BernoulliSampler,
  ExponentialSampler,
  LognormalSampler,
  RandomStream,
  WeightedPicker,
} from '@gd-ftz/core';
import { type HallDay, ITEM_CLASSES, type ItemClass, type Visit } from './model';
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
const ITEM_PICKER = new WeightedPicker(ITEM_WEIGHTS);

/** The index of 'enquiry' in ITEM_CLASSES. */
export const ENQUIRY = ITEM_CLASSES.indexOf('enquiry');

/** 15-minute slot weights for the opening hours [openHour, closeHour). */
export function slotWeights(openHour: number, closeHour: number): number[] {
  const w: number[] = [];
  for (let h = openHour; h < closeHour; h++) {
    const x = HOURLY_SHAPE[Math.min(HOURLY_SHAPE.length - 1, Math.max(0, h - 9))] as number;
    w.push(x, x, x, x);
  }
  return w;
}

/** The lognormals' σ² (coefficient of variation 0.8: σ² = ln(1 + 0.8²) = ln 1.64) and σ. */
const S2 = Math.log(1.64);
const SIGMA = Math.sqrt(S2);

/** The log-mean of a lognormal draw with mean `mean` (σ = SIGMA), computed once per distinct mean. */
function logMu(mean: number): number {
  return Math.log(mean) - S2 / 2;
}

/** Bits of {@link Population.flags}. */
export const COMPLEX = 1;
export const UNVERIFIED = 2;
export const LOW_SKILL = 4;
export const PLAZA_WILLING = 8;
export const WANTS_BOOKING = 16;
export const NO_SHOW = 32;
export const MISSING_PAPERS = 64;

/**
 * The year's visitors in arrival order (day, then minute), one typed array per draw (a visitor is
 * an index): a hall-year is ≈ 120,000 visitors, and objects that live the whole run cost the
 * garbage collector more than the draws themselves. {@link Population.visitor} gives one as an
 * object (samples, event log, tests).
 */
export class Population {
  readonly length: number;
  readonly day: Int32Array;
  readonly minute: Float64Array;
  /** Index into ITEM_CLASSES. */
  readonly item: Uint8Array;
  readonly flags: Uint8Array;
  readonly patience: Float64Array;
  readonly handling: Float64Array;
  readonly terminal: Float64Array;
  readonly agent: Float64Array;
  readonly plazaTime: Float64Array;
  readonly uTriage: Float64Array;
  readonly uTerminal: Float64Array;
  readonly uPlaza: Float64Array;

  constructor(n: number) {
    this.length = n;
    this.day = new Int32Array(n);
    this.minute = new Float64Array(n);
    this.item = new Uint8Array(n);
    this.flags = new Uint8Array(n);
    this.patience = new Float64Array(n);
    this.handling = new Float64Array(n);
    this.terminal = new Float64Array(n);
    this.agent = new Float64Array(n);
    this.plazaTime = new Float64Array(n);
    this.uTriage = new Float64Array(n);
    this.uTerminal = new Float64Array(n);
    this.uPlaza = new Float64Array(n);
  }

  has(i: number, flag: number): boolean {
    return ((this.flags[i] as number) & flag) !== 0;
  }

  /** The visitor's id, `V` and a 7-digit number from 1. */
  id(i: number): string {
    return `V${String(i + 1).padStart(7, '0')}`;
  }

  /** The visit as the triage sees it (not booked: a booking is an attempt's, not the visitor's). */
  visit(i: number): Visit {
    const low = this.has(i, LOW_SKILL);
    return {
      id: this.id(i),
      item: ITEM_CLASSES[this.item[i] as number] as ItemClass,
      complexity: this.has(i, COMPLEX) ? 'complex' : 'simple',
      idStatus: this.has(i, UNVERIFIED) ? 'unverified' : 'verified',
      skill: low ? 'low' : 'high',
      plaza: low && this.has(i, PLAZA_WILLING),
      booked: false,
    };
  }

  /** Visitor `i` as an object. */
  visitor(i: number): Visitor {
    return {
      visit: this.visit(i),
      day: this.day[i] as number,
      minute: this.minute[i] as number,
      wantsBooking: this.has(i, WANTS_BOOKING),
      noShow: this.has(i, NO_SHOW),
      missingPapers: this.has(i, MISSING_PAPERS),
      patience: this.patience[i] as number,
      handling: this.handling[i] as number,
      terminal: this.terminal[i] as number,
      agent: this.agent[i] as number,
      plazaTime: this.plazaTime[i] as number,
      uTriage: this.uTriage[i] as number,
      uTerminal: this.uTerminal[i] as number,
      uPlaza: this.uPlaza[i] as number,
    };
  }
}

/** What a visitor's draws read, fixed for the run and checked once (core's samplers), not at each draw. */
interface Drawing {
  readonly enquiry: BernoulliSampler;
  readonly complex: BernoulliSampler;
  readonly lowSkill: BernoulliSampler;
  readonly unverified: BernoulliSampler;
  readonly plazaWilling: BernoulliSampler;
  readonly booking: BernoulliSampler;
  readonly noShow: BernoulliSampler;
  readonly missingPapers: BernoulliSampler;
  readonly patience: ExponentialSampler;
  /** The lognormals, by their log-means (the same arithmetic as per draw, so the same draws). */
  readonly handlingSimple: LognormalSampler;
  readonly handlingComplex: LognormalSampler;
  readonly terminal: LognormalSampler;
  readonly agent: LognormalSampler;
  readonly plaza: LognormalSampler;
}

function drawing(p: SmartTaxHallParams): Drawing {
  const simpleMean = p.handlingMinutes / (1 - p.complexShare + p.complexShare * p.complexFactor);
  return {
    enquiry: new BernoulliSampler(p.enquiryShare, 'enquiryShare'),
    complex: new BernoulliSampler(p.complexShare, 'complexShare'),
    lowSkill: new BernoulliSampler(p.lowSkillShare, 'lowSkillShare'),
    unverified: new BernoulliSampler(p.unverifiedShare, 'unverifiedShare'),
    plazaWilling: new BernoulliSampler(p.plazaWillingShare, 'plazaWillingShare'),
    booking: new BernoulliSampler(p.bookingShare, 'bookingShare'),
    noShow: new BernoulliSampler(p.noShowRate, 'noShowRate'),
    missingPapers: new BernoulliSampler(p.missingPapersShare, 'missingPapersShare'),
    patience: new ExponentialSampler(1 / p.patienceMinutes, 'patienceMinutes'),
    handlingSimple: new LognormalSampler(logMu(simpleMean), SIGMA, 'handlingMinutes'),
    handlingComplex: new LognormalSampler(logMu(simpleMean * p.complexFactor), SIGMA, 'complexFactor'),
    terminal: new LognormalSampler(logMu(p.terminalMinutes), SIGMA, 'terminalMinutes'),
    agent: new LognormalSampler(logMu(p.agentMinutes), SIGMA, 'agentMinutes'),
    plaza: new LognormalSampler(logMu(p.plazaMinutes), SIGMA, 'plazaMinutes'),
  };
}

/** Visitor `i`'s draws, in the order they have always been made. */
function drawVisitor(out: Population, i: number, dayIndex: number, rng: RandomStream, d: Drawing): void {
  const enquiry = d.enquiry.draw(rng);
  const item = enquiry ? ENQUIRY : ITEM_PICKER.pick(rng);
  const complex = !enquiry && d.complex.draw(rng);
  const low = d.lowSkill.draw(rng);
  let flags = complex ? COMPLEX : 0;
  if (d.unverified.draw(rng)) flags |= UNVERIFIED;
  if (low) flags |= LOW_SKILL;
  if (low && d.plazaWilling.draw(rng)) flags |= PLAZA_WILLING;
  if (complex && d.booking.draw(rng)) flags |= WANTS_BOOKING;
  if (d.noShow.draw(rng)) flags |= NO_SHOW;
  if (!enquiry && d.missingPapers.draw(rng)) flags |= MISSING_PAPERS;
  out.day[i] = dayIndex;
  out.item[i] = item;
  out.flags[i] = flags;
  out.patience[i] = d.patience.draw(rng);
  out.handling[i] = (complex ? d.handlingComplex : d.handlingSimple).draw(rng);
  out.terminal[i] = d.terminal.draw(rng);
  out.agent[i] = d.agent.draw(rng);
  out.plazaTime[i] = d.plaza.draw(rng);
  out.uTriage[i] = rng.real();
  out.uTerminal[i] = rng.real();
  out.uPlaza[i] = rng.real();
}

/** The year's visitors in arrival order (day, then minute). */
export function population(p: SmartTaxHallParams, days: readonly HallDay[], seed: number): Population {
  const root = RandomStream.fromSeed(seed);
  const counts = root.substream('counts');
  const rng = root.substream('visitors');
  // A year's visits over the year's weight: a shorter horizon keeps the daily volume of the year.
  const totalWeight = (days.reduce((s, d) => s + d.weight, 0) * 12) / p.months;
  // The weights are checked and summed once per run, not at each visitor's draw (same draws).
  const slots = new WeightedPicker(slotWeights(p.openHour, p.closeHour));
  const openMinute = p.openHour * 60;
  const d = drawing(p);
  // The counts come from their own substream, so drawing them all first changes no draw.
  const perDay = days.map((day) => counts.poisson((p.visitsPerYear * day.weight) / totalWeight));
  const out = new Population(perDay.reduce((s, n) => s + n, 0));
  let i = 0;
  for (let dayIndex = 0; dayIndex < perDay.length; dayIndex++) {
    const n = perDay[dayIndex] as number;
    const minutes = out.minute.subarray(i, i + n);
    // uniform(0, 15) is 0 + 15 × real(): the same number.
    for (let k = 0; k < n; k++) minutes[k] = openMinute + 15 * slots.pick(rng) + 15 * rng.real();
    minutes.sort();
    for (let k = 0; k < n; k++, i++) drawVisitor(out, i, dayIndex, rng, d);
  }
  return out;
}
