import { ValidationError } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import {
  FILING_DEADLINE_NOTICES,
  filingDeadline,
  PUBLISHED_FILING_DAYS,
  publishedFilingDeadline,
} from '../src/index';

describe('publishedFilingDeadline: the notices as data', () => {
  it('2024-10 is 10-24 by the 2024 notice; 2025-10 is 10-27 by 税总办征科函〔2024〕71号', () => {
    expect(publishedFilingDeadline('2024-10')?.deadline).toBe('2024-10-24');
    expect(publishedFilingDeadline('2025-10')).toEqual({
      deadline: '2025-10-27',
      source: FILING_DEADLINE_NOTICES[2025],
    });
  });

  it('a year without a carried notice gives undefined (the rule covers it)', () => {
    expect(publishedFilingDeadline('2019-10')).toBeUndefined();
    // Before 2021 the rule counts natural days: 10-01..07 off (7 days), 10-15 + 7 = 10-22, a Tuesday.
    expect(filingDeadline('2019-10')).toBe('2019-10-22');
  });

  it('carries 72 months, 2021–2026', () => {
    expect(Object.values(PUBLISHED_FILING_DAYS).flat()).toHaveLength(72);
  });

  it.each(['2024-13', '24-01', ''])('rejects %j naming filingMonth', (bad) => {
    let error: unknown;
    try {
      publishedFilingDeadline(bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).paths).toEqual(['filingMonth']);
  });
});
