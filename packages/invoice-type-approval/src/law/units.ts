// The units of the legal parameters, shared by every file of law/.

/**
 * Yuan (amounts are decimal strings).
 * @example
 * YUAN.zh // '元'
 */
export const YUAN = { zh: '元', en: 'CNY' } as const;

/**
 * Invoice copies.
 * @example
 * COPIES.en // 'copies'
 */
export const COPIES = { zh: '份', en: 'copies' } as const;

/**
 * Months.
 * @example
 * MONTHS.zh // '个月'
 */
export const MONTHS = { zh: '个月', en: 'months' } as const;

/**
 * Working days on the statutory calendar (with 调休).
 * @example
 * WORKING_DAYS.en // 'working days'
 */
export const WORKING_DAYS = { zh: '工作日', en: 'working days' } as const;
