// Fuzz #32 regressions: the replication and tornado helpers name the bad argument with a typed
// error instead of throwing a bare TypeError on a value that is not a report.
import { describe, expect, it } from 'vitest';
import {
  ConfigurationError,
  GdFtzError,
  replicatedKpis,
  replicationSeed,
  summarizeReplications,
  tornadoFromReports,
  tornadoParams,
  ValidationError,
} from '../src/index';

function pathOf(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (e instanceof ValidationError) return e.paths.join(',');
    if (e instanceof ConfigurationError) return e.path;
    if (e instanceof GdFtzError) return `other:${e.code}`;
    throw e;
  }
  return 'no error';
}

const report = (baseline: string) =>
  ({ measure: { slug: 'toy' }, kpis: [{ id: 'days', baseline, reform: '4' }] }) as never;

describe('replication and tornado helpers on bad input', () => {
  it('replicationSeed names seed and index, even for an object that cannot print', () => {
    const hostile = { constructor: 1, toString: 1 } as never;
    expect(pathOf(() => replicationSeed(hostile, 0))).toBe('seed');
    expect(pathOf(() => replicationSeed(1, hostile))).toBe('index');
  });

  it('summarizeReplications names reports, a report without kpis, a KPI value not a decimal', () => {
    expect(pathOf(() => summarizeReplications((2 ** 60) as never))).toBe('reports');
    expect(pathOf(() => summarizeReplications([null, null] as never))).toBe('reports[0]');
    expect(pathOf(() => summarizeReplications([report('10'), report('NaN')]))).toBe(
      'reports[1].kpis[0].baseline',
    );
    expect(pathOf(() => summarizeReplications([report('10'), report('12')], null as never))).toBe('options');
  });

  it('replicatedKpis names kpis and summaries', () => {
    expect(pathOf(() => replicatedKpis(Number.NaN as never, []))).toBe('kpis');
    expect(pathOf(() => replicatedKpis([null] as never, []))).toBe('kpis[0]');
    expect(pathOf(() => replicatedKpis([], 'x' as never))).toBe('summaries');
  });

  it('tornadoParams and tornadoFromReports name schema, base and runs', () => {
    expect(pathOf(() => tornadoParams(null as never))).toBe('schema');
    expect(pathOf(() => tornadoParams({ a: null } as never))).toBe('schema.a');
    expect(pathOf(() => tornadoFromReports(undefined as never, []))).toBe('base');
    expect(pathOf(() => tornadoFromReports(report('10'), null as never))).toBe('runs');
    expect(pathOf(() => tornadoFromReports(report('10'), [{ lowReport: 1 }] as never))).toBe(
      'runs[0].lowReport',
    );
  });
});
