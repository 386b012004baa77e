import { ConfigurationError, ValidationError } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { defineStatute, filingDeadline, seedItem, taxCollection, withNote } from '../src/index';

// Issue #32: an object whose String() conversion throws gets a ValidationError naming the field.
describe('filingDeadline bad arguments (issue #32)', () => {
  it('names filingMonth', () => {
    try {
      filingDeadline({ constructor: 1, toString: null, valueOf: null } as never);
      expect.unreachable('expected a ValidationError');
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues.map((i) => i.path)).toEqual(['filingMonth']);
    }
  });
});

// Issue #32 follow-ups: the statute helpers called from JavaScript name the bad argument instead of
// a bare TypeError (defineStatute) or a citation holding NaN (seedItem, withNote).
function configPath(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigurationError);
    return (e as ConfigurationError).path;
  }
  throw new Error('expected a ConfigurationError');
}

describe('statute helpers given junk (issue #32)', () => {
  const gloss = { zh: '纳税人三年内申请退还', en: 'taxpayer claim within 3 years' };
  it('defineStatute names a missing definition', () => {
    for (const bad of [undefined, null, [], 1])
      expect(configPath(() => defineStatute(bad as never))).toBe('definition');
  });
  it('seedItem names a note that is not { zh, en }, and keeps the measure title when it is left out', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 'x', { zh: '只有中文' }])
      expect(configPath(() => seedItem(1, bad as never))).toBe('note');
    expect(seedItem(1).article).toBe('附件 第1项');
  });
  it('withNote names a citation without a law and a note that is not { zh, en }', () => {
    const art51 = taxCollection.articles.art51;
    expect(configPath(() => withNote([Number.NaN, null] as never, gloss))).toBe('citation');
    expect(configPath(() => withNote(undefined as never, gloss))).toBe('citation');
    for (const bad of [Number.NaN, Number.NEGATIVE_INFINITY, undefined])
      expect(configPath(() => withNote(art51, bad as never))).toBe('note');
    const cited = withNote(art51, gloss);
    expect([cited.article, cited.note]).toEqual([art51.article, gloss]);
  });
});
