// Erlang C's closed form on hand-checkable cases, and bad input. The M/M/c validation of the kernel
// against it is in mmc.test.ts.
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../src/errors';
import { erlangC } from '../src/sim/index';

function pathsOf(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    if (e instanceof ValidationError) return [...e.paths];
    throw e;
  }
  throw new Error('no error thrown');
}

describe('erlangC', () => {
  it('M/M/1 at ρ = 0.5: Wq = ρ / (μ − λ) = 0.5 / (0.1 − 0.05) = 10; P(wait) = ρ = 0.5', () => {
    const e = erlangC(1, 0.05, 10);
    expect(e.meanWait).toBeCloseTo(10, 9);
    expect(e.pWait).toBeCloseTo(0.5, 9);
    expect(e.utilization).toBeCloseTo(0.5, 12);
  });

  it('3 servers, λ = 50/h, μ = 20/h: C = 0.70225, Wq = 0.070225 h = 4.2135 min', () => {
    // a = 2.5, ρ = 0.8333; a³/3! = 2.6042 ÷ (1 − ρ) = 15.625; Σ_{k<3} aᵏ/k! = 1 + 2.5 + 3.125 = 6.625;
    // C = 15.625 / (6.625 + 15.625) = 0.70225; Wq = C / (cμ − λ) = 0.70225 / 10 h.
    const hours = erlangC(3, 50, 1 / 20);
    expect(hours.pWait).toBeCloseTo(0.70225, 5);
    expect(hours.meanWait * 60).toBeCloseTo(4.2135, 4);
    // The same queue in minutes gives the same wait in minutes.
    expect(erlangC(3, 50 / 60, 3).meanWait).toBeCloseTo(4.2135, 4);
  });

  it('bad input names the field; a load of 1 or more is refused', () => {
    expect(pathsOf(() => erlangC(1.5, 0.1, 5))).toEqual(['servers']);
    expect(pathsOf(() => erlangC(0, 0.1, 5))).toEqual(['servers']);
    expect(pathsOf(() => erlangC(1, -1, 5))).toEqual(['arrivalRate']);
    expect(pathsOf(() => erlangC(1, Number.NaN, 5))).toEqual(['arrivalRate']);
    expect(pathsOf(() => erlangC(1, 0.1, 0))).toEqual(['meanService']);
    expect(pathsOf(() => erlangC(1, 0.2, 5))).toEqual(['arrivalRate']); // ρ = 1
    expect(pathsOf(() => erlangC(2, 0.5, 5))).toEqual(['arrivalRate']); // ρ = 1.25
  });
});
