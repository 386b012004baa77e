import { civilDate, isWorkingDay } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { newSmallScaleApplication } from '../src/examples';
import {
  type Application,
  cleanApplication,
  decideApplication,
  decisionDueBy,
  toFacts,
  whyNot,
} from '../src/index';

const withGrade = (a: Application, creditGrade: Application['taxpayer']['creditGrade']): Application => ({
  ...a,
  taxpayer: { ...a.taxpayer, creditGrade },
});

describe('hand-checked examples', () => {
  it('a new small-scale taxpayer asking 专票 at 100万 gets the 10万 cap and 25 copies (2018年第29号)', () => {
    const out = decideApplication(newSmallScaleApplication());
    expect(out.decision).toBe('approve');
    // 专票 cap ≤ 10万元 and ≤ 25 copies a month (ITA-020); first supply one month (ITA-022,
    // 税总发〔2014〕85号); per issue 25 × 1 = 25.
    expect(out.grants).toEqual([
      {
        kind: 'special',
        faceValue: '100000',
        monthlyQuantity: 25,
        supplyMonths: 1,
        perIssue: 25,
        exchangeOldForNew: false,
      },
    ]);
    const ita020 = out.trace.steps.find((s) => s.id === 'ITA-020');
    expect(ita020?.fired).toBe(true);
    expect(ita020?.basis.kind === 'cited' && ita020.basis.citations[0].docNo).toBe(
      '国家税务总局公告2018年第29号',
    );
    // First application at a routed tier (100万 > 10万): 10 working days from Mon 2025-03-03 →
    // 03-04 … 03-07 (4), 03-10 … 03-14 (9), 03-17 (10).
    expect(out.dueBy).toBe('2025-03-17');
  });

  it('a D-grade taxpayer is restricted: 专票 ≤10万, ≤25 per issue, one month; 普票 交旧供新', () => {
    const app = withGrade(cleanApplication(), 'D');
    const out = decideApplication({
      ...app,
      request: { ...app.request, special: { faceValue: '100000', monthlyQuantity: 50 } },
    });
    expect(out.decision).toBe('approve');
    expect(out.restricted).toBe(true);
    const [s, o] = out.grants;
    // Tier 10万 as asked: ITA-035 caps no tier (the firm is no 小型商贸批发企业; 40号 第八条第（一）项
    // 其他一般纳税人 "重新核定"); per issue min(50 × 1, 25) = 25 (第八条第（二）项), one month;
    // ITA-043: ≤50 a month (C/D).
    expect(s).toEqual({
      kind: 'special',
      faceValue: '100000',
      monthlyQuantity: 50,
      supplyMonths: 1,
      perIssue: 25,
      exchangeOldForNew: false,
    });
    // ITA-036 交旧供新 and one month; ITA-041: ≤25 a month ("strictly limited"); per issue 25 × 1.
    expect(o).toEqual({
      kind: 'ordinary',
      faceValue: '100000',
      monthlyQuantity: 25,
      supplyMonths: 1,
      perIssue: 25,
      exchangeOldForNew: true,
    });
    expect(out.reasons.filter((r) => r.severity === 'restrict').map((r) => r.ruleId)).toEqual([
      'ITA-035',
      'ITA-036',
      'ITA-041',
    ]);
  });

  it('an abnormal-status taxpayer is rejected with the right rule ids and citations', () => {
    const base = cleanApplication();
    const out = decideApplication({
      ...base,
      taxpayer: { ...base.taxpayer, registrationStatus: 'abnormal' },
    });
    expect(out.decision).toBe('reject');
    expect(out.grants).toEqual([]);
    expect(out.reasons.map((r) => r.ruleId)).toEqual(['ITA-001']);
    const step = out.trace.steps.find((s) => s.id === 'ITA-001')!;
    expect(step.basis.citations?.map((c) => `${c.docNo} ${c.article}`)).toContain(
      '国家税务总局公告2014年第40号 第二十条',
    );
    expect(out.trace.outcome.en).toBe('Auto-rejected');
  });

  it('a clean A-grade taxpayer is auto-approved with 3 months’ supply', () => {
    const out = decideApplication(cleanApplication());
    expect(out.decision).toBe('approve');
    expect(out.restricted).toBe(false);
    // Grade A: up to 3 months at once (2014年第40号 第二十九条): per issue 50 × 3 = 150 and 100 × 3 = 300.
    expect(
      out.grants.map((g) => [g.kind, g.faceValue, g.monthlyQuantity, g.supplyMonths, g.perIssue]),
    ).toEqual([
      ['special', '100000', 50, 3, 150],
      ['ordinary', '100000', 100, 3, 300],
    ]);
    // 5 working days (发票管理办法 第十五条) from Mon 2025-03-03: 03-04 … 03-07, 03-10.
    expect(out.dueBy).toBe('2025-03-10');
  });

  it('a B-grade taxpayer asking 3 months gets 2 (2014年第19号)', () => {
    const out = decideApplication(withGrade(cleanApplication(), 'B'));
    expect(out.grants.map((g) => g.supplyMonths)).toEqual([2, 2]);
  });

  it('the 异常凭证 test is 70% and more than 5万: 50000.01 refers, 50000 only shortens the supply', () => {
    const base = cleanApplication();
    const at = (amount: string) =>
      decideApplication({
        ...base,
        taxpayer: {
          ...base.taxpayer,
          invoices: { ...base.taxpayer.invoices, abnormalInputShare: '0.70', abnormalInputAmount: amount },
        },
      });
    expect(at('50000.01').decision).toBe('refer');
    const below = at('50000');
    expect(below.decision).toBe('approve');
    expect(below.grants[0]?.supplyMonths).toBe(1);
  });

  it('the 5-working-day limit runs over 国庆节 and its make-up Saturday', () => {
    // Filed Tue 2025-09-30: 10-01 … 10-08 off; 10-09 (1), 10-10 (2), Sat 10-11 make-up day (3), 10-13 (4), 10-14 (5).
    const app = { ...cleanApplication(), date: '2025-09-30' };
    expect(decisionDueBy(toFacts(app), app.date)).toBe('2025-10-14');
    expect(isWorkingDay(civilDate('2025-10-14'))).toBe(true);
  });

  it('D rules cap the 专票 at 10万 only for a 小型商贸批发企业 (40号 第八条第（一）项); 25 per issue for all', () => {
    // A grade-A manufacturer whose legal representative ran a D firm (ITA-018: D restrictions)
    // asks 专票 at 100万, 50 a month, 3 months at once.
    const base = cleanApplication();
    const linked = (smallTrading: boolean): Application => ({
      ...base,
      taxpayer: {
        ...base.taxpayer,
        smallTrading,
        people: { ...base.taxpayer.people, legalRepLinkedD: true },
      },
      request: { ...base.request, special: { faceValue: '1000000', monthlyQuantity: 50 } },
    });
    // Not a small trading firm: its cap is 根据实际经营情况重新核定, an officer's task: refer
    // (ITA-037). Before issue #13 the engine capped it at 10万 from the credit article.
    const other = decideApplication(linked(false));
    expect(other.decision).toBe('refer');
    expect(other.reasons.map((r) => r.ruleId)).toEqual(['ITA-037']);
    // A small trading firm: cap 10万 = tier 2 (ITA-024), per issue min(50 × 3, 25) = 25 (ITA-018).
    const small = decideApplication(linked(true));
    expect(small.decision).toBe('approve');
    expect(small.restricted).toBe(true);
    const s = small.grants.find((g) => g.kind === 'special');
    expect([s?.faceValue, s?.perIssue]).toEqual(['100000', 25]);
    expect(small.findings.map((f) => f.ruleId)).toContain('ITA-024');
  });

  it('a 数电 taxpayer is told 票种核定 does not apply (ITA-126), not rejected, whatever else fired', () => {
    const base = cleanApplication();
    const digital = { ...base, taxpayer: { ...base.taxpayer, digitalInvoicing: true } };
    const out = decideApplication(digital);
    expect(out.decision).toBe('not-applicable');
    expect(out.grants).toEqual([]);
    expect(out.reasons.map((r) => [r.ruleId, r.severity])).toEqual([['ITA-126', 'not-applicable']]);
    // Even with a rejecting finding (ITA-003, suspended business) there is no type approval to refuse.
    const suspended = decideApplication({
      ...digital,
      taxpayer: { ...digital.taxpayer, registrationStatus: 'suspended' },
    });
    expect(suspended.decision).toBe('not-applicable');
    // Findings most severe first: ITA-126 (not applicable), ITA-003 (reject), ITA-032 (grade A cap).
    expect(suspended.findings.map((f) => f.ruleId)).toEqual(['ITA-126', 'ITA-003', 'ITA-032']);
  });

  it('cumulative zero filing counts months of the calendar year (2025年第12号 第十五条、第十七条), not 12 rolling months', () => {
    const base = cleanApplication();
    const zero = (date: string, months: number): Application => ({
      ...base,
      date,
      taxpayer: { ...base.taxpayer, filing: { ...base.taxpayer.filing, zeroFilingMonthsThisYear: months } },
    });
    // June 2025: six zero months January–June reach the 6 of 第十七条 → refer (ITA-082).
    expect(decideApplication(zero('2025-06-03', 6)).reasons.map((r) => r.ruleId)).toEqual(['ITA-082']);
    // The same firm in January 2026 starts a new rating year: 1 month at most, no ITA-082.
    const jan = decideApplication(zero('2026-01-12', 1));
    expect(jan.findings.map((f) => f.ruleId)).not.toContain('ITA-082');
    // Six zero months cannot lie in a year that is three months old: a ValidationError naming the field.
    expect(() => decideApplication(zero('2025-03-03', 6))).toThrow(/zeroFilingMonthsThisYear/);
  });

  it('a 2021 application is decided under the 2019 text of 发票管理办法 第十五条 (5 working days)', () => {
    // Filed Thu 2021-09-30: 10-01 … 10-07 off (国庆节 2021), Sat 10-09 a make-up working day.
    // 10-08 (1), Sat 10-09 (2), 10-11 (3), 10-12 (4), 10-13 (5) → 2021-10-13.
    const app = { ...cleanApplication(), date: '2021-09-30' };
    const out = decideApplication(app);
    expect(out.decision).toBe('approve');
    expect(out.dueBy).toBe('2021-10-13');
    // The due-date step cites the text in force then: 国务院令第709号 (2019), not 第764号 (2023).
    const due = out.trace.steps.at(-1);
    expect(JSON.stringify(due)).toContain('国务院令第709号');
    expect(JSON.stringify(due)).not.toContain('国务院令第764号');
  });

  it('why-not names the blocking rule, its remedy and the change that lifts it', () => {
    const base = cleanApplication();
    const report = whyNot({
      ...base,
      taxpayer: { ...base.taxpayer, filing: { ...base.taxpayer.filing, arrears: '100' } },
    });
    expect(report.decision).toBe('refer');
    expect(report.blockers.map((b) => b.ruleId)).toEqual(['ITA-079']);
    expect(report.blockers[0]?.remedy?.en).toBe('Pay the arrears');
    expect(report.blockers[0]?.changes.map((c) => [c.fact, c.to])).toContainEqual(['arrearsFen', 0]);
    expect(report.toAutoApproval.map((c) => [c.fact, c.to])).toContainEqual(['arrearsFen', 0]);
  });
});
