// `gd-ftz overview` runs every registered engine at its defaults: 20 engines take about 20 s of CPU,
// so the table is checked on a registry of three quick ones (two with an applicant-time KPI, one
// without). Each engine's default report is checked in its own package (golden).
import { describe, expect, it, vi } from 'vitest';
import { call } from './call';

vi.mock('@gd-ftz/engines', async (importOriginal) => {
  const real = await importOriginal<typeof import('@gd-ftz/engines')>();
  const kept = new Set(['e-invoice-risk-control', 'invoice-type-approval', 'crew-medical-line']);
  const all = real.registry.all.filter((m) => kept.has(m.slug));
  return { ...real, registry: { ...real.registry, all } };
});

const { registry } = await import('@gd-ftz/engines');

describe('gd-ftz overview', () => {
  it('prints each registered measure, and its applicant-time headline with the baseline', () => {
    expect(registry.all.map((m) => m.id)).toEqual([6, 7, 13]);
    const { code, out } = call('overview', '--lang', 'en');
    expect(code).toBe(0);
    let withHeadline = 0;
    for (const m of registry.all) {
      expect(out).toContain(`${m.id}. ${m.slug}`);
      const kpi = m.simulate({}, { seed: 42 }).kpis.find((k) => k.category === 'applicant-time');
      const row = out
        .split('\n')
        .find((l) => l.startsWith('applicant time') && l.includes(`${m.id}. ${m.slug}`));
      if (kpi === undefined) {
        expect(row, m.slug).toBeUndefined();
        continue;
      }
      withHeadline++;
      expect(row, m.slug).toContain(kpi.label.en);
      expect(row).toContain(kpi.baseline);
    }
    expect(withHeadline).toBe(2);
  });
  it('bad options exit 2', () => {
    expect(call('overview', '--seed', 'x').code).toBe(2);
    expect(call('overview', '--lang', 'fr').code).toBe(2);
    expect(call('overview', '--frob').code).toBe(2);
  });
});
