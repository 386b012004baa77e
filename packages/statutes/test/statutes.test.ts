import { readFileSync } from 'node:fs';
import {
  addDays,
  CIVIL_CODE_ART_201,
  type Citation,
  ConfigurationError,
  citationText,
  civilDate,
  type DatedParameter,
  defineParameter,
  entryAt,
  fromEpochDay,
  integerAt,
  isLocalized,
  ParameterNotInForceError,
  statutoryDeadline,
  TAX_RULES_ART_109,
  toEpochDay,
  valueAt,
} from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  administrativeLicensing,
  administrativeReconsideration,
  agriProductQuality,
  articleOf,
  civilCode,
  defineStatute,
  LAWS,
  SEED_DOC_NO,
  STATUTES,
  seedItem,
  taxCollection,
  taxCollectionRules,
  withNote,
} from '../src/index';

/** Every citation a statute module holds: its whole-law citation, its articles, its parameters' sources. */
function citationsOf(): { path: string; c: Citation }[] {
  return STATUTES.flatMap((s) => [
    { path: `${s.key}.whole`, c: s.whole },
    ...Object.entries(s.articles).map(([k, c]) => ({ path: `${s.key}.articles.${k}`, c })),
    ...Object.values(s.params).flatMap((p) =>
      p.entries.map((e, i) => ({ path: `${p.name}.entries.${i}.source`, c: e.source })),
    ),
  ]);
}

const allParams: DatedParameter[] = STATUTES.flatMap((s) => Object.values(s.params));

/** Chinese article references: 第五十一条, 第三十二条第一款第（四）项, 第十三条至第十五条, 第三百零七条之一. */
const ARTICLE =
  /^第[零〇一二三四五六七八九十百千]+条(之[一二三四五六七八九十])?([第、至（）一二三四五六七八九十百千款项条]*)$/;

describe('every statute module', () => {
  it('has a unique camelCase key and zh/en law names', () => {
    const keys = STATUTES.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const s of STATUTES) {
      expect(s.key).toMatch(/^[a-z][A-Za-z0-9]*$/);
      expect(isLocalized(s.law), s.key).toBe(true);
      // The zh name is Chinese; the en name is not a copy of it.
      expect(s.law.zh, s.key).toMatch(/[\u4e00-\u9fff]/);
      expect(s.law.en, s.key).toMatch(/^[A-Z]/);
    }
  });

  it('cites every article in Chinese form, with a zh/en note; the whole law has no article', () => {
    for (const s of STATUTES) {
      expect(s.whole.article, s.key).toBeUndefined();
      for (const [k, c] of Object.entries(s.articles)) {
        expect(c.article, `${s.key}.${k}`).toMatch(ARTICLE);
        expect(c.law, `${s.key}.${k}`).toEqual(s.law);
        expect(isLocalized(c.note), `${s.key}.${k}`).toBe(true);
      }
    }
  });

  it('quotes only Chinese wording, and glosses in both languages', () => {
    for (const { path, c } of citationsOf()) {
      if (c.quote !== undefined) {
        expect(c.quote, path).toMatch(/[\u4e00-\u9fff]/);
        expect(c.quote, path).not.toMatch(/[A-Za-z]{3,}/);
      }
      if (c.note !== undefined) {
        expect(isLocalized(c.note), path).toBe(true);
        expect(c.note.en, path).not.toMatch(/[\u4e00-\u9fff]{8,}/);
      }
    }
  });

  it('carries no internal research paths in any note, quote or label', () => {
    // Confidence is said in words ("unconfirmed", "secondary source"), never by a fact-pack tag or path.
    const banned =
      /fact pack|shared\/domain|LRB:|\.md\b|\[(U|S|C|statute|official-reprint|practitioner)[\],]|\bS\d{1,2}\b/;
    for (const { path, c } of citationsOf()) {
      for (const text of [c.note?.zh, c.note?.en, c.quote, c.url])
        expect(text ?? '', path).not.toMatch(banned);
    }
    for (const s of STATUTES)
      for (const t of [s.note?.zh, s.note?.en]) expect(t ?? '', s.key).not.toMatch(banned);
  });
});

