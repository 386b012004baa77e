// One simulated year of the whole population under one variant. Everything random was drawn with
// the population; here each variant only decides, from the same draws, what its process makes of
// them: late inspection requests (and, in the reform, reminders and online orders), registrations,
// self-checks that find hazards, periodic inspections, on-site checks (random or risk-targeted),
// fixes and re-checks. The events run on a scheduler (heap or day scan): same events, same result.
import { MEAN_RISK_WEIGHT, POPULATION_ASSUMPTIONS } from './assumptions';
import { addMonthsEpoch, addYearsEpoch } from './dates';
import { KIND_VESSEL, type Population } from './population';
import { EV, type EventType, type Prefetch, type Scheduler } from './schedulers';
import type { Scratch } from './scratch';
import { checksToFind, NEVER, selfCheckDay } from './self-checks';
import {
  BY_INSPECTION,
  BY_SELF,
  BY_SUPERVISION,
  FOUND_BY_SHIFT,
  GRADE_MASK,
  H_BITS,
  H_FOUND_ON,
  H_KNOWN_ON,
  H_ONSET,
  HAS_HAZARDS,
  HAZARD_STRIDE,
  hazardRecords,
  INSPECTION_FINDS,
  LATE,
  SERIOUS,
  STOPPED,
  SUPERVISION_FINDS,
  U_DRAW,
  U_DUE,
  U_INSPECT_ON,
  U_STATE,
  UNIT_STRIDE,
  unitRecords,
  YEARS_SHIFT,
} from './year-records';
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
 * called for units flagged in `sampled` (by storage slot) only, with unit and hazard numbers. The working records come from `scratch` when given.
 * @example
 * const stats = runYear(pop, baselineConfig, heapScheduler());
 */
