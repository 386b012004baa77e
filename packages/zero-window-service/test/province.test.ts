// The province entry: districts of near-equal size, each run as measure.simulate runs one, their
// figures merged; a one-district province is measure.simulate's main run.
import { describe, expect, it } from 'vitest';
import { measure } from '../src/index';
import { provinceYear } from '../src/province';
import { pathsOf } from './fixtures';

const kpiOf = (r: { kpis: readonly { id: string; baseline: string; reform: string }[] }, id: string) => {
  const k = r.kpis.find((x) => x.id === id);
  if (k === undefined) throw new Error(`no KPI ${id}`);
  return k;
};
const pairs = (kpis: readonly { id: string; baseline: string; reform: string }[]) =>
  kpis.map((k) => [k.id, k.baseline, k.reform]);

describe('provinceYear', () => {
  it('with one district gives the KPI values of measure.simulate for the same seed', () => {
    const report = measure.simulate({ requests: 2000 }, { seed: 11 });
    const province = provinceYear({ requests: 2000, district: { requests: 2000 } }, { seed: 11 });
    expect(province.districts).toBe(1);
    expect(pairs(province.kpis)).toEqual(pairs(report.kpis));
  });

  it('splits the requests over near-equal districts and sums their staff', () => {
    const seen: number[] = [];
    const r = provinceYear(
      { requests: 7000, district: { requests: 3000, windowStaff: 4 } },
      { seed: 3, onProgress: (f) => seen.push(f) },
    );
    // ⌈7000 / 3000⌉ = 3 districts: 2334 + 2333 + 2333 = 7000.
    expect([r.districts, r.district.requests]).toEqual([3, 2334]);
    expect(seen).toEqual([1 / 3, 2 / 3, 1]);
    // 3 × 4 windows before; none after (each district's 4 posts go to cloud, lounge and back office).
    expect(r.staff.baseline).toEqual({ windows: 12, cloud: 0, lounge: 0, backOffice: 9 });
    const after = r.staff.reform;
    expect(after.windows).toBe(0);
    expect(after.cloud + after.lounge + after.backOffice).toBe(12 + 9);
    expect([kpiOf(r, 'windows').baseline, kpiOf(r, 'windows').reform]).toEqual(['12', '0']);
    // The seed's shift holds province-wide.
    expect(Number(kpiOf(r, 'on-site-advisory-share').reform)).toBeGreaterThan(
      Number(kpiOf(r, 'on-site-advisory-share').baseline),
    );
  });

  it('is deterministic for a seed, and another seed moves the draws', () => {
    const a = provinceYear({ requests: 3000, district: { requests: 1000 } }, { seed: 5 });
    const b = provinceYear({ requests: 3000, district: { requests: 1000 } }, { seed: 5 });
    const c = provinceYear({ requests: 3000, district: { requests: 1000 } }, { seed: 6 });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(pairs(c.kpis)).not.toEqual(pairs(a.kpis));
  });

  it('refuses bad input naming the field, and does not change it', () => {
    const input = Object.freeze({ requests: 1000, district: Object.freeze({ shareLounge: 1.5 }) });
    expect(pathsOf(() => provinceYear(input, { seed: 1 }))).toEqual(['input.district.shareLounge']);
    expect(input).toEqual({ requests: 1000, district: { shareLounge: 1.5 } });
    expect(pathsOf(() => provinceYear({ requests: 99 }, { seed: 1 }))).toEqual(['input.requests']);
    expect(pathsOf(() => provinceYear({ requests: 50_000_001 }, { seed: 1 }))).toEqual(['input.requests']);
    expect(pathsOf(() => provinceYear({ requests: 1000.5 }, { seed: 1 }))).toEqual(['input.requests']);
    expect(pathsOf(() => provinceYear({ requests: 1000 }, { seed: 1.5 }))).toEqual(['options.seed']);
    expect(pathsOf(() => provinceYear(null as never, { seed: 1 }))).toEqual(['input']);
    expect(pathsOf(() => provinceYear({ requests: 1000 }, null as never))).toEqual(['options']);
  });
});
