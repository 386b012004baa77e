// One simulated year of the whole population under one variant. Everything random was drawn with
// the population; here each variant only decides, from the same draws, what its process makes of
// them: late inspection requests (and, in the reform, reminders and online orders), registrations,
// self-checks that find hazards, periodic inspections, on-site checks (random or risk-targeted),
// fixes and re-checks. The events run on a scheduler (heap or day scan): same events, same result.
import { MEAN_RISK_WEIGHT, POPULATION_ASSUMPTIONS } from './assumptions';
import { addMonthsEpoch, addYearsEpoch } from './dates';
import { KIND_VESSEL, type Population } from './population';
import { EV, type EventType, type Scheduler } from './schedulers';
import { checksToFind, NEVER, selfCheckDay } from './self-checks';
import { emptyStats, type UnitHappening, type YearStats } from './year-stats';

export type { UnitHappening, YearStats } from './year-stats';

/** How one variant behaves. Shares and probabilities are in [0, 1]. */
export interface YearConfig {
  readonly reform: boolean;
  /** Share of users who would ask for the inspection late (baseline behaviour). */
  readonly lateRequest: number;
  readonly lateMeanDays: number;
  /** Reform: share of late users a reminder brings on time. */
  readonly reminderEffect: number;
  /** Reform: days an online order gives an overdue unit to be inspected. */
  readonly orderDays: number;
  readonly lateRegistration: number;
  /** Chance one self-check finds an open hazard. */
  readonly selfCheckDetect: number;
  readonly inspectionDetect: number;
  readonly supervisionShare: number;
  readonly supervisionDetect: number;
  /** First day of the weekly check (Order 74), as an epoch day. */
  readonly weeklyFrom: number;
  readonly monthlyDays: number;
  readonly weeklyDays: number;
  /** Accidents per hazard-year of exposure. */
  readonly accidentRate: number;
}

const BY_SELF = 1;
const BY_INSPECTION = 2;
const BY_SUPERVISION = 3;

function bump(a: Int32Array, i: number, by: number): void {
  a[i] = (a[i] as number) + by;
}

/** The last day of each month of the year, as epoch days. */
function monthEnds(p: Population): number[] {
  const out: number[] = [];
  for (let m = 1; m <= 12; m++) out.push(addMonthsEpoch(p.yearStart, m) - 1);
  return out;
}

/**
 * Runs one variant's year on `scheduler` and returns its counts. Pure apart from `onHappening`,
 * called for units flagged in `sampled` only.
 * @example
 * const stats = runYear(pop, baselineConfig, heapScheduler());
 */
