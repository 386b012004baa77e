// The reform: planned rapid-test points running 7×24, scheduled risk-based 监督抽查 tested on
// strips, farmers' urgent requests served first by a technician sent from the nearest point, and
// every rapid positive confirmed by the laboratory (never a rapid method) before any penalty.
import {
  addWorkingDays,
  alwaysOpen,
  createResource,
  integerAt,
  type RandomStream,
  type Resource,
  type ResourceRequest,
} from '@gd-ftz/core';
import { ANALYTE_IDS } from '../analytes';
import { distanceMinutes, type Point } from '../coverage-planning';
import { RAPID_OBJECTION_HOURS, RETEST_REPORT_WORKING_DAYS } from '../law';
import { panelDuration } from '../rapid-test';
import { type SimConfig, validateSimConfig } from './config';
import { finishRun } from './finish';
import type { Population, SampleRecord, VariantRun } from './records';
import { validatePopulation } from './validate';
import { World } from './world';

/** Priority of urgent requests (served first) and of routine samples at a test point. */
const URGENT = 0;
const ROUTINE = 1;

/** What the reform needs: the population, the laboratory and the planned test points. */
export interface ReformInput {
  readonly population: Population;
  readonly lab: Point;
  readonly testPoints: readonly Point[];
}

/**
 * Runs the reform over the population's year.
 * @example
 * const run = runReform({ population, lab, testPoints: plan.sites }, DEFAULT_SIM_CONFIG, RandomStream.fromSeed(1).substream('reform'));
 * run.samples.filter((s) => s.regime === 'urgent' && s.resultAt - s.requestedAt <= 60).length;
 */
