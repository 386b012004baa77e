// The engine contract (core's kit: determinism, golden digests, KPI and trace checks, bad input),
// the event-log contract, then what this measure's report must show.
import { createEventLog, ValidationError } from '@gd-ftz/core';
import { describeMeasureContract, kpiOf } from '@gd-ftz/core/testing';
import { describe, expect, it } from 'vitest';
import { paramsArb } from '../src/arbitraries';
import { measure, simulateProvinceYear } from '../src/index';

const small = { appointments: 1000 };

// After an intended change of results:
// UPDATE_GOLDEN=1 pnpm --filter @gd-ftz/crew-appointment test, and commit the file.
describeMeasureContract(measure, {
  params: small,
  golden: { file: 'test/golden.json' },
  property: { params: paramsArb, numRuns: 5 },
  eventLog: {
    expectedCases: (r) => ({
      baseline: Number(r.params.appointments),
      reform: Number(r.params.appointments),
    }),
  },
});

describe('the event log', () => {
  it('every reform record carries its check; caught-before-sailing is recomputed from the events', () => {
    const log = createEventLog();
    const report = measure.simulate(small, { seed: 42, eventLog: log });
    for (const variant of ['baseline', 'reform'] as const) {
      let nonCompliant = 0;
      let refused = 0;
      for (const c of log.cases(variant)) {
        const acts = c.events.map((e) => e.activity);
        if (variant === 'reform') {
          // A record is always followed by its check, which carries the findings.
          expect(acts.filter((a) => a === 'record').length).toBe(acts.filter((a) => a === 'check').length);
        }
        if (c.attributes.competent === false) {
          nonCompliant++;
          if (acts.includes('refuse')) refused++;
        } else {
          expect(acts).not.toContain('refuse');
        }
      }
      // percent with one decimal, as the KPI states it
      const share = nonCompliant === 0 ? '0.0' : ((refused * 100) / nonCompliant).toFixed(1);
      expect(report.kpis.find((k) => k.id === 'caught-before-sailing')?.[variant]).toBe(share);
    }
  });
});

describe('the report', () => {
  const report = measure.simulate(small, { seed: 7 });
  const k = (id: string) => kpiOf(report, id);

  it('catches more non-compliant appointments before sailing and needs far fewer office visits', () => {
    expect(Number(k('caught-before-sailing').reform)).toBeGreaterThan(
      Number(k('caught-before-sailing').baseline),
    );
    // Baseline: one visit per sign-on and one per sign-off (each relief is one of each) = 200.
    expect(k('visits-per-100').baseline).toBe('200.0');
    expect(Number(k('visits-per-100').reform)).toBeLessThan(10);
  });

  it('shows assumption-driven KPIs with their sensitivity at the plausible ends', () => {
    const s = k('caught-before-sailing').sensitivity;
    expect([s?.param, s?.low.value, s?.high.value]).toEqual(['eyeMissRate', 0.05, 0.4]);
    // A higher miss rate catches fewer before sailing in the baseline; the reform does not read it.
    expect(Number(s?.low.baseline)).toBeGreaterThan(Number(s?.high.baseline));
    expect(s?.low.reform).toBe(s?.high.reform);
    expect(k('record-gaps').sensitivity?.param).toBe('unreportedSignOffShare');
    expect(k('visits-per-100').sensitivity?.param).toBe('faceFailRate');
  });

  it('has a reform sample whose trace holds every test of checkCrewPost', () => {
    const reform = report.samples.find((s) => s.variant === 'reform');
    const ids = reform?.trace.steps.map((s) => s.id) ?? [];
    expect(ids).toContain('crew.certificate-expired');
    expect(ids).toContain('appointment.manning');
  });
});

describe('bad input', () => {
  it('rejects a share outside [0, 1] naming the field, and does not change the input', () => {
    const input = Object.freeze({ appointments: 1000, eyeMissRate: 1.5 });
    let error: unknown;
    try {
      measure.simulateUnknown(input, { seed: 1 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).paths).toEqual(['eyeMissRate']);
    expect(input).toEqual({ appointments: 1000, eyeMissRate: 1.5 });
  });

  it('simulateProvinceYear rejects a negative count naming the field, and does not change the input', () => {
    const input = Object.freeze({ appointments: -5 });
    let error: unknown;
    try {
      simulateProvinceYear(input, 1);
    } catch (e) {
      error = e;
    }
    expect((error as ValidationError).paths).toEqual(['appointments']);
    expect(input).toEqual({ appointments: -5 });
  });
});
