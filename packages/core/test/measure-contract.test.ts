// The contract kit run on a small measure of its own, and its checks shown to catch what they must.
import { describe, expect, it } from 'vitest';
import { paramsArbOf } from '../src/arbitraries';
import {
  assumption,
  cited,
  civilDate,
  dateTime,
  defineMeasure,
  defineParams,
  kpi,
  MEASURES,
  percentStat,
  RandomStream,
  type ScenarioReport,
  UNITS,
} from '../src/index';
import {
  badParamsOf,
  describeMeasureContract,
  goldenPath,
  identityProblems,
  kpiOf,
  kpiProblems,
  reportDigest,
  traceProblems,
} from '../src/testing/index';

// Core's tests name their laws locally: @gd-ftz/statutes depends on core, not the reverse.
const INVOICE_MEASURES = {
  zh: '中华人民共和国发票管理办法',
  en: 'Measures of the PRC for the Administration of Invoices',
};

const label = { zh: '件数', en: 'Cases' };
const PARAMS = defineParams({
  cases: { kind: 'integer', label, default: 200, min: 10, max: 10_000 },
  share: {
    kind: 'number',
    label: { zh: '自动比例', en: 'Automatic share' },
    default: 0.7,
    min: 0,
    max: 1,
    assumption: true,
  },
  mode: {
    kind: 'enum',
    label: { zh: '方式', en: 'Mode' },
    default: 'online',
    options: [
      { value: 'online', label: { zh: '网上', en: 'Online' } },
      { value: 'counter', label: { zh: '窗口', en: 'Counter' } },
    ],
  },
});

const FILED = dateTime(civilDate('2025-03-03'), '09:00');
const ON_FILING = dateTime(civilDate('2025-03-03'), '09:01');
const NEXT_DAY = dateTime(civilDate('2025-03-04'), '09:00');

/** A toy measure: each case is decided automatically with probability `share` under the reform. */
const toy = defineMeasure({
  ...MEASURES[6]!,
  params: PARAMS,
  run(p, { seed, onProgress, eventLog }) {
    const rng = RandomStream.fromSeed(seed).substream('cases');
    eventLog?.defineActivities({
      file: { zh: '提交申请', en: 'Filed' },
      auto: { zh: '自动决定', en: 'Decided automatically' },
      officer: { zh: '人工决定', en: 'Decided by an officer' },
    });
    let auto = 0;
    for (let i = 0; i < p.cases; i++) {
      const isAuto = rng.bernoulli(p.share);
      if (isAuto) auto++;
      if (eventLog) {
        // Baseline: every case goes to an officer the next day; reform: decided on filing if automatic.
        const base = eventLog.startCase('baseline', `c${i}`, 'application');
        base.event('file', FILED);
        base.event('officer', NEXT_DAY);
        const reform = eventLog.startCase('reform', `c${i}`, 'application');
        reform.event('file', FILED);
        reform.event(isAuto ? 'auto' : 'officer', isAuto ? ON_FILING : NEXT_DAY);
      }
    }
    onProgress?.(0.5);
    return {
      kpis: [
        kpi({
          id: 'share-auto',
          label: { zh: '自动决定占比', en: 'Share decided automatically' },
          unit: UNITS.percent,
          better: 'higher',
          origin: 'assumption',
          category: 'staff-time',
          baseline: '0.0',
          reform: percentStat(auto, p.cases, { digits: 1, empty: 0 }),
        }),
      ],
      series: [],
      samples: [
        {
          id: 'case-1',
          variant: 'reform',
          title: label,
          summary: label,
          trace: {
            subject: 'case-1',
            outcome: label,
            steps: [
              {
                id: 'file',
                kind: 'step',
                title: label,
                fired: true,
                inputs: {},
                basis: cited({ law: INVOICE_MEASURES }),
              },
              {
                id: 'decide',
                kind: 'step',
                title: label,
                fired: true,
                inputs: { mode: p.mode },
                basis: assumption({ zh: '示例', en: 'toy' }),
              },
            ],
          },
        },
      ],
    };
  },
});

describeMeasureContract(toy, {
  params: { cases: 400 },
  seeds: [1, 2, 42],
  golden: { file: 'test/golden-toy.json' },
  property: { params: paramsArbOf(PARAMS, { cases: { max: 100 } }), numRuns: 10 },
  eventLog: { expectedCases: (r) => ({ baseline: Number(r.params.cases), reform: Number(r.params.cases) }) },
});

