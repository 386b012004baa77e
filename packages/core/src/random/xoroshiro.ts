// xoroshiro128+ (Blackman and Vigna), as pure-rand 8 implements it on 32-bit halves, with the same
// state layout and the same outputs (checked against pure-rand in random-generator.test.ts).
//
// Why core has its own copy: measured, not reasoned. With the generator a class of core's own,
// `RandomStream.real()` (two `next()` calls) costs about half as much CPU as through pure-rand's
// generator object (15.6 → 8 ms per million draws), and the M/M/8 bench model runs a 10,000-hour
// run in 97–104 ms instead of 107 (core README, Performance, seventh pass). Writing the two steps
// out inside `real()` was tried and measured no faster, so it is not done. pure-rand stays the
// source of the integer distribution (`uniformInt`), which only calls `next()`.

import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/** Internal: the xoroshiro128+ generator behind every RandomStream. */
export class Xoroshiro128Plus implements RandomGenerator {
  // The 128-bit state as four 32-bit words, with pure-rand's names; the constructor takes them in
  // pure-rand's state order (s01, s00, s11, s10).
  private s01: number;
  private s00: number;
  private s11: number;
  private s10: number;

  constructor(s01: number, s00: number, s11: number, s10: number) {
    this.s01 = s01;
    this.s00 = s00;
    this.s11 = s11;
    this.s10 = s10;
  }

  /** A generator at a state in pure-rand's order (four 32-bit words, as `getState()` returns them). */
  static fromState(state: readonly number[]): Xoroshiro128Plus {
    return new Xoroshiro128Plus(
      state[0] as number,
      state[1] as number,
      state[2] as number,
      state[3] as number,
    );
  }

  /** An independent copy at the same position. */
  clone(): Xoroshiro128Plus {
    return new Xoroshiro128Plus(this.s01, this.s00, this.s11, this.s10);
  }

  /** The next output, a signed 32-bit integer; advances the state. */
  next(): number {
    const s00 = this.s00;
    const s01 = this.s01;
    const s10 = this.s10;
    const s11 = this.s11;
    const out = (s00 + s10) | 0;
    const a0 = s10 ^ s00;
    const a1 = s11 ^ s01;
    this.s00 = (s00 << 24) ^ (s01 >>> 8) ^ a0 ^ (a0 << 16);
    this.s01 = (s01 << 24) ^ (s00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
    this.s10 = (a1 << 5) ^ (a0 >>> 27);
    this.s11 = (a0 << 5) ^ (a1 >>> 27);
    return out;
  }

  /** The state in pure-rand's order: [s01, s00, s11, s10]. */
  getState(): readonly number[] {
    return [this.s01, this.s00, this.s11, this.s10];
  }
}
