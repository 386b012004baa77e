import { registry } from '@gd-ftz/engines';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../src/io';
import { main } from '../src/main';

function call(...argv: string[]) {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    now: () => 0,
    interactive: false,
  };
  const code = main(argv, io);
  return { code, out, err };
}

const slug = 'invoice-type-approval';
const engine = registry.bySlug(slug)!;
const intParam = Object.entries(engine.params).find(([, s]) => s.kind === 'integer')?.[0];

describe('gd-ftz list', () => {
  it('lists all 20 measures and marks the modelled ones', () => {
    const { code, out } = call('list', '--lang', 'en');
    expect(code).toBe(0);
    const rows = out.trim().split('\n').slice(2);
    expect(rows).toHaveLength(20);
    expect(rows.filter((r) => r.includes('not yet modelled'))).toHaveLength(20 - registry.all.length);
    expect(out).toContain('invoice-type-approval');
  });
});

describe('gd-ftz run', () => {
  it('prints the same KPI table for the same seed, and every KPI label', () => {
    const a = call('run', slug, '--seed', '7', '--lang', 'en');
    const b = call('run', slug, '--seed', '7', '--lang', 'en');
    expect(a.code).toBe(0);
    expect(a.out).toBe(b.out);
    const report = engine.simulate({}, { seed: 7 });
    for (const kpi of report.kpis) expect(a.out).toContain(kpi.label.en);
  });
  it('shows each KPI’s origin and category, and the sensitivity range where the engine gives one', () => {
    const { out } = call('run', slug, '--seed', '7', '--lang', 'en');
    const report = engine.simulate({}, { seed: 7 });
    const calibrated = report.kpis.find((k) => k.origin === 'calibrated')!;
    const line = out.split('\n').find((l) => l.startsWith(calibrated.label.en))!;
    expect(line).toContain('calibrated');
    expect(line).toContain('applicant time');
    const s = calibrated.sensitivity!;
    expect(out).toContain(
      `• ${calibrated.label.en} — ${s.label.en} (${s.param}): low ${s.low.value}: Baseline ${s.low.baseline}, Reform ${s.low.reform}; high ${s.high.value}`,
    );
    expect(call('run', slug, '--seed', '7', '--lang', 'zh').out).toContain('校准');
  });
  it('--json prints the report itself', () => {
    const { code, out } = call('run', slug, '--seed', '3', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(engine.simulate({}, { seed: 3 }))));
  });
  it('--csv prints a KPI header and one row per KPI', () => {
    const { code, out } = call('run', slug, '--seed', '3', '--csv', '--lang', 'en');
    expect(code).toBe(0);
    const lines = out.trim().split('\r\n');
    expect(lines[0]).toBe(
      'id,label,unit,baseline,reform,change,change_percent,better,improved,origin,category',
    );
    expect(lines).toHaveLength(1 + engine.simulate({}, { seed: 3 }).kpis.length);
  });
  it('a bad --set value exits 2 and names the field', () => {
    expect(intParam).toBeDefined();
    const { code, err } = call('run', slug, '--set', `${intParam}=abc`);
    expect(code).toBe(2);
    expect(err).toContain(`invalid parameter ${intParam}`);
  });
  it('an unknown --set key exits 2 and names it', () => {
    const { code, err } = call('run', slug, '--set', 'noSuchParam=1');
    expect(code).toBe(2);
    expect(err).toContain('noSuchParam');
  });
  it('usage mistakes exit 2', () => {
    expect(call('run').code).toBe(2);
    expect(call('run', 'no-such-measure').code).toBe(2);
    expect(call('run', 'crew-medical-line').err).toContain('not modelled yet');
    expect(call('run', slug, '--seed', '-1').code).toBe(2);
    expect(call('run', slug, '--json', '--csv').code).toBe(2);
    expect(call('frobnicate').code).toBe(2);
  });
});

describe('gd-ftz explain', () => {
  it('prints a sample case trace with rule ids and their legal basis', () => {
    const { code, out } = call('explain', slug, '--seed', '5', '--lang', 'en');
    expect(code).toBe(0);
    const sample = engine.simulate({}, { seed: 5 }).samples[0]!;
    expect(out).toContain(sample.title.en);
    for (const step of sample.trace.steps.slice(0, 5)) expect(out).toContain(step.id);
    expect(out).toMatch(/basis: |assumption: /);
  });
  it('an unknown case id exits 2 and lists the cases', () => {
    const { code, err } = call('explain', slug, '--case', 'nope');
    expect(code).toBe(2);
    expect(err).toContain('no sample case "nope"');
  });
});
