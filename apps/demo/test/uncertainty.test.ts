import type { KpiTornado, ReplicatedKpi } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { initialFiles } from '../build/check-budget.mjs';
import { formatCivil } from '../src/dates';
import { spreadOption, tornadoOption } from '../src/uncertainty-option';

const label = { zh: '等待', en: 'Wait' };
const tornado: KpiTornado = {
  id: 'wait',
  label,
  unit: { zh: '天', en: 'days' },
  change: '-6',
  rows: [
    {
      param: 'share',
      label: { zh: '自动比例', en: 'Automatic share' },
      low: { value: 0.5, baseline: '10', reform: '6', change: '-4' },
      high: { value: 0.9, baseline: '10', reform: '2', change: '-8' },
      swing: '4',
    },
  ],
};

describe('chart options of uncertainty and sensitivity', () => {
  it('tornado bars run from the current change to each end: −4 − (−6) = 2 and −8 − (−6) = −2', () => {
    const o = tornadoOption(tornado, 'en') as {
      series: { data: number[]; name: string }[];
      yAxis: { data: string[] };
    };
    expect(o.yAxis.data).toEqual(['Automatic share']);
    expect(o.series.map((s) => [s.name, s.data])).toEqual([
      ['Change at low end', [2]],
      ['Change at high end', [-2]],
    ]);
  });
  it('spread: one dot per replication, baseline around x = 0 and reform around 1, intervals as lines', () => {
    const kpi = {
      id: 'wait',
      label,
      unit: { zh: '天', en: 'days' },
      baseline: { mean: '12.0', ci: { low: '7.0', high: '17.0' } },
      reform: { mean: '5.0', ci: { low: '2.5', high: '7.5' } },
    } as unknown as ReplicatedKpi;
    const o = spreadOption({ id: 'wait', baseline: [10, 12, 14], reform: [4, 5, 6] }, kpi, 'zh') as {
      series: { data: number[][] }[];
    };
    // jitter (i / (n − 1) − 0.5) × 0.3: −0.15, 0, 0.15
    expect(o.series[0]?.data).toEqual([
      [-0.15, 10],
      [0, 12],
      [0.15, 14],
    ]);
    expect(o.series[1]?.data.map(([x]) => x)).toEqual([0.85, 1, 1.15]);
    expect(o.series[2]?.data).toEqual([
      [0, 7],
      [0, 17],
    ]);
  });
});

describe('dates per language', () => {
  it('writes a trace date the way each language does', () => {
    expect(formatCivil('2025-03-04', 'zh')).toBe('2025年3月4日');
    expect(formatCivil('2025-03-04', 'en')).toBe('Mar 4, 2025');
    expect(formatCivil('2025-03-04T09:30', 'en')).toBe('Mar 4, 2025, 09:30');
    expect(formatCivil('not a date', 'en')).toBe('not a date');
  });
});

describe('first-load budget', () => {
  it('counts the entries and their static imports, not dynamic ones', () => {
    const manifest = {
      'index.html': {
        file: 'assets/index.js',
        isEntry: true,
        imports: ['_vendor'],
        dynamicImports: ['_chart'],
      },
      _vendor: { file: 'assets/vendor.js', imports: [] },
      _chart: { file: 'assets/chart.js' },
      'index.css': { file: 'assets/index.css' },
    };
    expect(initialFiles(manifest)).toEqual(['assets/index.js', 'assets/vendor.js']);
  });
});
