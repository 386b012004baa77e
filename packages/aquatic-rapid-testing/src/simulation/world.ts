// The machinery both variants share: the clock, the central laboratory on working-day office
// hours, holds of lots, penalties and follow-up sampling after a failure.
import {
  addDays,
  addWorkingDays,
  type CivilDate,
  civilDate,
  createResource,
  createSimulation,
  isWorkingDay,
  type OpeningHours,
  type RandomStream,
  type Resource,
  type ResourceRequest,
  type Simulation,
  toEpochDay,
  workingDayHours,
} from '@gd-ftz/core';
import type { TestMethod } from '../confirmatory';
import { distanceMinutes, type Point } from '../coverage-planning';
import type { SimConfig } from './config';
import type {
  ConfirmationRecord,
  LotState,
  Population,
  Regime,
  SampleRecord,
  ServiceInterval,
} from './records';

const DAY = 1440;
/** Minute of the day the laboratory signs its reports. */
export const REPORT_MINUTE = 17 * 60;
/** Minute of the day inspectors set out for follow-up sampling. */
export const DISPATCH_MINUTE = 10 * 60;
/** Office hours of the central laboratory on working days (assumption: standard civil-service hours). */
export const LAB_PERIODS = [
  { from: '09:00', to: '12:00' },
  { from: '13:30', to: '17:00' },
] as const;

/** Shared state of one variant's run. */
export class World {
  readonly sim: Simulation;
  readonly lab: Resource;
  readonly labHours: OpeningHours;
  readonly startDate: CivilDate;
  readonly horizon: number;
  readonly samples: SampleRecord[] = [];
  readonly lotState: LotState[];
  readonly services: ServiceInterval[] = [];
  /** Lots already taken by 监督抽查 (scheduled or follow-up): never sampled twice. */
  readonly supervised: Uint8Array;
  /** Called for each follow-up sample at the moment it is taken. */
  followUp: (sample: SampleRecord) => void = () => {};
  /** The method follow-ups use in this variant. */
  followUpMethod: TestMethod = 'laboratory';
  private readonly farmLots: number[][];
  private readonly startDay: number;

  constructor(
    readonly population: Population,
    readonly labLocation: Point,
    readonly config: SimConfig,
    readonly rng: RandomStream,
  ) {
    this.startDate = civilDate(`${population.year}-01-01`);
    this.startDay = toEpochDay(this.startDate);
    this.horizon = (population.year % 4 === 0 ? 366 : 365) * DAY;
    this.sim = createSimulation({ startDate: this.startDate });
    this.labHours = workingDayHours([...LAB_PERIODS], this.sim);
    this.lab = createResource(this.sim, {
      capacity: config.labCapacity,
      hours: this.labHours,
      name: 'lab',
      keepWaits: false,
    });
    this.lotState = population.lots.map(() => ({ holdAt: Number.NaN, releasedAt: Number.NaN }));
    this.supervised = new Uint8Array(population.lots.length);
    this.farmLots = population.farms.map(() => []);
    for (const lot of population.lots) this.farmLots[lot.farm]?.push(lot.index);
  }

  /** Travel minutes from a farm to a point. */
  travelFromFarm(farm: number, to: Point): number {
    return distanceMinutes(
      (this.population.farms[farm] as { location: Point }).location,
      to,
      this.config.speedKmh,
    );
  }

  /** The simulation-day index of a civil date. */
  dayIndex(date: CivilDate): number {
    return toEpochDay(date) - this.startDay;
  }

  /** A new sample record, pending. */
  newSample(
    lot: number,
    regime: Regime,
    method: TestMethod,
    requestedAt: number,
    triggeredBy = -1,
  ): SampleRecord {
    const record: SampleRecord = {
      id: this.samples.length,
      lot,
      farm: (this.population.lots[lot] as { farm: number }).farm,
      regime,
      method,
      requestedAt,
      triggeredBy,
      site: -1,
      takenAt: requestedAt,
      arrivedAt: Number.NaN,
      startedAt: Number.NaN,
      resultAt: Number.NaN,
      positive: null,
      stripMask: 0,
      confirmation: null,
      penaltyAt: Number.NaN,
      status: 'pending',
    };
    this.samples.push(record);
    return record;
  }

  /** Holds a lot at the current time if it has not been sold yet (Art. 36). */
  hold(lot: number): void {
    const state = this.lotState[lot] as LotState;
    const saleAt = (this.population.lots[lot] as { saleAt: number }).saleAt;
    if (this.sim.now < saleAt && Number.isNaN(state.holdAt)) state.holdAt = this.sim.now;
  }

  /** The time the laboratory signs the report of an analysis finished now. */
  reportTime(): number {
    const now = this.sim.now;
    const day = Math.floor(now / DAY);
    const sameDay =
      this.config.labReportWorkingDays === 0 &&
      this.isWorkingDayIndex(day) &&
      now - day * DAY <= REPORT_MINUTE;
    return (sameDay ? day : this.reportDayOf(day)) * DAY + REPORT_MINUTE;
  }

