import { describe, expect, it } from 'vitest';
import { kpiChange, kpisToCsv, type ScenarioReport, seriesToCsv, UNITS, ValidationError } from '../src/index';

const report: ScenarioReport = {
  measure: { id: 7, slug: 'invoice-type-approval' },
  seed: 1,
  params: {},
  kpis: [
    {
      id: 'minutes',
      label: { zh: '审批时间', en: 'Approval time, "median"' },
      unit: UNITS.minutes,
      baseline: '2880',
      reform: '1.5',
      better: 'lower',
      origin: 'calibrated',
      category: 'applicant-time',
    },
    {
      id: 'share',
      label: { zh: '自动办结率', en: 'Auto share' },
      unit: UNITS.percent,
      baseline: '0',
      reform: '87.5',
      better: 'higher',
      origin: 'model',
      category: 'staff-time',
    },
  ],
  series: [
    {
      id: 'hist',
      kind: 'xy',
      chart: 'bar',
      title: { zh: '分布', en: 'Distribution' },
      x: { label: { zh: '天', en: 'days' } },
      y: { label: { zh: '件', en: 'cases' } },
      lines: [{ variant: 'reform', label: { zh: '改革后', en: 'Reform' }, points: [[0, 3]] }],
    },
    {
      id: 'gantt',
      kind: 'timeline',
      title: { zh: '时间线', en: 'Timeline' },
      unit: UNITS.workingDays,
      bars: [{ variant: 'baseline', lane: { zh: '选址', en: 'Siting' }, start: 0, end: 40 }],
    },
  ],
  samples: [],
};

describe('kpiChange', () => {
  it('computes exact change and direction: 2880 → 1.5 min is −2878.5, −99.9%, better when lower', () => {
    // (1.5 − 2880) / 2880 × 100 = −99.947… → −99.9
    expect(kpiChange(report.kpis[0]!)).toEqual({
      absolute: '-2878.5',
      relativePercent: '-99.9',
      improved: true,
    });
  });
  it('has no relative change from a zero baseline', () => {
    expect(kpiChange(report.kpis[1]!)).toEqual({ absolute: '87.5', relativePercent: null, improved: true });
  });
  it('reports no improvement when nothing moved or no direction is better', () => {
    expect(kpiChange({ baseline: '5', reform: '5', better: 'lower' }).improved).toBeNull();
    expect(kpiChange({ baseline: '5', reform: '6', better: 'neither' }).improved).toBeNull();
    expect(kpiChange({ baseline: '5', reform: '6', better: 'lower' }).improved).toBe(false);
  });
});

describe('CSV export', () => {
  it('writes KPIs with quoted cells where needed, in the chosen language', () => {
    expect(kpisToCsv(report, 'en').split('\r\n')).toEqual([
      'id,label,unit,baseline,reform,change,change_percent,better,improved,origin,category',
      'minutes,"Approval time, ""median""",min,2880,1.5,-2878.5,-99.9,lower,true,calibrated,applicant-time',
      'share,Auto share,%,0,87.5,87.5,,higher,true,model,staff-time',
      '',
    ]);
    expect(kpisToCsv(report, 'zh')).toContain('minutes,审批时间,分钟,');
  });
  it('writes series in long format, points and timeline bars', () => {
    expect(seriesToCsv(report, 'en').split('\r\n')).toEqual([
      'series,kind,variant,label,x,y,start,end',
      'hist,xy,reform,Reform,0,3,,',
      'gantt,timeline,baseline,Siting,,,0,40',
      '',
    ]);
  });
});

// Issue 32: kpiChange accepted 'Infinity', '0x10' and '1e999999999' (the last ran out of memory).
// KPI values are plain decimal strings; anything else is a ValidationError naming the field.
describe('kpiChange reads plain decimals only (issue 32)', () => {
  const paths = (fn: () => unknown): readonly string[] => {
    try {
      fn();
    } catch (e) {
      if (e instanceof ValidationError) return e.paths;
      throw e;
    }
    throw new Error('expected a ValidationError');
  };
  for (const bad of ['Infinity', '0x10', '1e999999999', 'NaN', ' 1', '']) {
    it(`baseline ${JSON.stringify(bad)} names kpi.baseline; reform the same names kpi.reform`, () => {
      expect(paths(() => kpiChange({ baseline: bad, reform: '1', better: 'lower' }))).toEqual([
        'kpi.baseline',
      ]);
      expect(paths(() => kpiChange({ baseline: '1', reform: bad, better: 'lower' }))).toEqual(['kpi.reform']);
    });
  }
  it('an unknown direction names kpi.better', () => {
    expect(paths(() => kpiChange({ baseline: '1', reform: '2', better: 'up' as never }))).toEqual([
      'kpi.better',
    ]);
  });
});
