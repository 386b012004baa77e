// Art. 4 of the SPC's guidance (2020-07-31), hand-checked for the 南沙 court: the first item that
// applies gives the tier; another court of the same level, another province or a judgment not yet
// effective is outside the search scope (null).
import { civilDate, ValidationError } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { COURTS, type CourtRef, type Precedent, precedentTier } from '../src/index';

const court = (id: string) => COURTS[id] as CourtRef;
const nansha = court('gz-ns');
const p = (kind: Precedent['kind'], id: string, effective = true): Precedent => ({
  kind,
  court: court(id),
  effective,
  decidedOn: civilDate('2023-03-01'),
});

describe('precedentTier for the 南沙 court (指导意见 第四条)', () => {
  it.each([
    ['SPC 指导性案例 → (一)', p('guiding-case', 'spc'), 1],
    ['SPC judgment → (二)', p('judgment', 'spc'), 2],
    ['SPC 典型案例 → (二)', p('typical-case', 'spc'), 2],
    ['广东高院 参考性案例 → (三)', p('reference-case', 'gd-high'), 3],
    ['广东高院 judgment → (三)', p('judgment', 'gd-high'), 3],
    ['广州中院 judgment (one level up) → (四)', p('judgment', 'gz-int'), 4],
    ['南沙 court itself → (四)', p('judgment', 'gz-ns'), 4],
    ['番禺 court (same level, not up) → null', p('judgment', 'gz-py'), null],
    ['深圳中院 (not one level up) → null', p('judgment', 'sz-int'), null],
    ['浙江高院 (another province) → null', p('judgment', 'zj-high'), null],
    ['浙江高院 参考性案例 → null', p('reference-case', 'zj-high'), null],
    ['广东高院 典型案例 (not an Art. 4 item) → null', p('typical-case', 'gd-high'), null],
  ] as const)('%s', (_, precedent, tier) => {
    expect(precedentTier(precedent, nansha)).toBe(tier);
  });

  it('leaves out what is not effective, even a SPC judgment (第一条: 已经人民法院裁判生效)', () => {
    expect(precedentTier(p('judgment', 'spc', false), nansha)).toBeNull();
  });

  it('puts the high court’s own judgments in (三) when the high court decides', () => {
    expect(precedentTier(p('judgment', 'gd-high'), court('gd-high'))).toBe(3);
    expect(precedentTier(p('judgment', 'spc'), court('gd-high'))).toBe(2);
  });
});

describe('precedentTier: bad input', () => {
  const error = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return e;
    }
    return undefined;
  };
  it('rejects a guiding case not from the SPC, naming precedent.court, input unchanged', () => {
    const bad = Object.freeze(p('guiding-case', 'gd-high'));
    const e = error(() => precedentTier(bad, nansha));
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).paths).toEqual(['precedent.court']);
    expect(bad.court).toBe(court('gd-high'));
  });
  it.each([
    ['precedent.kind', { ...p('judgment', 'spc'), kind: 'opinion' }, nansha],
    ['precedent.decidedOn', { ...p('judgment', 'spc'), decidedOn: '2023-02-30' }, nansha],
    ['precedent.effective', { ...p('judgment', 'spc'), effective: 'yes' }, nansha],
    ['precedent.court', { ...p('reference-case', 'gz-int') }, nansha],
    ['deciding.parentId', p('judgment', 'spc'), { ...nansha, parentId: null }],
    ['deciding.level', p('judgment', 'spc'), { ...nansha, level: 'district' }],
    ['deciding', p('judgment', 'spc'), null],
  ])('names %s', (path, precedent, deciding) => {
    const e = error(() => precedentTier(precedent as Precedent, deciding as CourtRef));
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).paths).toEqual([path]);
  });
});
