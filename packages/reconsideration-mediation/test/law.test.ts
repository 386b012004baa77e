// The periods are dated, cited parameters, and the unit of each follows 第八十八条.
import { entryAt, integerAt } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { RECONSIDERATION_STEPS, STEP_CITES, STEP_PERIODS } from '../src/index';

describe('the periods of 行政复议法 (in force 2024-01-01)', () => {
  it('each step cites its article and is in force from 2024-01-01', () => {
    for (const step of RECONSIDERATION_STEPS) {
      const { param } = STEP_PERIODS[step];
      const entry = entryAt(param, '2024-01-01');
      expect([step, entry.source.article]).toEqual([step, STEP_CITES[step].article]);
      expect(entry.source.law.zh).toBe('中华人民共和国行政复议法');
    }
  });

  it('3-, 5-, 7- and 10-day periods are working days, the others natural days (第八十八条)', () => {
    const table = RECONSIDERATION_STEPS.map((step) => {
      const { param, unit } = STEP_PERIODS[step];
      return [step, integerAt(param, '2024-06-30'), unit];
    });
    expect(table).toEqual([
      ['apply', 60, 'days'], // 第二十条
      ['acceptance-review', 5, 'workingDays'], // 第三十条
      ['completion-notice', 5, 'workingDays'], // 第三十一条
      ['completion-supply', 10, 'workingDays'], // 第三十一条
      ['forward', 5, 'workingDays'], // 第三十二条
      ['send-copy', 7, 'workingDays'], // 第四十八条
      ['answer', 10, 'workingDays'], // 第四十八条
      ['send-copy-summary', 3, 'workingDays'], // 第五十四条
      ['answer-summary', 5, 'workingDays'], // 第五十四条
      ['decide', 60, 'days'], // 第六十二条
      ['decide-extended', 30, 'days'], // 第六十二条: at most 30 more
      ['decide-summary', 30, 'days'], // 第六十二条
      ['sue-after', 15, 'days'], // 第三十四条
    ]);
  });
});
