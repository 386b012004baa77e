// Every function of the public surface (src/index.ts) validates its arguments: bad input gets a
// ValidationError naming the path of the bad field, and the input is neither mutated (inputs are
// deep-frozen and compared with a clone) nor echoed as a wrong answer. The table must cover every
// exported function, so a new export without bad-input cases fails here.
import { ValidationError } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import * as surface from '../src/index';

// A plain copy of the module namespace: looked up by name below.
const api = { ...surface };

const D = '2025-03-04';
const instance = {
  demand: [{ location: { x: 0, y: 0 }, weight: 1 }],
  candidates: [{ x: 0, y: 0 }],
  travelBoundMinutes: 30,
  speedKmh: 40,
};
const clean = { malachiteGreen: false, nitrofurans: false, chloramphenicol: false, enrofloxacin: false };
const zero = { malachiteGreen: 0, nitrofurans: 0, chloramphenicol: 0, enrofloxacin: 0 };

/** [function name, arguments, paths the error must name]. */
const CASES: readonly [keyof typeof api, readonly unknown[], readonly string[]][] = [
  ['judgeResidue', ['ddt', 1, D], ['analyte']],
  ['judgeResidue', ['enrofloxacin', Number.NaN, D], ['concentrationUgKg']],
  ['judgeResidue', ['enrofloxacin', -1, D], ['concentrationUgKg']],
  ['judgeResidue', ['enrofloxacin', 1, 20250304], ['asOf']],
  ['judgeSample', [null, D], ['concentrations']],
  ['judgeSample', [{ ...zero, enrofloxacin: Number.POSITIVE_INFINITY }, D], ['concentrations.enrofloxacin']],
  ['judgeSample', [zero, null], ['asOf']],
  ['isPermittedRetestMethod', ['rapid', 'elisa'], ['retest']],
  ['isPermittedRetestMethod', [undefined, 'rapid'], ['original']],
  ['objectionWindow', ['strip', '2025-03-03T10:00'], ['method']],
  ['objectionWindow', ['rapid', '2025-03-03 10:00'], ['receivedAt']],
  ['objectionWindow', ['rapid', 5], ['receivedAt']],
  ['retestReportDeadline', ['2025-02-30'], ['sampleReceivedOn']],
  ['retestReportDeadline', [{}], ['sampleReceivedOn']],
  ['assessObjection', [null], ['input']],
  [
    'assessObjection',
    [{ method: 'strip', receivedAt: '2025-03-03T10:00', objectedAt: '2025-03-03T11:00' }],
    ['method'],
  ],
  ['assessObjection', [{ method: 'rapid', receivedAt: '2025-03-03T10:00' }], ['objectedAt']],
  ['travelMinutes', [{ x: 0, y: 0 }, { x: 1, y: 1 }, 0], ['speedKmh']],
  ['travelMinutes', [{ x: 0, y: Number.NaN }, { x: 1, y: 1 }, 40], ['a.y']],
  ['coverageOf', [instance, [3]], ['chosen.0']],
  ['coverageOf', [instance, 'x'], ['chosen']],
  ['coverageOf', [{ ...instance, speedKmh: -1 }, [0]], ['instance.speedKmh']],
  ['planGreedy', [instance, -1], ['k']],
  ['planGreedy', [null, 1], ['instance']],
  [
    'planGreedy',
    [{ ...instance, demand: [{ location: { x: 0, y: 0 }, weight: -1 }] }, 1],
    ['instance.demand.0.weight'],
  ],
  ['planExact', [instance, 1.5], ['k']],
  ['planExact', [{ ...instance, candidates: 'x' }, 1], ['instance.candidates']],
  ['panelMinutes', [api.DEFAULT_RAPID_TESTS, -1], ['prepMinutes']],
  [
    'panelMinutes',
    [
      {
        ...api.DEFAULT_RAPID_TESTS,
        nitrofurans: { ...api.DEFAULT_RAPID_TESTS.nitrofurans, stripMinutes: 0 },
      },
      10,
    ],
    ['specs.nitrofurans.stripMinutes'],
  ],
  [
    'panelPositiveProbability',
    [{ ...clean, enrofloxacin: 'no' }, api.DEFAULT_RAPID_TESTS],
    ['truth.enrofloxacin'],
  ],
  [
    'panelPositiveProbability',
    [
      clean,
      {
        ...api.DEFAULT_RAPID_TESTS,
        chloramphenicol: { ...api.DEFAULT_RAPID_TESTS.chloramphenicol, sensitivity: 2 },
      },
    ],
    ['specs.chloramphenicol.sensitivity'],
  ],
];

function deepFreeze<T>(x: T): T {
  if (typeof x === 'object' && x !== null && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

const functions = Object.entries(api)
  .filter(([, v]) => typeof v === 'function')
  .map(([k]) => k)
  .sort();

describe('public surface: every exported function validates its input', () => {
  it('the table covers every exported function', () => {
    expect([...new Set(CASES.map(([name]) => name))].sort()).toEqual(functions);
  });

  it.each(CASES.map(([name, args, paths]) => ({ name, args, paths })))(
    '$name names $paths, input unchanged',
    ({ name, args, paths }) => {
      const fn = api[name] as (...a: readonly unknown[]) => unknown;
      const before = structuredClone(args);
      const frozen = deepFreeze(structuredClone(args));
      let error: unknown;
      try {
        fn(...frozen);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).paths).toEqual(paths);
      expect(frozen).toEqual(before);
    },
  );
});
