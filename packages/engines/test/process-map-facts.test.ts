// What each engine's process map must show, read off the models' definitions: steps that exist
// only in the reform (the reminder, the rule engine, rapid tests) and steps every case passes.
import { createEventLog, directlyFollowsGraph, type EventLog } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { registry } from '../src/index';

function logOf(slug: string, params: Record<string, unknown>): EventLog {
  const log = createEventLog();
  registry.bySlug(slug)?.simulateUnknown(params, { seed: 7, eventLog: log });
  return log;
}

const ids = (log: EventLog, v: 'baseline' | 'reform') =>
  directlyFollowsGraph(log, v).activities.map((a) => a.id);

describe('process-map facts per engine', () => {
  it('overpayment-refund: only the reform reminds and reviews automatically; every case starts when the overpayment shows', () => {
    const log = logOf('overpayment-refund', { population: 400 });
    const b = directlyFollowsGraph(log, 'baseline');
    const r = directlyFollowsGraph(log, 'reform');
    expect(ids(log, 'baseline')).not.toContain('remind');
    expect(ids(log, 'baseline')).not.toContain('auto-review');
    // The reform reminds on the day the overpayment shows: detect → remind in every reform case.
    expect(r.edges.find((e) => e.from === 'detect' && e.to === 'remind')?.count).toBe(r.cases);
    for (const g of [b, r]) expect(g.activities.find((a) => a.id === 'detect')?.starts).toBe(g.cases);
  });

  it('invoice-type-approval: every baseline file waits for an officer; the rules check every reform file', () => {
    const log = logOf('invoice-type-approval', { applications: 200 });
    expect(ids(log, 'baseline')).toEqual(['apply', 'decide', 'officer-review']);
    const r = directlyFollowsGraph(log, 'reform');
    expect(r.activities.find((a) => a.id === 'rule-check')?.share).toBe(1);
    // A referred file is the only kind an officer takes up.
    const refer = r.activities.find((a) => a.id === 'refer')?.events ?? 0;
    expect(r.activities.find((a) => a.id === 'officer-review')?.events ?? 0).toBe(refer);
  });

  it('aquatic-rapid-testing: rapid tests exist only in the reform', () => {
    const log = logOf('aquatic-rapid-testing', { farms: 100 });
    expect(ids(log, 'baseline')).not.toContain('rapid-test');
    expect(ids(log, 'reform')).toContain('rapid-test');
  });

  it('linear-project-permits: every baseline case goes to natural resources; some start at another department', () => {
    const log = logOf('linear-project-permits', { projects: 30 });
    const b = directlyFollowsGraph(log, 'baseline');
    const submit = b.activities.find((a) => a.id === 'natural-resources.submit');
    // The siting opinion (natural resources) heads the planning chain of every project…
    expect(submit?.cases).toBe(b.cases);
    // …but 环评 and 水保 ran concurrently at their own departments before the reform (issue #13), so a
    // project whose filing was ready first starts there.
    expect(submit?.starts ?? 0).toBeGreaterThan(0);
    expect(submit?.starts ?? 0).toBeLessThan(b.cases);
  });
});
