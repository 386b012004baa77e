// The credit ledger: worked examples from the (reported) class rules and arithmetic, the Q&A's
// paper-copy rule, the periodic adjustments, and bad input on every public function.
import { Money, ValidationError } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { availableCredit, creditPool, issue, type MonthLedger, openMonth } from '../src/index';

const paths = (run: () => unknown): unknown => {
  try {
    run();
  } catch (e) {
    return e instanceof ValidationError ? e.paths : e;
  }
  return undefined;
};

/** Issues every amount on `at` in order, returning the ledger and the outcomes. */
function issueAll(l: MonthLedger, amounts: string[], at: string) {
  const outcomes: string[] = [];
  let cur = l;
  for (const a of amounts) {
    const r = issue(cur, { amountExclVat: a, at });
    cur = r.ledger;
    outcomes.push(r.outcome);
  }
  return { ledger: cur, outcomes };
}

describe('openMonth (定期) and the class limits', () => {
  it('a new firm gets its class limit: Ⅰ 1,000, Ⅱ 2,500,000, Ⅲ 7,500,000, Ⅳ 10,000,000', () => {
    expect(
      (['I', 'II', 'III', 'IV'] as const).map((c) =>
        openMonth({ riskClass: c }, null, '2024-05').total.toString(),
      ),
    ).toEqual(['1000.00', '2500000.00', '7500000.00', '10000000.00']);
  });

  it('an existing Ⅱ firm starts at min(limit, last approved total): min(2,500,000, 1,200,000)', () => {
    expect(openMonth({ riskClass: 'II', approvedTotal: '1200000' }, null, '2024-05').total.toString()).toBe(
      '1200000.00',
    );
  });

  it('Ⅳ→Ⅲ falls to 7,500,000; Ⅲ→Ⅳ takes max(10,000,000, last)', () => {
    const iv = openMonth({ riskClass: 'IV' }, null, '2024-05');
    expect(openMonth({ riskClass: 'III' }, iv, '2024-06').total.toString()).toBe('7500000.00');
    const iii = openMonth({ riskClass: 'III' }, null, '2024-05');
    expect(openMonth({ riskClass: 'IV' }, iii, '2024-06').total.toString()).toBe('10000000.00');
  });

  it('three months above the opening credit: the 3-month average', () => {
    // Ⅲ at 7,500,000: each month 6,000,000 (tops up to 9,000,000) then 2,000,000 / 2,500,000 / 3,000,000:
    // used 8,000,000, 8,500,000, 9,000,000 > 7,500,000; average (8.0 + 8.5 + 9.0) / 3 = 8,500,000.
    let l = openMonth({ riskClass: 'III' }, null, '2024-01');
    const extra = ['2000000', '2500000', '3000000'];
    for (const [i, x] of extra.entries()) {
      l = issueAll(l, ['6000000', x], `2024-0${i + 1}-15`).ledger;
      if (i < 2) l = openMonth({ riskClass: 'III' }, l, `2024-0${i + 2}`);
    }
    const april = openMonth({ riskClass: 'III' }, l, '2024-04');
    expect([april.total.toString(), april.monthsAbove]).toEqual(['8500000.00', 0]);
  });

  it('twelve months under the trigger: the best month; twelve with no issuance: zero', () => {
    // Ⅲ at 7,500,000, trigger 6,000,000; months 1–12 use 1,000 × month number: best = 12,000.
    let l = openMonth({ riskClass: 'III' }, null, '2024-01');
    let idle = openMonth({ riskClass: 'III' }, null, '2024-01');
    for (let m = 1; m <= 12; m++) {
      const mm = String(m).padStart(2, '0');
      l = issue(l, { amountExclVat: String(1000 * m), at: `2024-${mm}-10` }).ledger;
      const next = m === 12 ? '2025-01' : `2024-${String(m + 1).padStart(2, '0')}`;
      l = openMonth({ riskClass: 'III' }, l, next);
      idle = openMonth({ riskClass: 'III' }, idle, next);
    }
    expect([l.total.toString(), idle.total.toString()]).toEqual(['12000.00', '0.00']);
  });

  it('no carry-over: a new month starts with nothing used', () => {
    const may = issue(openMonth({ riskClass: 'II' }, null, '2024-05'), {
      amountExclVat: '100',
      at: '2024-05-31',
    }).ledger;
    const june = openMonth({ riskClass: 'II' }, may, '2024-06');
    expect([june.used.toString(), availableCredit(june).toString()]).toEqual(['0.00', '2500000.00']);
  });
});

