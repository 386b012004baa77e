import { addDays, assertFullCoverage, checkDecisionTable, civilDate, createCoverage } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import {
  approvalRuleSet,
  cleanApplication,
  decideApplication,
  LAW_PARAMETERS,
  lawAt,
  toFacts,
} from '../src/index';
import {
  counsellingSpecialFaceValueCap,
  counsellingSpecialQuantityPerIssue,
  newOrdinaryFaceValueCap,
  newOrdinaryMonthlyQuantity,
  newSpecialFaceValueCap,
  newSpecialMonthlyQuantity,
  newTaxpayerDecisionWorkingDays,
} from '../src/law';
import { lawChangeDates } from '../src/law-values';
import { ruleCategory, ruleSpecsAt } from '../src/rules/catalog';
import { decisionLimitTable, supplyMonthsTable, tierRouteTable } from '../src/tables';
import { fixture, GRADE_B_BASE, RULE_FIXTURES } from './fixtures';

const IDS = Array.from({ length: 131 }, (_, i) => `ITA-${String(i + 1).padStart(3, '0')}`);
const DATES = ['2024-06-03', '2025-08-01'];

function firedIds(app: ReturnType<typeof cleanApplication>): string[] {
  return decideApplication(app).findings.map((f) => f.ruleId);
}

describe('the 131 rules', () => {
  it.each(DATES)('are exactly ITA-001 … ITA-131, in order, on %s', (date) => {
    expect(ruleSpecsAt(date).map((s) => s.id)).toEqual(IDS);
    expect(
      approvalRuleSet()
        .inForce(date)
        .map((r) => r.id),
    ).toEqual(IDS);
  });

  it('fall in the thirteen categories of the approval inputs', () => {
    const cats = new Set(IDS.map(ruleCategory));
    expect([...cats].sort()).toEqual(
      [
        'abnormal-invoices',
        'cases',
        'consistency',
        'credit',
        'filing',
        'real-name',
        'registration',
        'risk',
        'scale',
        'scope',
        'taxpayer-type',
        'usage',
        'violations',
      ].sort(),
    );
  });

  it('each cite a source or carry an assumption with a reason', () => {
    for (const s of ruleSpecsAt('2025-03-03')) {
      if (s.basis.kind === 'cited') expect(s.basis.citations.length).toBeGreaterThan(0);
      else {
        expect(s.basis.reason.en.length).toBeGreaterThan(10);
        expect(s.basis.reason.zh.length).toBeGreaterThan(5);
      }
      expect(s.title.zh.length * s.title.en.length).toBeGreaterThan(0);
    }
  });

  it('switch their credit citations to 2025年第12号 from 2025-07-01', () => {
    const d = (date: string) => ruleSpecsAt(date).find((s) => s.id === 'ITA-035')!.basis;
    const doc = (b: ReturnType<typeof d>) => (b.kind === 'cited' ? b.citations[0].docNo : undefined);
    expect(doc(d('2025-06-30'))).toBe('国家税务总局公告2014年第40号');
    expect(doc(d('2025-07-01'))).toBe('国家税务总局公告2025年第12号');
  });
});

describe('rule fixtures', () => {
  it('cover every rule exactly once', () => {
    expect(RULE_FIXTURES.map(([id]) => id)).toEqual(IDS);
  });

  it('the clean base fires only ITA-032', () => {
    expect(firedIds(cleanApplication())).toEqual(['ITA-032']);
    expect(firedIds(fixture(GRADE_B_BASE))).toEqual(['ITA-033']);
  });

  it.each(RULE_FIXTURES.map(([id, patch]) => [id, patch] as const))(
    '%s fires on its fixture',
    (id, patch) => {
      expect(firedIds(fixture(patch))).toContain(id);
    },
  );

  it.each(IDS)('%s does not fire on its counter-fixture (the clean base; grade B for ITA-032)', (id) => {
    const counter = id === 'ITA-032' ? fixture(GRADE_B_BASE) : cleanApplication();
    expect(firedIds(counter)).not.toContain(id);
  });

  it('every rule has a fixture where it fires and one where it does not; coverage is 131/131', () => {
    const set = approvalRuleSet();
    const cov = createCoverage(set);
    for (const app of [
      cleanApplication(),
      fixture(GRADE_B_BASE),
      ...RULE_FIXTURES.map(([, p]) => fixture(p)),
    ]) {
      cov.record(set.evaluate(toFacts(app), { asOf: app.date }));
    }
    assertFullCoverage(cov);
    const entries = cov.entries();
    expect(entries).toHaveLength(131);
    expect(entries.filter((e) => e.fired > 0)).toHaveLength(131);
  });
});

describe('decision tables: static gap and overlap check', () => {
  it.each(DATES)('supply months by credit grade (ITA-032 … ITA-035) on %s', (date) => {
    const t = supplyMonthsTable(date);
    const check = checkDecisionTable(t);
    expect(check.gaps).toEqual([]);
    expect(check.overlaps).toEqual([]);
    // A: 3 months (2014年第40号 第二十九条), B: 2 (2014年第19号), M/C: 1, D: 1.
    expect(t.rows.map((r) => r.output)).toEqual([3, 2, 1, 1]);
  });

  it.each(DATES)('statutory decision limit by new/tier on %s', (date) => {
    const check = checkDecisionTable(decisionLimitTable(date));
    expect(check.gaps).toEqual([]);
    expect(check.overlaps).toEqual([]);
  });

  it.each(DATES)('face value tier routes on %s', (date) => {
    const check = checkDecisionTable(tierRouteTable(date));
    expect(check.gaps).toEqual([]);
    expect(check.overlaps).toEqual([]);
  });
});