describe('dated parameters', () => {
  it('are named <statute>.<key> and unique across the package', () => {
    const names = allParams.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    for (const s of STATUTES) {
      for (const [k, p] of Object.entries(s.params)) expect(p.name).toBe(`${s.key}.${k}`);
    }
  });

  it('have no gap and no overlap: each day from the first entry on has exactly one value', () => {
    // Catala-style over the supported range: on each entry's first day, the day before it and a
    // random day of each span, the entry in force is the one whose span holds the day.
    for (const p of allParams) {
      const starts = p.entries.map((e) => e.from);
      expect([...starts].sort(), p.name).toEqual(starts);
      expect(new Set(starts).size, p.name).toBe(starts.length);
      expect(p.range.until, p.name).toBeNull();
      const inForce = (iso: string) => {
        const e = entryAt(p, iso);
        return e.from <= iso && (e.until === null || iso < e.until);
      };
      p.entries.forEach((e, i) => {
        expect(entryAt(p, e.from).from, `${p.name} on ${e.from}`).toBe(e.from);
        if (i > 0) {
          const before = addDays(civilDate(e.from), -1);
          expect(entryAt(p, before).from, `${p.name} on ${before}`).toBe(starts[i - 1]);
        }
      });
      const first = toEpochDay(civilDate(p.range.from));
      const last = toEpochDay(civilDate('2026-12-31'));
      fc.assert(
        fc.property(fc.integer({ min: first, max: last }), (day) => inForce(fromEpochDay(day))),
        { numRuns: 200 },
      );
      expect(() => entryAt(p, addDays(civilDate(p.range.from), -1)), p.name).toThrow(
        ParameterNotInForceError,
      );
    }
  });

  it('cite an article of a declared statute, or a whole document, on every entry', () => {
    const known = new Set(citationsOf().map(({ c }) => c));
    for (const p of allParams) {
      for (const e of p.entries) {
        const declared = known.has(e.source) || STATUTES.some((s) => s.law === e.source.law);
        expect(declared, `${p.name} from ${e.from}`).toBe(true);
      }
    }
  });

  it('hold the worked values of the law', () => {
    // 征管法 第三十二条: 万分之五 a day; 第五十一条: 三年内.
    expect(valueAt(taxCollection.params.lateFeeDailyRate, '2024-06-30').toString()).toBe('0.0005');
    expect(integerAt(taxCollection.params.refundClaimWindowYears, '2024-06-30')).toBe(3);
    // 细则 第七十八条: 10日内 / 30日内.
    expect(integerAt(taxCollectionRules.params.authorityRefundDays, '2024-06-30')).toBe(10);
    expect(integerAt(taxCollectionRules.params.claimRefundDays, '2024-06-30')).toBe(30);
    // 行政许可法 第四十二条: 20 + 10; joint 45 + 15.
    const l = administrativeLicensing.params;
    expect(
      [l.decisionWorkingDays, l.decisionExtensionWorkingDays, l.jointHandlingWorkingDays].map((p) =>
        integerAt(p, '2024-06-30'),
      ),
    ).toEqual([20, 10, 45]);
    // 行政复议法 第六十二条: 60 days, at most 30 more; summary 30. Not before 2024-01-01.
    const r = administrativeReconsideration.params;
    expect(
      integerAt(r.decisionDays, '2024-01-01') + integerAt(r.decisionExtensionMaxDays, '2024-01-01'),
    ).toBe(90);
    expect(() => integerAt(r.decisionDays, '2023-12-31')).toThrow(ParameterNotInForceError);
    // 农产品质量安全法 第五十一条: 4 hours, 7 working days, 5 working days.
    const a = agriProductQuality.params;
    expect(
      [a.rapidObjectionHours, a.retestReportWorkingDays, a.ordinaryObjectionWorkingDays].map((p) =>
        integerAt(p, '2023-01-01'),
      ),
    ).toEqual([4, 7, 5]);
  });
});

