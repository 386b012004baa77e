// Hand-checked worked examples of the domain functions (law + arithmetic) and their bad input.
import { ParameterNotInForceError, ValidationError } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import {
  type CostItem,
  checkFineAmount,
  lateEvidenceOutcome,
  recoverableCosts,
  sanctionReviewDeadline,
} from '../src/index';

const pathsOf = (f: () => unknown): string[] => {
  try {
    f();
  } catch (e) {
    if (e instanceof ValidationError) return e.paths;
    throw e;
  }
  throw new Error('no error thrown');
};

describe('checkFineAmount (民事诉讼法 第一百一十八条; ends included, 民法典 第一千二百五十九条)', () => {
  it('entity: 50,000.00 within, 49,999.99 below, 1,000,000.01 above', () => {
    expect(checkFineAmount('entity', '50000.00', '2024-06-30')).toBe('within-limits');
    expect(checkFineAmount('entity', '49999.99', '2024-06-30')).toBe('below-minimum');
    expect(checkFineAmount('entity', '1000000.00', '2024-06-30')).toBe('within-limits');
    expect(checkFineAmount('entity', '1000000.01', '2024-06-30')).toBe('above-maximum');
  });
  it('individual: 100,000.00 within, 100,000.01 above, no minimum', () => {
    expect(checkFineAmount('individual', '100000.00', '2024-06-30')).toBe('within-limits');
    expect(checkFineAmount('individual', '100000.01', '2024-06-30')).toBe('above-maximum');
    expect(checkFineAmount('individual', '0.01', '2024-06-30')).toBe('within-limits');
  });
  it('applies the 2012 text (第一百一十五条) to conduct in 2015, and covers nothing before 2013-01-01', () => {
    expect(checkFineAmount('entity', '50000', '2015-03-01')).toBe('within-limits');
    expect(() => checkFineAmount('entity', '50000', '2012-12-31')).toThrow(ParameterNotInForceError);
  });
  it('rejects bad input naming the field', () => {
    expect(pathsOf(() => checkFineAmount('entity', '1.005', '2024-06-30'))).toEqual(['amount']);
    expect(pathsOf(() => checkFineAmount('entity', '-5', '2024-06-30'))).toEqual(['amount']);
    expect(pathsOf(() => checkFineAmount('entity', '0', '2024-06-30'))).toEqual(['amount']);
    expect(pathsOf(() => checkFineAmount('firm' as 'entity', '10', '2024-06-30'))).toEqual(['party']);
    expect(pathsOf(() => checkFineAmount('entity', '10', '2024-02-30'))).toEqual(['conductOn']);
  });
});

describe('lateEvidenceOutcome (民诉法解释 第一百零一条、第一百零二条)', () => {
  const late = { objectiveCause: false, opponentObjects: true, concernsBasicFacts: false } as const;
  it('intentional late evidence on basic facts is admitted with reprimand or fine, else excluded', () => {
    expect(lateEvidenceOutcome({ ...late, fault: 'intent', concernsBasicFacts: true })).toBe(
      'admitted-with-reprimand-or-fine',
    );
    expect(lateEvidenceOutcome({ ...late, fault: 'intent' })).toBe('excluded');
    expect(lateEvidenceOutcome({ ...late, fault: 'gross-negligence' })).toBe('excluded');
  });
  it('an objective cause, or no objection, makes it not late; ordinary fault gets a reprimand', () => {
    expect(lateEvidenceOutcome({ ...late, fault: 'intent', objectiveCause: true })).toBe('not-late');
    expect(lateEvidenceOutcome({ ...late, fault: 'intent', opponentObjects: false })).toBe('not-late');
    expect(lateEvidenceOutcome({ ...late, fault: 'ordinary-negligence' })).toBe('admitted-with-reprimand');
  });
  it('rejects bad input naming the field, without changing it', () => {
    const facts = Object.freeze({ ...late, fault: 'malice' });
    expect(pathsOf(() => lateEvidenceOutcome(facts as never))).toEqual(['facts.fault']);
    expect(
      pathsOf(() => lateEvidenceOutcome({ ...late, fault: 'intent', objectiveCause: 'no' } as never)),
    ).toEqual(['facts.objectiveCause']);
    expect(pathsOf(() => lateEvidenceOutcome(null as never))).toEqual(['facts']);
    expect(facts.fault).toBe('malice');
  });
});

describe('recoverableCosts', () => {
  it('late evidence: travel 1,200.00 + lodging 800.00 + lost work 650.50 = 2,650.50; attorney fee refused', () => {
    const items: CostItem[] = [
      { kind: 'travel', amount: '1200.00' },
      { kind: 'lodging', amount: '800.00' },
      { kind: 'lost-work', amount: '650.50' },
      { kind: 'attorney-fee', amount: '5000' },
    ];
    const r = recoverableCosts(items, 'late-evidence');
    expect(r.recoverable.toString()).toBe('2650.50');
    expect(r.rejected).toEqual([{ kind: 'attorney-fee', amount: '5000' }]);
  });
  it('procedural abuse adds the attorney fee: 2,650.50 + 5,000.00 = 7,650.50; "other" refused', () => {
    const r = recoverableCosts(
      [
        { kind: 'travel', amount: '1200.00' },
        { kind: 'lodging', amount: '800.00' },
        { kind: 'lost-work', amount: '650.50' },
        { kind: 'attorney-fee', amount: '5000' },
        { kind: 'other', amount: '99' },
      ],
      'procedural-abuse',
    );
    expect(r.recoverable.toString()).toBe('7650.50');
    expect(r.rejected.map((i) => i.kind)).toEqual(['other']);
  });
  it('rejects bad input naming the field, and leaves the items unchanged', () => {
    const items = Object.freeze([Object.freeze({ kind: 'travel', amount: '1.005' })]) as CostItem[];
    expect(pathsOf(() => recoverableCosts(items, 'late-evidence'))).toEqual(['items[0].amount']);
    expect(items[0]?.amount).toBe('1.005');
    expect(pathsOf(() => recoverableCosts([{ kind: 'travel', amount: '-3' }], 'late-evidence'))).toEqual([
      'items[0].amount',
    ]);
    expect(
      pathsOf(() => recoverableCosts([{ kind: 'bribe' as 'travel', amount: '3' }], 'late-evidence')),
    ).toEqual(['items[0].kind']);
    expect(pathsOf(() => recoverableCosts([], 'slander' as 'late-evidence'))).toEqual(['basis']);
    expect(pathsOf(() => recoverableCosts('x' as never, 'late-evidence'))).toEqual(['items']);
  });
});

describe('sanctionReviewDeadline (解释 第一百八十五条: 3日)', () => {
  it('received Saturday 2024-09-28 → 2024-10-08: day 3 is 10-01 (国庆), moved past the holiday', () => {
    // Day 1 = 09-29, day 2 = 09-30, day 3 = 10-01, a day off to 10-07; next working day 10-08.
    expect(sanctionReviewDeadline('2024-09-28')).toBe('2024-10-08');
  });
  it('an ordinary week: received Monday 2024-06-03 → Thursday 2024-06-06', () => {
    expect(sanctionReviewDeadline('2024-06-03')).toBe('2024-06-06');
  });
  it('rejects a non-date naming the field', () => {
    expect(pathsOf(() => sanctionReviewDeadline('28/09/2024'))).toEqual(['receivedOn']);
  });
});
