// The event log: core's contract (a case per unit with events, in time order, labelled, the report
// unchanged), and what the log must show of the reform: online orders only in the reform, and more
// hazards found by the users themselves.
import { eventLogContractFindings } from '@gd-ftz/core/testing';
import { describe, expect, it } from 'vitest';
import { measure } from '../src/index';

describe('event log', () => {
  const { findings, log } = eventLogContractFindings(measure, { seed: 42, params: { units: 1500 } });

  it('meets the contract', () => {
    expect(findings).toEqual([]);
    expect(log.summary().truncated).toBe(false);
  });

  it('online orders appear only in the reform; self-found hazards are more frequent there', () => {
    const count = (variant: 'baseline' | 'reform', activity: string) =>
      log.cases(variant).reduce((n, c) => n + c.events.filter((e) => e.activity === activity).length, 0);
    expect(count('baseline', 'order')).toBe(0);
    expect(count('reform', 'order')).toBeGreaterThan(0);
    expect(count('reform', 'found-self')).toBeGreaterThan(count('baseline', 'found-self'));
  });
});
