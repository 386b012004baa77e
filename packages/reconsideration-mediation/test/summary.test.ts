// 第五十三条's scope: hand-checked amounts, kinds, consent, bad input.
import { ValidationError } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summaryEligible } from '../src/index';

describe('summaryEligible', () => {
  it('3,000.00 CNY is within the summary scope, 3,000.01 is not without consent', () => {
    // 第五十三条第一款第三项: 款额三千元以下 — 3,000.00 ≤ 3,000; 3,000.01 > 3,000.
    expect(summaryEligible({ kind: 'other', onTheSpot: false, amount: '3000.00' }, false)).toBe(true);
    expect(summaryEligible({ kind: 'other', onTheSpot: false, amount: '3000.01' }, false)).toBe(false);
    // 第二款: any case when all parties agree.
    expect(summaryEligible({ kind: 'other', onTheSpot: false, amount: '3000.01' }, true)).toBe(true);
  });

  it('on-the-spot acts, warnings, 通报批评 and disclosure cases qualify whatever the amount', () => {
    const big = '1000000';
    expect(summaryEligible({ kind: 'other', onTheSpot: true, amount: big }, false)).toBe(true);
    expect(summaryEligible({ kind: 'warning', onTheSpot: false, amount: big }, false)).toBe(true);
    expect(summaryEligible({ kind: 'criticism', onTheSpot: false }, false)).toBe(true);
    expect(summaryEligible({ kind: 'information-disclosure', onTheSpot: false }, false)).toBe(true);
    expect(summaryEligible({ kind: 'other', onTheSpot: false }, false)).toBe(false);
  });

  it('property: consent always qualifies; a smaller amount never loses eligibility', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), (a, b) => {
        const of = (fen: number) =>
          summaryEligible({ kind: 'other', onTheSpot: false, amount: (fen / 100).toFixed(2) }, false);
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        if (of(hi)) expect(of(lo)).toBe(true);
        expect(
          summaryEligible({ kind: 'other', onTheSpot: false, amount: (hi / 100).toFixed(2) }, true),
        ).toBe(true);
      }),
    );
  });

  it('bad input: a ValidationError naming the field', () => {
    const paths = (run: () => unknown) => {
      try {
        run();
      } catch (e) {
        return e instanceof ValidationError ? e.paths : e;
      }
      return undefined;
    };
    expect(paths(() => summaryEligible(null as never, false))).toEqual(['act']);
    expect(paths(() => summaryEligible({ kind: 'fine' as 'other', onTheSpot: false }, false))).toEqual([
      'act.kind',
    ]);
    expect(paths(() => summaryEligible({ kind: 'other', onTheSpot: 'no' as never }, false))).toEqual([
      'act.onTheSpot',
    ]);
    expect(paths(() => summaryEligible({ kind: 'other', onTheSpot: false, amount: '3,000' }, false))).toEqual(
      ['act.amount'],
    );
    expect(paths(() => summaryEligible({ kind: 'other', onTheSpot: false, amount: '-1' }, false))).toEqual([
      'act.amount',
    ]);
    expect(paths(() => summaryEligible({ kind: 'other', onTheSpot: false }, 'yes' as never))).toEqual([
      'partiesAgree',
    ]);
    const act = Object.freeze({ kind: 'other' as const, onTheSpot: false, amount: '5' });
    summaryEligible(act, false);
    expect(act).toEqual({ kind: 'other', onTheSpot: false, amount: '5' });
  });
});
