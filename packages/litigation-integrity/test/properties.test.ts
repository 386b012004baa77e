// Properties named for the rule they check. The seed comes from FC_SEED (tooling/fast-check-setup.ts).
import { Money, parseParams } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paramsArb } from '../src/arbitraries';
import { checkFineAmount, recoverableCosts } from '../src/index';
import { PARAMS } from '../src/params';
import { runBatch } from '../src/simulate';

const runs = { numRuns: 15 };

describe('the simulation', () => {
  it('conserves money: what abusers pay = costs shifted + fines, and never more than the costs caused', () => {
    fc.assert(
      fc.property(paramsArb, fc.integer({ min: 0, max: 1000 }), (p, seed) => {
        const r = runBatch(p, seed);
        for (const t of [r.baseline, r.reform]) {
          expect(t.abuserPaidFen).toBe(t.shiftedFen + t.finesFen);
          expect(t.shiftedFen <= t.innocentCostsFen).toBe(true);
        }
      }),
      runs,
    );
  });

  it('imposes no fine outside 民事诉讼法 第一百一十八条, and fines every entity for 第一百一十五、一百一十六条 conduct found', () => {
    fc.assert(
      fc.property(paramsArb, fc.integer({ min: 0, max: 1000 }), (p, seed) => {
        const r = runBatch({ ...p, cases: Math.min(p.cases, 500) }, seed, { keepOutcomes: true });
        for (const o of [...(r.outcomes?.baseline ?? []), ...(r.outcomes?.reform ?? [])]) {
          if (o.fineFen > 0n) {
            const amount = Money.fromFen(o.fineFen).toPlainString();
            expect(checkFineAmount(o.draws.abuser, amount, o.conductOn)).toBe('within-limits');
          }
          const mustFine = o.conduct === 'false-suit' || o.conduct === 'evading-enforcement';
          if (mustFine && o.sanctioned && o.draws.abuser === 'entity') expect(o.fineFen > 0n).toBe(true);
        }
      }),
      runs,
    );
  });

  it('shifts exactly what recoverableCosts allows: after the reform attorney fee + extra costs, before it only late evidence’s extra costs', () => {
    fc.assert(
      fc.property(paramsArb, fc.integer({ min: 0, max: 1000 }), (p, seed) => {
        const r = runBatch({ ...p, cases: Math.min(p.cases, 500) }, seed, { keepOutcomes: true });
        for (const o of [...(r.outcomes?.baseline ?? []), ...(r.outcomes?.reform ?? [])]) {
          if (!o.sanctioned || o.innocentCostsFen === 0n) continue;
          const items = [
            { kind: 'attorney-fee', amount: Money.fromFen(o.draws.attorneyFeeFen).toPlainString() },
            { kind: 'lost-work', amount: Money.fromFen(o.draws.extraCostsFen).toPlainString() },
          ] as const;
          const basis = o.variant === 'reform' ? 'procedural-abuse' : 'late-evidence';
          const expected =
            o.variant === 'baseline' && o.conduct !== 'late-evidence'
              ? 0n
              : recoverableCosts(items, basis).recoverable.toFen();
          expect(o.shiftedFen).toBe(expected);
        }
      }),
      runs,
    );
  });

  it('is deterministic: one seed fixes every total', () => {
    fc.assert(
      fc.property(paramsArb, fc.integer({ min: 0, max: 1000 }), (p, seed) => {
        const a = runBatch(p, seed);
        const b = runBatch(p, seed);
        expect([a.baseline, a.reform]).toEqual([b.baseline, b.reform]);
      }),
      { numRuns: 5 },
    );
  });

  it('with no deterrence the reform changes neither the abuse nor its delay', () => {
    // With deterrence 0 the same conduct happens in both variants, so delays match case by case.
    const p = parseParams(PARAMS, { cases: 3000, deterrence: 0 });
    const r = runBatch(p, 11);
    expect([r.reform.abused, r.reform.delayDays]).toEqual([r.baseline.abused, r.baseline.delayDays]);
  });
});

describe('recoverableCosts', () => {
  const kinds = ['travel', 'lodging', 'meals', 'lost-work', 'witness', 'attorney-fee', 'other'] as const;
  const item = fc.record({
    kind: fc.constantFrom(...kinds),
    amount: fc.bigInt({ min: 0n, max: 100_000_000n }).map((fen) => Money.fromFen(fen).toPlainString()),
  });

  it('splits the claims: recoverable + rejected = claimed, and abuse of procedure covers at least late evidence', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), (items) => {
        const total = Money.sum(items.map((i) => Money.of(i.amount)));
        for (const basis of ['late-evidence', 'procedural-abuse'] as const) {
          const r = recoverableCosts(items, basis);
          const rejected = Money.sum(r.rejected.map((i) => Money.of(i.amount)));
          expect(r.recoverable.add(rejected).toPlainString()).toBe(total.toPlainString());
        }
        const late = recoverableCosts(items, 'late-evidence').recoverable;
        const abuse = recoverableCosts(items, 'procedural-abuse').recoverable;
        expect(abuse.greaterThanOrEqual(late)).toBe(true);
      }),
    );
  });
});
