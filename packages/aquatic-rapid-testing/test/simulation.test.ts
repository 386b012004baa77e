import { addDays, addWorkingDays, defaultParams, RandomStream, ValidationError } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paramsArb } from '../src/arbitraries';
import {
  buildScenario,
  DEFAULT_SIM_CONFIG,
  type Lot,
  type Population,
  runBaseline,
  runReform,
  type SimConfig,
  traceOfSample,
  type VariantRun,
} from '../src/internal';
import { PARAMS } from '../src/params';

const DAY = 1440;
// 2025: 1 May is day 120 (31 + 28 + 31 + 30), so Fri 30 May is day 149, Tue 3 June day 153.
const FRI_0530_1900 = 149 * DAY + 19 * 60; // 215 700
const WED_0604_0600 = 154 * DAY + 6 * 60; // 222 120

function oneLot(overrides: Partial<Lot> = {}): Population {
  const lot: Lot = {
    index: 0,
    farm: 0,
    harvestAt: WED_0604_0600,
    saleAt: WED_0604_0600,
    volumeKg: 2000,
    residues: [2, 0, 0, 0],
    failMask: 1,
    monitoringAt: -1,
    scheduledAt: -1,
    urgentAt: FRI_0530_1900,
    ...overrides,
  };
  return {
    year: 2025,
    farms: [
      {
        id: 'F1',
        location: { x: 0, y: 0 },
        species: 'largemouthBass',
        cyclesPerYear: 1,
        lotKg: 2000,
        riskFactor: 1,
      },
    ],
    lots: [lot],
  };
}
const fixed: SimConfig = { ...DEFAULT_SIM_CONFIG, labMinutes: [90, 90, 90], labReportWorkingDays: 2 };

describe('hand-checked: an urgent sample on the Friday evening before 端午节 2025', () => {
  it('baseline: the lab waits for Tue 3 June 09:00 and reports Thu 5 June 17:00, after the sale', () => {
    const run = runBaseline({ population: oneLot(), lab: { x: 0, y: 0 } }, fixed, RandomStream.fromSeed(1));
    const s = run.samples[0];
    // Sat 31 May – Mon 2 June are days off (端午节): first opening Tue 3 June 09:00 = 153 × 1440 + 540.
    expect(s?.startedAt).toBe(153 * DAY + 9 * 60); // 220 860
    // 90 min of analysis, then the report 2 working days later: Thu 5 June 17:00 = 155 × 1440 + 1020.
    expect(s?.resultAt).toBe(155 * DAY + 17 * 60); // 224 220
    expect(s?.positive).toBe(true);
    expect(Number.isNaN(run.lots[0]?.holdAt)).toBe(true); // sold Wed 4 June 06:00, before the result
    const trace = traceOfSample(run, oneLot(), s as never);
    expect(trace.steps.find((x) => x.id === 'testing.laboratory')?.at).toBe('2025-06-03T09:00');
  });

  it('reform: a technician from a test point on the farm tests at once: 0 km + 10 + 20 min strips = 19:30 Friday', () => {
    const perfect = {
      ...fixed,
      rapidTests: {
        ...fixed.rapidTests,
        malachiteGreen: { ...fixed.rapidTests.malachiteGreen, sensitivity: 1 },
      },
    };
    const run = runReform(
      { population: oneLot(), lab: { x: 0, y: 0 }, testPoints: [{ x: 0, y: 0 }] },
      perfect,
      RandomStream.fromSeed(1),
    );
    const s = run.samples[0];
    expect(s?.resultAt).toBe(FRI_0530_1900 + 30);
    expect(s?.positive).toBe(true);
    expect(run.lots[0]?.holdAt).toBe(FRI_0530_1900 + 30); // held before the sale
    // Confirmation by the laboratory (never rapid): it opens Tue 3 June, reports Thu 5 June 17:00.
    expect(s?.confirmation?.method).toBe('laboratory');
    expect(s?.confirmation?.resultAt).toBe(155 * DAY + 17 * 60);
  });

  it('reform: 20 km away at 40 km/h, the result comes 30 + 30 = 60 min after the call', () => {
    const pop = { ...oneLot(), farms: [{ ...oneLot().farms[0], location: { x: 20, y: 0 } }] } as Population;
    const run = runReform(
      { population: pop, lab: { x: 0, y: 0 }, testPoints: [{ x: 0, y: 0 }] },
      fixed,
      RandomStream.fromSeed(1),
    );
    expect((run.samples[0]?.resultAt ?? 0) - FRI_0530_1900).toBe(60);
  });
});