describe('issue (临时调整, blocking) and availableCredit', () => {
  it('worked: Ⅲ at 7,500,000 tops up once at 6,000,000 (80%) to 9,000,000 (+20%), then blocks past it', () => {
    // 7,500,000 × 0.8 = 6,000,000 triggers; 7,500,000 × 0.2 = 1,500,000 → 9,000,000.
    const start = openMonth({ riskClass: 'III' }, null, '2024-05');
    const r = issueAll(start, ['5000000', '1000000', '2999999.99', '0.01', '0.01'], '2024-05-20');
    expect(r.outcomes).toEqual(['issued', 'topped-up', 'issued', 'issued', 'blocked']);
    expect([
      r.ledger.total.toString(),
      r.ledger.used.toString(),
      availableCredit(r.ledger).toString(),
    ]).toEqual(['9000000.00', '9000000.00', '0.00']);
  });

  it('worked: 10 paper copies at a 100,000 cap use 1,000,000 whatever their amounts', () => {
    // 10 × 100,000.00 = 1,000,000.00 used; Ⅱ: 2,500,000 − 1,000,000 = 1,500,000 available.
    let l = openMonth({ riskClass: 'II' }, null, '2024-05');
    for (let i = 0; i < 10; i++)
      l = issue(l, { amountExclVat: '1234.56', paperCap: '100000', at: '2024-05-06' }).ledger;
    expect([l.used.toString(), availableCredit(l).toString()]).toEqual(['1000000.00', '1500000.00']);
  });

  it('Ⅰ/Ⅱ get no top-up: a Ⅱ invoice passing 2,500,000 is blocked', () => {
    // 2,000,000 passes 80% (2,000,000) but Ⅱ's top-up is 0%; 2,000,000 + 500,000 = 2,500,000 fits
    // exactly; + 0.01 = 2,500,000.01 > 2,500,000.00.
    const l = openMonth({ riskClass: 'II' }, null, '2024-05');
    expect(issueAll(l, ['2000000', '500000', '0.01'], '2024-05-06').outcomes).toEqual([
      'issued',
      'issued',
      'blocked',
    ]);
  });

  it('Ⅳ tops up by half: 10,000,000 → 15,000,000 at 8,000,000', () => {
    // 10,000,000 × 0.8 = 8,000,000 triggers; 10,000,000 × 0.5 = 5,000,000 → 15,000,000.
    const r = issueAll(openMonth({ riskClass: 'IV' }, null, '2024-05'), ['8000000'], '2024-05-06');
    expect([r.outcomes[0], r.ledger.total.toString()]).toEqual(['topped-up', '15000000.00']);
  });

  it('a suspended ledger blocks everything and has nothing available', () => {
    const l: MonthLedger = { ...openMonth({ riskClass: 'III' }, null, '2024-05'), suspended: true };
    expect([
      issue(l, { amountExclVat: '1', at: '2024-05-06' }).outcome,
      availableCredit(l).toString(),
    ]).toEqual(['blocked', '0.00']);
  });

  it('terms scale the limits and move the trigger', () => {
    const l = openMonth({ riskClass: 'III' }, null, '2024-05', { limitScale: '0.5', topUpTrigger: '0.6' });
    // 7,500,000 × 0.5 = 3,750,000; trigger 3,750,000 × 0.6 = 2,250,000.
    expect([l.total.toString(), l.topUpAt.toString(), l.topUpBy.toString()]).toEqual([
      '3750000.00',
      '2250000.00',
      '750000.00',
    ]);
  });
});