describe('shared citations are declared once', () => {
  it('LAWS holds the module law objects themselves', () => {
    for (const s of STATUTES) {
      const entry = Object.entries(LAWS).find(([, law]) => law === s.law);
      expect(entry, s.key).toBeDefined();
    }
    expect(Object.keys(LAWS)).toHaveLength(STATUTES.length);
  });

  it('re-exports the period articles core applies, as the same objects', () => {
    expect(civilCode.articles.art201).toBe(CIVIL_CODE_ART_201);
    expect(taxCollectionRules.articles.art109).toBe(TAX_RULES_ART_109);
    // 民法典 第二百零二条 is the anniversary rule; 第二百零一条 is the start-day rule.
    expect(civilCode.articles.art202.quote).toBe(
      '按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。',
    );
    expect(civilCode.articles.art201.quote).toMatch(/^按照年、月、日计算期间的，开始的当日不计入/);
  });

  it('the seed cites each measure with its verbatim text', () => {
    const one = seedItem(1);
    expect([one.docNo, one.article, one.law]).toEqual([SEED_DOC_NO, '附件 第1项', LAWS.seed]);
    expect(one.quote).toMatch(/^通过在电子税务局系统设置增值税涉税事项智能提醒功能/);
    expect(seedItem(7).quote).toContain('制定131条发票票种核定判断规则');
    expect(seedItem(7).quote).toContain('将每户纳税人审批时间压缩至1-2分钟');
    expect(seedItem(19, { zh: '快检', en: 'rapid tests' }).note).toEqual({ zh: '快检', en: 'rapid tests' });
    expect(() => seedItem(21)).toThrow(ConfigurationError);
    expect(() => seedItem(1.5)).toThrow(ConfigurationError);
  });

  it('withNote keeps the law, article and quote and changes only the gloss', () => {
    const c = withNote(taxCollection.articles.art51, { zh: '纳税人申请', en: 'taxpayer claim' });
    expect([c.law, c.article, c.quote]).toEqual([
      taxCollection.law,
      '第五十一条',
      taxCollection.articles.art51.quote,
    ]);
    expect(c.note).toEqual({ zh: '纳税人申请', en: 'taxpayer claim' });
  });
});

describe('defineStatute rejects a malformed module, naming the path', () => {
  const law = { zh: '某法', en: 'Some law' };
  const art = articleOf(law);
  const base = { key: 'someLaw', law, articles: {}, params: {} };
  const path = (def: Parameters<typeof defineStatute>[0]) => {
    try {
      defineStatute(def);
    } catch (e) {
      if (e instanceof ConfigurationError) return e.path;
      throw e;
    }
    return 'accepted';
  };

  it('accepts a well-formed module and derives its whole citation', () => {
    expect(defineStatute({ ...base, docNo: '某号' }).whole).toEqual({ law, docNo: '某号' });
  });
  it('rejects bad keys, names and versions', () => {
    expect(path({ ...base, key: 'Some-law' })).toBe('key');
    expect(path({ ...base, law: { zh: '某法', en: '' } })).toBe('someLaw.law');
    expect(path({ ...base, version: { revised: '2020-1-1', inForce: '2020-01-01' } })).toBe(
      'someLaw.version.revised',
    );
    expect(path({ ...base, version: { revised: '2021-01-01', inForce: '2020-01-01' } })).toBe(
      'someLaw.version.inForce',
    );
  });
  it('rejects articles not in Chinese form, of another law, or without a note', () => {
    expect(path({ ...base, articles: { a: art('Art. 5', { zh: '注', en: 'note' }) } })).toBe(
      'someLaw.articles.a.article',
    );
    expect(path({ ...base, articles: { a: { law: { zh: '他法', en: 'Other' }, article: '第一条' } } })).toBe(
      'someLaw.articles.a.law',
    );
    expect(path({ ...base, articles: { a: { law, article: '第一条' } } })).toBe('someLaw.articles.a.note');
    expect(path({ ...base, articles: { a: { law, article: '第一条', note: 'x' as never } } })).toBe(
      'someLaw.articles.a.note',
    );
  });
  it('rejects a parameter named outside the module', () => {
    const p = defineParameter({
      name: 'other.days',
      label: { zh: '天数', en: 'Days' },
      kind: 'integer',
      entries: [{ from: '2020-01-01', value: '5', source: art('第一条', { zh: '注', en: 'note' }) }],
    });
    expect(path({ ...base, params: { days: p } })).toBe('someLaw.params.days');
  });
});

describe('the README', () => {
  it('lists every module in its table', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const s of STATUTES) expect(readme, s.key).toContain(`| \`${s.key}\` |`);
  });

  it('quick example: the values it shows', () => {
    // 2024-06-03 + 60 days: 27 days left in June + 31 in July = 58 → 2024-08-02, a Friday (working day).
    const days = integerAt(administrativeReconsideration.params.decisionDays, '2024-06-03');
    expect(statutoryDeadline(civilDate('2024-06-03'), days, 'days')).toBe('2024-08-02');
    expect(citationText(taxCollection.articles.art51, 'en').note).toBe(
      'overpaid tax: refunded at once when the authority finds it; a taxpayer who finds it within 3 years may claim it with interest',
    );
    expect(taxCollection.articles.art51.quote).toMatch(
      /^纳税人超过应纳税额缴纳的税款，税务机关发现后应当立即退还；/,
    );
  });
});
