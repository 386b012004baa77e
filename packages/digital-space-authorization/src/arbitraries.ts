// fast-check arbitraries of valid inputs of @gd-ftz/digital-space-authorization, for property
// tests that use this engine as an oracle. fast-check is a peer dependency. Names, purposes and
// instants come from small pools so that generated grants and requests often meet.
import { civilDate, formatDateTime, fromEpochMinutes, MINUTES_PER_DAY, toEpochDay } from '@gd-ftz/core';
import { paramsArbOf } from '@gd-ftz/core/arbitraries';
import fc, { type Arbitrary } from 'fast-check';
import type { AccessRequest } from './access';
import { DATA_CATEGORIES, type DataCategory } from './categories';
import type { GrantInput } from './grant';
import { type DigitalSpaceAuthorizationParams, PARAMS } from './params';

/**
 * Valid scenario parameters, derived from the schema (small populations keep properties fast).
 * @example
 * fc.sample(paramsArb, 1)[0]?.services // 20..100
 */
export const paramsArb: Arbitrary<DigitalSpaceAuthorizationParams> = paramsArbOf(PARAMS, {
  services: { max: 100 },
});

const T0 = toEpochDay(civilDate('2025-03-01')) * MINUTES_PER_DAY;
const SPAN = 10 * MINUTES_PER_DAY;

/**
 * Instants `YYYY-MM-DDTHH:mm` in the ten days from 2025-03-01.
 * @example
 * fc.sample(instantArb, 1)[0] // '2025-03-04T13:27'
 */
export const instantArb: Arbitrary<string> = fc
  .integer({ min: 0, max: SPAN - 1 })
  .map((m) => formatDateTime(fromEpochMinutes(T0 + m)));

/**
 * Non-empty sets of distinct data categories (of a small pool, so that scopes overlap).
 * @example
 * fc.sample(itemsArb, 1)[0] // ['identity', 'property']
 */
export const itemsArb: Arbitrary<DataCategory[]> = fc
  .subarray(DATA_CATEGORIES.slice(6) as DataCategory[], { minLength: 1 })
  .map((xs) => [...xs]);

const principal = fc.constantFrom('P1', 'P2');
const holder = fc.constantFrom('hrss', 'tax');
const user = fc.constantFrom('bank-x', 'bank-y');
const purpose = fc.constantFrom('loan', 'kyc');

/**
 * Valid grants by an adult (born 1990) to a third party, with separate consent, made at
 * 2025-03-01T00:00 and valid over a non-empty window inside the ten days.
 * @example
 * fc.assert(fc.property(grantInputArb, (g) => grant(createSpace(), g).id === 'G1'));
 */
export const grantInputArb: Arbitrary<GrantInput> = fc
  .record({
    principal,
    holder,
    user,
    purpose,
    items: itemsArb,
    a: fc.integer({ min: 0, max: SPAN - 1 }),
    b: fc.integer({ min: 0, max: SPAN - 1 }),
  })
  .filter(({ a, b }) => a !== b)
  .map(({ a, b, ...rest }) => ({
    ...rest,
    subject: { kind: 'person' as const, birthDate: civilDate('1990-05-01') },
    recipient: 'third-party' as const,
    consent: 'separate' as const,
    from: formatDateTime(fromEpochMinutes(T0 + Math.min(a, b))),
    until: formatDateTime(fromEpochMinutes(T0 + Math.max(a, b))),
    at: formatDateTime(fromEpochMinutes(T0)),
  }));

/**
 * Valid access requests in the ten days, from the same pools as {@link grantInputArb}.
 * @example
 * fc.assert(fc.property(accessRequestArb, (r) => !decideAccess(createSpace(), r).permitted));
 */
export const accessRequestArb: Arbitrary<AccessRequest> = fc.record({
  principal,
  holder,
  user,
  purpose,
  items: itemsArb,
  at: instantArb,
});
