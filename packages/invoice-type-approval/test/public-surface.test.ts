// Every function of the public surface (src/index.ts) validates its arguments: bad input gets a
// ValidationError naming the path of the bad field, and the input is neither mutated (inputs are
// deep-frozen and compared with a clone) nor decided as given. The table must cover every
// exported function that takes input, so a new export without bad-input cases fails here.
import { ValidationError } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import * as surface from '../src/index';

// A plain copy of the module namespace: looked up by name below.
const api = { ...surface };

const app = api.cleanApplication();
const facts = api.toFacts(app);

/** [function name, arguments, paths the error must name]. */
const CASES: readonly [keyof typeof api, readonly unknown[], readonly string[]][] = [
  ['decideApplication', [null], ['application']],
  ['decideApplication', [{ ...app, date: '2025-02-30' }], ['application.date']],
  [
    'decideApplication',
    [{ ...app, request: { ...app.request, supplyMonths: 13 } }],
    ['application.request.supplyMonths'],
  ],
  ['whyNot', [[]], ['application']],
  [
    'whyNot',
    [{ ...app, taxpayer: { ...app.taxpayer, creditGrade: 'E' } }],
    ['application.taxpayer.creditGrade'],
  ],
  ['validateApplication', [{ ...app, id: '' }], ['application.id']],
  ['validateApplication', [{ ...app, extra: true }], ['application']],
  [
    'toFacts',
    [{ ...app, taxpayer: { ...app.taxpayer, registeredOn: '2099-01-01' } }],
    ['application.taxpayer.registeredOn'],
  ],
  ['decisionDueBy', [facts, '2025-02-30'], ['date']],
  ['decisionDueBy', [facts, '2020-01-31'], ['date']],
  ['decisionDueBy', [{ ...facts, reqOrdinaryTier: 7 }, app.date], ['facts.reqOrdinaryTier']],
  ['lawAt', ['2025-13-01'], ['date']],
  ['lawAt', [20250303], ['date']],
];

/** Exported functions that take no arguments. */
const NO_INPUT: readonly (keyof typeof api)[] = ['approvalRuleSet', 'cleanApplication'];

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
  it('the table covers every exported function that takes input', () => {
    expect([...new Set([...CASES.map(([name]) => name), ...NO_INPUT])].sort()).toEqual(functions);
    for (const name of NO_INPUT) expect((api[name] as () => unknown).length).toBe(0);
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