function capacityRespected(run: VariantRun): boolean {
  const byResource = new Map<string, [number, number][]>();
  for (const s of run.services) {
    const list = byResource.get(s.resource) ?? [];
    list.push([s.start, 1], [s.end, -1]);
    byResource.set(s.resource, list);
  }
  for (const [resource, events] of byResource) {
    events.sort((a, b) => a[0] - b[0] || a[1] - b[1]); // a release before a start at the same instant
    let busy = 0;
    for (const [, d] of events) {
      busy += d;
      if (busy > (run.capacities[resource] ?? 0)) return false;
    }
  }
  return true;
}

const smallParams = paramsArb.map((p) => ({ ...p, farms: Math.min(p.farms, 40) }));
const runsOf = (p: Parameters<typeof buildScenario>[0], seed: number) => {
  const sc = buildScenario(p, seed);
  const config = { ...sc.config, recordServices: true };
  return {
    sc,
    baseline: runBaseline(
      { population: sc.population, lab: sc.lab },
      config,
      RandomStream.fromSeed(seed).substream('baseline'),
    ),
    reform: runReform(
      { population: sc.population, lab: sc.lab, testPoints: sc.testPoints },
      config,
      RandomStream.fromSeed(seed).substream('reform'),
    ),
  };
};

describe('properties of the simulation', () => {
  it('no result before its sample is taken; every sample ends resulted or explicitly pending; capacity never exceeded', () => {
    fc.assert(
      fc.property(smallParams, fc.integer({ min: 0, max: 1e6 }), (p, seed) => {
        const { baseline, reform } = runsOf(p, seed);
        for (const run of [baseline, reform]) {
          for (const s of run.samples) {
            if (s.takenAt < s.requestedAt) return false;
            if (s.status === 'resulted' && !(s.resultAt >= s.takenAt && s.resultAt <= run.horizon))
              return false;
            if (
              s.status === 'pending' &&
              !(Number.isNaN(s.resultAt) || Number.isNaN(s.confirmation?.resultAt ?? 0))
            )
              return false;
          }
          if (!capacityRespected(run)) return false;
        }
        return true;
      }),
      { numRuns: 8 },
    );
  });

  it('a rapid positive is always followed by a laboratory (non-rapid) confirmation before any penalty', () => {
    fc.assert(
      fc.property(smallParams, fc.integer({ min: 0, max: 1e6 }), (p, seed) => {
        const { reform } = runsOf({ ...p, prevalenceScale: Math.max(1, p.prevalenceScale) }, seed);
        for (const s of reform.samples) {
          if (s.method === 'rapid' && s.positive) {
            const c = s.confirmation;
            if (c === null) return false;
            if (c.method !== 'laboratory' || c.requestedAt < s.resultAt) return false;
            if (!Number.isNaN(s.penaltyAt) && !(c.positive === true && c.resultAt <= s.penaltyAt))
              return false;
            // 4 hours (240 min) after the rapid result (第五十一条). Times are float minutes, so
            // (t + 240) − t can miss 240 by an ulp (FC_SEED=26575759 found 240.00000000003).
            if (
              c.objected &&
              !(
                c.objectedAt <= c.objectionDeadline && Math.abs(c.objectionDeadline - s.resultAt - 240) < 1e-6
              )
            )
              return false;
          }
          if (s.method === 'rapid' && !Number.isNaN(s.penaltyAt) && !s.confirmation) return false;
        }
        return true;
      }),
      { numRuns: 8 },
    );
  });

  it('the baseline never supervises without a failed result first, and never tests rapidly', () => {
    fc.assert(
      fc.property(smallParams, fc.integer({ min: 0, max: 1e6 }), (p, seed) => {
        const { baseline } = runsOf(p, seed);
        return baseline.samples.every(
          (s) =>
            s.method === 'laboratory' &&
            s.regime !== 'supervision' &&
            (s.regime !== 'follow-up' || baseline.samples[s.triggeredBy]?.positive === true),
        );
      }),
      { numRuns: 6 },
    );
  });

  it('determinism: the same seed gives the same records', () => {
    fc.assert(
      fc.property(smallParams, fc.integer({ min: 0, max: 1e6 }), (p, seed) => {
        const first = JSON.stringify(runsOf(p, seed).reform.samples);
        const second = JSON.stringify(runsOf(p, seed).reform.samples);
        return first === second;
      }),
      { numRuns: 4 },
    );
  });
});

