// Properties: shortening a reform duration never delays a case; the case machine keeps its table
// (model-based); the line's M/M/1 waiting matches Erlang C within the replications' 95% interval.
import {
  addDays,
  civilDate,
  defaultParams,
  erlangC,
  RandomStream,
  summarize,
  toEpochMinutes,
} from '@gd-ftz/core';
import { machineProperty } from '@gd-ftz/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseMachine, DEFAULT_DURATIONS, type MedicalCase, planResponse } from '../src/index';
import { PARAMS } from '../src/params';
import { runRegime } from '../src/simulate';
import { drawWorld } from '../src/world';

const caseArb: fc.Arbitrary<MedicalCase> = fc
  .record({
    severity: fc.constantFrom('critical', 'serious', 'minor'),
    position: fc.constantFrom('berth', 'anchorage', 'underway'),
    distance: fc.double({ min: 0.5, max: 80, noNaN: true }),
    international: fc.boolean(),
    day: fc.integer({ min: 0, max: 700 }),
    minute: fc.integer({ min: 0, max: 1439 }),
  })
  .map(({ severity, position, distance, international, day, minute }) => {
    const onset = { date: addDays(civilDate('2024-01-01'), day), minute };
    return {
      id: 'M1',
      ship: {
        imo: 'IMO 9074729',
        flag: 'PA',
        international,
        position,
        distanceNm: position === 'berth' ? 0 : distance,
        personsOnBoard: 20,
        ordinaryVoyageHours: 100,
      },
      crew: { idKind: 'passport', id: 'P1234567' },
      event: { severity, infectious: false, onset },
    } as MedicalCase;
  });

const SHORTENABLE = [
  'lineCallMinutes',
  'adviceMinutes',
  'clearanceMinutes',
  'boatDispatchMinutes',
  'transferMinutes',
  'ambulanceMinutes',
  'driveMinutes',
  'callMinutes',
  'companyAdviceMinutes',
] as const;

describe('properties of planResponse', () => {
  it('shortening any duration never moves any step of a case later (both regimes)', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.constantFrom(...SHORTENABLE),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('baseline', 'reform' as const),
        fc.boolean(),
        (c, key, factor, regime, companyAdvice) => {
          const opts = { companyAdvice };
          const before = planResponse(c, regime, c.event.onset, opts);
          const shorter = { [key]: DEFAULT_DURATIONS[key] * factor };
          const after = planResponse(c, regime, c.event.onset, { ...opts, durations: shorter });
          expect(after.minutesToCare).toBeLessThanOrEqual(before.minutesToCare);
          expect(after.minutesToAdvice).toBeLessThanOrEqual(before.minutesToAdvice);
          for (const s of after.steps) {
            const old = before.steps.find((x) => x.kind === s.kind);
            if (old) expect(toEpochMinutes(s.end)).toBeLessThanOrEqual(toEpochMinutes(old.end));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('every plan ends in an outcome and no step starts before its predecessors end', () => {
    fc.assert(
      fc.property(caseArb, fc.constantFrom('baseline', 'reform' as const), (c, regime) => {
        const plan = planResponse(c, regime, c.event.onset);
        expect(['treated-on-board', 'in-hospital', 'seen-at-clinic']).toContain(plan.outcome);
        for (const s of plan.steps) {
          expect(toEpochMinutes(s.end)).toBeGreaterThanOrEqual(toEpochMinutes(s.start));
          for (const k of s.after) {
            const pred = plan.steps.find((x) => x.kind === k);
            if (pred) expect(toEpochMinutes(s.start)).toBeGreaterThanOrEqual(toEpochMinutes(pred.end));
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('the case machine (model-based)', () => {
  it('any event sequence keeps the table, forward time and cited steps', () => {
    fc.assert(
      machineProperty(caseMachine, {
        start: fc.constant(caseMachine.start({ caseId: 'M1' }, '2024-09-27T18:00')),
        eventArbs: {
          call: fc.record({ route: fc.constantFrom('line', 'mrcc', 'agent') }),
          advise: fc.record({ remote: fc.boolean() }),
          decide: fc.record({
            disposition: fc.constantFrom('treat-on-board', 'evacuate', 'land-at-next-berth'),
          }),
        },
        until: '2024-12-31T23:59',
      }),
      { numRuns: 50 },
    );
  });
});

describe('the line is an M/M/c queue', () => {
  it('mean wait matches Erlang C within the 95% interval of 20 replications (fixed seeds)', () => {
    // One doctor, 5,000 calls a year (λ = 5000 / 527,040 min in 2024), all ships know the line,
    // mean consultation 52.7 min → ρ ≈ 0.5; Erlang C: Wq = ρ / (μ − λ) ≈ 52.7 min.
    const p = { ...defaultParams(PARAMS), casesPerYear: 5000, lineAwareness: 1, adviceMinutes: 52.7 };
    const lambda = 5000 / (366 * 1440);
    const theory = erlangC(1, lambda, 52.7);
    const waits: number[] = [];
    for (let seed = 1; seed <= 20; seed++) {
      const w = drawWorld(p, RandomStream.fromSeed(seed).substream('cases'));
      const r = runRegime(w, p, true);
      let s = 0;
      for (let i = 0; i < w.count; i++) s += r.deskWait[i] as number;
      waits.push(s / w.count);
    }
    const ci = summarize(waits);
    expect(theory.meanWait).toBeGreaterThanOrEqual(ci.low);
    expect(theory.meanWait).toBeLessThanOrEqual(ci.high);
  });
});
