// acceptWithGaps (容缺受理 [S]): main materials decide, secondary gaps with a commitment, 失信
// excluded, a supply deadline never after the promised time; bad input.
import { civilDate, ValidationError } from '@gd-ftz/core';
import { workingDayArb } from '@gd-ftz/core/arbitraries';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemDueBy } from '../src/deadline';
import { acceptWithGaps, BUNDLE_ITEMS, MATERIALS } from '../src/index';
import { ITEMS } from '../src/items';
import { owner } from './fixtures';

const asOf = civilDate('2024-06-03');
const main = ['application-form', 'identity', 'technical-data'] as const;

describe('acceptWithGaps', () => {
  it('complete file: accepted, nothing due', () => {
    expect(acceptWithGaps('nationality', [...main, 'ship-photos'], owner, asOf)).toEqual({
      accepted: true,
      reasons: [],
    });
  });

  it('only a secondary material missing: accepted, one notice, due in 5 working days (06-10 is 端午节)', () => {
    // 06-03 Mon + 5 working days: 04, 05, 06, 07, (10 off) 11 → 06-11; nationality's assumed
    // 7 working days end 06-13, so the supply period is not capped.
    const r = acceptWithGaps('nationality', [...main], owner, asOf);
    expect([r.accepted, r.supplyBy, r.reasons.map((f) => [f.code, f.material])]).toEqual([
      true,
      '2024-06-11',
      [['secondary-missing', 'ship-photos']],
    ]);
  });

  it('the supply deadline is capped by the promised time: ownership on 2024-09-27 → 10-08, not 10-11', () => {
    // 5 working days from 09-27: 09-29 (Sun, make-up) 1, 09-30 2, 10-08 3, 10-09 4, 10-10 5 → 10-10;
    // the ownership period ends 10-08, so the gap is due 10-08.
    const r = acceptWithGaps(
      'ownership',
      [
        'application-form',
        'identity',
        'technical-data',
        'proof-of-ownership',
        'no-mortgage-proof',
        'ship-photos',
      ],
      owner,
      civilDate('2024-09-27'),
    );
    expect([r.accepted, r.supplyBy]).toEqual([true, '2024-10-08']);
  });

  it('a main material missing: not accepted, each named', () => {
    const r = acceptWithGaps('nationality', ['application-form', 'ship-photos'], owner, asOf);
    expect([r.accepted, r.supplyBy, r.reasons.map((f) => f.material)]).toEqual([
      false,
      undefined,
      ['identity', 'technical-data'],
    ]);
  });

  it('a 失信 applicant or one who does not sign the commitment is not accepted with gaps', () => {
    expect(
      acceptWithGaps('nationality', [...main], { ...owner, dishonest: true }, asOf).reasons[0]?.code,
    ).toBe('dishonest');
    expect(
      acceptWithGaps('nationality', [...main], { ...owner, commits: false }, asOf).reasons[0]?.code,
    ).toBe('no-commitment');
    expect(
      acceptWithGaps('nationality', [...main, 'ship-photos'], { ...owner, dishonest: true }, asOf).accepted,
    ).toBe(true);
  });

  it('property: a supply deadline never passes the item’s promised time; accepted iff main materials complete (and, with gaps, eligible)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BUNDLE_ITEMS),
        fc.subarray([...MATERIALS]),
        fc.boolean(),
        fc.boolean(),
        workingDayArb({ from: civilDate('2024-01-01'), to: civilDate('2025-12-01') }),
        (item, materials, dishonest, commits, day) => {
          const r = acceptWithGaps(item, materials, { ...owner, dishonest, commits }, day);
          const mainOk = ITEMS[item].main.every((m) => materials.includes(m));
          const gaps = ITEMS[item].secondary.some((m) => !materials.includes(m));
          expect(r.accepted).toBe(mainOk && (!gaps || (!dishonest && commits)));
          if (r.supplyBy !== undefined) {
            expect(r.supplyBy <= itemDueBy(item, day)).toBe(true);
            expect(r.supplyBy > day).toBe(true);
          }
          expect(r.supplyBy !== undefined).toBe(r.accepted && gaps);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('acceptWithGaps: bad input', () => {
  it('names each bad field and changes nothing', () => {
    const materials = Object.freeze(['identity', 'bribe'] as never[]);
    const applicant = Object.freeze({ uscc: 'X', dishonest: 'no', commits: true });
    let err: unknown;
    try {
      acceptWithGaps('ownershipp' as never, materials, applicant as never, '2024-13-01' as never);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).paths).toEqual([
      'item',
      'materials[1]',
      'applicant.uscc',
      'applicant.dishonest',
      'asOf',
    ]);
    expect(materials).toEqual(['identity', 'bribe']);
  });
});
