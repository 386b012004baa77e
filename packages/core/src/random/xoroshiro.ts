// xoroshiro128+ (Blackman and Vigna), as pure-rand 8 implements it on 32-bit halves, with the same
// state layout and the same outputs (checked against pure-rand in random-generator.test.ts).
//
// Why core has its own copy: RandomStream.real() advances the generator twice per draw. Through
// pure-rand's `next()` that is a call on another module's object, which V8 often leaves out of line
// when a model's event callback has already spent its inlining budget on the kernel; with the state
// in fields of a class core owns, `real()` steps it in place (see RandomStream.real). Measured on
// the M/M/8 bench model: 107 → 97–104 ms per 10,000-hour run (core README, Performance, seventh pass).
// pure-rand stays the source of the integer distribution (`uniformInt`), which only calls `next()`.

import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/** Internal: a xoroshiro128+ generator; RandomStream reads and writes its four state words. */
export class Xoroshiro128Plus implements RandomGenerator {
  // The 128-bit state as four 32-bit words, with pure-rand's names; the constructor takes them in
  // pure-rand's state order (s01, s00, s11, s10).
  s01: number;
  s00: number;
  s11: number;
  s10: number;

  constructor(s01: number, s00: number, s11: number, s10: number) {
    this.s01 = s01;
    this.s00 = s00;
    this.s11 = s11;
    this.s10 = s10;
  }

  /**
   * A generator at a state in pure-rand's order (four 32-bit words, signed or unsigned: every step
   * reads them as 32-bit integers). They are stored as signed words, so that the fields keep one
   * representation from the first draw on.
   */
  static fromState(state: readonly number[]): Xoroshiro128Plus {
    return new Xoroshiro128Plus(
      (state[0] as number) | 0,
      (state[1] as number) | 0,
      (state[2] as number) | 0,
      (state[3] as number) | 0,
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