describe('bad input to the simulation', () => {
  it('negative capacities name the field', () => {
    for (const field of ['labCapacity', 'testPointCapacity'] as const) {
      const config = { ...DEFAULT_SIM_CONFIG, [field]: -1 };
      try {
        runReform(
          { population: oneLot(), lab: { x: 0, y: 0 }, testPoints: [{ x: 0, y: 0 }] },
          config,
          RandomStream.fromSeed(1),
        );
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(ValidationError);
        expect((e as ValidationError).paths).toEqual([field]);
      }
      expect(config[field]).toBe(-1);
    }
  });

  it('probabilities outside [0, 1] name the field', () => {
    const config = { ...DEFAULT_SIM_CONFIG, objectionProbability: 1.1 };
    expect(() =>
      runBaseline({ population: oneLot(), lab: { x: 0, y: 0 } }, config, RandomStream.fromSeed(1)),
    ).toThrow(ValidationError);
    const strips = {
      ...DEFAULT_SIM_CONFIG,
      rapidTests: {
        ...DEFAULT_SIM_CONFIG.rapidTests,
        enrofloxacin: { ...DEFAULT_SIM_CONFIG.rapidTests.enrofloxacin, sensitivity: -0.1 },
      },
    };
    try {
      runBaseline({ population: oneLot(), lab: { x: 0, y: 0 } }, strips, RandomStream.fromSeed(1));
      expect.unreachable();
    } catch (e) {
      expect((e as ValidationError).paths).toEqual(['rapidTests.enrofloxacin.sensitivity']);
    }
  });

  it('a farm with no location, a lot of an unknown farm, no test points', () => {
    const pop = oneLot();
    const noLocation = { ...pop, farms: [{ ...pop.farms[0], location: undefined }] } as unknown as Population;
    try {
      runBaseline(
        { population: noLocation, lab: { x: 0, y: 0 } },
        DEFAULT_SIM_CONFIG,
        RandomStream.fromSeed(1),
      );
      expect.unreachable();
    } catch (e) {
      expect((e as ValidationError).paths).toEqual(['population.farms.0.location']);
    }
    const orphan = { ...pop, lots: [{ ...pop.lots[0], farm: 3 }] } as Population;
    expect(() =>
      runBaseline({ population: orphan, lab: { x: 0, y: 0 } }, DEFAULT_SIM_CONFIG, RandomStream.fromSeed(1)),
    ).toThrow(ValidationError);
    try {
      runReform(
        { population: pop, lab: { x: 0, y: 0 }, testPoints: [] },
        DEFAULT_SIM_CONFIG,
        RandomStream.fromSeed(1),
      );
      expect.unreachable();
    } catch (e) {
      expect((e as ValidationError).paths).toEqual(['testPoints']);
    }
    expect(pop.lots[0]?.farm).toBe(0);
  });
});

describe('Art. 51: the re-test report is due 7 working days after the sample reaches the laboratory', () => {
  it('every objected confirmation of a run is dated from its arrival, not from the objection', () => {
    const { reform } = runsOf({ ...defaultParams(PARAMS), farms: 60, objectionProbability: 1 }, 3);
    const start = reform.startDate;
    let objected = 0;
    for (const s of reform.samples) {
      const c = s.confirmation;
      if (!c?.objected) continue;
      objected++;
      const arrivedOn = addDays(start, Math.floor(c.arrivedAt / DAY));
      expect(c.reportDue).toBe(addWorkingDays(arrivedOn, 7));
    }
    expect(objected).toBeGreaterThan(0);
  });
});
