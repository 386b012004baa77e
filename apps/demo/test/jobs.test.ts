// The worker's jobs with real engines: replications, cancellation, tornado, overview grouping.
import { replicationSeed } from '@gd-ftz/core';
import { registry } from '@gd-ftz/engines';
import { describe, expect, it } from 'vitest';
import { descriptorOf } from '../src/descriptor';
import { overviewByCategory } from '../src/overview';
import { Cancelled, type JobControl, runReplications, runTornado } from '../src/worker/jobs';

const quiet = (cancelAfter = Number.POSITIVE_INFINITY): JobControl & { progress: number[] } => {
  const progress: number[] = [];
  let pauses = 0;
  return {
    progress,
    onProgress: (f) => progress.push(f),
    cancelled: () => pauses >= cancelAfter,
    pause: async () => {
      pauses++;
    },
  };
};

const engine = registry.bySlug('overpayment-refund');
if (!engine) throw new Error('overpayment-refund is not registered');

describe('runReplications', () => {
  it('replication 0 is the single-seed report; n replications give n values per KPI and an interval', async () => {
    const c = quiet();
    const run = await runReplications(engine, {}, 42, 3, c);
    expect(run.report).toEqual(engine.simulate({}, { seed: 42 }));
    expect(run.seeds).toEqual([42, replicationSeed(42, 1), replicationSeed(42, 2)]);
    expect(run.replicated?.length).toBe(run.report.kpis.length);
    for (const k of run.replicated ?? []) {
      expect(k.n).toBe(3);
      expect(Number(k.baseline.ci.low)).toBeLessThanOrEqual(Number(k.baseline.mean));
    }
    expect(run.spread?.[0]?.baseline).toHaveLength(3);
    // The third replication's values are those of a plain run on its seed.
    const third = engine.simulate({}, { seed: replicationSeed(42, 2) });
    expect(run.spread?.[0]?.reform[2]).toBe(Number(third.kpis[0]?.reform));
    expect(c.progress.at(-1)).toBe(1);
  });
  it('one replication is the single seed, without intervals', async () => {
    const run = await runReplications(engine, {}, 7, 1, quiet());
    expect(run.replicated).toBeUndefined();
    expect(run.seeds).toEqual([7]);
  });
  it('stops between replications once cancelled', async () => {
    await expect(runReplications(engine, {}, 42, 10, quiet(2))).rejects.toBeInstanceOf(Cancelled);
  });
});

// The engine with one assumption that declares a plausible range (fetchSecondsMax): 3 runs.
const invoice = registry.bySlug('invoice-type-approval');
if (!invoice) throw new Error('invoice-type-approval is not registered');

describe('runTornado', () => {
  it('gives one tornado per KPI, rows largest swing first, one row per plausible assumption', async () => {
    const c = quiet();
    const tornado = await runTornado(invoice, {}, 42, c);
    expect(tornado.map((k) => k.id)).toEqual(invoice.simulate({}, { seed: 42 }).kpis.map((k) => k.id));
    const assumptions = Object.entries(invoice.params).filter(([, s]) => s.assumption && 'plausible' in s);
    expect(tornado.some((k) => k.rows.length > 0)).toBe(true);
    for (const k of tornado) {
      expect(k.rows.length).toBeLessThanOrEqual(assumptions.length);
      const swings = k.rows.map((r) => Number(r.swing));
      expect(swings).toEqual([...swings].sort((a, b) => b - a));
    }
    expect(c.progress.at(-1)).toBe(1);
  });
  it('stops between runs once cancelled', async () => {
    await expect(runTornado(invoice, {}, 42, quiet(1))).rejects.toBeInstanceOf(Cancelled);
  });
});

describe('descriptors and the overview', () => {
  it('a descriptor is JSON: identity, schema and version, no engine code', () => {
    const d = descriptorOf(engine, '1.2.3');
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
    expect(Object.keys(d).sort()).toEqual(
      ['id', 'slug', 'title', 'leadAgencies', 'scope', 'summary', 'params', 'version'].sort(),
    );
    expect(Object.keys(d.params)).toEqual(Object.keys(engine.params));
  });
  it('groups each measure’s first KPI of a category, every category listed', () => {
    const items = registry.all.map((e) => ({ slug: e.slug, report: e.simulate({}, { seed: 42 }) }));
    const groups = overviewByCategory(items);
    expect(groups.map((g) => g.category)).toEqual([
      'applicant-time',
      'applicant-effort',
      'staff-time',
      'money',
      'risk',
      'compliance',
      'coverage',
    ]);
    for (const { category, rows } of groups) {
      for (const { slug, kpi } of rows) {
        const report = items.find((i) => i.slug === slug)?.report;
        expect(report?.kpis.find((k) => k.category === category)).toBe(kpi);
      }
      // At most one row per measure and category.
      expect(new Set(rows.map((r) => r.slug)).size).toBe(rows.length);
    }
  });
});
