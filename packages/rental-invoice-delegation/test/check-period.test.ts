// checkApplication: each refusal reason with its basis (the issue: 按年 for A refuses B; a used 按次
// refuses again; after a year, expired; a lessee cannot void), the lessor acting himself, no
// double invoicing (a property), bad input.
import { type CivilDate, civilDate, ValidationError } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AuthEvent,
  type Authorisation,
  authorisationMachine,
  checkApplication,
  type InvoiceApplication,
  type LeasePeriod,
  REFUSAL_CODES,
  type RefusalCode,
} from '../src/index';
import { LESSEE, LESSOR, OTHER, request } from './fixtures';

const d = (s: string) => civilDate(s);
const march: LeasePeriod = { from: d('2024-03-01'), to: d('2024-03-31') };
const run = (term: 'annual' | 'per-invoice', ...events: AuthEvent[]): Authorisation => {
  const ctx = request(term);
  let s = authorisationMachine.start(ctx, ctx.appliedOn);
  for (const e of events) {
    const r = authorisationMachine.transition(s, e);
    if (!r.ok) throw new Error(r.error.reason.en);
    s = r.snapshot;
  }
  return s;
};
const confirm: AuthEvent = { type: 'confirm', at: d('2024-03-01'), faceCheck: 'passed' };
const active = run('annual', confirm);
const app: InvoiceApplication = {
  action: 'issue',
  on: '2024-04-02',
  applicant: { idNumber: LESSEE, role: 'lessee' },
  lessorId: LESSOR,
  property: { unitNo: '440106001001GB00001F00010001' },
  period: { from: d('2024-04-01'), to: d('2024-04-30') },
  taxPaid: true,
};
const codes = (r: ReturnType<typeof checkApplication>) => (r.ok ? [] : r.reasons.map((x) => x.code));

describe('checkApplication: allowed', () => {
  it('the authorised lessee, same property by address only, taxes paid, a new period', () => {
    const byAddress = { ...app, property: { address: ' 广州市天河区示例路1号 ' } };
    const r = checkApplication(active, byAddress, [march]);
    expect(r.ok).toBe(true);
  });
  it('the lessor himself needs no authorisation, even a declined one', () => {
    const declined = run('annual', { type: 'decline', at: d('2024-03-02') });
    const own = { ...app, applicant: { idNumber: LESSOR, role: 'lessor' as const } };
    expect(checkApplication(declined, own, []).ok).toBe(true);
    expect(checkApplication(declined, { ...own, action: 'void' }, []).ok).toBe(true);
  });
});

describe('checkApplication: every refusal reason', () => {
  const cases: [RefusalCode, Authorisation, InvoiceApplication, LeasePeriod[]][] = [
    // A lessee cannot void (S60, S61: only the lessor voids or claims refunds).
    ['lessor-only', active, { ...app, action: 'void' }, []],
    ['not-confirmed', run('annual'), app, []],
    // A used 按次 refuses again.
    [
      'already-used',
      run('per-invoice', confirm, { type: 'issue', at: d('2024-03-01'), period: march }),
      app,
      [march],
    ],
    // After a year: 2025-03-02 is past the last day 2025-03-01.
    [
      'expired',
      active,
      { ...app, on: '2025-03-02', period: { from: d('2025-03-01'), to: d('2025-03-31') } },
      [],
    ],
    ['revoked', run('annual', confirm, { type: 'revoke', at: d('2024-03-10'), by: 'lessor' }), app, []],
    ['not-the-agent', active, { ...app, applicant: { idNumber: OTHER, role: 'agent' } }, []],
    // 按年 for A's property refuses B's (another authoriser, another property).
    ['other-lessor', active, { ...app, lessorId: OTHER }, []],
    ['other-property', active, { ...app, property: { unitNo: '440106001001GB00001F00010002' } }, []],
    ['period-invoiced', active, { ...app, period: { from: d('2024-03-15'), to: d('2024-04-14') } }, [march]],
    // 发票管理办法 第十六条: the tax first, then the invoice.
    ['tax-unpaid', active, { ...app, taxPaid: false }, []],
  ];
  it.each(cases)('%s', (code, auth, application, invoiced) => {
    const r = checkApplication(auth, application, invoiced);
    expect(codes(r)).toEqual([code]);
    expect(r.ok ? undefined : r.reasons[0]?.basis.kind).toBe('cited');
  });
  it('covers every code', () => {
    expect(cases.map(([c]) => c)).toEqual([...REFUSAL_CODES]);
  });
  it('answers "why not" with every reason at once', () => {
    const r = checkApplication(run('annual'), { ...app, lessorId: OTHER, taxPaid: false }, []);
    expect(codes(r)).toEqual(['not-confirmed', 'other-lessor', 'tax-unpaid']);
  });
});

describe('no double invoicing', () => {
  it('property: a period overlapping an invoiced one is always refused, a disjoint one never for that reason', () => {
    const day = fc.integer({ min: 0, max: 200 });
    const at = (n: number) =>
      civilDate(
        `2024-${String(1 + Math.floor(n / 28)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
      ) as CivilDate;
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 60 }),
        day,
        fc.integer({ min: 0, max: 60 }),
        (a, la, b, lb) => {
          const done = { from: at(a), to: at(Math.min(200, a + la)) };
          const asked = { from: at(b), to: at(Math.min(200, b + lb)) };
          const overlap = done.from <= asked.to && asked.from <= done.to;
          const r = checkApplication(active, { ...app, period: asked }, [done]);
          expect(codes(r).includes('period-invoiced')).toBe(overlap);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('bad input', () => {
  const paths = (auth: unknown, application: unknown, invoiced: unknown = []) => {
    const copy = structuredClone(application);
    try {
      checkApplication(auth as Authorisation, application as InvoiceApplication, invoiced as LeasePeriod[]);
    } catch (e) {
      expect(application).toEqual(copy);
      if (e instanceof ValidationError) return e.paths;
      throw e;
    }
    return undefined;
  };
  it('names the field', () => {
    expect(paths({ state: 'active' }, app)).toEqual(['auth']);
    expect(paths(active, { ...app, applicant: { idNumber: '440106199001011236', role: 'lessee' } })).toEqual([
      'app.applicant.idNumber',
    ]);
    expect(paths(active, { ...app, period: { from: '2024-04-30', to: '2024-04-01' } })).toEqual([
      'app.period.to',
    ]);
    expect(paths(active, { ...app, action: 'cancel' })).toEqual(['app.action']);
    expect(paths(active, app, [{ from: '2024-13-01', to: '2024-12-31' }])).toEqual(['invoiced.0.from']);
  });
});