export function runYear(
  p: Population,
  c: YearConfig,
  scheduler: Scheduler,
  sampled?: Uint8Array,
  onHappening?: (unit: number, h: UnitHappening) => void,
): YearStats {
  const { yearStart: ys, yearEnd: ye } = p;
  const n = p.units;
  // Locals, not property reads, in the hot loop.
  const {
    kind,
    risk,
    isNew,
    commissioned,
    regDeadline,
    cycle,
    gas,
    uLate,
    uDelay,
    uOnTime,
    uVisit,
    visitDay,
  } = p;
  const { uGrade, uCycle, uRegLate, uRegDelay, uRegOnTime, hazStart, hazUnit, onset: onsetOf, serious } = p;
  const { fixDays, uPhase, uSelf, uInsp, uSup, uAcc } = p;
  const lateP = c.reform ? c.lateRequest * (1 - c.reminderEffect) : c.lateRequest;
  const regLateP = c.reform ? c.lateRegistration * (1 - c.reminderEffect) : c.lateRegistration;
  const riskW = POPULATION_ASSUMPTIONS.riskClasses.value.map((r) => r.weight);
  const gradeCum: number[] = [];
  let acc = 0;
  for (const g of [1, 2, 3, 4, 5] as const) {
    acc += POPULATION_ASSUMPTIONS.gradeMix.value[g];
    gradeCum.push(acc);
  }
  const s = emptyStats(p.hazards);
  // Per-variant state.
  const due0 = p.due;
  const due = Int32Array.from(due0);
  const inspectOn = new Int32Array(n).fill(NEVER);
  const stopped = new Uint8Array(n);
  const hazState = new Uint8Array(p.hazards); // 0 not found (open from its onset), 2 found
  const foundOn = new Int32Array(p.hazards).fill(NEVER);
  const foundBy = new Uint8Array(p.hazards);
  const knownOn = new Int32Array(p.hazards).fill(NEVER);
  const overdueDiff = new Int32Array(ye - ys + 2);
  const tracing = sampled !== undefined && onHappening !== undefined;
  // Called behind `tracing && sampled[u] === 1`, so no record is built for other units.
  const note = (u: number, h: UnitHappening): void => {
    onHappening?.(u, h);
  };
  const at = (day: number, type: EventType, entity: number) => {
    if (day >= ys && day <= ye) scheduler.schedule(day, type, entity);
  };

  const find = (h: number, day: number, by: number) => {
    hazState[h] = 2;
    foundOn[h] = day;
    foundBy[h] = by;
    const isSerious = serious[h] === 1;
    // The reform shares every finding at once (online report, ledger); before it the regulator
    // learns of on-site findings and of serious hazards an inspector must report (Art. 53).
    if (c.reform || by === BY_SUPERVISION || (by === BY_INSPECTION && isSerious)) knownOn[h] = day;
    if (tracing && (sampled as Uint8Array)[hazUnit[h] as number] === 1)
      note(hazUnit[h] as number, {
        day,
        what: 'hazard-found',
        hazard: h,
        by: by === BY_SELF ? 'self-check' : by === BY_INSPECTION ? 'inspection' : 'supervision',
      });
  };

  // Initial events.
  for (let u = 0; u < n; u++) {
    if (isNew[u] === 1) {
      s.newUnits++;
      const cday = commissioned[u] as number;
      const deadline = regDeadline[u] as number;
      let reg: number;
      if ((uRegLate[u] as number) < regLateP) {
        s.lateRegistrations++;
        reg = deadline + 1 + Math.floor(-c.lateMeanDays * Math.log(1 - (uRegDelay[u] as number)));
      } else {
        reg = cday + Math.floor((uRegOnTime[u] as number) * (deadline - cday + 1));
      }
      at(reg, EV.register, u);
    }
    at(addMonthsEpoch(due0[u] as number, -1), EV.request, u);
    const visitP = c.reform
      ? Math.min(1, (c.supervisionShare * (riskW[risk[u] as number] as number)) / MEAN_RISK_WEIGHT)
      : c.supervisionShare;
    if ((uVisit[u] as number) < visitP) at(visitDay[u] as number, EV.visit, u);
  }
  // A hazard needs no event of its own until a self-check finds it: the day is known from its onset.
  for (let h = 0; h < p.hazards; h++) {
    const k = checksToFind(uSelf[h] as number, c.selfCheckDetect);
    if (k !== NEVER) at(selfCheckDay(onsetOf[h] as number, uPhase[h] as number, k, c), EV.selfFound, h);
  }

  s.events = scheduler.run((day, type, e) => {
    switch (type) {
      case EV.register: {
        s.registered++;
        s.registerDaysSum += day - (commissioned[e] as number);
        if (tracing && (sampled as Uint8Array)[e] === 1)
          note(e, { day, what: 'registered', late: day > (regDeadline[e] as number) });
        return;
      }
      case EV.request: {
        if (stopped[e] === 1) return;
        const d = due[e] as number;
        let x: number;
        if ((uLate[e] as number) < lateP) {
          let delay = 1 + Math.floor(-c.lateMeanDays * Math.log(1 - (uDelay[e] as number)));
          if (c.reform) {
            // The ledger shows the unit overdue the day after its due date: an online order follows.
            s.orders++;
            delay = Math.min(delay, c.orderDays);
            if (tracing && (sampled as Uint8Array)[e] === 1) note(e, { day: d + 1, what: 'overdue-order' });
          }
          x = d + 1 + delay;
          s.lateInspections++;
          const from = Math.max(d + 1, ys);
          const to = Math.min(x, ye + 1);
          if (to > from) {
            s.overdueUnitDays += to - from;
            bump(overdueDiff, from - ys, 1);
            bump(overdueDiff, to - ys, -1);
          }
          if (x > ye && d + 1 <= ye) s.overdueAtEnd++;
        } else {
          x = day + Math.floor((uOnTime[e] as number) * (d - day + 1));
          if (tracing && (sampled as Uint8Array)[e] === 1) note(e, { day, what: 'requested' });
        }
        inspectOn[e] = x;
        at(x, EV.inspect, e);
        return;
      }
      case EV.inspect: {
        s.inspections++;
        for (let h = hazStart[e] as number; h < (hazStart[e + 1] as number); h++) {
          if (
            hazState[h] === 0 &&
            (onsetOf[h] as number) < day &&
            (uInsp[h] as number) < c.inspectionDetect
          ) {
            find(h, day, BY_INSPECTION);
          }
        }
        let years = cycle[e] as number;
        let grade = 0;
        if (kind[e] === KIND_VESSEL) {
          const u = uGrade[e] as number;
          grade = 1;
          while (grade < 5 && u >= (gradeCum[grade - 1] as number)) grade++;
          if (grade === 5) stopped[e] = 1;
          else if (grade === 3) years = 3 + Math.floor((uCycle[e] as number) * 4);
          else if (grade === 4) years = 1 + Math.floor((uCycle[e] as number) * 3);
          else years = p.cycles.after[KIND_VESSEL]?.[0] ?? 6;
        } else {
          years = p.cycles.after[kind[e] as number]?.[gas[e] as number] ?? years;
        }
        if (tracing && (sampled as Uint8Array)[e] === 1)
          note(e, { day, what: 'inspected', grade, cycle: years, late: day > (due[e] as number) });
        if (stopped[e] === 1) return;
        const next = addYearsEpoch(day, years);
        due[e] = next;
        inspectOn[e] = NEVER;
        at(addMonthsEpoch(next, -1), EV.request, e);
        return;
      }
      case EV.visit: {
        s.visits++;
        let hit = false;
        // Art. 84: in use after its validity ended and not yet inspected: a fine.
        const fined = stopped[e] === 0 && day > (due[e] as number) && (inspectOn[e] as number) > day;
        if (fined) {
          s.fines++;
          hit = true;
        }
        for (let h = hazStart[e] as number; h < (hazStart[e + 1] as number); h++) {
          if (
            hazState[h] === 0 &&
            (onsetOf[h] as number) < day &&
            (uSup[h] as number) < c.supervisionDetect
          ) {
            find(h, day, BY_SUPERVISION);
            hit = true;
          }
        }
        if (hit) s.visitHits++;
        if (tracing && (sampled as Uint8Array)[e] === 1) note(e, { day, what: 'visited', fined });
        return;
      }
      case EV.selfFound: {
        if (hazState[e] === 0) find(e, day, BY_SELF);
        return;
      }
    }
  });

  // Year end: hazard-days, exposure, who knew, from the closed records.
  const openDiff = new Int32Array(ye - ys + 2);
  for (let h = 0; h < p.hazards; h++) {
    const onset = onsetOf[h] as number;
    const f = foundOn[h] as number;
    const fixed = f === NEVER ? NEVER : f + (fixDays[h] as number);
    const closed = Math.min(fixed, ye + 1);
    if (fixed <= ye) {
      // Order 57 Art. 29: the regulator re-checks the serious hazards it knows were fixed.
      if (serious[h] === 1 && knownOn[h] !== NEVER) s.rechecks++;
      if (tracing && (sampled as Uint8Array)[hazUnit[h] as number] === 1) {
        note(hazUnit[h] as number, { day: fixed, what: 'hazard-fixed', hazard: h });
      }
    }
    s.hazardDaysOpen += closed - onset;
    bump(openDiff, onset - ys, 1);
    bump(openDiff, closed - ys, -1);
    // A serious hazard stops the unit once found (Arts. 40, 42); a general one runs until fixed.
    const exposure = (serious[h] === 1 ? Math.min(f, ye + 1) : closed) - onset;
    s.exposureDays += exposure;
    // An accident when the exposure outlasts the hazard's exponential time to accident.
    if (c.accidentRate > 0 && exposure > (-365 / c.accidentRate) * Math.log(1 - (uAcc[h] as number)))
      s.accidents++;
    if (f !== NEVER) {
      s.found++;
      if (foundBy[h] === BY_SELF) s.foundBySelf++;
      else if (foundBy[h] === BY_INSPECTION) s.foundByInspection++;
      else s.foundBySupervision++;
    }
    if (knownOn[h] !== NEVER) {
      s.known++;
      s.knowDaysSum += (knownOn[h] as number) - onset;
    }
  }
  for (let u = 0; u < n; u++) if (stopped[u] === 0) s.inUseAtEnd++;
  let over = 0;
  let open = 0;
  let m = 0;
  const ends = monthEnds(p);
  for (let d = ys; d <= ye; d++) {
    over += overdueDiff[d - ys] as number;
    open += openDiff[d - ys] as number;
    if (d === ends[m]) {
      s.overdueByMonth.push(over);
      s.openByMonth.push(open);
      m++;
    }
  }
  return s;
}
