// The court tree of the synthetic corpus: the SPC, two provincial high courts (广东, 浙江), their
// intermediate courts and the basic courts of the Guangdong FTZ areas and beyond.
import type { CourtRef } from './model';

function court(id: string, level: CourtRef['level'], province: string, parentId: string | null): CourtRef {
  return Object.freeze({ id, level, province, parentId });
}

/**
 * The courts of the synthetic corpus, by id (names in {@link COURT_NAMES}).
 * @example
 * COURTS['gz-ns']?.parentId; // 'gz-int' (南沙 court → 广州中院)
 */
export const COURTS: Readonly<Record<string, CourtRef>> = Object.freeze({
  spc: court('spc', 'supreme', 'CN', null),
  'gd-high': court('gd-high', 'high', 'GD', 'spc'),
  'zj-high': court('zj-high', 'high', 'ZJ', 'spc'),
  'gz-int': court('gz-int', 'intermediate', 'GD', 'gd-high'),
  'sz-int': court('sz-int', 'intermediate', 'GD', 'gd-high'),
  'zh-int': court('zh-int', 'intermediate', 'GD', 'gd-high'),
  'hz-int': court('hz-int', 'intermediate', 'ZJ', 'zj-high'),
  'gz-ns': court('gz-ns', 'basic', 'GD', 'gz-int'),
  'gz-py': court('gz-py', 'basic', 'GD', 'gz-int'),
  'gz-th': court('gz-th', 'basic', 'GD', 'gz-int'),
  'sz-qh': court('sz-qh', 'basic', 'GD', 'sz-int'),
  'sz-ft': court('sz-ft', 'basic', 'GD', 'sz-int'),
  'zh-hq': court('zh-hq', 'basic', 'GD', 'zh-int'),
  'hz-xh': court('hz-xh', 'basic', 'ZJ', 'hz-int'),
});

/**
 * The courts' names in Chinese and English.
 * @example
 * COURT_NAMES['gz-ns']?.zh; // '广州市南沙区人民法院'
 */
export const COURT_NAMES: Readonly<Record<string, { readonly zh: string; readonly en: string }>> =
  Object.freeze({
    spc: { zh: '最高人民法院', en: 'Supreme People’s Court' },
    'gd-high': { zh: '广东省高级人民法院', en: 'Guangdong High People’s Court' },
    'zj-high': { zh: '浙江省高级人民法院', en: 'Zhejiang High People’s Court' },
    'gz-int': { zh: '广州市中级人民法院', en: 'Guangzhou Intermediate People’s Court' },
    'sz-int': { zh: '深圳市中级人民法院', en: 'Shenzhen Intermediate People’s Court' },
    'zh-int': { zh: '珠海市中级人民法院', en: 'Zhuhai Intermediate People’s Court' },
    'hz-int': { zh: '杭州市中级人民法院', en: 'Hangzhou Intermediate People’s Court' },
    'gz-ns': { zh: '广州市南沙区人民法院', en: 'Nansha District People’s Court' },
    'gz-py': { zh: '广州市番禺区人民法院', en: 'Panyu District People’s Court' },
    'gz-th': { zh: '广州市天河区人民法院', en: 'Tianhe District People’s Court' },
    'sz-qh': { zh: '深圳前海合作区人民法院', en: 'Shenzhen Qianhai Cooperation Zone People’s Court' },
    'sz-ft': { zh: '深圳市福田区人民法院', en: 'Futian District People’s Court' },
    'zh-hq': { zh: '横琴粤澳深度合作区人民法院', en: 'Hengqin Cooperation Zone People’s Court' },
    'hz-xh': { zh: '杭州市西湖区人民法院', en: 'Xihu District People’s Court' },
  });

/** The courts that decide the simulated year's cases: Guangdong's basic courts. */
export const DECIDING_COURTS: readonly string[] = ['gz-ns', 'gz-py', 'gz-th', 'sz-qh', 'sz-ft', 'zh-hq'];

/** Courts of ordinary prior judgments, with weights (most judgments are basic courts'). */
export const JUDGMENT_COURTS: readonly (readonly [string, number])[] = [
  ['spc', 1],
  ['gd-high', 4],
  ['zj-high', 3],
  ['gz-int', 8],
  ['sz-int', 6],
  ['zh-int', 3],
  ['hz-int', 6],
  ['gz-ns', 10],
  ['gz-py', 10],
  ['gz-th', 10],
  ['sz-qh', 10],
  ['sz-ft', 10],
  ['zh-hq', 6],
  ['hz-xh', 13],
];