export function runYear(
  p: Population,
  c: YearConfig,
  scheduler: Scheduler,
  sampled?: Uint8Array,
  onHappening?: (unit: number, h: UnitHappening) => void,
  scratch?: Scratch,
): YearStats {
  const { yearStart: ys, yearEnd: ye } = p;
  const n = p.units;
  // Locals, not property reads, in the hot loop.
  const { kind, risk, isNew, commissioned, regDeadline, cycle, gas, uLate, uDelay, uOnTime, uVisit } = p;
  const { visitDay, uGrade, uCycle, uRegLate, uRegDelay, uRegOnTime, hazStart, hazUnit } = p;
  const { onset: onsetOf, serious, fixDays, uPhase, uSelf, uInsp, uSup, uAcc } = p;
  // The config's fields as locals: the hot loops and handlers then never read the config object,
  // whose hidden class may differ between calls (a field holding an integer in one scenario and a
  // fraction in another), which deoptimised them and left them unoptimised while V8 recompiled.
  const reform = c.reform;
  const inspectionDetect = c.inspectionDetect;
  const supervisionDetect = c.supervisionDetect;
  const selfCheckDetect = c.selfCheckDetect;
  const accidentRate = c.accidentRate;
  const cadence = { weeklyFrom: c.weeklyFrom, monthlyDays: c.monthlyDays, weeklyDays: c.weeklyDays };
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
  // Per-variant state, one record per unit and per hazard (year-records.ts).
  const { i32: unit, f32: unitF } = unitRecords(n, scratch);
  const haz = hazardRecords(p.hazards, scratch);
  const overdueDiff = new Int32Array(ye - ys + 2);
  const tracing = sampled !== undefined && onHappening !== undefined;
  // Called behind `tracing && sampled[u] === 1`, so no record is built for other units. Tells
  // the unit and hazard by number, not by storage slot (population.ts).
  const note = (u: number, h: UnitHappening): void => {
    const hazard = h.hazard;
    onHappening?.(
      p.id[u] as number,
      hazard === undefined ? h : { ...h, hazard: p.hazardId[hazard] as number },
    );
  };
  const at = (day: number, type: EventType, entity: number) => {
    if (day >= ys && day <= ye) scheduler.schedule(day, type, entity);
  };

  const find = (h: number, day: number, by: number) => {
    const r = h * HAZARD_STRIDE;
    const bits = haz[r + H_BITS] as number;
    haz[r + H_FOUND_ON] = day;
    haz[r + H_BITS] = bits | (by << FOUND_BY_SHIFT);
    // The reform shares every finding at once (online report, ledger); before it the regulator
    // learns of on-site findings and of serious hazards an inspector must report (Art. 53).
    if (reform || by === BY_SUPERVISION || (by === BY_INSPECTION && (bits & SERIOUS) !== 0))
      haz[r + H_KNOWN_ON] = day;
    if (tracing && (sampled as Uint8Array)[hazUnit[h] as number] === 1)
      note(hazUnit[h] as number, {
        day,
        what: 'hazard-found',
        hazard: h,
        by: by === BY_SELF ? 'self-check' : by === BY_INSPECTION ? 'inspection' : 'supervision',
      });
  };

  // Initial events, and each unit's record: what this variant's draws decide, in storage order.
  // What is the same for many units is worked out once: the chance of a visit per risk class, the
  // cycle per kind and gas class, and the request day of a due day (units come in due-date order,
  // so consecutive units mostly share it).
  const lateMeanDays = c.lateMeanDays;
  const orderDays = c.orderDays;
  const visitPByRisk = riskW.map((w) =>
    reform ? Math.min(1, (c.supervisionShare * w) / MEAN_RISK_WEIGHT) : c.supervisionShare,
  );
  const afterYears = p.cycles.after;
  const vesselYears = afterYears[KIND_VESSEL]?.[0] ?? 6;
  let lastDue = NEVER;
  let requestDay = NEVER;
  // Requests are queued as runs of units sharing a request day (units come in due-date order, so
  // the units of a request day are neighbours): the run being gathered is runFrom .. u - 1.
  let runDay = NEVER;
  let runFrom = 0;
  for (let u = 0; u < n; u++) {
    if (isNew[u] === 1) {
      s.newUnits++;
      const cday = commissioned[u] as number;
      const deadline = regDeadline[u] as number;
      let reg: number;
      if ((uRegLate[u] as number) < regLateP) {
        s.lateRegistrations++;
        reg = deadline + 1 + Math.floor(-lateMeanDays * Math.log(1 - (uRegDelay[u] as number)));
      } else {
        reg = cday + Math.floor((uRegOnTime[u] as number) * (deadline - cday + 1));
      }
      at(reg, EV.register, u);
    }
    const due = p.due[u] as number;
    if (due !== lastDue) {
      lastDue = due;
      requestDay = addMonthsEpoch(due, -1);
    }
    const requested = requestDay >= ys && requestDay <= ye;
    if (!requested || requestDay !== runDay) {
      if (runDay !== NEVER) scheduler.scheduleRange(runDay, EV.request, runFrom, u);
      runDay = requested ? requestDay : NEVER;
      runFrom = u;
    }
    const visit =
      (uVisit[u] as number) < (visitPByRisk[risk[u] as number] as number) ? (visitDay[u] as number) : NEVER;
    const visited = visit >= ys && visit <= ye;
    // Only a request or a visit reads a unit's record (a registration does not), and the rest of a
    // unit's events follow its request: a unit with neither this year (its due after the year's
    // last request day, about a third of them) gets no record.
    if (!requested && !visited) continue;
    const r = u * UNIT_STRIDE;
    unit[r + U_DUE] = due;
    unit[r + U_INSPECT_ON] = NEVER;
    let state = 0;
    if ((uLate[u] as number) < lateP) {
      state |= LATE;
      const delay = 1 + Math.floor(-lateMeanDays * Math.log(1 - (uDelay[u] as number)));
      // The reform's online order caps the delay.
      unit[r + U_DRAW] = reform ? Math.min(delay, orderDays) : delay;
    } else unitF[r + U_DRAW] = uOnTime[u] as number;
    let years = cycle[u] as number;
    if (kind[u] === KIND_VESSEL) {
      const g = uGrade[u] as number;
      let grade = 1;
      while (grade < 5 && g >= (gradeCum[grade - 1] as number)) grade++;
      state |= grade;
      if (grade === 3) years = 3 + Math.floor((uCycle[u] as number) * 4);
      else if (grade === 4) years = 1 + Math.floor((uCycle[u] as number) * 3);
      else if (grade !== 5) years = vesselYears;
    } else {
      years = afterYears[kind[u] as number]?.[gas[u] as number] ?? years;
    }
    if ((hazStart[u + 1] as number) > (hazStart[u] as number)) state |= HAS_HAZARDS;
    unit[r + U_STATE] = state | (years << YEARS_SHIFT);
    if (visited) scheduler.schedule(visit, EV.visit, u);
  }
  if (runDay !== NEVER) scheduler.scheduleRange(runDay, EV.request, runFrom, n);
  // A hazard needs no event of its own until a self-check finds it: the day is known from its onset.
  const logMiss = Math.log(1 - selfCheckDetect);
  for (let h = 0; h < p.hazards; h++) {
    const r = h * HAZARD_STRIDE;
    const onset = onsetOf[h] as number;
    haz[r + H_ONSET] = onset;
    haz[r + H_FOUND_ON] = NEVER;
    haz[r + H_KNOWN_ON] = NEVER;
    haz[r + H_BITS] =
      ((uInsp[h] as number) < inspectionDetect ? INSPECTION_FINDS : 0) |
      ((uSup[h] as number) < supervisionDetect ? SUPERVISION_FINDS : 0) |
      (serious[h] === 1 ? SERIOUS : 0);
    const k = checksToFind(uSelf[h] as number, selfCheckDetect, logMiss);
    if (k !== NEVER) at(selfCheckDay(onset, uPhase[h] as number, k, cadence), EV.selfFound, h);
  }

  /** Finds, on `day`, the open hazards of unit `u` (state `state`) that `finds` finds. */
  const search = (u: number, state: number, day: number, finds: number, by: number): boolean => {
    if ((state & HAS_HAZARDS) === 0) return false;
    let hit = false;
    const to = hazStart[u + 1] as number;
    for (let h = hazStart[u] as number; h < to; h++) {
      const q = h * HAZARD_STRIDE;
      if (
        haz[q + H_FOUND_ON] === NEVER &&
        (haz[q + H_ONSET] as number) < day &&
        ((haz[q + H_BITS] as number) & finds) !== 0
      ) {
        find(h, day, by);
        hit = true;
      }
    }
    return hit;
  };

  // The cache lines a batch of events will read, fetched in one tight loop (see Prefetch). A
  // 16-byte record lies in one cache line (typed-array buffers are at least 16-byte aligned); for a
  // unit with hazards, its `hazStart` entry and first hazard record follow.
  let sink = 0;
  const prefetch: Prefetch = (type, entities, from, to) => {
    let x = 0;
    if (type === EV.selfFound) {
      for (let i = from; i < to; i++) x ^= haz[(entities[i] as number) * HAZARD_STRIDE] as number;
    } else if (type === EV.register) {
      for (let i = from; i < to; i++) x ^= commissioned[entities[i] as number] as number;
    } else if (type === EV.request) {
      for (let i = from; i < to; i++) x ^= unit[(entities[i] as number) * UNIT_STRIDE] as number;
    } else {
      for (let i = from; i < to; i++) {
        const u = entities[i] as number;
        const state = unit[u * UNIT_STRIDE + U_STATE] as number;
        x ^= (state & HAS_HAZARDS) === 0 ? state : (haz[(hazStart[u] as number) * HAZARD_STRIDE] as number);
      }
    }
    sink ^= x;
  };

  let stopped = 0;
  // A day's inspections share the next due (and its request day) of each cycle length: worked out
  // once per day and cycle, not per inspection (0: not yet; no due falls on epoch day 0). Cycles
  // come from a byte (the population's) or the interval tables.
  const yearsLimit = Math.max(255, vesselYears, ...afterYears.flat()) + 1;
  const memoNext = new Int32Array(yearsLimit);
  const memoRequest = new Int32Array(yearsLimit);
  let memoDay = -1;
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
        const r = e * UNIT_STRIDE;
        const state = unit[r + U_STATE] as number;
        if ((state & STOPPED) !== 0) return;
        const d = unit[r + U_DUE] as number;
        let x: number;
        if ((state & LATE) !== 0) {
          const delay = unit[r + U_DRAW] as number;
          if (reform) {
            // The ledger shows the unit overdue the day after its due date: an online order follows.
            s.orders++;
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
          x = day + Math.floor((unitF[r + U_DRAW] as number) * (d - day + 1));
          if (tracing && (sampled as Uint8Array)[e] === 1) note(e, { day, what: 'requested' });
        }
        unit[r + U_INSPECT_ON] = x;
        at(x, EV.inspect, e);
        return;
      }
      case EV.inspect: {
        s.inspections++;
        const r = e * UNIT_STRIDE;
        const state = unit[r + U_STATE] as number;
        search(e, state, day, INSPECTION_FINDS, BY_INSPECTION);
        const grade = state & GRADE_MASK;
        const years = state >>> YEARS_SHIFT;
        if (grade === 5 && (state & STOPPED) === 0) {
          unit[r + U_STATE] = state | STOPPED;
          stopped++;
        }
        if (tracing && (sampled as Uint8Array)[e] === 1)
          note(e, { day, what: 'inspected', grade, cycle: years, late: day > (unit[r + U_DUE] as number) });
        if (grade === 5) return;
        if (day !== memoDay) {
          memoDay = day;
          memoNext.fill(0);
        }
        let next = memoNext[years] as number;
        if (next === 0) {
          next = addYearsEpoch(day, years);
          memoNext[years] = next;
          memoRequest[years] = addMonthsEpoch(next, -1);
        }
        unit[r + U_DUE] = next;
        unit[r + U_INSPECT_ON] = NEVER;
        at(memoRequest[years] as number, EV.request, e);
        return;
      }
      case EV.visit: {
        s.visits++;
        const r = e * UNIT_STRIDE;
        const state = unit[r + U_STATE] as number;
        let hit = false;
        // Art. 84: in use after its validity ended and not yet inspected: a fine.
        const fined =
          (state & STOPPED) === 0 &&
          day > (unit[r + U_DUE] as number) &&
          (unit[r + U_INSPECT_ON] as number) > day;
        if (fined) {
          s.fines++;
          hit = true;
        }
        if (search(e, state, day, SUPERVISION_FINDS, BY_SUPERVISION)) hit = true;
        if (hit) s.visitHits++;
        if (tracing && (sampled as Uint8Array)[e] === 1) note(e, { day, what: 'visited', fined });
        return;
      }
      case EV.selfFound: {
        if (haz[e * HAZARD_STRIDE + H_FOUND_ON] === NEVER) find(e, day, BY_SELF);
        return;
      }
    }
  }, prefetch);
  if (sink === 1.5) throw new Error('unreachable: keeps the prefetch reads');

  // Year end: hazard-days, exposure, who knew, from the closed records.
  const openDiff = new Int32Array(ye - ys + 2);
  for (let h = 0; h < p.hazards; h++) {
    const r = h * HAZARD_STRIDE;
    const onset = onsetOf[h] as number;
    const f = haz[r + H_FOUND_ON] as number;
    const knownOn = haz[r + H_KNOWN_ON] as number;
    const bits = haz[r + H_BITS] as number;
    const isSerious = (bits & SERIOUS) !== 0;
    const fixed = f === NEVER ? NEVER : f + (fixDays[h] as number);
    const closed = Math.min(fixed, ye + 1);
    if (fixed <= ye) {
      // Order 57 Art. 29: the regulator re-checks the serious hazards it knows were fixed.
      if (isSerious && knownOn !== NEVER) s.rechecks++;
      if (tracing && (sampled as Uint8Array)[hazUnit[h] as number] === 1) {
        note(hazUnit[h] as number, { day: fixed, what: 'hazard-fixed', hazard: h });
      }
    }
    s.hazardDaysOpen += closed - onset;
    bump(openDiff, onset - ys, 1);
    bump(openDiff, closed - ys, -1);
    // A serious hazard stops the unit once found (Arts. 40, 42); a general one runs until fixed.
    const exposure = (isSerious ? Math.min(f, ye + 1) : closed) - onset;
    s.exposureDays += exposure;
    // An accident when the exposure outlasts the hazard's exponential time to accident.
    if (accidentRate > 0 && exposure > (-365 / accidentRate) * Math.log(1 - (uAcc[h] as number)))
      s.accidents++;
    if (f !== NEVER) {
      s.found++;
      const by = bits >> FOUND_BY_SHIFT;
      if (by === BY_SELF) s.foundBySelf++;
      else if (by === BY_INSPECTION) s.foundByInspection++;
      else s.foundBySupervision++;
    }
    if (knownOn !== NEVER) {
      s.known++;
      s.knowDaysSum += knownOn - onset;
    }
  }
  // Counted as units stop, not by reading every record again.
  s.inUseAtEnd = n - stopped;
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
