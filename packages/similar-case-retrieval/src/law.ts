// The law of measure 16: the SPC's similar-case search guidance (指导意见, on trial from 2020-07-31)
// and the related-case check from @gd-ftz/statutes, and this engine's own dated parameters. Values
// no published text fixes are marked as assumptions with their reason.
import { type Citation, defineParameter } from '@gd-ftz/core';
import {
  judicialResponsibility2017,
  judicialResponsibility2020,
  seedItem,
  similarCaseSearch,
} from '@gd-ftz/statutes';

const A = similarCaseSearch.articles;

/**
 * The citations of measure 16, by what they establish.
 * @example
 * CITES.tiers.article; // '第四条'
 */
export const CITES = {
  /** 类案 are effective judgments alike in facts, issues and legal question. */
  similarCase: A.art1,
  /** The four grounds of a mandatory search. */
  mandatory: A.art2,
  /** The four tiers, recent three years first, lower tiers skippable. */
  tiers: A.art4,
  /** Keyword, statute-linked and case-linked search. */
  methods: A.art5,
  /** The search is explained or reported (who, when, where, how, results, conclusion). */
  report: A.art7to8,
  /** A guiding case must be followed; other 类案 are reference. */
  effect: A.art9,
  /** Related cases (关联案件) searched beside similar cases. */
  relatedCases: judicialResponsibility2017.whole,
  relatedCaseMechanism: judicialResponsibility2020.articles.item9,
  seed: seedItem(16),
} as const satisfies Record<string, Citation>;

/**
 * Months back that count as "近三年" (Art. 4: apart from guiding cases, search the last three years
 * first). An assumption: the guidance says three years, not from which day; 36 months back from
 * the search date is taken.
 * @example
 * integerAt(RECENT_MONTHS, '2024-06-30'); // 36
 */
export const RECENT_MONTHS = defineParameter({
  name: 'similarCaseRetrieval.recentMonths',
  label: { zh: '优先检索的近期案例月数', en: 'Months of recent cases searched first' },
  unit: { zh: '个月', en: 'months' },
  kind: 'integer',
  entries: [{ from: '2020-07-31', value: '36', source: CITES.tiers }],
  assumption: {
    zh: '第四条"近三年"未写明起算日；取检索之日向前36个月',
    en: 'Art. 4’s "last three years" names no starting day; 36 months back from the search date is taken',
  },
});

/**
 * Days from a first-instance judgment to its taking effect when no party appeals. An assumption:
 * the 15-day appeal period runs from service (民事诉讼法 第一百七十一条), and service takes some days.
 * @example
 * integerAt(EFFECTIVE_LAG_DAYS, '2024-06-30'); // 30
 */
export const EFFECTIVE_LAG_DAYS = defineParameter({
  name: 'similarCaseRetrieval.effectiveLagDays',
  label: { zh: '判决至生效天数', en: 'Days from judgment to effect' },
  unit: { zh: '日', en: 'days' },
  kind: 'integer',
  entries: [{ from: '2019-01-01', value: '30', source: CITES.similarCase }],
  assumption: {
    zh: '上诉期十五日自送达起算，送达约需十五日；无公开统计',
    en: 'The 15-day appeal period runs from service, which takes about 15 days; no published statistics',
  },
});
