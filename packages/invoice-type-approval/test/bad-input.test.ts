import { defaultParams, RandomStream, ValidationError } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicationArb } from '../src/arbitraries';
import { decideFacts } from '../src/decide';
import {
  cleanApplication,
  decideApplication,
  decisionDueBy,
  lawAt,
  PARAMS,
  toFacts,
  validateApplication,
  whyNot,
} from '../src/index';
import { generatePopulation } from '../src/population';
import { buildReport } from '../src/report';
import { ruleCategory, ruleSpecsAt } from '../src/rules/catalog';
import { runScenario } from '../src/simulation';
import { tierAtMost, tierIndex, tierValue } from '../src/tiers';
import { monthsBetween } from '../src/to-facts';
import { applicationSchema, passesApplicationShape } from '../src/validate';

function pathsOf(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).paths;
  }
  throw new Error('expected a ValidationError');
}

const base = cleanApplication();
const CASES: [string, unknown, string][] = [
  [
    'unknown credit grade',
    { ...base, taxpayer: { ...base.taxpayer, creditGrade: 'E' } },
    'application.taxpayer.creditGrade',
  ],
  [
    'negative quantity',
    { ...base, request: { ...base.request, special: { faceValue: '100000', monthlyQuantity: -5 } } },
    'application.request.special.monthlyQuantity',
  ],
  [
    'face value not a tier',
    { ...base, request: { ...base.request, ordinary: { faceValue: '50000', monthlyQuantity: 10 } } },
    'application.request.ordinary.faceValue',
  ],
  [
    'amount as a JS number',
    { ...base, taxpayer: { ...base.taxpayer, filing: { ...base.taxpayer.filing, arrears: 100 } } },
    'application.taxpayer.filing.arrears',
  ],
  [
    'share above 1',
    { ...base, taxpayer: { ...base.taxpayer, invoices: { ...base.taxpayer.invoices, voidShare: '1.5' } } },
    'application.taxpayer.invoices.voidShare',
  ],
  [
    '24-month count below the 12-month count',
    {
      ...base,
      taxpayer: { ...base.taxpayer, violations: { ...base.taxpayer.violations, last12m: 3, last24m: 1 } },
    },
    'application.taxpayer.violations.last24m',
  ],
  ['date before the rules apply', { ...base, date: '2020-01-31' }, 'application.date'],
  [
    'registration after the application',
    { ...base, taxpayer: { ...base.taxpayer, registeredOn: '2025-04-01' } },
    'application.taxpayer.registeredOn',
  ],
  [
    'bad USCC check character',
    { ...base, taxpayer: { ...base.taxpayer, uscc: '91440101MA59ABCD1A' } },
    'application.taxpayer.uscc',
  ],
  [
    // 2025-03-03: at most 3 months of the calendar year so far (Jan–Mar) can have zero VAT due.
    'zero-filing months beyond the year so far',
    {
      ...base,
      taxpayer: { ...base.taxpayer, filing: { ...base.taxpayer.filing, zeroFilingMonthsThisYear: 4 } },
    },
    'application.taxpayer.filing.zeroFilingMonthsThisYear',
  ],
  ['unknown field', { ...base, extra: 1 }, 'application'],
];

describe('bad input: typed errors naming the field, input unchanged', () => {
  it.each(CASES)('%s', (_name, input, path) => {
    const before = structuredClone(input);
    for (const fn of [decideApplication, whyNot, validateApplication, toFacts as (x: unknown) => unknown]) {
      expect(pathsOf(() => fn(input))).toContain(path);
    }
    expect(input).toEqual(before);
  });

  it('decideFacts and decisionDueBy name the bad fact or date', () => {
    const facts = toFacts(base);
    expect(pathsOf(() => decideFacts({ ...facts, creditGrade: 'E' as 'A' }, base.date))).toEqual([
      'facts.creditGrade',
    ]);
    expect(pathsOf(() => decideFacts({ ...facts, reqSpecialQty: -1 }, base.date))).toEqual([
      'facts.reqSpecialQty',
    ]);
    expect(pathsOf(() => decideFacts(facts, '2020-01-31'))).toEqual(['asOf']);
    expect(pathsOf(() => decisionDueBy(facts, '2025-02-30'))).toEqual(['date']);
    expect(pathsOf(() => decisionDueBy({ ...facts, reqOrdinaryTier: 7 }, base.date))).toEqual([
      'facts.reqOrdinaryTier',
    ]);
  });

  it('rejects a non-object', () => {
    expect(pathsOf(() => decideApplication(null))).toEqual(['application']);
  });
});

