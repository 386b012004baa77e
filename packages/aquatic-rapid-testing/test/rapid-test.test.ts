import { RandomStream, ValidationError } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { truthArb } from '../src/arbitraries';
import {
  ANALYTE_IDS,
  DEFAULT_RAPID_TESTS,
  panelMinutes,
  panelPositiveProbability,
  runRapidPanel,
} from '../src/internal';

const allClean = { malachiteGreen: false, nitrofurans: false, chloramphenicol: false, enrofloxacin: false };

describe('rapid panels', () => {
  it('take preparation plus the slowest strip: 10 + max(14, 20, 20, 20) = 30 min', () => {
    expect(panelMinutes(DEFAULT_RAPID_TESTS, 10)).toBe(30);
  });
  it('false-positive chance of a clean lot: 1 − 0.97⁴ = 0.11470719', () => {
    expect(panelPositiveProbability(allClean, DEFAULT_RAPID_TESTS)).toBeCloseTo(0.11470719, 10);
  });
  it('chance to catch a lot with malachite green only: 1 − 0.05 × 0.97³ = 0.95436635', () => {
    expect(panelPositiveProbability({ ...allClean, malachiteGreen: true }, DEFAULT_RAPID_TESTS)).toBeCloseTo(
      0.95436635,
      10,
    );
  });

  it('property: perfect strips read the truth', () => {
    const perfect = Object.fromEntries(
      ANALYTE_IDS.map((id) => [id, { ...DEFAULT_RAPID_TESTS[id], sensitivity: 1, specificity: 1 }]),
    ) as typeof DEFAULT_RAPID_TESTS;
    fc.assert(
      fc.property(truthArb, fc.integer(), (truth, seed) => {
        const r = runRapidPanel(truth, perfect, RandomStream.fromSeed(seed));
        return (
          r.strips.every((s) => s.positive === truth[s.analyte]) &&
          r.positive === Object.values(truth).some(Boolean)
        );
      }),
    );
  });

  it('property: a better sensitivity never lowers the chance of catching a non-compliant lot', () => {
    fc.assert(
      fc.property(
        truthArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (truth, a, b) => {
          const spec = (s: number) =>
            Object.fromEntries(
              ANALYTE_IDS.map((id) => [id, { ...DEFAULT_RAPID_TESTS[id], sensitivity: s }]),
            ) as typeof DEFAULT_RAPID_TESTS;
          const lo = panelPositiveProbability(truth, spec(Math.min(a, b)));
          const hi = panelPositiveProbability(truth, spec(Math.max(a, b)));
          return hi >= lo - 1e-12;
        },
      ),
    );
  });

  it('bad input: probabilities outside [0, 1], non-positive strip times, negative preparation', () => {
    const bad = {
      ...DEFAULT_RAPID_TESTS,
      nitrofurans: { ...DEFAULT_RAPID_TESTS.nitrofurans, specificity: 1.2 },
    };
    try {
      panelMinutes(bad, 10);
      expect.unreachable();
    } catch (e) {
      expect((e as ValidationError).paths).toEqual(['specs.nitrofurans.specificity']);
    }
    expect(bad.malachiteGreen.specificity).toBe(0.97);
    const zero = {
      ...DEFAULT_RAPID_TESTS,
      enrofloxacin: { ...DEFAULT_RAPID_TESTS.enrofloxacin, stripMinutes: 0 },
    };
    expect(() => panelMinutes(zero, 10)).toThrow(ValidationError);
    expect(() => panelMinutes(DEFAULT_RAPID_TESTS, -1)).toThrow(ValidationError);
    expect(() =>
      runRapidPanel(
        { ...allClean, chloramphenicol: 'no' as never },
        DEFAULT_RAPID_TESTS,
        RandomStream.fromSeed(1),
      ),
    ).toThrow(ValidationError);
  });
});