describe('creditPool (乐企: the same check on whole fen)', () => {
  it('worked: Ⅲ tops up at 6,000,000.00, then blocks 3,000,000.01 and takes 3,000,000.00', () => {
    // 600,000,000 fen = 6,000,000.00 = 80% of 7,500,000.00 → total 7,500,000 × 1.2 = 9,000,000.00;
    // 6,000,000.00 + 3,000,000.01 = 9,000,000.01 > 9,000,000.00 → blocked; + 3,000,000.00 fits.
    const start = openMonth({ riskClass: 'III' }, null, '2024-05');
    const pool = creditPool(start);
    expect([
      pool.chargeFen(600_000_000n),
      pool.chargeFen(300_000_001n),
      pool.chargeFen(300_000_000n),
    ]).toEqual(['topped-up', 'blocked', 'issued']);
    const l = pool.ledger();
    expect([l.total.toString(), l.used.toString(), availableCredit(l).toString()]).toEqual([
      '9000000.00',
      '9000000.00',
      '0.00',
    ]);
    // The ledger the pool was opened on is untouched.
    expect([start.total.toString(), start.used.toString()]).toEqual(['7500000.00', '0.00']);
  });

  it('bad input: a ValidationError naming the field; a refused charge changes nothing', () => {
    expect(paths(() => creditPool(null as unknown as MonthLedger))).toEqual(['ledger']);
    expect(
      paths(() => creditPool({ ...openMonth({ riskClass: 'II' }, null, '2024-05'), month: '2024-5' })),
    ).toEqual(['ledger.month']);
    const pool = creditPool(openMonth({ riskClass: 'II' }, null, '2024-05'));
    pool.chargeFen(100n);
    for (const bad of [0n, -5n, 100 as unknown as bigint, '100' as unknown as bigint]) {
      expect(paths(() => pool.chargeFen(bad))).toEqual(['fen']);
    }
    expect(pool.ledger().used.toString()).toBe('1.00');
  });
});

describe('bad input: a ValidationError naming the field, nothing changed', () => {
  const l = openMonth({ riskClass: 'III' }, null, '2024-05');
  const snapshot = JSON.stringify(l);

  it('issue', () => {
    expect(paths(() => issue(l, { amountExclVat: '-1', at: '2024-05-06' }))).toEqual([
      'invoice.amountExclVat',
    ]);
    expect(paths(() => issue(l, { amountExclVat: '1.234', at: '2024-05-06' }))).toEqual([
      'invoice.amountExclVat',
    ]);
    expect(paths(() => issue(l, { amountExclVat: Money.of('1.005'), at: '2024-05-06' }))).toEqual([
      'invoice.amountExclVat',
    ]);
    expect(paths(() => issue(l, { amountExclVat: '0', at: '2024-05-06' }))).toEqual([
      'invoice.amountExclVat',
    ]);
    expect(paths(() => issue(l, { amountExclVat: '10', at: '2024-06-01' }))).toEqual(['invoice.at']);
    expect(paths(() => issue(l, { amountExclVat: '10', at: '2024-05-32' }))).toEqual(['invoice.at']);
    expect(paths(() => issue(l, { amountExclVat: '200', paperCap: '100', at: '2024-05-06' }))).toEqual([
      'invoice.amountExclVat',
    ]);
    const later = issue(l, { amountExclVat: '10', at: '2024-05-20' }).ledger;
    expect(paths(() => issue(later, { amountExclVat: '10', at: '2024-05-06' }))).toEqual(['invoice.at']);
    expect(
      paths(() => issue({ ...l, used: Money.of('-1') }, { amountExclVat: '10', at: '2024-05-06' })),
    ).toEqual(['ledger.used']);
    expect(
      paths(() => issue(null as unknown as MonthLedger, { amountExclVat: '10', at: '2024-05-06' })),
    ).toEqual(['ledger']);
    expect(JSON.stringify(l)).toBe(snapshot);
  });

  it('openMonth', () => {
    expect(paths(() => openMonth({ riskClass: 'V' as 'I' }, null, '2024-05'))).toEqual(['profile.riskClass']);
    expect(paths(() => openMonth({ riskClass: 'III' }, null, '2024-13'))).toEqual(['month']);
    expect(paths(() => openMonth({ riskClass: 'III' }, l, '2024-05'))).toEqual(['month']);
    expect(paths(() => openMonth({ riskClass: 'III' }, l, '2024-04'))).toEqual(['month']);
    expect(paths(() => openMonth({ riskClass: 'II', approvedTotal: '1e5' }, null, '2024-05'))).toEqual([
      'profile.approvedTotal',
    ]);
    expect(paths(() => openMonth({ riskClass: 'III' }, null, '2024-05', { limitScale: '-2' }))).toEqual([
      'terms.limitScale',
    ]);
    expect(paths(() => openMonth({ riskClass: 'III' }, null, '2024-05', { topUpTrigger: '1.5' }))).toEqual([
      'terms.topUpTrigger',
    ]);
    expect(JSON.stringify(l)).toBe(snapshot);
  });

  it('availableCredit', () => {
    expect(paths(() => availableCredit({ ...l, total: '7500000' } as unknown as MonthLedger))).toEqual([
      'ledger.total',
    ]);
    expect(paths(() => availableCredit({ ...l, used: Money.of('8000000') }))).toEqual(['ledger.used']);
  });
});
