// 精准化分流分类导办 (粤府函〔2023〕59号 附件 第5项): the lane of each kind of visitor, the reasons,
// and why not the window.
import { ValidationError } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { type HallSnapshot, triage, type Visit } from '../src/index';

const base: Visit = {
  id: 'V1',
  item: 'invoice',
  complexity: 'simple',
  idStatus: 'verified',
  skill: 'high',
  plaza: false,
  booked: false,
};
const hall: HallSnapshot = { plazaSeatsFree: 2, windowQueue: 7 };

describe('triage: one lane per rule, in order', () => {
  it.each([
    [{}, 'terminal', 'self-service'],
    [{ booked: true, idStatus: 'unverified' }, 'appointment', 'booked'],
    [{ idStatus: 'unverified', item: 'enquiry' }, 'window', 'identity'],
    [{ item: 'enquiry', complexity: 'complex' }, 'remote', 'enquiry'],
    [{ complexity: 'complex', skill: 'low' }, 'window', 'complex'],
    [{ skill: 'low', plaza: true }, 'plaza', 'plaza'],
    [{ skill: 'low', plaza: false }, 'remote', 'assisted'],
  ] as const)('%j → %s (%s)', (change, lane, rule) => {
    const d = triage({ ...base, ...change } as Visit, hall);
    expect([d.lane, d.rule]).toEqual([lane, rule]);
  });

  it('a low-skill visitor willing to learn goes to a terminal with help when the plaza is full', () => {
    expect(triage({ ...base, skill: 'low', plaza: true }, { ...hall, plazaSeatsFree: 0 }).lane).toBe(
      'remote',
    );
  });

  it('says why not the window, and what would send the visitor there', () => {
    const d = triage(base, hall);
    expect(d.whyNotWindow?.[0]?.en).toBe('a simple matter the self-service terminal handles');
    expect(d.whyNotWindow?.[1]?.en).toContain('complex matter would send the visitor to a window');
  });

  it('a window decision states the queue and has no why-not', () => {
    const d = triage({ ...base, complexity: 'complex' }, hall);
    expect(d.reasons[1]?.en).toBe('7 waiting for a window');
    expect(d.whyNotWindow).toBeUndefined();
  });
});

describe('triage: bad input', () => {
  const cases: [string, unknown, unknown][] = [
    ['visit.item', { ...base, item: 'visa' }, hall],
    ['visit.skill', { ...base, skill: 2 }, hall],
    ['visit.booked', { ...base, booked: 'yes' }, hall],
    ['visit', null, hall],
    ['hall.plazaSeatsFree', base, { ...hall, plazaSeatsFree: -1 }],
    ['hall.windowQueue', base, { ...hall, windowQueue: 1.5 }],
  ];
  it.each(cases)('names %s, input unchanged', (path, visit, snapshot) => {
    const before = JSON.stringify([visit, snapshot]);
    let error: unknown;
    try {
      triage(visit as Visit, snapshot as HallSnapshot);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).paths).toEqual([path]);
    expect(JSON.stringify([visit, snapshot])).toBe(before);
  });
});
