// Replications of a scenario and tornado data: worked examples with the t arithmetic written out.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ConfigurationError,
  defineMeasure,
  defineParams,
  formatStat,
  type Kpi,
  kpi,
  MEASURES,
  replicatedKpis,
  replicationSeed,
  type ScenarioReport,
  summarizeReplications,
  tornadoOf,
  tornadoParams,
  UNITS,
} from '../src/index';

const FC_SEED = Number(process.env.FC_SEED ?? 42);

function kpiOf(id: string, baseline: string, reform: string, better: Kpi['better'] = 'lower'): Kpi {
  return kpi({
    id,
    label: { zh: '等待', en: 'Wait' },
    unit: UNITS.days,
    better,
    origin: 'model',
    category: 'applicant-time',
    baseline,
    reform,
  });
}

function reportOf(seed: number, kpis: Kpi[], slug = 'overpayment-refund'): ScenarioReport {
  return { measure: { id: 1, slug }, seed, params: {}, kpis, series: [], samples: [] };
}

describe('replicationSeed', () => {
  it('replication 0 is the seed itself, so the single-seed view is one of the replications', () => {
    expect(replicationSeed(42, 0)).toBe(42);
    expect(replicationSeed(-7, 0)).toBe(-7);
  });
  it('gives distinct 32-bit seeds for replications 1..50, the same on every call', () => {
    const seeds = Array.from({ length: 50 }, (_, i) => replicationSeed(42, i + 1));
    expect(new Set(seeds).size).toBe(50);
    for (const s of seeds) expect(Number.isInteger(s) && s >= 0 && s < 2 ** 32).toBe(true);
    // Pinned: a change of the derivation changes every replicated figure, so it must be deliberate.
    expect(seeds.slice(0, 3)).toEqual([1777536491, 2903429769, 1598879255]);
  });
  it('seeds 42 and 43 share no replication seed (hashed, not sequential)', () => {
    const a = new Set(Array.from({ length: 20 }, (_, i) => replicationSeed(42, i + 1)));
    const b = Array.from({ length: 20 }, (_, i) => replicationSeed(43, i + 1));
    expect(b.filter((s) => a.has(s))).toEqual([]);
  });
  it('rejects a bad seed or index', () => {
    expect(() => replicationSeed(1.5, 1)).toThrow(ConfigurationError);
    expect(() => replicationSeed(1, -1)).toThrow(/index/);
    expect(() => replicationSeed(1, 0.5)).toThrow(/index/);
  });
});

describe('summarizeReplications: worked examples', () => {
  it('baseline 10, 12, 14 and reform 4, 5, 6 over three seeds', () => {
    const reports = [
      reportOf(1, [kpiOf('wait', '10', '4')]),
      reportOf(2, [kpiOf('wait', '12', '5')]),
      reportOf(3, [kpiOf('wait', '14', '6')]),
    ];
    const [s] = summarizeReplications(reports);
    // n = 3, df = 2, t(0.975; 2) = 4.3027, √3 = 1.7320508
    // baseline: mean 12; deviations −2, 0, 2; s² = 8 / 2 = 4; s = 2;
    //   half-width 4.3027 × 2 / 1.7320508 = 4.96833 → [7.03167, 16.96833] → to one decimal [7.0, 17.0]
    expect(s?.baseline).toEqual({ mean: '12.0', ci: { low: '7.0', high: '17.0' } });
    // reform: mean 5; s = 1; half-width 4.3027 / 1.7320508 = 2.48416 → [2.51584, 7.48416] → [2.5, 7.5]
    expect(s?.reform).toEqual({ mean: '5.0', ci: { low: '2.5', high: '7.5' } });
    // change, paired: −6, −7, −8; mean −7; s = 1; → [−9.48416, −4.51584] → [−9.5, −4.5], excludes 0
    expect(s?.change).toEqual({ mean: '-7.0', ci: { low: '-9.5', high: '-4.5' } });
    expect(s?.distinguishable).toBe(true);
    expect(s?.improved).toBe(true); // lower is better and the change is negative
    expect(s?.n).toBe(3);
    expect(s?.origin).toBe('model');
  });

  it('a change whose interval straddles zero is not distinguishable', () => {
    // baseline 5, 5, 5; reform 4, 6, 5 → changes −1, 1, 0: mean 0, s = 1, half-width 2.48416 → [−2.48, 2.48]
    const [s] = summarizeReplications([
      reportOf(1, [kpiOf('wait', '5.0', '4.0')]),
      reportOf(2, [kpiOf('wait', '5.0', '6.0')]),
      reportOf(3, [kpiOf('wait', '5.0', '5.0')]),
    ]);
    expect(s?.change).toEqual({ mean: '0.00', ci: { low: '-2.48', high: '2.48' } });
    expect(s?.baseline).toEqual({ mean: '5.00', ci: { low: '5.00', high: '5.00' } });
    expect(s?.distinguishable).toBe(false);
    expect(s?.improved).toBeNull();
  });

  it('a constant change is distinguishable with a zero-width interval; two replications use t(0.975; 1)', () => {
    // changes 3, 3 → mean 3, s = 0 → [3, 3]; higher is better → improved
    // baseline 1, 3: mean 2, s = √2, half-width 12.7062 × √2 / √2 = 12.7062 → [−10.7062, 14.7062] → digits 2
    const [s] = summarizeReplications(
      [reportOf(1, [kpiOf('n', '1', '4', 'higher')]), reportOf(2, [kpiOf('n', '3', '6', 'higher')])],
      { digits: 2 },
    );
    expect(s?.change).toEqual({ mean: '3.00', ci: { low: '3.00', high: '3.00' } });
    expect(s?.baseline.ci).toEqual({ low: '-10.71', high: '14.71' });
    expect(s?.distinguishable).toBe(true);
    expect(s?.improved).toBe(true);
  });

  it('replicatedKpis puts the means and intervals on the KPIs', () => {
    const reports = [
      reportOf(1, [kpiOf('wait', '10', '4')]),
      reportOf(2, [kpiOf('wait', '12', '5')]),
      reportOf(3, [kpiOf('wait', '14', '6')]),
    ];
    const [k] = replicatedKpis(reports[0]?.kpis ?? [], summarizeReplications(reports));
    expect(k).toMatchObject({ baseline: '12.0', reform: '5.0', baselineCi: { low: '7.0', high: '17.0' } });
  });

  it('refuses fewer than two reports, different measures, or different KPIs', () => {
    expect(() => summarizeReplications([reportOf(1, [kpiOf('a', '1', '1')])])).toThrow(/two/);
    expect(() =>
      summarizeReplications([reportOf(1, [kpiOf('a', '1', '1')]), reportOf(2, [kpiOf('b', '1', '1')])]),
    ).toThrow(/reports\.1\.kpis/);
    expect(() =>
      summarizeReplications([
        reportOf(1, [kpiOf('a', '1', '1')]),
        reportOf(2, [kpiOf('a', '1', '1')], 'x-y'),
      ]),
    ).toThrow(/reports\.1\.measure/);
  });

  it('property: the mean lies in its interval, and the interval is symmetric about it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 })), {
          minLength: 2,
          maxLength: 12,
        }),
        (pairs) => {
          const reports = pairs.map(([b, r], i) => reportOf(i, [kpiOf('x', String(b), String(r))]));
          const [s] = summarizeReplications(reports, { digits: 6 });
          for (const v of [s?.baseline, s?.reform, s?.change]) {
            const mean = Number(v?.mean);
            const low = Number(v?.ci.low);
            const high = Number(v?.ci.high);
            expect(low).toBeLessThanOrEqual(mean);
            expect(high).toBeGreaterThanOrEqual(mean);
            expect(Math.abs(mean - low - (high - mean))).toBeLessThanOrEqual(2e-6);
          }
        },
      ),
      { seed: FC_SEED, numRuns: 100 },
    );
  });
});

