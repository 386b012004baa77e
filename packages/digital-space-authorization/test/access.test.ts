// The worked case: a grant of social-insurance data to bank X for a loan, then scope,
// purpose and revocation at the minute.
import { civilDate, ValidationError } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import {
  type AccessRequest,
  createSpace,
  decideAccess,
  type GrantInput,
  grant,
  replayLog,
  revoke,
  usesOf,
} from '../src/index';

const adult = { kind: 'person', birthDate: civilDate('1990-05-01') } as const;
const loanGrant: GrantInput = {
  principal: 'P1',
  subject: adult,
  holder: 'hrss',
  user: 'bank-x',
  purpose: 'loan',
  items: ['social-insurance'],
  recipient: 'third-party',
  from: '2025-03-01',
  until: '2026-03-01',
  consent: 'separate',
  at: '2025-03-01T09:00',
};
const ask = (over: Partial<AccessRequest> = {}): AccessRequest => ({
  principal: 'P1',
  holder: 'hrss',
  user: 'bank-x',
  purpose: 'loan',
  items: ['social-insurance'],
  at: '2025-06-01T09:00',
  ...over,
});

describe('worked case: social-insurance to bank X for a loan, 2025-03-01..2026-03-01', () => {
  it('permits in scope, denies scope, purpose, user, holder, time, and revokes at the minute', () => {
    const space = createSpace();
    const g = grant(space, loanGrant);
    expect(g.id).toBe('G1');
    // 2025-06-01 is inside [2025-03-01, 2026-03-01).
    expect(decideAccess(space, ask())).toMatchObject({ permitted: true, grantId: 'G1' });
    // property is not in the grant's items (第二十三条: the recipient stays within the scope).
    expect(decideAccess(space, ask({ items: ['property'] }))).toMatchObject({
      permitted: false,
      reason: 'item-out-of-scope',
    });
    // A new purpose needs new consent (第十四条).
    expect(decideAccess(space, ask({ purpose: 'marketing' }))).toMatchObject({
      permitted: false,
      reason: 'other-purpose',
    });
    expect(decideAccess(space, ask({ user: 'bank-y' }))).toMatchObject({
      permitted: false,
      reason: 'other-user',
    });
    expect(decideAccess(space, ask({ holder: 'tax' }))).toMatchObject({
      permitted: false,
      reason: 'other-holder',
    });
    expect(decideAccess(space, ask({ at: '2025-02-28T23:59' }))).toMatchObject({ reason: 'not-yet-valid' });
    // [from, until): 2026-03-01 00:00 is already outside, 2026-02-28T23:59 inside.
    expect(decideAccess(space, ask({ at: '2026-03-01' }))).toMatchObject({ reason: 'expired' });
    expect(decideAccess(space, ask({ at: '2026-02-28T23:59' })).permitted).toBe(true);
    expect(decideAccess(space, ask({ principal: 'P2' }))).toMatchObject({ reason: 'no-grant' });
    // Revoked 2025-07-01T10:00 (第十五条): at once, not retroactive.
    expect(revoke(space, 'G1', '2025-07-01T10:00')).toMatchObject({ grantId: 'G1', at: '2025-07-01T10:00' });
    expect(decideAccess(space, ask({ at: '2025-07-01T10:00' }))).toMatchObject({
      permitted: false,
      reason: 'revoked',
    });
    expect(decideAccess(space, ask({ at: '2025-07-01T09:59' })).permitted).toBe(true);
    // 1 grant + 9 decisions + 1 revocation + 2 decisions = 13 records, chain intact, replay agrees.
    expect(space.log.length).toBe(13);
    expect(space.log.verify()).toEqual({ ok: true });
    expect(replayLog(space.log.records)).toEqual({
      chainOk: true,
      decisions: 11,
      permits: 3,
      tracedPermits: 3,
    });
    // The principal sees all 10 decisions about P1's data (the P2 request is not P1's).
    expect(usesOf(space, 'P1').length).toBe(10);
  });
});