describe('dated parameters', () => {
  it('leave no gap on any day from 2020-02-01 to 2026-12-31', () => {
    // Catala-style: every date of the supported range resolves every parameter.
    let day = 0;
    for (let date = civilDate('2020-02-01'); date <= '2026-12-31'; date = addDays(date, 1)) {
      const L = lawAt(date);
      expect(L.decisionWorkingDays).toBe(5);
      day++;
    }
    // 2020-02-01 … 2026-12-31: 335 days left of 2020 (a leap year: 366 − 31) + 365 × 2 (2021,
    // 2022) + 366 (2024) + 365 × 3 (2023, 2025, 2026) = 335 + 730 + 366 + 1095 = 2526.
    expect(day).toBe(2526);
    // The rule set changes text on 2023-07-20 (发票管理办法 2023) and 2025-07-01 (credit 2025).
    expect(lawChangeDates()).toEqual(['2020-02-01', '2023-07-20', '2025-07-01']);
  });

  it('date the first-issue caps from 2018-08-01, when 2018年第29号 took effect outside 新疆、青海、西藏', () => {
    // 国家税务总局公告2018年第29号 (2018-06-11): "除新疆、青海、西藏以外的地区，本公告自2018年8月1日起施行".
    for (const p of [
      newTaxpayerDecisionWorkingDays,
      newSpecialFaceValueCap,
      newSpecialMonthlyQuantity,
      newOrdinaryFaceValueCap,
      newOrdinaryMonthlyQuantity,
    ]) {
      expect(p.entries.map((e) => e.from)).toEqual(['2018-08-01']);
      expect(p.entries[0]?.source.docNo).toBe('国家税务总局公告2018年第29号');
    }
    // 第三条: 专票 ≤ 10万元 and 25 a month; 普票 ≤ 10万元 and 50 a month; 第一条: 2 working days.
    expect(
      [
        newSpecialFaceValueCap,
        newSpecialMonthlyQuantity,
        newOrdinaryFaceValueCap,
        newOrdinaryMonthlyQuantity,
      ].map((p) => p.entries[0]?.value),
    ).toEqual(['100000', '25', '100000', '50']);
    expect(newTaxpayerDecisionWorkingDays.entries[0]?.value).toBe('2');
  });

  it('ITA-099 cites 增值税专用发票使用规定 第十条 (published law) rather than marking an assumption', () => {
    const basis = ruleSpecsAt('2025-03-03').find((s) => s.id === 'ITA-099')?.basis;
    expect(basis?.kind).toBe('cited');
    expect(basis?.citations?.map((c) => [c.docNo, c.article])).toEqual([['国税发〔2006〕156号', '第十条']]);
  });

  it('ITA-081/082 are assumptions with the credit article as context (it bars an A, it says nothing of referral)', () => {
    for (const date of ['2025-03-03', '2025-08-01']) {
      const specs = ruleSpecsAt(date).filter((s) => s.id === 'ITA-081' || s.id === 'ITA-082');
      expect(specs.map((s) => s.basis.kind)).toEqual(['assumption', 'assumption']);
      const article = date < '2025-07-01' ? '第十九条' : '第十七条';
      for (const s of specs) expect(s.basis.citations?.map((c) => c.article)).toEqual([article]);
    }
  });

  it('ITA-003 (suspended business) cites 税务登记管理办法 第二十条, not 实施细则 第二十三条 (bookkeeping agents)', () => {
    const basis = ruleSpecsAt('2025-03-03').find((s) => s.id === 'ITA-003')?.basis;
    expect(basis?.citations?.map((c) => [c.docNo, c.article])).toEqual([['国家税务总局令第7号', '第二十条']]);
  });

  it('cites 国税发〔2010〕40号 第八条 for the counselling-period cap of 小型商贸批发企业 (not 第七条)', () => {
    expect(counsellingSpecialFaceValueCap.entries.map((e) => [e.source.docNo, e.source.article])).toEqual([
      ['国税发〔2010〕40号', '第八条第（一）项'],
    ]);
    expect(counsellingSpecialQuantityPerIssue.entries.map((e) => [e.source.docNo, e.source.article])).toEqual(
      [['国税发〔2010〕40号', '第八条第（二）项']],
    );
  });

  it('no parameter cites the credit articles for the 10万 cap or the 25 copies (they hold neither)', () => {
    const creditDocs = ['国家税务总局公告2014年第40号', '国家税务总局公告2025年第12号'];
    const cited = LAW_PARAMETERS.filter((p) =>
      p.entries.some((e) => creditDocs.includes(e.source.docNo ?? '')),
    );
    expect(cited.map((p) => p.name).filter((n) => /FaceValue|PerIssue/.test(n))).toEqual([]);
  });

  it('each official parameter cites its source on every entry', () => {
    for (const p of LAW_PARAMETERS)
      for (const e of p.entries) expect(e.source.law.zh.length).toBeGreaterThan(0);
    // 25 before issue #13 less the two D-grade parameters that cited the credit articles for 10万/25.
    expect(LAW_PARAMETERS).toHaveLength(23);
  });
});
