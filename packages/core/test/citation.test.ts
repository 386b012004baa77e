import { describe, expect, it } from 'vitest';
import {
  assumption,
  CIVIL_CODE_ART_201,
  CIVIL_CODE_ART_203,
  type Citation,
  citationsOf,
  citationText,
  cited,
  formatCitation,
  isLocalized,
  TAX_RULES_ART_109,
} from '../src/index';

const art203: Citation = CIVIL_CODE_ART_203;

describe('legal basis: citations and assumptions, zh and en', () => {
  it('an assumption carries its reason in both languages and the sources it leans on', () => {
    const reason = { zh: '公开文本未给出该数值', en: 'No published text gives the number' };
    expect(assumption(reason)).toEqual({ kind: 'assumption', reason });
    expect(assumption(reason, art203)).toEqual({ kind: 'assumption', reason, citations: [art203] });
    expect(citationsOf(assumption(reason))).toEqual([]);
    expect(citationsOf(cited(art203, CIVIL_CODE_ART_201))).toEqual([art203, CIVIL_CODE_ART_201]);
  });

  it('renders where a citation points, its gloss in the reader language and the original wording', () => {
    expect(formatCitation(art203)).toBe('中华人民共和国民法典 第二百零三条');
    expect(formatCitation({ law: { zh: '通知', en: 'Notice' }, docNo: '财预字〔2001〕502号' }, 'en')).toBe(
      'Notice (财预字〔2001〕502号)',
    );
    const en = citationText(art203, 'en');
    expect(en.ref).toBe('Civil Code of the PRC 第二百零三条');
    expect(en.note).toBe(art203.note?.en);
    // The quote is the law's own words: the same in both languages.
    expect(citationText(art203, 'zh').quote).toBe(en.quote);
    expect(citationText({ law: { zh: '法', en: 'Law' } }, 'zh')).toEqual({ ref: '法' });
  });

  it('core keeps the three period articles it applies, each quoted verbatim', () => {
    // 民法典 第二百零一条 is about the start day and, in a second sentence, hour periods: the
    // quote must not merge the two (the 小时 of the old note).
    expect(CIVIL_CODE_ART_201.quote).toBe(
      '按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。按照小时计算期间的，自法律规定或者当事人约定的时间开始计算。',
    );
    // The note is the day-counting sentence word for word (issue 13).
    expect(CIVIL_CODE_ART_201.note?.zh).toBe(
      '按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。',
    );
    expect(TAX_RULES_ART_109.quote).toContain('在期限内有连续3日以上法定休假日的，按休假日天数顺延');
    for (const c of [CIVIL_CODE_ART_201, CIVIL_CODE_ART_203, TAX_RULES_ART_109]) {
      expect(isLocalized(c.note)).toBe(true);
      expect(c.article).toMatch(/^第[零一二三四五六七八九十百千]+条$/);
    }
  });

  it('isLocalized needs non-empty zh and en strings', () => {
    expect(isLocalized({ zh: '原因', en: 'reason' })).toBe(true);
    expect(isLocalized('reason')).toBe(false);
    expect(isLocalized({ zh: '原因', en: ' ' })).toBe(false);
    expect(isLocalized({ zh: '原因' })).toBe(false);
    expect(isLocalized(null)).toBe(false);
  });
});
