// Dates as the reader's language writes them (date-fns locales): 2025年3月4日 / Mar 4, 2025.
import { format, isValid, parseISO } from 'date-fns';
import { enUS, zhCN } from 'date-fns/locale';
import type { Lang } from './i18n/messages';

const LOCALES = { zh: zhCN, en: enUS } as const;

/**
 * A civil date (`2025-03-04`) or date-time (`2025-03-04T09:30`) of a trace, in the language's
 * long form; text that is not such a date is returned unchanged.
 * @example
 * formatCivil('2025-03-04', 'zh'); // '2025年3月4日'
 * formatCivil('2025-03-04T09:30', 'en'); // 'Mar 4, 2025, 09:30'
 */
export function formatCivil(text: string, lang: Lang): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?$/.exec(text);
  if (!m) return text;
  // parseISO reads the date as a local calendar date: no time zone shift for display.
  const d = parseISO(m[2] ? `${m[1]}T${m[2]}` : (m[1] as string));
  if (!isValid(d)) return text;
  return format(d, m[2] ? (lang === 'zh' ? 'PPP HH:mm' : 'PP, HH:mm') : lang === 'zh' ? 'PPP' : 'PP', {
    locale: LOCALES[lang],
  });
}
