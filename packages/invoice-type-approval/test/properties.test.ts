import { civilDate, isWorkingDay } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicationArb } from '../src/arbitraries';
import { type Application, type CreditGrade, decideApplication, type Outcome } from '../src/index';
import { tierIndex } from '../src/tiers';

const RANK: Record<CreditGrade, number> = { D: 0, C: 1, M: 2, B: 3, A: 4 };
// not-applicable (a 数电 taxpayer) depends on no grade or violation: it ranks beside reject.
const STRICT = { approve: 0, refer: 1, reject: 2, 'not-applicable': 3 } as const;

/** True when `a` is no stricter than `b`: a milder decision, or both approved with a ≥ grant. */
function noStricter(a: Outcome, b: Outcome, date: string): boolean {
  if (STRICT[a.decision] !== STRICT[b.decision]) return STRICT[a.decision] < STRICT[b.decision];
  if (a.decision !== 'approve') return true;
  if (a.restricted && !b.restricted) return false;
  return b.grants.every((gb) => {
    const ga = a.grants.find((g) => g.kind === gb.kind);
    return (
      ga !== undefined &&
      tierIndex(ga.faceValue, date) >= tierIndex(gb.faceValue, date) &&
      ga.monthlyQuantity >= gb.monthlyQuantity &&
      ga.supplyMonths >= gb.supplyMonths &&
      ga.perIssue >= gb.perIssue &&
      (!ga.exchangeOldForNew || gb.exchangeOldForNew)
    );
  });
}

const withGrade = (a: Application, g: CreditGrade): Application => ({
  ...a,
  taxpayer: { ...a.taxpayer, creditGrade: g },
});

describe('properties', () => {
  it('draw every outcome, so that properties about grants are not vacuous', () => {
    const seen = { approve: 0, refer: 0, reject: 0, 'not-applicable': 0, restricted: 0 };
    for (const app of fc.sample(applicationArb, { numRuns: 400, seed: 7 })) {
      const out = decideApplication(app);
      seen[out.decision]++;
      if (out.restricted) seen.restricted++;
    }
    // At least 10% approvals (40 of 400), and some of every other kind.
    expect(seen.approve).toBeGreaterThanOrEqual(40);
    expect(Math.min(seen.refer, seen.reject, seen.restricted)).toBeGreaterThan(0);
  });

  it('monotone in credit: a better grade, all else equal, is never stricter', () => {
    // Every grade for each drawn application, compared along the chain A ≥ B ≥ M ≥ C ≥ D.
    const BEST_FIRST: readonly CreditGrade[] = ['A', 'B', 'M', 'C', 'D'];
    expect([...BEST_FIRST].sort((a, b) => RANK[b] - RANK[a])).toEqual(BEST_FIRST);
    fc.assert(
      fc.property(applicationArb, (app) => {
        const outs = BEST_FIRST.map((g) => decideApplication(withGrade(app, g)));
        return outs.every((worse, i) => i === 0 || noStricter(outs[i - 1]!, worse, app.date));
      }),
      { numRuns: 200 },
    );
  });

  it('monotone in violations: fewer violations, all else equal, is never stricter', () => {
    fc.assert(
      fc.property(
        applicationArb,
        fc.nat({ max: 8 }),
        fc.nat({ max: 8 }),
        fc.nat({ max: 8 }),
        (app, d12, d24, dInv) => {
          const v = app.taxpayer.violations;
          const l12 = Math.max(0, v.last12m - d12);
          const fewer: Application = {
            ...app,
            taxpayer: {
              ...app.taxpayer,
              violations: {
                ...v,
                last12m: l12,
                last24m: Math.max(l12, v.last24m - d12 - d24),
                invoiceViolations24m: Math.max(0, v.invoiceViolations24m - dInv),
              },
            },
          };
          return noStricter(decideApplication(fewer), decideApplication(app), app.date);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the grant never exceeds the request or the applicable caps', () => {
    fc.assert(
      fc.property(applicationArb, (app) => {
        const out = decideApplication(app);
        const d = app.date;
        const t = app.taxpayer;
        for (const g of out.grants) {
          const asked = g.kind === 'special' ? app.request.special : app.request.ordinary;
          expect(asked).toBeDefined();
          expect(tierIndex(g.faceValue, d)).toBeLessThanOrEqual(tierIndex(asked!.faceValue, d));
          expect(g.monthlyQuantity).toBeLessThanOrEqual(asked!.monthlyQuantity);
          expect(g.supplyMonths).toBeLessThanOrEqual(app.request.supplyMonths);
          expect(g.perIssue).toBeLessThanOrEqual(g.monthlyQuantity * g.supplyMonths);
          // Supply by grade: A ≤ 3, B ≤ 2, others ≤ 1 month (2014年第40号 第二十九条, 2014年第19号).
          expect(g.supplyMonths).toBeLessThanOrEqual({ A: 3, B: 2, M: 1, C: 1, D: 1 }[t.creditGrade]);
          if (t.isNew) {
            // 2018年第29号: ≤10万 (tier 2); 25 专票 / 50 普票 a month.
            expect(tierIndex(g.faceValue, d)).toBeLessThanOrEqual(2);
            expect(g.monthlyQuantity).toBeLessThanOrEqual(g.kind === 'special' ? 25 : 50);
          }
          if (t.creditGrade === 'D' && g.kind === 'special') {
            expect(tierIndex(g.faceValue, d)).toBeLessThanOrEqual(2);
            expect(g.perIssue).toBeLessThanOrEqual(25);
          }
          if (t.creditGrade === 'D' && g.kind === 'ordinary') expect(g.exchangeOldForNew).toBe(true);
        }
        if (out.decision !== 'approve') expect(out.grants).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic and its trace names at least one fired rule with its basis', () => {
    fc.assert(
      fc.property(applicationArb, (app) => {
        const a = decideApplication(app);
        expect(JSON.stringify(decideApplication(app))).toBe(JSON.stringify(a));
        const fired = a.trace.steps.filter((s) => s.kind === 'rule' && s.fired);
        expect(fired.length).toBeGreaterThan(0);
        for (const s of fired)
          expect(s.basis.kind === 'assumption' || s.basis.citations.length > 0).toBe(true);
        expect(a.trace.steps.filter((s) => s.kind === 'rule')).toHaveLength(131);
      }),
      { numRuns: 100 },
    );
  });

  it('the statutory due date is never a day off', () => {
    fc.assert(
      fc.property(applicationArb, (app) => isWorkingDay(civilDate(decideApplication(app).dueBy))),
      { numRuns: 200 },
    );
  });
});
