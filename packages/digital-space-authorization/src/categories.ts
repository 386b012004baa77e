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
/** Each category's bit (1 << its index in DATA_CATEGORIES): a set of items is one number. */
const BITS: ReadonlyMap<string, number> = new Map(DATA_CATEGORIES.map((c, i) => [c, 1 << i]));

/** The bit of a known category, or 0. */
export function categoryBit(x: unknown): number {
  return typeof x === 'string' ? (BITS.get(x) ?? 0) : 0;
}

/**
 * A bit no known category has: a replayed record's unknown item sets it, so no grant covers it.
 * (A request or grant made through the public functions never has one: they refuse it.)
 */
export const UNKNOWN_ITEM_BIT = 1 << DATA_CATEGORIES.length;

/**
 * The item set of a replayed record as bits: a known category sets its bit, anything else
 * UNKNOWN_ITEM_BIT when `unknownBit` is true (a request's) and nothing when it is false (a grant's,
 * which then covers no unknown item).
 */
export function categoryBits(items: unknown, unknownBit: boolean): number {
  if (!Array.isArray(items)) return unknownBit ? UNKNOWN_ITEM_BIT : 0;
  let bits = 0;
  for (const c of items) bits |= categoryBit(c) || (unknownBit ? UNKNOWN_ITEM_BIT : 0);
  return bits;
}

/**
 * Whether a category is sensitive under 个人信息保护法 第二十八条.
 * @example
 * isSensitiveCategory('medical') // true
 * isSensitiveCategory('property') // false
 */
export function isSensitiveCategory(category: DataCategory): boolean {
  return SENSITIVE.has(category);
}
