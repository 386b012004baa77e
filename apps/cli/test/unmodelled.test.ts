// All 20 measures have engines now, so the "not modelled yet" path is checked against a registry
// with one engine taken out: the path stays for forks and for measures added to a later batch.
import { describe, expect, it, vi } from 'vitest';
import { call } from './call';

// Hoisted above the imports by vitest, so the slug is written inside the factory too.
const REMOVED = 'crew-medical-line';

vi.mock('@gd-ftz/engines', async (importOriginal) => {
  const real = await importOriginal<typeof import('@gd-ftz/engines')>();
  const REMOVED = 'crew-medical-line';
  const all = real.registry.all.filter((m) => m.slug !== REMOVED);
  return {
    ...real,
    registry: {
      ...real.registry,
      all,
      bySlug: (s: string) => (s === REMOVED ? undefined : real.registry.bySlug(s)),
    },
    catalog: real.catalog.map((r) => (r.info.slug === REMOVED ? { ...r, engine: undefined } : r)),
  };
});

describe('a measure without an engine', () => {
  it('run and params exit 2 and say it is not modelled yet, naming the measure', () => {
    for (const cmd of ['run', 'params']) {
      const r = call(cmd, REMOVED, '--lang', 'en');
      expect(r.code).toBe(2);
      expect(r.err).toContain(`measure 13 (${REMOVED}) is not modelled yet`);
    }
  });
  it('list marks exactly that measure as not yet modelled', () => {
    const rows = call('list', '--lang', 'en').out.trim().split('\n').slice(2);
    const marked = rows.filter((r) => r.includes('not yet modelled'));
    expect(marked).toHaveLength(1);
    expect(marked[0]).toContain(REMOVED);
  });
  it('an unknown slug is still told apart from an unmodelled one', () => {
    expect(call('run', 'no-such-measure').err).toContain('unknown measure "no-such-measure"');
  });
});