/** The paths of the ValidationError `f` throws, checking that `inputs` are unchanged by the call. */
function pathsKeeping(inputs: readonly unknown[], f: () => unknown): string[] {
  const before = structuredClone(inputs);
  const paths = pathsOf(f);
  expect(inputs).toEqual(before);
  return paths;
}

const D = '2025-03-03';
const POP = { size: 5, startDate: D, days: 28, shareNew: 0.25, shareRisky: 0.1 };

describe('bad input to the exported helpers: a ValidationError naming the field, nothing changed', () => {
  it('monthsBetween names the date that is no real date', () => {
    expect(pathsKeeping([], () => monthsBetween('2025-02-30', D))).toEqual(['from']);
    expect(pathsKeeping([], () => monthsBetween(D, '2025/03/04'))).toEqual(['to']);
  });

  it('the tier helpers name the face value, index, amount or date', () => {
    expect(pathsKeeping([], () => tierIndex(100000 as unknown as string, D))).toEqual(['faceValue']);
    expect(pathsKeeping([], () => tierIndex('100000', '2025-02-30'))).toEqual(['date']);
    expect(pathsKeeping([], () => tierValue(5, D))).toEqual(['index']);
    expect(pathsKeeping([], () => tierValue(1.5, D))).toEqual(['index']);
    expect(pathsKeeping([], () => tierValue(1, '2020-01-31'))).toEqual(['date']);
    expect(pathsKeeping([], () => tierAtMost('-1', D))).toEqual(['yuan']);
    expect(pathsKeeping([], () => tierAtMost('100000', '2019-06-01'))).toEqual(['date']);
  });

  it('lawAt and ruleSpecsAt name a date before the rules apply or no real date', () => {
    // 2020-02-01 is the first day every parameter is in force (EARLIEST_DATE: the 异常凭证 thresholds
    // of 2019年第38号), so the day before fails; 2020-02-01 itself resolves.
    expect(pathsKeeping([], () => lawAt('2020-01-31'))).toEqual(['date']);
    expect(pathsKeeping([], () => lawAt('2025-13-01'))).toEqual(['date']);
    expect(pathsKeeping([], () => ruleSpecsAt('2020-01-31'))).toEqual(['date']);
    expect(lawAt('2020-02-01').decisionWorkingDays).toBe(5);
  });

  it('ruleCategory names an unknown rule id', () => {
    expect(pathsKeeping([], () => ruleCategory('ITA-999'))).toEqual(['id']);
  });

  it('generatePopulation names every bad option and draws nothing from the stream', () => {
    const rng = RandomStream.fromSeed(7);
    const options = { ...POP, size: -1, shareNew: 1.5, startDate: '2020-01-01' };
    expect(pathsKeeping([options], () => generatePopulation(rng, options))).toEqual([
      'options.size',
      'options.startDate',
      'options.shareNew',
    ]);
    // Nothing was drawn: the stream still gives the first number of a fresh stream of the same seed.
    expect(rng.real()).toBe(RandomStream.fromSeed(7).real());
    expect(pathsKeeping([POP], () => generatePopulation({} as RandomStream, POP))).toEqual(['rng']);
  });

  it('runScenario names the bad parameter, seed or callback', () => {
    const p = defaultParams(PARAMS);
    const cases: [unknown, unknown, unknown, string[]][] = [
      [{ ...p, officers: 0 }, 42, undefined, ['params.officers']],
      [{ ...p, bogus: 1 }, 42, undefined, ['params.bogus']],
      [{ ...p, officers: undefined }, 42, undefined, ['params.officers']],
      [{ ...p, fetchSecondsMin: 20, fetchSecondsMax: 5 }, 42, undefined, ['params.fetchSecondsMax']],
      [p, 1.5, undefined, ['seed']],
      [p, 42, 'progress', ['onProgress']],
      [null, 42, undefined, ['params']],
    ];
    for (const [params, seed, onProgress, want] of cases) {
      const run = () => runScenario(params as typeof p, seed as number, onProgress as () => void);
      expect(pathsKeeping([params], run)).toEqual(want);
    }
  });

  it('buildReport names the bad parameter, seed or run field', () => {
    const p = { ...defaultParams(PARAMS), applications: 10 };
    const run = runScenario(p, 1);
    const { dateAt, ...data } = run;
    const bad = { ...data, cases: 'none', dateAt };
    expect(pathsKeeping([p], () => buildReport({ ...p, shareNew: 2 }, 1, run))).toEqual(['params.shareNew']);
    expect(pathsKeeping([data], () => buildReport(p, Number.NaN, run))).toEqual(['seed']);
    expect(pathsKeeping([data], () => buildReport(p, 1, bad as unknown as typeof run))).toEqual([
      'run.cases',
    ]);
    expect(pathsKeeping([], () => buildReport(p, 1, null as unknown as typeof run))).toEqual(['run']);
  });

  it('the checked entry points refuse what the unchecked fast path (decideFacts, combine) takes on trust', () => {
    // Facts each in range but from no application: 1 violation in 24 months, 3 in the last 12.
    const app = {
      ...base,
      taxpayer: { ...base.taxpayer, violations: { ...base.taxpayer.violations, last12m: 3, last24m: 1 } },
    };
    const facts = { ...toFacts(base), violations12m: 3, violations24m: 1 };
    expect(() => decideFacts(facts, base.date)).not.toThrow();
    for (const fn of [decideApplication, whyNot]) {
      expect(pathsKeeping([app], () => fn(app))).toEqual(['application.taxpayer.violations.last24m']);
    }
  });
});