export function runReform(input: ReformInput, config: SimConfig, rng: RandomStream): VariantRun {
  validatePopulation(input?.population, input?.lab, input?.testPoints);
  validateSimConfig(config);
  const { population, testPoints } = input;
  const world = new World(population, input.lab, config, rng);
  const sim = world.sim;
  const points: Resource[] = testPoints.map((_, i) =>
    createResource(sim, {
      capacity: config.testPointCapacity,
      discipline: 'priority',
      hours: alwaysOpen(),
      name: `tp${i}`,
      keepWaits: false,
    }),
  );
  // Each farm is served by its nearest test point (ties: the lower index).
  const nearest = new Int32Array(population.farms.length);
  const travel = new Float64Array(population.farms.length);
  population.farms.forEach((farm, f) => {
    let best = 0;
    let bestMinutes = Number.POSITIVE_INFINITY;
    testPoints.forEach((p, i) => {
      const m = distanceMinutes(farm.location, p, config.speedKmh);
      if (m < bestMinutes) {
        best = i;
        bestMinutes = m;
      }
    });
    nearest[f] = best;
    travel[f] = bestMinutes;
  });
  const toLab = testPoints.map((p) => distanceMinutes(p, input.lab, config.speedKmh));
  const panel = panelDuration(config.rapidTests, config.prepMinutes);
  const sensitivity = ANALYTE_IDS.map((id) => config.rapidTests[id].sensitivity);
  const specificity = ANALYTE_IDS.map((id) => config.rapidTests[id].specificity);
  const record = (resource: string, start: number) => {
    if (config.recordServices) world.services.push({ resource, start, end: sim.now });
  };

  const onConfirmed = (s: SampleRecord) => {
    const c = s.confirmation;
    if (!c) return;
    if (c.positive) {
      if (s.regime !== 'urgent') {
        s.penaltyAt = sim.now;
        world.scheduleFollowUps(s);
      }
    } else {
      const state = world.lotState[s.lot];
      if (state && !Number.isNaN(state.holdAt)) state.releasedAt = sim.now;
    }
  };

  const rapidResult = (s: SampleRecord) => {
    const failMask = (population.lots[s.lot] as { failMask: number }).failMask;
    let mask = 0;
    for (let a = 0; a < ANALYTE_IDS.length; a++) {
      const u = rng.real();
      const positive = failMask & (1 << a) ? u < (sensitivity[a] as number) : u >= (specificity[a] as number);
      if (positive) mask |= 1 << a;
    }
    s.resultAt = sim.now;
    s.stripMask = mask;
    s.positive = mask !== 0;
    s.status = 'resulted';
    if (!s.positive) return;
    world.hold(s.lot);
    const date = world.sim.dateAt(sim.now);
    const windowMinutes = integerAt(RAPID_OBJECTION_HOURS, date) * 60;
    const objected = s.regime !== 'urgent' && rng.bernoulli(config.objectionProbability);
    const objectedAt = objected ? sim.now + rng.uniform(0, windowMinutes) : Number.NaN;
    const requestedAt = objected ? objectedAt : sim.now;
    // The report period runs from the re-test laboratory's receipt of the sample (Art. 51), which
    // is when the sample, sent at the objection, arrives there (`confirm` schedules the same arrival).
    const delay = toLab[s.site] as number;
    const receivedOn = world.sim.dateAt(requestedAt + delay);
    const reportDue = objected
      ? addWorkingDays(receivedOn, integerAt(RETEST_REPORT_WORKING_DAYS, receivedOn))
      : null;
    world.confirm(
      s,
      {
        method: 'laboratory',
        objected,
        objectedAt,
        objectionDeadline: sim.now + windowMinutes,
        requestedAt,
        reportDue,
      },
      delay,
      onConfirmed,
    );
  };

  // Routine samples: the inspector takes the sample and carries it to the nearest test point.
  const routine = (s: SampleRecord) => {
    s.site = nearest[s.farm] as number;
    s.takenAt = sim.now;
    sim.schedule(travel[s.farm] as number, () => {
      s.arrivedAt = sim.now;
      (points[s.site] as Resource).serve(
        panel,
        (req: ResourceRequest) => {
          s.startedAt = req.start;
          record(`tp${s.site}`, req.start);
          rapidResult(s);
        },
        ROUTINE,
      );
    });
  };

  // Urgent requests: a technician leaves the nearest point at once (first in line), tests on the
  // farm, and comes back.
  const urgent = (s: SampleRecord) => {
    s.site = nearest[s.farm] as number;
    const point = points[s.site] as Resource;
    const trip = travel[s.farm] as number;
    point.request((req: ResourceRequest) => {
      const granted = sim.now;
      s.startedAt = granted;
      s.takenAt = granted + trip;
      s.arrivedAt = granted + trip;
      sim.schedule(trip + panel, () => rapidResult(s));
      sim.schedule(2 * trip + panel, () => {
        point.release(req);
        record(`tp${s.site}`, granted);
      });
    }, URGENT);
  };

  const onLabResult = (s: SampleRecord) => {
    if (!s.positive) return;
    world.hold(s.lot);
    world.scheduleFollowUps(s);
  };
  world.followUpMethod = 'rapid';
  world.followUp = routine;
  for (const lot of population.lots) if (lot.scheduledAt >= 0) world.supervised[lot.index] = 1;
  for (const lot of population.lots) {
    if (lot.monitoringAt >= 0) {
      sim.scheduleAt(lot.monitoringAt, () =>
        world.labTest(world.newSample(lot.index, 'monitoring', 'laboratory', lot.monitoringAt), onLabResult),
      );
    }
    if (lot.scheduledAt >= 0) {
      sim.scheduleAt(lot.scheduledAt, () =>
        routine(world.newSample(lot.index, 'supervision', 'rapid', lot.scheduledAt)),
      );
    }
    if (lot.urgentAt >= 0) {
      sim.scheduleAt(lot.urgentAt, () => urgent(world.newSample(lot.index, 'urgent', 'rapid', lot.urgentAt)));
    }
  }
  sim.run({ until: world.horizon });
  const rapidUtilization =
    points.length > 0 ? points.reduce((sum, p) => sum + p.utilization(), 0) / points.length : 0;
  const capacities: Record<string, number> = {};
  points.forEach((p) => {
    capacities[p.name] = p.capacity;
  });
  return finishRun(world, 'reform', testPoints, rapidUtilization, capacities);
}