describe('the contract checks catch what they must', () => {
  const good = toy.simulate({ cases: 20 }, { seed: 3 });
  it('flags a non-finite value, a missing origin and a sensitivity on an unknown parameter', () => {
    const k = good.kpis[0]!;
    const bad: ScenarioReport = {
      ...good,
      kpis: [
        { ...k, reform: 'NaN' },
        { ...k, id: 'b', origin: undefined as never, category: 'speed' as never },
        {
          ...k,
          id: 'c',
          sensitivity: {
            param: 'nope',
            label,
            low: { value: 1, baseline: '1', reform: '2' },
            high: { value: 2, baseline: '1', reform: 'x' },
          },
        },
      ],
    };
    expect(kpiProblems(bad, PARAMS)).toEqual([
      'kpi share-auto: reform "NaN" is not a finite decimal',
      'kpi b: origin undefined is unknown',
      'kpi b: category "speed" is unknown',
      'kpi c: sensitivity names unknown parameter nope',
      'kpi c: sensitivity value "x" is not a finite decimal',
    ]);
    expect(kpiProblems(good, PARAMS)).toEqual([]);
  });
  it('flags a cited step that cites nothing', () => {
    const sample = good.samples[0]!;
    const step = { ...sample.trace.steps[0]!, basis: { kind: 'cited', citations: [] } as never };
    const bad = { ...good, samples: [{ ...sample, trace: { ...sample.trace, steps: [step] } }] };
    expect(traceProblems(bad)).toEqual(['sample case-1 step file: basis cites nothing']);
  });
  it('derives one bad set per wrong type, out-of-range value and unknown name', () => {
    const bad = badParamsOf(PARAMS, {});
    expect(bad.filter((b) => b.path === 'cases').map((b) => b.why)).toEqual([
      'a string',
      'NaN',
      'Infinity',
      'below min',
      'above max',
      'a fraction',
    ]);
    expect(bad.at(-1)).toEqual({ why: 'unknown', path: 'noSuchParameter', params: { noSuchParameter: 1 } });
  });
  it('digests the canonical JSON: key order does not matter, a changed value does', () => {
    const shuffled = Object.fromEntries(Object.entries(good).reverse()) as unknown as ScenarioReport;
    expect(JSON.stringify(shuffled)).not.toBe(JSON.stringify(good));
    expect(reportDigest(shuffled)).toBe(reportDigest(good));
    const moved = { ...good, kpis: [{ ...good.kpis[0]!, reform: '0.1' }] };
    expect(reportDigest(moved)).not.toBe(reportDigest(good));
    expect(reportDigest(good)).toMatch(/^[0-9a-f]{64}$/);
  });
  it('refuses a run that returns two KPIs with one id', () => {
    const twice = defineMeasure({
      ...MEASURES[6]!,
      params: PARAMS,
      run: (p, ctx) => {
        const k = toy.simulate(p, ctx).kpis[0]!;
        return { kpis: [k, k], series: [], samples: [] };
      },
    });
    expect(() => twice.simulate({}, { seed: 1 })).toThrow(/duplicate KPI id/);
  });
  it('finds a relative golden path from the package root of the test file', () => {
    expect(goldenPath('test/golden.json', `${import.meta.dirname}/x.test.ts`)).toBe(
      `${import.meta.dirname}/golden.json`,
    );
  });
});

describe('identityProblems', () => {
  const entry = MEASURES[0];
  it('accepts the seed-table entry itself and names each field that differs', () => {
    if (!entry) throw new Error('no measure 1 in the seed table');
    expect(identityProblems(entry)).toEqual([]);
    expect(
      identityProblems({
        ...entry,
        slug: 'typo',
        title: { ...entry.title, en: 'Other' },
        scope: 'special-customs-zones',
      }),
    ).toEqual([
      `slug: "typo", the seed table says ${JSON.stringify(entry.slug)}`,
      `title.en: "Other", the seed table says ${JSON.stringify(entry.title.en)}`,
      `scope: "special-customs-zones", the seed table says ${JSON.stringify(entry.scope)}`,
    ]);
    expect(identityProblems({ ...entry, id: 21 })).toEqual([
      'id: 21 is not a measure of the seed table (1–20)',
    ]);
  });
});

describe('kpiOf', () => {
  const report = { kpis: [{ id: 'a' }, { id: 'b' }] } as unknown as ScenarioReport;
  it('finds a KPI by id and names the ids there are when it is missing', () => {
    expect(kpiOf(report, 'b')).toEqual({ id: 'b' });
    expect(() => kpiOf(report, 'c')).toThrow('the report has no KPI "c"; it has a, b');
  });
});
