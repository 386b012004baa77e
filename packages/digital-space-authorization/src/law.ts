// The law of measure 11: the shared articles from @gd-ftz/statutes (个人信息保护法, 广东省公共数据
// 管理办法, 民法典's period rules) and the legal numbers this engine reads, each declared once.
import type { Citation } from '@gd-ftz/core';
import { civilCode, gdPublicData, personalInformation, seedItem } from '@gd-ftz/statutes';

/**
 * The citations of measure 11, by what they establish (个人信息保护法 in force 2021-11-01;
 * 广东省公共数据管理办法, 省政府令第290号, in force 2021-11-25).
 * @example
 * CITES.withdrawal.article // '第十五条'
 */
export const CITES = {
  /** 第十三条: consent is the default lawful basis. */
  consent: personalInformation.articles.art13,
  /** 第十三条第一款第三项、第二款: a statutory duty needs no consent. */
  statutoryDuty: personalInformation.articles.art13item3,
  /** 第十四条: a change of purpose or category needs new consent. */
  purpose: personalInformation.articles.art14,
  /** 第十五条: withdrawal, at once and not retroactive. */
  withdrawal: personalInformation.articles.art15,
  /** 第二十三条: another handler needs separate consent and stays within its scope. */
  otherHandler: personalInformation.articles.art23,
  /** 第二十五条: publishing needs separate consent. */
  publish: personalInformation.articles.art25,
  /** 第二十八条: the sensitive categories, and children under 14. */
  sensitive: personalInformation.articles.art28,
  /** 第二十九条: sensitive data needs separate consent. */
  sensitiveConsent: personalInformation.articles.art29,
  /** 第三十一条: a guardian consents for a child under 14. */
  guardian: personalInformation.articles.art31,
  /** 第三十九条: cross-border transfer needs separate consent. */
  crossBorder: personalInformation.articles.art39,
  /** 第四十四条、第四十五条: the right to know and consult (the principal sees each use). */
  rightToKnow: personalInformation.articles.art44to45,
  /** 第五十六条: processing records kept at least 3 years. */
  records: personalInformation.articles.art56,
  /** 第三条: the data subject may be a legal person or organisation (authorisation model). */
  dataSubject: gdPublicData.articles.art3,
  /** 民法典 第二百零一条、第二百零二条: age counted in years from the day after birth to the anniversary. */
  periodStart: civilCode.articles.art201,
  periodEnd: civilCode.articles.art202,
  seed: seedItem(11),
} as const satisfies Record<string, Citation>;

/**
 * Full years under which a guardian consents (个人信息保护法 第三十一条: 不满十四周岁), from
 * @gd-ftz/statutes.
 * @example
 * integerAt(GUARDIAN_CONSENT_AGE, '2025-06-01') // 14
 */
export const GUARDIAN_CONSENT_AGE = personalInformation.params.guardianConsentAge;

/**
 * Shortest retention, in years, of the processing records (个人信息保护法 第五十六条: 至少保存三年),
 * from @gd-ftz/statutes.
 * @example
 * integerAt(RECORD_RETENTION_YEARS, '2025-06-01') // 3
 */
export const RECORD_RETENTION_YEARS = personalInformation.params.assessmentRecordYears;