describe('consent kinds at grant time', () => {
  it('an organisation authorises; a person’s consent kind is refused for it', () => {
    const space = createSpace();
    const org = { kind: 'organisation', uscc: '91350200776049653A' } as const;
    const input = { ...loanGrant, principal: org.uscc, subject: org, items: ['licence'] } as GrantInput;
    expect(() => grant(space, { ...input, consent: 'separate' })).toThrow(ValidationError);
    expect(grant(space, { ...input, consent: 'authorisation' })).toMatchObject({
      id: 'G1',
      required: 'authorisation',
    });
  });
  it('a child under 14 on the day of the grant needs the guardian’s separate consent', () => {
    // Born 2011-03-01: the grant at 2025-03-01T09:00 falls on the 14th birthday, still under 14.
    const space = createSpace();
    const child = {
      ...loanGrant,
      subject: { kind: 'person', birthDate: civilDate('2011-03-01') },
    } as GrantInput;
    expect(() => grant(space, child)).toThrow(ValidationError);
    expect(grant(space, { ...child, consent: 'guardian-separate' }).required).toBe('guardian-separate');
    // The next day the same person is 14: separate consent is enough.
    expect(grant(space, { ...child, at: '2025-03-02T09:00' }).required).toBe('separate');
  });
});

describe('bad input: a ValidationError naming the field, nothing stored or logged', () => {
  const paths = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      return e instanceof ValidationError ? e.paths : e;
    }
    return 'no error';
  };

  it('grant', () => {
    const space = createSpace();
    const org = { kind: 'organisation', uscc: '91350200776049653B' } as const;
    const cases: [Partial<GrantInput> & Record<string, unknown>, string][] = [
      [{ subject: org, principal: '91350200776049653B', consent: 'authorisation' }, 'input.subject.uscc'],
      [{ until: '2025-03-01' }, 'input.until'],
      [{ until: '2025-02-01' }, 'input.until'],
      [{ items: ['social-insurance', 'shoe-size' as 'property'] }, 'input.items.1'],
      [{ items: [] }, 'input.items'],
      [{ consent: 'consent' }, 'input.consent'],
      [{ from: '2025-02-30' }, 'input.from'],
      [{ at: '2025-03-01T24:00' }, 'input.at'],
      [{ principal: ' P1' }, 'input.principal'],
      [{ subject: { kind: 'person', birthDate: civilDate('2030-01-01') } }, 'input.subject.birthDate'],
      [{ recipient: 'anyone' as 'holder' }, 'input.recipient'],
      [
        { subject: { kind: 'organisation', uscc: '91350200776049653A' }, consent: 'authorisation' },
        'input.principal',
      ],
    ];
    for (const [over, path] of cases) {
      const input = Object.freeze({ ...loanGrant, ...over }) as GrantInput;
      const before = JSON.stringify(input);
      expect(paths(() => grant(space, input))).toEqual([path]);
      expect(JSON.stringify(input)).toBe(before);
    }
    expect(paths(() => grant({ log: space.log, grantCount: 0 }, loanGrant))).toEqual(['space']);
    expect(paths(() => grant(space, null as unknown as GrantInput))).toEqual(['input']);
    expect([space.grantCount, space.log.length]).toEqual([0, 0]);
  });

  it('revoke and decideAccess', () => {
    const space = createSpace();
    grant(space, loanGrant);
    expect(paths(() => revoke(space, 'G9', '2025-07-01T10:00'))).toEqual(['grantId']);
    expect(paths(() => revoke(space, 'G1', '2025-07-01 10:00'))).toEqual(['at']);
    expect(paths(() => revoke(space, 'G1', '2025-02-01'))).toEqual(['at']);
    revoke(space, 'G1', '2025-07-01T10:00');
    expect(paths(() => revoke(space, 'G1', '2025-08-01'))).toEqual(['grantId']);
    expect(paths(() => decideAccess(space, ask({ items: ['property', 'property'] })))).toEqual([
      'request.items.1',
    ]);
    expect(paths(() => decideAccess(space, ask({ at: '2025-13-01' })))).toEqual(['request.at']);
    expect(paths(() => decideAccess(space, ask({ purpose: '' })))).toEqual(['request.purpose']);
    expect(paths(() => decideAccess(space, undefined as unknown as AccessRequest))).toEqual(['request']);
    expect(paths(() => usesOf(space, ''))).toEqual(['principal']);
    expect(space.log.length).toBe(2);
  });
});
