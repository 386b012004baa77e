// redeploy and routeRequest: worked examples, properties (headcount conserved), bad input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ItemClass, type RedeployShares, redeploy, routeRequest, type StaffPlan } from '../src/index';
import { pathsOf } from './fixtures';

describe('redeploy', () => {
  it('worked example: 10 windows by 0.5 / 0.3 / 0.2 → 5 cloud, 3 lounge, +2 back office', () => {
    // 10 × 0.5 = 5, 10 × 0.3 = 3, 10 × 0.2 = 2: whole numbers, nothing to round.
    expect(
      redeploy(
        { windows: 10, cloud: 0, lounge: 0, backOffice: 2 },
        { cloud: 0.5, lounge: 0.3, backOffice: 0.2 },
      ),
    ).toEqual({ windows: 0, cloud: 5, lounge: 3, backOffice: 4 });
  });

  it('worked example: largest remainder, 3 windows by 0.5 / 0.3 / 0.2', () => {
    // 1.5, 0.9, 0.6 → floors 1, 0, 0 (1 placed), 2 left by remainder .9 (lounge), .6 (back office).
    expect(
      redeploy(
        { windows: 3, cloud: 0, lounge: 0, backOffice: 0 },
        { cloud: 0.5, lounge: 0.3, backOffice: 0.2 },
      ),
    ).toEqual({ windows: 0, cloud: 1, lounge: 1, backOffice: 1 });
  });

  it('property: headcount is conserved and no post loses staff', () => {
    const plan = fc.record({
      windows: fc.nat({ max: 500 }),
      cloud: fc.nat({ max: 50 }),
      lounge: fc.nat({ max: 50 }),
      backOffice: fc.nat({ max: 50 }),
    });
    const shares = fc
      .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
      .filter(([a, b]) => a + b <= 100)
      .map(([a, b]) => ({ cloud: a / 100, lounge: b / 100, backOffice: (100 - a - b) / 100 }));
    fc.assert(
      fc.property(plan, shares, (p: StaffPlan, s: RedeployShares) => {
        const q = redeploy(p, s);
        expect(q.windows + q.cloud + q.lounge + q.backOffice).toBe(
          p.windows + p.cloud + p.lounge + p.backOffice,
        );
        expect(q.cloud >= p.cloud && q.lounge >= p.lounge && q.backOffice >= p.backOffice).toBe(true);
        expect(q.windows).toBe(0);
      }),
    );
  });

  it('bad input: negative staff, shares not summing to 1; the input unchanged', () => {
    const plan = Object.freeze({ windows: -1, cloud: 0, lounge: 0, backOffice: 0 });
    expect(pathsOf(() => redeploy(plan, { cloud: 0.5, lounge: 0.5, backOffice: 0 }))).toEqual([
      'plan.windows',
    ]);
    expect(plan.windows).toBe(-1);
    const ok = { windows: 4, cloud: 0, lounge: 0, backOffice: 1 };
    expect(pathsOf(() => redeploy(ok, { cloud: 0.5, lounge: 0.3, backOffice: 0.1 }))).toEqual(['shares']);
    expect(pathsOf(() => redeploy(ok, { cloud: 1.5, lounge: -0.5, backOffice: 0 }))).toEqual([
      'shares.cloud',
      'shares.lounge',
    ]);
    expect(pathsOf(() => redeploy(ok, null as unknown as RedeployShares))).toEqual(['shares']);
    expect(ok).toEqual({ windows: 4, cloud: 0, lounge: 0, backOffice: 1 });
  });
});

describe('routeRequest', () => {
  const req = (itemClass: ItemClass, digitallyReady: boolean, inPersonOnly = false) => ({
    itemClass,
    digitallyReady,
    inPersonOnly,
  });

  it('baseline: one window queue for everything not done online alone; 会商 is referred on', () => {
    expect(routeRequest(req('filing', true), 'baseline').channel).toBe('e-tax');
    expect(routeRequest(req('filing', false), 'baseline').channel).toBe('window');
    expect(routeRequest(req('invoices', true, true), 'baseline').channel).toBe('window');
    expect(routeRequest(req('consultation', true), 'baseline').channel).toBe('window');
    expect(routeRequest(req('joint-consultation', true), 'baseline')).toMatchObject({
      channel: 'window',
      trips: 2,
    });
  });

  it('reform: no window; the cloud for those who need help, the lounge for advice and in-person items', () => {
    expect(routeRequest(req('filing', true), 'reform')).toMatchObject({ channel: 'e-tax', trips: 0 });
    expect(routeRequest(req('filing', false), 'reform')).toMatchObject({ channel: 'cloud', trips: 0 });
    expect(routeRequest(req('invoices', false, true), 'reform')).toMatchObject({
      channel: 'lounge',
      trips: 1,
    });
    expect(routeRequest(req('relief', true), 'reform').channel).toBe('lounge');
    expect(routeRequest(req('joint-consultation', false), 'reform')).toMatchObject({
      channel: 'joint-room',
      trips: 1,
    });
  });

  it('property: the reform never routes to a window nor needs more trips', () => {
    const classes: ItemClass[] = [
      'filing',
      'invoices',
      'registration',
      'refunds',
      'certificates',
      'consultation',
      'relief',
      'joint-consultation',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...classes), fc.boolean(), fc.boolean(), (c, ready, inPerson) => {
        const after = routeRequest(req(c, ready, inPerson), 'reform');
        expect(after.channel).not.toBe('window');
        expect(after.trips).toBeLessThanOrEqual(routeRequest(req(c, ready, inPerson), 'baseline').trips);
      }),
    );
  });

  it('bad input: unknown item class, non-boolean flags, unknown mode', () => {
    expect(pathsOf(() => routeRequest(req('visa' as ItemClass, true), 'reform'))).toEqual(['req.itemClass']);
    expect(
      pathsOf(() =>
        routeRequest({ itemClass: 'filing', digitallyReady: 1, inPersonOnly: false } as never, 'reform'),
      ),
    ).toEqual(['req.digitallyReady']);
    expect(pathsOf(() => routeRequest(req('filing', true), 'later' as 'reform'))).toEqual(['mode']);
    expect(pathsOf(() => routeRequest(null as never, 'reform'))).toEqual(['req']);
  });
});
