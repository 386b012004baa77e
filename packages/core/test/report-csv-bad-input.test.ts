// Fuzz #32 regressions: KPI, CSV/XML text and stat helpers name a bad argument with a typed error
// instead of a TypeError or a "NaN" in the output.
import { describe, expect, it } from 'vitest';
import {
  ConfigurationError,
  csvField,
  kpi,
  kpisToCsv,
  moneyStat,
  seriesToCsv,
  summarize,
  ValidationError,
  xmlEscape,
} from '../src/index';

function pathOf(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (e instanceof ValidationError) return e.paths.join(',');
    if (e instanceof ConfigurationError) return e.path;
    throw e;
  }
  return 'no error';
}

describe('report and CSV helpers on bad input', () => {
  it('kpi, moneyStat and summarize name their argument', () => {
    expect(pathOf(() => kpi(null as never))).toBe('kpi');
    expect(pathOf(() => moneyStat(Number.NaN as never))).toBe('amounts');
    expect(pathOf(() => moneyStat([null] as never))).toBe('amounts[0]');
    expect(pathOf(() => summarize(null as never))).toBe('values');
  });

  it('csvField and xmlEscape refuse what is not text (NaN was printed as "NaN")', () => {
    expect(pathOf(() => csvField(Number.NaN as never))).toBe('s');
    expect(pathOf(() => xmlEscape(null as never))).toBe('s');
    expect(csvField('a,b')).toBe('"a,b"');
  });

  it('kpisToCsv and seriesToCsv name the report field and the language', () => {
    expect(pathOf(() => kpisToCsv(null as never))).toBe('report');
    expect(pathOf(() => kpisToCsv({ kpis: [null] } as never))).toBe('report.kpis[0]');
    expect(pathOf(() => kpisToCsv({ kpis: [] } as never, 'fr' as never))).toBe('lang');
    expect(pathOf(() => seriesToCsv({ series: 1 } as never))).toBe('report.series');
    const xy = {
      id: 's',
      kind: 'xy',
      lines: [{ variant: 'baseline', label: { zh: '甲', en: 'A' }, points: [[1, Number.NaN]] }],
    };
    expect(pathOf(() => seriesToCsv({ series: [xy] } as never))).toBe('report.series[0].lines[0].points[0]');
  });
});