// A toy measure whose KPI is a closed formula of two assumptions: reform wait = 10 × (1 − share) + extra.
const PARAMS = defineParams({
  share: {
    kind: 'number',
    label: { zh: '自动比例', en: 'Automatic share' },
    default: 0.7,
    min: 0,
    max: 1,
    assumption: true,
    plausible: { low: 0.5, high: 0.9 },
  },
  extra: {
    kind: 'number',
    label: { zh: '额外天数', en: 'Extra days' },
    default: 1,
    min: 0,
    max: 10,
    assumption: true,
    plausible: { low: 0, high: 2 },
  },
  fixed: { kind: 'integer', label: { zh: '件数', en: 'Cases' }, default: 10, min: 1, max: 100 },
});

const toy = defineMeasure({
  ...MEASURES[6]!,
  params: PARAMS,
  run(p) {
    return {
      kpis: [kpiOf('wait', '10.0', formatStat(10 * (1 - p.share) + p.extra, 1))],
      series: [],
      samples: [],
    };
  },
});

describe('tornado over the plausible ranges of the assumptions', () => {
  it('lists the assumption parameters with a plausible range, in schema order', () => {
    expect(tornadoParams(PARAMS).map((p) => [p.param, p.low, p.high])).toEqual([
      ['share', 0.5, 0.9],
      ['extra', 0, 2],
    ]);
  });
  it('worked example: share swings the change by 4 days, extra by 2', () => {
    const [t] = tornadoOf(toy, {}, 42);
    // at the defaults: reform 10 × 0.3 + 1 = 4.0, change 4.0 − 10.0 = −6
    expect(t?.change).toBe('-6');
    // share 0.5: reform 5 + 1 = 6.0, change −4; share 0.9: reform 1 + 1 = 2.0, change −8; swing 4
    // extra 0: reform 3.0, change −7; extra 2: reform 5.0, change −5; swing 2
    expect(t?.rows.map((r) => [r.param, r.low.change, r.high.change, r.swing])).toEqual([
      ['share', '-4', '-8', '4'],
      ['extra', '-7', '-5', '2'],
    ]);
    expect(t?.rows[0]?.low).toMatchObject({ value: 0.5, baseline: '10.0', reform: '6.0' });
  });
  it('varies one parameter at a time, the others as given', () => {
    const [t] = tornadoOf(toy, { extra: 3 }, 42);
    // extra 3: share 0.5 → 5 + 3 = 8, change −2; share 0.9 → 1 + 3 = 4, change −6
    expect(t?.rows.find((r) => r.param === 'share')).toMatchObject({
      low: { change: '-2' },
      high: { change: '-6' },
    });
  });
  it('bad parameters throw a ValidationError naming the field', () => {
    expect(() => tornadoOf(toy, { share: 2 }, 42)).toThrow(/share/);
  });
});
