// The findings-to-decision step on hand-made effects: every expected number is worked out from the
// clean application's request (专票 10万 × 50 a month, 普票 10万 × 100, 3 months at once; peak
// months 60 专票 and 120 普票) and the caps listed in each case.
import { describe, expect, it } from 'vitest';
import { combine } from '../src/grant';
import { type ApprovalEffect, cleanApplication, toFacts } from '../src/index';
import { BOTH, cap, refer, reject, restrict } from '../src/rules/spec';

const facts = toFacts(cleanApplication());
const REPAIR = { zh: '修复信用', en: 'Repair the credit grade' };

describe('combine: collect all findings, the most severe decides', () => {
  it('approves the request as asked when no rule fired', () => {
    const c = combine(facts, []);
    expect(c.decision).toBe('approve');
    expect(c.maxSeverity).toBe(-1);
    // per issue = 50 × 3 = 150 and 100 × 3 = 300
    expect(c.lines.map((l) => [l.kind, l.tier, l.monthlyQuantity, l.supplyMonths, l.perIssue])).toEqual([
      ['special', 2, 50, 3, 150],
      ['ordinary', 2, 100, 3, 300],
    ]);
  });

  it('takes the smallest of every cap, per kind', () => {
    const c = combine(facts, [
      cap({ kinds: ['special'], maxMonthlyQuantity: 40, peakPercent: 50 }),
      cap({ kinds: BOTH, maxSupplyMonths: 2 }),
      restrict({ kinds: ['ordinary'], maxPerIssue: 120, exchangeOldForNew: true }, REPAIR),
    ]);
    expect(c.decision).toBe('approve');
    expect(c.restricted).toBe(true);
    expect(c.maxSeverity).toBe(1);
    expect(c.lines).toEqual([
      // min(50 asked, 40, floor(60 × 50 / 100) = 30) = 30; min(3, 2) = 2 months; 30 × 2 = 60 per issue
      {
        kind: 'special',
        tier: 2,
        monthlyQuantity: 30,
        supplyMonths: 2,
        perIssue: 60,
        exchangeOldForNew: false,
      },
      // 100 a month; 2 months; min(100 × 2 = 200, 120) = 120 per issue; 交旧供新
      {
        kind: 'ordinary',
        tier: 2,
        monthlyQuantity: 100,
        supplyMonths: 2,
        perIssue: 120,
        exchangeOldForNew: true,
      },
    ]);
  });

  it('drops a kind capped to nothing, and rejects when no kind is left', () => {
    const one = combine(facts, [cap({ kinds: ['special'], maxTier: 0 })]);
    expect(one.lines.map((l) => l.kind)).toEqual(['ordinary']);
    const none = combine(facts, [cap({ kinds: BOTH, maxMonthlyQuantity: 0 }), refer('补正', 'Complete')]);
    // Nothing grantable is a rejection even when a refer fired (rank 2 kept as the worst finding).
    expect([none.decision, none.maxSeverity, none.lines.length]).toEqual(['reject', 2, 0]);
  });

  it('refers over any cap, and rejects over any referral', () => {
    const referred = combine(facts, [
      cap({ kinds: BOTH, maxSupplyMonths: 1 }),
      refer('结清欠税', 'Pay the arrears'),
    ]);
    expect([referred.decision, referred.maxSeverity, referred.lines.length]).toEqual(['refer', 2, 0]);
    const rejected = combine(facts, [
      refer('结清欠税', 'Pay'),
      reject('实名认证', 'Verify'),
      cap({ kinds: BOTH }),
    ]);
    expect([rejected.decision, rejected.maxSeverity, rejected.restricted]).toEqual(['reject', 3, false]);
  });

  it('decides the same for copies of the effects as for the rule set’s own (compiled on the spot)', () => {
    const effects: ApprovalEffect[] = [
      cap({ kinds: ['special'], maxMonthlyQuantity: 40, peakPercent: 50 }),
      restrict({ kinds: ['ordinary'], maxPerIssue: 120, exchangeOldForNew: true }, REPAIR),
    ];
    const copies = JSON.parse(JSON.stringify(effects)) as ApprovalEffect[];
    expect(combine(facts, copies)).toEqual(combine(facts, effects));
    expect(combine(facts, copies).lines[0]?.monthlyQuantity).toBe(30);
  });
});
