// Granting and revoking: each validated whole before the store or the log changes.
import { type CivilDate, ValidationError } from '@gd-ftz/core';
import { categoryBits, type DataCategory } from './categories';
import * as check from './check';
import { type ConsentKind, checkConsentInput, meets, requirementOf, type Subject } from './consent';
import { type AnySpace, type Grant, type Revocation, storeOf } from './space';

/** What a principal grants. */
export interface GrantInput {
  /** The principal's account in the space; for an organisation, its 统一社会信用代码. */
  readonly principal: string;
  readonly subject: Subject;
  /** The department that holds the data. */
  readonly holder: string;
  /** Who may use it (a bank, a telecom operator, a department). */
  readonly user: string;
  readonly purpose: string;
  readonly items: readonly DataCategory[];
  readonly recipient: 'holder' | 'third-party';
  readonly crossBorder?: boolean;
  readonly publish?: boolean;
  readonly basis?: 'consent' | 'statutory-duty';
  /** Validity [from, until): `YYYY-MM-DD` (00:00) or `YYYY-MM-DDTHH:mm`. */
  readonly from: string;
  readonly until: string;
  /** The consent given; must meet the one the law requires on the day of `at`. */
  readonly consent: ConsentKind;
  /** When the grant is made. */
  readonly at: string;
}

const CONSENTS: readonly ConsentKind[] = [
  'none',
  'consent',
  'separate',
  'guardian-separate',
  'authorisation',
];

/**
 * Records a grant after checking it whole: the consent given must meet {@link requiredConsent}
 * for the subject, the use and the day of `at`; validity must not be empty (until > from).
 * Logged as `grant`.
 * @throws ValidationError naming the field (`input.subject.uscc`, `input.until`, `input.items.1`,
 * `input.consent`, …); nothing is stored or logged then.
 * @example
 * const g = grant(space, { principal: 'P1', subject: { kind: 'person', birthDate: civilDate('1990-05-01') },
 *   holder: 'hrss', user: 'bank-x', purpose: 'loan', items: ['social-insurance'], recipient: 'third-party',
 *   from: '2025-03-01', until: '2026-03-01', consent: 'separate', at: '2025-03-01T09:00' });
 * g.id // 'G1'
 */
export function grant(space: AnySpace, input: GrantInput): Grant {
  const store = storeOf(space);
  const x = check.object(input, 'input');
  const principal = check.name(x.principal, 'input.principal');
  const holder = check.name(x.holder, 'input.holder');
  const user = check.name(x.user, 'input.user');
  const purpose = check.name(x.purpose, 'input.purpose');
  const grantedT = check.instant(x.at, 'input.at');
  const asOf = (x.at as string).slice(0, 10) as CivilDate;
  const c = checkConsentInput(
    x.subject,
    {
      categories: x.items,
      recipient: x.recipient,
      crossBorder: x.crossBorder,
      publish: x.publish,
      basis: x.basis,
    },
    asOf,
    true,
  );
  const fromT = check.instant(x.from, 'input.from');
  const untilT = check.instant(x.until, 'input.until');
  if (untilT <= fromT) throw ValidationError.of('input.until', 'must be after from', '应晚于 from');
  if (c.subject.kind === 'organisation' && principal !== c.subject.uscc)
    throw ValidationError.of(
      'input.principal',
      "must be the organisation's USCC",
      '应为该组织的统一社会信用代码',
    );
  if (!CONSENTS.includes(x.consent as ConsentKind))
    throw ValidationError.of(
      'input.consent',
      `must be one of ${CONSENTS.join(', ')}`,
      `应为 ${CONSENTS.join('、')} 之一`,
    );
  const required = requirementOf(c.subject, c.use, c.asOf).kind;
  const consent = x.consent as ConsentKind;
  if (!meets(consent, required))
    throw ValidationError.of(
      'input.consent',
      `is '${consent}' but the law requires '${required}'`,
      `给出的是 '${consent}'，法律要求 '${required}'`,
    );
  const id = `G${store.index.size + 1}`;
  const items = Object.freeze([...c.use.categories]);
  const g: Grant = Object.freeze({
    id,
    principal,
    holder,
    user,
    purpose,
    items,
    from: x.from as string,
    until: x.until as string,
    consent,
    required,
    grantedAt: x.at as string,
  });
  store.log.append({
    at: g.grantedAt,
    actor: principal,
    action: 'grant',
    data: { ...g, items: [...items] },
  });
  store.index.add({
    principal,
    user,
    holder,
    purpose,
    items: categoryBits(items, false),
    fromT,
    untilT,
    grantedT,
  });
  return g;
}

/**
 * Revokes a grant from `at` on: requests at or after `at` are denied, earlier ones stand
 * (个人信息保护法 第十五条). Logged as `revoke`.
 * @throws ValidationError naming `grantId` (unknown or already revoked) or `at` (not a date-time,
 * or before the grant was made); nothing changes then.
 * @example
 * revoke(space, 'G1', '2025-07-01T10:00') // { grantId: 'G1', at: '2025-07-01T10:00', seq: 2 }
 */
export function revoke(space: AnySpace, grantId: string, at: string): Revocation {
  const store = storeOf(space);
  const id = check.name(grantId, 'grantId');
  const g = store.index.numberOf(id);
  if (g < 0) throw ValidationError.of('grantId', 'is not a grant of this space', '不是本空间的授权');
  if (store.index.revokedAt(g) !== Number.POSITIVE_INFINITY)
    throw ValidationError.of('grantId', 'is already revoked', '已撤回');
  const t = check.instant(at, 'at');
  if (t < store.index.grantedAt(g))
    throw ValidationError.of('at', 'must not be before the grant was made', '不得早于授权时间');
  const record = store.log.append({
    at,
    actor: store.index.principalOf(g),
    action: 'revoke',
    data: { grantId: id, at },
  });
  store.index.revoke(g, t);
  return Object.freeze({ grantId: id, at, seq: record.seq });
}
