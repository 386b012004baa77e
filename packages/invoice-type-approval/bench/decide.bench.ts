// Applications per second for the full 131-rule evaluation and decision, on one core, over a
// seeded population: core's rule engine with tracing off and on, next to json-rules-engine 7
// running the same rules. Each iteration decides the whole population (N applications), so
// applications per second = hz × N.
import { RandomStream } from '@gd-ftz/core';
import { afterAll, bench, describe } from 'vitest';
import {
  type ApprovalEffect,
  approvalRuleSet,
  combine,
  decideFacts,
  generatePopulation,
  toFacts,
} from '../src/index';
import { jsonRulesEngine } from './json-rules-engine';

const N = 1000;
const arrivals = generatePopulation(RandomStream.fromSeed(2023).substream('population'), {
  size: N,
  startDate: '2025-03-03',
  days: 28,
  shareNew: 0.25,
  shareRisky: 0.1,
});
const facts = arrivals.map((a) => toFacts(a.application));
const dates = arrivals.map((a) => a.application.date);
const set = approvalRuleSet();
const engine = jsonRulesEngine(set.inForce('2025-03-03'));
// Consumed in afterAll so that no evaluation is optimised away.
let checksum = 0;
afterAll(() => {
  if (!Number.isFinite(checksum)) throw new Error('bad checksum');
});

describe(`decide ${N} applications (131 rules each)`, () => {
  bench('core rules, tracing off', () => {
    for (let i = 0; i < N; i++) checksum += decideFacts(facts[i]!, dates[i]!).lines.length;
  });

  bench('core evaluate only (no decision), tracing off', () => {
    for (let i = 0; i < N; i++) checksum += set.evaluate(facts[i]!, { asOf: dates[i]! }).fired.length;
  });

  bench('core rules, tracing on', () => {
    for (let i = 0; i < N; i++) {
      const ev = set.evaluate(facts[i]!, { asOf: dates[i]!, trace: true });
      checksum += combine(facts[i]!, ev.effects).lines.length + (ev.trace?.length ?? 0);
    }
  });

  bench(
    'json-rules-engine 7.3.1',
    async () => {
      for (let i = 0; i < N; i++) {
        const { events } = await engine.run({ ...facts[i]! });
        checksum += combine(
          facts[i]!,
          events.map((e) => e.params as unknown as ApprovalEffect),
        ).lines.length;
      }
    },
    { time: 3000, iterations: 2 },
  );
});
