import { KPI_CATEGORIES, KPI_ORIGINS, type KpiCategory, type KpiOrigin, kpi, UNITS } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { kpiBadges, sensitivityText } from '../src/kpi-text';

const calibrated = kpi({
  id: 'time-auto-median',
  label: { zh: '自动审批用时', en: 'Automatic approval time' },
  unit: UNITS.minutes,
  better: 'lower',
  origin: 'calibrated',
  category: 'applicant-time',
  note: { zh: '校准', en: 'calibrated' },
  baseline: '902.9',
  reform: '1.41',
  sensitivity: {
    param: 'fetchSecondsMax',
    label: { zh: '查询耗时上限', en: 'Query time, maximum' },
    low: { value: 5, baseline: '902.9', reform: '0.87' },
    high: { value: 30, baseline: '902.9', reform: '3.58' },
  },
});

describe('KPI card texts', () => {
  it('labels origin and category in both languages, with what the origin means', () => {
    expect(kpiBadges(calibrated, 'en')).toEqual({
      origin: 'calibrated',
      originHelp: 'Origin: an assumption was chosen to hit a published figure (calibrated)',
      category: 'applicant time',
    });
    expect(kpiBadges(calibrated, 'zh')).toEqual({
      origin: '校准',
      originHelp: '效果来源: 假设参数按公开数字选定（校准）',
      category: '申请人时间',
    });
  });
  it('writes the sensitivity range as one sentence, and nothing without one', () => {
    expect(sensitivityText(calibrated, 'en')).toBe(
      'Sensitivity: Query time, maximum at 5: 902.9 → 0.87; at 30: 902.9 → 3.58',
    );
    expect(sensitivityText(calibrated, 'zh')).toBe(
      '敏感性：查询耗时上限 取 5 时 902.9 → 0.87；取 30 时 902.9 → 3.58',
    );
    expect(sensitivityText({ ...calibrated, sensitivity: undefined } as never, 'en')).toBeUndefined();
  });
  // kpi() accepts only the origins and categories core lists, so every KPI an engine can report is
  // one of these pairs: checking them all covers every engine without running their scenarios.
  it('has a label for every origin and category an engine can report, in both languages', () => {
    for (const origin of Object.keys(KPI_ORIGINS) as KpiOrigin[]) {
      for (const category of Object.keys(KPI_CATEGORIES) as KpiCategory[]) {
        for (const lang of ['zh', 'en'] as const) {
          const b = kpiBadges({ ...calibrated, origin, category }, lang);
          expect(
            [b.origin, b.originHelp, b.category].every((x) => x.trim() !== ''),
            `${origin}/${category}/${lang}`,
          ).toBe(true);
        }
      }
    }
  });
});
