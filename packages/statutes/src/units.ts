// Units of the statutes' parameters, shared by every module.
import type { Localized } from '@gd-ftz/core';

/** Calendar (natural) days: a last day off moves on (民法典 第二百零三条 or the law's own rule). */
export const DAYS: Localized = { zh: '日', en: 'days' };
/** Working days on the statutory calendar (with 调休). */
export const WORKING_DAYS: Localized = { zh: '工作日', en: 'working days' };
export const MONTHS: Localized = { zh: '个月', en: 'months' };
export const YEARS: Localized = { zh: '年', en: 'years' };
export const HOURS: Localized = { zh: '小时', en: 'hours' };
/** Yuan; amounts are decimal strings. */
export const YUAN: Localized = { zh: '元', en: 'CNY' };