// Values that break one field or another: wrong types, out of range, malformed strings.
const ODD: readonly unknown[] = [
  undefined,
  null,
  -1,
  0,
  1.5,
  1e7,
  Number.NaN,
  '',
  'x',
  '1.5',
  '0.5',
  '2025-02-30',
  '2025-03-03',
  true,
  'E',
  'A',
  {},
  [],
];

function leafPaths(x: unknown, prefix: string[] = []): string[][] {
  if (typeof x !== 'object' || x === null) return [prefix];
  return Object.entries(x).flatMap(([k, v]) => leafPaths(v, [...prefix, k]));
}

function withValue(x: unknown, path: readonly string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string, ...string[]];
  const o = x as Record<string, unknown>;
  return { ...o, [head]: withValue(o[head], rest, value) };
}

describe('validation fast path', () => {
  it('property: the plain predicate accepts exactly what the zod schema accepts', () => {
    fc.assert(
      fc.property(applicationArb, fc.nat(), fc.nat(ODD.length - 1), fc.boolean(), (app, at, odd, extra) => {
        const paths = leafPaths(app);
        const path = paths[at % paths.length]!;
        const x = extra
          ? withValue(app, [...path.slice(0, -1), 'unknownField'], ODD[odd])
          : withValue(app, path, ODD[odd]);
        expect(passesApplicationShape(x)).toBe(applicationSchema().safeParse(x).success);
      }),
    );
  });

  it('property: a valid application comes back as the schema would parse it', () => {
    fc.assert(
      fc.property(applicationArb, (app) => {
        expect(validateApplication(app)).toEqual(applicationSchema().parse(app));
      }),
    );
  });
});
