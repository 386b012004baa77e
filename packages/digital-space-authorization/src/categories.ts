// The data categories a grant can cover, and which of them 个人信息保护法 第二十八条 lists as sensitive.

/**
 * Every data category the engine knows. The first six are named in 个人信息保护法 第二十八条
 * (生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪轨迹); the last five are not.
 * @example
 * DATA_CATEGORIES.includes('social-insurance') // true
 */
export const DATA_CATEGORIES = [
  'biometric',
  'religion',
  'specific-identity',
  'medical',
  'financial-account',
  'location-track',
  'identity',
  'contact',
  'licence',
  'social-insurance',
  'property',
] as const;

/** One data category. */
export type DataCategory = (typeof DATA_CATEGORIES)[number];

const SENSITIVE: ReadonlySet<string> = new Set<DataCategory>([
  'biometric',
  'religion',
  'specific-identity',
  'medical',
  'financial-account',
  'location-track',
]);
const KNOWN: ReadonlySet<string> = new Set<string>(DATA_CATEGORIES);

/**
 * Whether a category is sensitive under 个人信息保护法 第二十八条.
 * @example
 * isSensitiveCategory('medical') // true
 * isSensitiveCategory('property') // false
 */
export function isSensitiveCategory(category: DataCategory): boolean {
  return SENSITIVE.has(category);
}

/** Whether `x` names a known category. */
export function isDataCategory(x: unknown): x is DataCategory {
  return typeof x === 'string' && KNOWN.has(x);
}
