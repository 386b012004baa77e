// The consent a use of data needs, fixed by law (个人信息保护法, in force 2021-11-01; 广东省公共
// 数据管理办法 for organisations). The order of the tests is the order of the law's exceptions:
// a statutory duty needs none (第十三条第二款); a child under 14 needs a guardian's separate
// consent (第二十八、二十九、三十一条); another handler, publication, cross-border transfer or a
// sensitive category needs separate consent (第二十三、二十五、三十九、二十九条); else consent.
import { addYears, type Citation, type CivilDate, integerAt, ValidationError } from '@gd-ftz/core';
import { type DataCategory, isSensitiveCategory } from './categories';
import * as check from './check';
import { CITES, GUARDIAN_CONSENT_AGE } from './law';

/** Whose data it is: a person (born on a civil date) or an organisation (统一社会信用代码). */
export type Subject =
  | { readonly kind: 'person'; readonly birthDate: CivilDate }
  | { readonly kind: 'organisation'; readonly uscc: string };

/** What is to be done with the data. */
export interface Use {
  readonly categories: readonly DataCategory[];
  /** `holder`: the department that keeps the data uses it; `third-party`: another handler gets it. */
  readonly recipient: 'holder' | 'third-party';
  readonly crossBorder?: boolean;
  readonly publish?: boolean;
  /** `statutory-duty`: processing necessary for a legal duty (第十三条第一款第三项). Default consent. */
  readonly basis?: 'consent' | 'statutory-duty';
}

/** The kinds of consent, weakest first (authorisation is the organisations' own kind). */
export type ConsentKind = 'none' | 'consent' | 'separate' | 'guardian-separate' | 'authorisation';

/** The consent required and the articles that require it. */
export interface ConsentRequirement {
  readonly kind: ConsentKind;
  readonly basis: readonly Citation[];
}

/**
 * Whether a person born on `birthDate` is under `years` full years on `asOf`. The years are
 * counted from the day after birth (民法典 第二百零一条) and end on the anniversary, or on
 * 28 February for a 29 February birth in a common year (第二百零二条): on the birthday itself
 * the person is still under age, from the next day on not.
 */
export function underFullYears(birthDate: CivilDate, years: number, asOf: CivilDate): boolean {
  return asOf <= addYears(birthDate, years);
}

/** Checks a use; `at(field)` is the path of each field (a grant names them after its own). */
function checkUse(x: unknown, path: string, at: (field: string) => string): Use {
  const u = check.object(x, path);
  const categories = check.categories(u.categories, at('categories'));
  if (u.recipient !== 'holder' && u.recipient !== 'third-party')
    throw ValidationError.of(
      at('recipient'),
      "must be 'holder' or 'third-party'",
      "应为 'holder' 或 'third-party'",
    );
  const crossBorder = check.flag(u.crossBorder, at('crossBorder'));
  const publish = check.flag(u.publish, at('publish'));
  const basis = u.basis ?? 'consent';
  if (basis !== 'consent' && basis !== 'statutory-duty')
    throw ValidationError.of(
      at('basis'),
      "must be 'consent' or 'statutory-duty'",
      "应为 'consent' 或 'statutory-duty'",
    );
  return { categories, recipient: u.recipient, crossBorder, publish, basis };
}

/** The requirement of already checked input. */
export function requirementOf(subject: Subject, use: Use, asOf: CivilDate): ConsentRequirement {
  if (use.basis === 'statutory-duty') return { kind: 'none', basis: [CITES.statutoryDuty] };
  if (subject.kind === 'organisation') return { kind: 'authorisation', basis: [CITES.dataSubject] };
  const age = integerAt(GUARDIAN_CONSENT_AGE, asOf);
  if (underFullYears(subject.birthDate, age, asOf))
    return { kind: 'guardian-separate', basis: [CITES.sensitive, CITES.sensitiveConsent, CITES.guardian] };
  const basis: Citation[] = [];
  if (use.recipient === 'third-party') basis.push(CITES.otherHandler);
  if (use.publish) basis.push(CITES.publish);
  if (use.crossBorder) basis.push(CITES.crossBorder);
  if (use.categories.some(isSensitiveCategory)) basis.push(CITES.sensitive, CITES.sensitiveConsent);
  if (basis.length > 0) return { kind: 'separate', basis };
  return { kind: 'consent', basis: [CITES.consent, CITES.purpose] };
}

/**
 * Checks the three arguments of {@link requiredConsent}; paths `subject…`, `use.…`, `asOf`, or,
 * for a grant, `input.subject…`, `input.<field>` and `input.at`.
 */
export function checkConsentInput(subject: unknown, use: unknown, asOf: unknown, inGrant = false) {
  const s = check.subject(subject, inGrant ? 'input.subject' : 'subject');
  const u = checkUse(use, inGrant ? 'input' : 'use', (f) =>
    inGrant ? `input.${f === 'categories' ? 'items' : f}` : `use.${f}`,
  );
  const d = check.date(asOf, inGrant ? 'input.at' : 'asOf');
  if (s.kind === 'person' && s.birthDate > d)
    throw ValidationError.of(
      inGrant ? 'input.subject.birthDate' : 'subject.birthDate',
      'must not be after the as-of date',
      '不得晚于判断日期',
    );
  return { subject: s, use: u, asOf: d };
}

/**
 * The consent a use of a subject's data needs on `asOf`, fixed by law:
 * - `none` on a statutory-duty basis (个人信息保护法 第十三条第一款第三项、第二款);
 * - `authorisation` for an organisation (广东省公共数据管理办法 第三条: a legal person is a data
 *   subject; its authorisation, not a person's consent);
 * - `guardian-separate` for a person under 14 in full years on `asOf` (第二十八、二十九、三十一条);
 * - `separate` when the data go to another handler (第二十三条), are published (第二十五条), go
 *   abroad (第三十九条) or include a sensitive category (第二十八、二十九条);
 * - else `consent` (第十三、十四条).
 * @throws ValidationError naming the field (`subject.uscc`, `use.categories.0`, `asOf`, …).
 * @example
 * requiredConsent({ kind: 'person', birthDate: civilDate('1990-05-01') },
 *   { categories: ['location-track'], recipient: 'holder' }, civilDate('2025-06-01')) // 'separate'
 */
export function requiredConsent(subject: Subject, use: Use, asOf: CivilDate): ConsentKind {
  const c = checkConsentInput(subject, use, asOf);
  return requirementOf(c.subject, c.use, c.asOf).kind;
}

const RANK: Record<ConsentKind, number> = {
  none: 0,
  consent: 1,
  separate: 2,
  'guardian-separate': 3,
  authorisation: 1,
};

/**
 * Whether a given consent meets a required one: a person's kinds are ordered none < consent <
 * separate < guardian-separate; an organisation's authorisation meets only none or authorisation.
 */
export function meets(given: ConsentKind, required: ConsentKind): boolean {
  if (required === 'authorisation' || given === 'authorisation')
    return given === required || (given === 'authorisation' && required === 'none');
  return RANK[given] >= RANK[required];
}