  private readonly reportDays = new Map<number, number>();
  private readonly workingDays = new Map<number, boolean>();

  /** Whether simulation day `day` is a working day (cached calendar look-up). */
  isWorkingDayIndex(day: number): boolean {
    let w = this.workingDays.get(day);
    if (w === undefined) {
      w = isWorkingDay(addDays(this.startDate, day));
      this.workingDays.set(day, w);
    }
    return w;
  }

  /** The report day of an analysis finished on day `day`: n working days later (at least 1). */
  private reportDayOf(day: number): number {
    let r = this.reportDays.get(day);
    if (r === undefined) {
      const n = Math.max(1, this.config.labReportWorkingDays);
      r = this.dayIndex(addWorkingDays(addDays(this.startDate, day), n));
      this.reportDays.set(day, r);
    }
    return r;
  }

  /** Sends a sample (or a confirmation) to the laboratory, arriving after `delay` minutes. */
  toLab(delay: number, onReport: () => void, onStart: (start: number) => void): void {
    this.sim.schedule(delay, () => {
      const [lo, mode, hi] = this.config.labMinutes;
      const minutes = this.rng.triangular(lo, mode, hi);
      this.lab.serve(minutes, (req: ResourceRequest) => {
        onStart(req.start);
        if (this.config.recordServices)
          this.services.push({ resource: 'lab', start: req.start, end: this.sim.now });
        this.sim.scheduleAt(this.reportTime(), onReport);
      });
    });
  }

  /** A laboratory test of a sample taken now at its farm; `onResult` runs once the report is signed. */
  labTest(sample: SampleRecord, onResult: (s: SampleRecord) => void): void {
    sample.takenAt = this.sim.now;
    const travel = this.travelFromFarm(sample.farm, this.labLocation);
    sample.arrivedAt = this.sim.now + travel;
    this.toLab(
      travel,
      () => {
        sample.resultAt = this.sim.now;
        sample.positive = (this.population.lots[sample.lot] as { failMask: number }).failMask !== 0;
        sample.status = 'resulted';
        onResult(sample);
      },
      (start) => {
        sample.startedAt = start;
      },
    );
  }

  /**
   * Sends a rapid positive to confirmation by the laboratory (never a rapid method), `delay`
   * minutes of transport away; `onResult` runs on the signed report.
   */
  confirm(
    sample: SampleRecord,
    record: Omit<ConfirmationRecord, 'arrivedAt' | 'startedAt' | 'resultAt' | 'positive'>,
    delay: number,
    onResult: (s: SampleRecord) => void,
  ): void {
    const confirmation: ConfirmationRecord = {
      ...record,
      arrivedAt: record.requestedAt + delay,
      startedAt: Number.NaN,
      resultAt: Number.NaN,
      positive: null,
    };
    sample.confirmation = confirmation;
    sample.status = 'pending';
    this.sim.scheduleAt(record.requestedAt, () => {
      this.toLab(
        delay,
        () => {
          confirmation.resultAt = this.sim.now;
          confirmation.positive = (this.population.lots[sample.lot] as { failMask: number }).failMask !== 0;
          sample.status = 'resulted';
          onResult(sample);
        },
        (start) => {
          confirmation.startedAt = start;
        },
      );
    });
  }

  /**
   * Schedules 监督抽查 of the farm's next `followUpLots` unsupervised lots: inspectors set out at
   * 10:00 on the first working day after the failure and sample each lot no earlier than a day
   * before its harvest.
   */
  scheduleFollowUps(trigger: SampleRecord): void {
    const now = this.sim.now;
    let day = Math.floor(now / DAY) + 1;
    while (!this.isWorkingDayIndex(day)) day++;
    const dispatch = day * DAY + DISPATCH_MINUTE;
    let left = this.config.followUpLots;
    for (const li of this.farmLots[trigger.farm] ?? []) {
      if (left === 0) break;
      const lot = this.population.lots[li] as { harvestAt: number };
      if (lot.harvestAt <= dispatch || this.supervised[li]) continue;
      const takenAt = Math.max(dispatch, lot.harvestAt - DAY);
      if (takenAt >= this.horizon) break;
      this.supervised[li] = 1;
      left--;
      this.sim.scheduleAt(takenAt, () =>
        this.followUp(this.newSample(li, 'follow-up', this.followUpMethod, takenAt, trigger.id)),
      );
    }
  }

  /** Laboratory utilization over its opening minutes. */
  labUtilization(): number {
    const open = this.labHours.openMinutesBetween(0, this.horizon);
    return open > 0 ? (this.lab.utilization() * this.horizon) / open : 0;
  }
}
