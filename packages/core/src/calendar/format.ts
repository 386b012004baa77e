// Human-readable civil dates in Chinese and English, for reports, traces and the demo. date-fns'
// `format` with its zh-CN and en-US locales spells month and weekday names; it runs on a UTCDate
// (see months.ts), so the text never depends on the machine's time zone.

import { format } from 'date-fns/format';
import { enUS } from 'date-fns/locale/en-US';
import { zhCN } from 'date-fns/locale/zh-CN';
import { describeValue } from '../describe-value';
import { ValidationError } from '../errors';
import { optionsObject } from '../options-object';
import { type CivilDate, toEpochDay } from './civil-date';
import { utcDateOfEpochDay } from './months';

/** The languages dates are written in: Chinese (`2025年1月28日`) or English (`January 28, 2025`). */
export type DateLanguage = 'zh' | 'en';

/** Options of {@link formatDate}. */
export interface FormatDateOptions {
  /** Add the day of the week (`星期二`, `Tuesday`). Default false. */
  readonly weekday?: boolean;
}

const PATTERNS = {
  zh: { plain: 'yyyy年M月d日', weekday: 'yyyy年M月d日 EEEE' },
  en: { plain: 'MMMM d, yyyy', weekday: 'EEEE, MMMM d, yyyy' },
} as const;

const LOCALES = { zh: zhCN, en: enUS } as const;

/**
 * A date written for people, in Chinese or English. The ISO form (`YYYY-MM-DD`) is the date itself.
 * @throws ValidationError naming `date`, `language` or `options.weekday`.
 * @example
 * formatDate(civilDate('2025-01-28'), 'zh'); // '2025年1月28日'
 * formatDate(civilDate('2025-01-28'), 'en'); // 'January 28, 2025'
 * formatDate(civilDate('2025-01-28'), 'zh', { weekday: true }); // '2025年1月28日 星期二'
 * formatDate(civilDate('2025-01-28'), 'en', { weekday: true }); // 'Tuesday, January 28, 2025'
 */
export function formatDate(date: CivilDate, language: DateLanguage, options: FormatDateOptions = {}): string {
  optionsObject(options);
  const e = toEpochDay(date);
  if (language !== 'zh' && language !== 'en') {
    throw ValidationError.of(
      'language',
      `must be 'zh' or 'en', got ${describeValue(language)}`,
      `必须是 'zh' 或 'en'`,
    );
  }
  const withWeekday = options.weekday ?? false;
  if (typeof withWeekday !== 'boolean') {
    throw ValidationError.of('options.weekday', 'must be a boolean', '必须是布尔值');
  }
  const pattern = PATTERNS[language][withWeekday ? 'weekday' : 'plain'];
  return format(utcDateOfEpochDay(e), pattern, { locale: LOCALES[language] });
}
