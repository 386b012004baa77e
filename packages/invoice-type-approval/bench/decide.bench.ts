// Applications per second for the full 131-rule evaluation and decision, on one core, over a
// seeded population. Imports the built output (house style), from dist/internal.js: the public
// entry plus the unchecked fast path (`decideFacts`, `combine`) and the population generator,
// which are not public (src/internal.ts, no package.json export). Run
// `pnpm --filter @gd-ftz/invoice-type-approval build` first, then `npx vitest bench --run`.
// Every bench decides the same N applications per iteration, so applications per second = hz × N
// and the "× faster than" lines vitest prints are the ratios between the variants, measured in
// the same run (on a loaded machine the absolute figures move, the ratios much less):
// - the engine with tracing off (`decideFacts`), and core's evaluation alone (the difference is
//   the engine's own findings-to-decision step, `combine`);
// - the engine with tracing on: the evaluation with one trace step per rule, then the decision;
//   and `decideApplication` end to end (validation, facts, trace, decision steps, due date);
// - a plain baseline: every rule's `when` called in a loop, then the same decision;
// - json-rules-engine 7.3.1 running the same 131 rules (async, one event per rule), then the
//   same decision.
import { RandomStream } from '@gd-ftz/core';
import { afterAll, bench, describe } from 'vitest';
import {
  type ApprovalEffect,
  type ApprovalFacts,
  approvalRuleSet,
  combine,
  decideApplication,
  decideFacts,
  generatePopulation,
  toFacts,
} from '../dist/internal.js';
import { jsonRulesEngine } from './json-rules-engine';

const N = 250;
const arrivals = generatePopulation(RandomStream.fromSeed(2023).substream('population'), {
  size: N,
  startDate: '2025-03-03',
  days: 28,
  shareNew: 0.25,
  shareRisky: 0.1,
});
const apps = arrivals.map((a) => a.application);
const facts = apps.map((a) => toFacts(a));
const dates = apps.map((a) => a.date);
const options = dates.map((asOf) => ({ asOf }));
const traced = dates.map((asOf) => ({ asOf, trace: true }));
const set = approvalRuleSet();
const rules = set.inForce('2025-03-03');
const engine = jsonRulesEngine(rules);
// Consumed in afterAll so that no evaluation is optimised away.
let checksum = 0;
afterAll(() => {
  if (!Number.isFinite(checksum)) throw new Error('bad checksum');
});

function naive(f: ApprovalFacts): number {
  const effects: ApprovalEffect[] = [];
  for (const r of rules) if (r.when(f)) effects.push(r.effect);
  return combine(f, effects).lines.length;
}

describe(`decide ${N} applications (131 rules each)`, () => {
  bench('engine, tracing off (decideFacts)', () => {
    for (let i = 0; i < N; i++) checksum += decideFacts(facts[i]!, dates[i]!).lines.length;
  });

  bench('core evaluate only (no decision), tracing off', () => {
    for (let i = 0; i < N; i++) checksum += set.evaluate(facts[i]!, options[i]!).fired.length;
  });

  bench('engine, tracing on (evaluate with trace + decision)', () => {
    for (let i = 0; i < N; i++) {
      const ev = set.evaluate(facts[i]!, traced[i]!);
      checksum += combine(facts[i]!, ev.effects).lines.length + (ev.trace?.length ?? 0);
    }
  });

  bench('decideApplication end to end (validate, facts, trace, due date)', () => {
    for (let i = 0; i < N; i++) checksum += decideApplication(apps[i]!).trace.steps.length;
  });

  bench('baseline: every rule’s when() in a loop + decision', () => {
    for (let i = 0; i < N; i++) checksum += naive(facts[i]!);
  });

  bench(
    'json-rules-engine 7.3.1 + decision',
    async () => {
      for (let i = 0; i < N; i++) {
        const { events } = await engine.run({ ...facts[i]! });
        checksum += combine(
          facts[i]!,
          events.map((e) => e.params as unknown as ApprovalEffect),
        ).lines.length;
      }
    },
    { time: 2000, iterations: 3 },
  );
});
