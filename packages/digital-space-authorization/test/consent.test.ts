// requiredConsent: one hand-checked case per cited article, the under-14 test in full years
// (birthday itself, the day after, 29 February), bad input.
import { civilDate, ValidationError } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { requiredConsent, type Subject, type Use } from '../src/index';

const person = (birth: string): Subject => ({ kind: 'person', birthDate: civilDate(birth) });
const adult = person('1990-05-01');
const plain: Use = { categories: ['social-insurance'], recipient: 'holder' };
const on = civilDate('2025-06-01');

describe('requiredConsent: one case per article (个人信息保护法, in force 2021-11-01)', () => {
  it('第十三条、第十四条: an adult, non-sensitive data used by its holder needs consent', () => {
    expect(requiredConsent(adult, plain, on)).toBe('consent');
    // identity, contact, licence, social-insurance, property: none is in 第二十八条.
    for (const c of ['identity', 'contact', 'licence', 'property'] as const)
      expect(requiredConsent(adult, { categories: [c], recipient: 'holder' }, on)).toBe('consent');
  });
  it('第十三条第一款第三项、第二款: a statutory duty needs none, even for a child or sensitive data', () => {
    expect(requiredConsent(adult, { ...plain, basis: 'statutory-duty' }, on)).toBe('none');
    const child = person('2015-01-01');
    expect(
      requiredConsent(
        child,
        { categories: ['medical'], recipient: 'third-party', basis: 'statutory-duty' },
        on,
      ),
    ).toBe('none');
  });
  it('第二十三条: another handler needs separate consent', () => {
    expect(requiredConsent(adult, { ...plain, recipient: 'third-party' }, on)).toBe('separate');
  });
  it('第二十五条: publication needs separate consent', () => {
    expect(requiredConsent(adult, { ...plain, publish: true }, on)).toBe('separate');
  });
  it('第三十九条: cross-border transfer needs separate consent', () => {
    expect(requiredConsent(adult, { ...plain, crossBorder: true }, on)).toBe('separate');
  });
  it('第二十八、二十九条: each sensitive category needs separate consent (the issue: location-track, holder)', () => {
    for (const c of [
      'biometric',
      'religion',
      'specific-identity',
      'medical',
      'financial-account',
      'location-track',
    ] as const)
      expect(requiredConsent(adult, { categories: [c], recipient: 'holder' }, on)).toBe('separate');
  });
  it('第二十八、三十一条: under 14 in full years needs a guardian’s separate consent, even for plain data', () => {
    // Born 2012-06-01: 13 on 2025-06-01 … the 14 years end on 2026-06-01 (民法典 第二百零一、二百零二条).
    expect(requiredConsent(person('2012-06-01'), plain, on)).toBe('guardian-separate');
  });
  it('广东省公共数据管理办法 第三条: an organisation gives its authorisation', () => {
    const org: Subject = { kind: 'organisation', uscc: '91350200776049653A' };
    expect(requiredConsent(org, { categories: ['licence'], recipient: 'third-party' }, on)).toBe(
      'authorisation',
    );
  });
});

describe('under 14 in full years on the as-of date (civil dates, no time zone)', () => {
  const child = (birth: string, asOf: string) => requiredConsent(person(birth), plain, civilDate(asOf));
  it('is still under 14 on the 14th birthday, and 14 from the next day', () => {
    // Born 2011-06-01: the 14 years run from 2011-06-02 and end at the close of 2025-06-01.
    expect(child('2011-06-01', '2025-05-31')).toBe('guardian-separate');
    expect(child('2011-06-01', '2025-06-01')).toBe('guardian-separate');
    expect(child('2011-06-01', '2025-06-02')).toBe('consent');
  });
  it('29 February birth: in a common year the period ends on 28 February (第二百零二条)', () => {
    // Born 2012-02-29; 2026 is a common year: the 14 years end on 2026-02-28.
    expect(child('2012-02-29', '2026-02-28')).toBe('guardian-separate');
    expect(child('2012-02-29', '2026-03-01')).toBe('consent');
    // Born 2008-02-29; 2022 is a common year too: 14 from 2022-03-01.
    expect(child('2008-02-29', '2022-02-28')).toBe('guardian-separate');
    expect(child('2008-02-29', '2022-03-01')).toBe('consent');
  });
  it('a newborn on the day of birth is under 14', () => {
    expect(child('2025-06-01', '2025-06-01')).toBe('guardian-separate');
  });
});

describe('bad input', () => {
  const paths = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      return e instanceof ValidationError ? e.paths : e;
    }
    return 'no error';
  };
  it('names the field', () => {
    expect(
      paths(() => requiredConsent({ kind: 'organisation', uscc: '91350200776049653B' }, plain, on)),
    ).toEqual(['subject.uscc']);
    expect(paths(() => requiredConsent({ kind: 'robot' } as unknown as Subject, plain, on))).toEqual([
      'subject.kind',
    ]);
    expect(paths(() => requiredConsent(person('2026-01-01'), plain, on))).toEqual(['subject.birthDate']);
    expect(paths(() => requiredConsent(adult, { ...plain, categories: ['dna' as 'medical'] }, on))).toEqual([
      'use.categories.0',
    ]);
    expect(
      paths(() => requiredConsent(adult, { ...plain, crossBorder: 'yes' as unknown as boolean }, on)),
    ).toEqual(['use.crossBorder']);
    expect(paths(() => requiredConsent(adult, { ...plain, basis: 'contract' as 'consent' }, on))).toEqual([
      'use.basis',
    ]);
    expect(paths(() => requiredConsent(adult, plain, '2025-02-29' as typeof on))).toEqual(['asOf']);
    const frozen = Object.freeze({ categories: Object.freeze(['medical']), recipient: 'holder' }) as Use;
    expect(requiredConsent(adult, frozen, on)).toBe('separate');
  });
});
