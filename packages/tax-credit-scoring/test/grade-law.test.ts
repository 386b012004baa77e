// Worked examples of the grade, grouped by article; expected values from the text and arithmetic.
import type { CivilDate } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { creditGrade, explainCreditGrade, regimeAt } from '../src/index';

const d = (s: string) => s as CivilDate;
const OLD = d('2025-06-30'); // last day of 2014年第40号
const NEW = d('2025-07-01'); // first day of 2025年第12号

describe('regime by as-of date (2014年第40号 to 2025-06-30, 2025年第12号 from 2025-07-01)', () => {
  it('switches on 2025-07-01', () => {
    expect(regimeAt(OLD).id).toBe('sat-2014-40');
    expect(regimeAt(NEW).id).toBe('sat-2025-12');
    expect(regimeAt(d('2014-10-01')).id).toBe('sat-2014-40');
  });
});

describe('score bands (2014 第18条 / 2025 第16条; "以上" includes the bound)', () => {
  for (const asOf of [OLD, NEW]) {
    it(`bands on ${asOf}`, () => {
      expect(creditGrade({ score: 100 }, asOf)).toBe('A');
      expect(creditGrade({ score: 90 }, asOf)).toBe('A'); // 90 以上 → A
      expect(creditGrade({ score: 89 }, asOf)).toBe('B'); // 70 ≤ 89 < 90
      expect(creditGrade({ score: 89.9 }, asOf)).toBe('B');
      expect(creditGrade({ score: 70 }, asOf)).toBe('B'); // 70 以上 → B
      expect(creditGrade({ score: 69 }, asOf)).toBe('C'); // 40 ≤ 69 < 70
      expect(creditGrade({ score: 40 }, asOf)).toBe('C'); // 40 以上 → C
      expect(creditGrade({ score: 39.5 }, asOf)).toBe('D'); // < 40
      expect(creditGrade({ score: 0 }, asOf)).toBe('D');
    });
  }
});

describe('M (2018年第8号; 2025 第16条)', () => {
  it('95 without operating revenue → M; 69 without revenue → C (M needs ≥ 70)', () => {
    expect(creditGrade({ score: 95, entity: 'no-revenue' }, NEW)).toBe('M');
    expect(creditGrade({ score: 70, entity: 'no-revenue' }, OLD)).toBe('M');
    expect(creditGrade({ score: 69, entity: 'no-revenue' }, OLD)).toBe('C');
  });
  it('a new firm is M whatever its score, unless a direct-D case applies', () => {
    expect(creditGrade({ score: 100, entity: 'new' }, NEW)).toBe('M');
    expect(creditGrade({ score: 10, entity: 'new' }, NEW)).toBe('M');
    expect(creditGrade({ score: 100, entity: 'new', seriousBreaches: ['abnormal-household'] }, NEW)).toBe(
      'D',
    );
  });
  it('before 2018-04-01 a firm without revenue is graded by its score', () => {
    expect(creditGrade({ score: 95, entity: 'no-revenue' }, d('2018-03-31'))).toBe('A');
  });
});

describe('not A (2014 第19条 / 2025 第17条): at most B', () => {
  it('95 with 6 zero-VAT months → B', () => {
    expect(creditGrade({ score: 95, notA: ['zero-vat-months'] }, OLD)).toBe('B');
    expect(creditGrade({ score: 95, notA: ['zero-vat-months'] }, NEW)).toBe('B');
  });
  it('each case caps A only: 80 stays B, 60 stays C', () => {
    for (const c of ['under-3-years', 'd-last-year', 'irregular-books'] as const) {
      expect(creditGrade({ score: 95, notA: [c] }, NEW)).toBe('B');
      expect(creditGrade({ score: 80, notA: [c] }, NEW)).toBe('B');
      expect(creditGrade({ score: 60, notA: [c] }, NEW)).toBe('C');
    }
  });
});

describe('direct D (2014 第20条 / 2025 第18条)', () => {
  it('evaded 150,000.00 of 1,200,000.00 due (12.5%) → D', () => {
    // 150,000 ≥ 100,000 and 150,000 / 1,200,000 = 12.5% ≥ 10%
    expect(creditGrade({ score: 100, evasion: { evaded: '150000.00', taxDue: '1200000.00' } }, OLD)).toBe(
      'D',
    );
    expect(creditGrade({ score: 100, evasion: { evaded: '150000.00', taxDue: '1200000.00' } }, NEW)).toBe(
      'D',
    );
  });
  it('both thresholds are needed, each inclusive', () => {
    // 100,000.00 of 1,000,000.00 = exactly 10%: 以上 → D
    expect(creditGrade({ score: 100, evasion: { evaded: '100000.00', taxDue: '1000000.00' } }, NEW)).toBe(
      'D',
    );
    // 150,000 of 1,600,000 = 9.375% < 10%: not D, graded by score
    expect(creditGrade({ score: 100, evasion: { evaded: '150000.00', taxDue: '1600000.00' } }, NEW)).toBe(
      'A',
    );
    // 99,999.99 < 100,000 even at 100%
    expect(creditGrade({ score: 100, evasion: { evaded: '99999.99', taxDue: '99999.99' } }, NEW)).toBe('A');
  });
  it('a breach makes D whatever the score; codes map to each regime’s item', () => {
    expect(creditGrade({ score: 100, seriousBreaches: ['run-by-d-responsible'] }, OLD)).toBe('D');
    const t14 = explainCreditGrade({ score: 100, seriousBreaches: ['run-by-d-responsible'] }, OLD).trace;
    const t25 = explainCreditGrade({ score: 100, seriousBreaches: ['run-by-d-responsible'] }, NEW).trace;
    const article = (steps: typeof t14.steps) =>
      steps.find((s) => s.id === 'grade.direct-d.run-by-d-responsible')?.basis.citations?.[0]?.article;
    expect(article(t14.steps)).toBe('第二十条（九）');
    expect(article(t25.steps)).toBe('第十八条（十一）');
  });
  it('a kept direct D is D', () => {
    expect(creditGrade({ score: 100, keptD: true }, NEW)).toBe('D');
  });
});

describe('trace cites every article used', () => {
  it('a capped A cites the band and the not-A item', () => {
    const r = explainCreditGrade({ score: 95, notA: ['zero-vat-months'] }, NEW);
    expect(r.grade).toBe('B');
    const arts = r.trace.steps.map((s) => s.basis.citations?.[0]?.article);
    expect(arts).toEqual([undefined, '第十六条', '第十七条（三）']);
    expect(r.trace.steps[0]?.basis.citations?.[0]?.docNo).toBe('国家税务总局公告2025年第12号');
  });
});
