// The event-log contract for every registered engine: a run with logging on emits at least one
// event per simulated case, never goes back in time within a case, labels every activity in zh and
// en, and reports exactly what the same run without a log reports; its OCEL 2.0 JSON passes the
// published schema and its XES passes the IEEE XES schema.
import { toOcelJson, toXes } from '@gd-ftz/core';
import { eventLogContractFindings } from '@gd-ftz/core/testing';
import { describe, expect, it } from 'vitest';
import { ocelProblems, xesProblems } from '../../core/test/event-log/validators';
import { registry } from '../src/index';
import { SMALL_SCENARIOS } from './small-scenarios';

type Report = ReturnType<(typeof registry.all)[number]['simulate']>;

/** Cases per variant as each engine's report states them (every case runs in both variants). */
const EXPECTED: Record<string, (r: Report) => { baseline: number; reform: number }> = {
  'overpayment-refund': (r) => {
    const n = Number(/(\d+) overpayments/.exec(r.notes?.[0]?.en ?? '')?.[1]);
    return { baseline: n, reform: n };
  },
  'invoice-type-approval': (r) => ({
    baseline: Number(r.params.applications),
    reform: Number(r.params.applications),
  }),
  'linear-project-permits': (r) => ({
    baseline: Number(r.params.projects),
    reform: Number(r.params.projects),
  }),
  'crew-appointment': (r) => ({
    baseline: Number(r.params.appointments),
    reform: Number(r.params.appointments),
  }),
  'zero-window-service': (r) => ({
    baseline: Number(r.params.requests),
    reform: Number(r.params.requests),
  }),
};

const PARAMS = SMALL_SCENARIOS;

describe.each(registry.all.map((m) => [m.slug, m] as const))('%s event log', (slug, measure) => {
  const expectedCases = EXPECTED[slug];
  const { findings, log } = eventLogContractFindings(measure, {
    seed: 42,
    params: PARAMS[slug] ?? {},
    ...(expectedCases ? { expectedCases } : {}),
  });

  it('meets the contract: events for every case, in time order, labelled, report unchanged', () => {
    expect(findings).toEqual([]);
    expect(log.summary().truncated).toBe(false);
  });

  it('writes OCEL 2.0 JSON that passes the published schema and refers only to real objects', () => {
    expect(ocelProblems(toOcelJson(log))).toEqual([]);
  });

  it('writes XES that passes the IEEE XES schema, per variant', async () => {
    expect(await xesProblems(toXes(log, { variant: 'baseline' }))).toEqual([]);
    expect(await xesProblems(toXes(log, { variant: 'reform', names: 'zh' }))).toEqual([]);
  });
});
