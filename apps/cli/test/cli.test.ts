import { decimal, replicationSeed } from '@gd-ftz/core';
import { registry } from '@gd-ftz/engines';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main';
import { onOutputError } from '../src/output-errors';
import { call } from './call';

const slug = 'invoice-type-approval';
const engine = registry.bySlug(slug)!;
const intParam = Object.entries(engine.params).find(([, s]) => s.kind === 'integer')?.[0];

describe('gd-ftz list', () => {
  it('lists all 20 measures and marks the modelled ones', () => {
    const { code, out } = call('list', '--lang', 'en');
    expect(code).toBe(0);
    const rows = out.trim().split('\n').slice(2);
    expect(rows).toHaveLength(20);
    expect(registry.all).toHaveLength(20);
    expect(rows.filter((r) => r.includes('not yet modelled'))).toHaveLength(0);
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
    // A measure without an engine: test/unmodelled.test.ts (all 20 have one now).
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
  it('prints reasons and notes in the chosen language and the original wording of quoted articles', () => {
    const zh = call('explain', slug, '--seed', '5', '--lang', 'zh').out;
    const en = call('explain', slug, '--seed', '5', '--lang', 'en').out;
    const steps = engine.simulate({}, { seed: 5 }).samples[0]!.trace.steps;
    const assumed = steps.find((s) => s.basis.kind === 'assumption');
    if (assumed?.basis.kind === 'assumption') {
      expect(zh).toContain(`假设: ${assumed.basis.reason.zh}`);
      expect(en).toContain(`assumption: ${assumed.basis.reason.en}`);
    }
    const quoted = steps.flatMap((s) => s.basis.citations ?? []).find((c) => c.quote !== undefined);
    if (quoted) {
      expect(zh).toContain(`原文: 「${quoted.quote}」`);
      expect(en).toContain(`wording: 「${quoted.quote}」`);
    }
    expect(en).not.toContain('[object Object]');
    expect(assumed ?? quoted).toBeDefined();
  });
  it('an unknown case id exits 2 and lists the cases', () => {
    const { code, err } = call('explain', slug, '--case', 'nope');
    expect(code).toBe(2);
    expect(err).toContain('no sample case "nope"');
  });
});

describe('gd-ftz run --log', () => {
  const small = ['--set', 'applications=40', '--seed', '9'];
  it('writes OCEL 2.0 JSON with both variants and still prints the KPI table', () => {
    const { code, out, err, files } = call(
      'run',
      slug,
      ...small,
      '--log',
      'ocel',
      '--out',
      'x.json',
      '--lang',
      'en',
    );
    expect(code).toBe(0);
    expect(out).toContain(engine.simulate({ applications: 40 }, { seed: 9 }).kpis[0]!.label.en);
    const doc = JSON.parse(files.get('x.json') ?? '');
    expect(Object.keys(doc)).toEqual(['objectTypes', 'eventTypes', 'objects', 'events']);
    const variants = new Set(
      doc.events.map((e: { attributes: { name: string; value: string }[] }) => e.attributes[0]?.value),
    );
    expect([...variants].sort()).toEqual(['baseline', 'reform']);
    // 40 applications, each a case in both variants
    expect(err).toMatch(/wrote \d+ events of 80 cases to x\.json/);
  });
  it('writes XES of one variant, activities named in the chosen language', () => {
    const { code, files } = call(
      'run',
      slug,
      ...small,
      '--log',
      'xes',
      '--out',
      'r.xes',
      '--variant',
      'reform',
      '--lang',
      'zh',
    );
    expect(code).toBe(0);
    const xml = files.get('r.xes') ?? '';
    expect(xml.match(/<trace>/g)).toHaveLength(40);
    expect(xml).toContain('<string key="concept:name" value="提交发票票种核定申请"/>');
    expect(xml).not.toContain('value="baseline"');
  });
  it('writes CSV and reports cases beyond --max-cases as counted, not written', () => {
    const { code, err, files } = call(
      'run',
      slug,
      ...small,
      '--log',
      'csv',
      '--out',
      'l.csv',
      '--max-cases',
      '5',
    );
    expect(code).toBe(0);
    const rows = (files.get('l.csv') ?? '').trim().split('\r\n');
    expect(
      rows[0]?.startsWith(
        'case_id,variant,activity,activity_id,activity_zh,activity_en,timestamp,resource,objects',
      ),
    ).toBe(true);
    expect(new Set(rows.slice(1).map((r) => r.split(',')[0])).size).toBe(5);
    // 40 applications, 5 kept: 35 dropped in each variant
    expect(err).toContain('(70 cases beyond --max-cases 5 counted, not written)');
  });
  it('usage mistakes with --log exit 2', () => {
    expect(call('run', slug, '--log', 'pdf', '--out', 'x').code).toBe(2);
    expect(call('run', slug, '--log', 'xes').err).toContain('--log needs --out FILE');
    expect(call('run', slug, '--variant', 'reform').code).toBe(2);
    expect(call('run', slug, '--log', 'xes', '--out', 'x', '--variant', 'both').code).toBe(2);
    expect(call('run', slug, '--log', 'xes', '--out', 'x', '--max-cases', '0').code).toBe(2);
    expect(call('explain', slug, '--log', 'xes', '--out', 'x').code).toBe(2);
  });
});

// Issue 32: `--set constructor=1` (also __proto__, toString) was silently ignored, EPIPE/ENOSPC on
// output printed a stack trace, and --seed=-1 was refused though the library accepts it.
describe('gd-ftz hostile arguments and broken output (issue 32)', () => {
  for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
    it(`--set ${key}=1 is an unknown parameter (exit 2, named), not silently ignored`, () => {
      const { code, err } = call('run', slug, '--set', `${key}=1`);
      expect(code).toBe(2);
      expect(err).toContain(`invalid parameter ${key}: unknown parameter`);
    });
  }

  it('--seed=-1 runs, as the library accepts negative seeds', () => {
    const { code, out } = call(
      'run',
      slug,
      '--seed=-1',
      '--json',
      '--set',
      `${intParam}=${engine.params[intParam!]!.kind === 'integer' ? (engine.params[intParam!] as { min: number }).min : 1}`,
    );
    expect(code).toBe(0);
    expect(JSON.parse(out).seed).toBe(-1);
  });

  it('ENOSPC while writing the event log: one line on stderr, exit 1, no stack trace', () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    let err = '';
    const code = main(['run', slug, '--log', 'csv', '--out', '/tmp/x.csv'], {
      out: () => {},
      err: (t) => {
        err += t;
      },
      now: () => 0,
      interactive: false,
      writeFile: () => {
        throw full;
      },
    });
    expect(code).toBe(1);
    expect(err).toBe('gd-ftz: cannot write output: ENOSPC: no space left on device, write\n');
  });

  it('EPIPE on stdout ends quietly with 0 (the reader left, like `| head`); ENOSPC says so once, exit 1', () => {
    const exits: number[] = [];
    let err = '';
    const handle = onOutputError({
      err: (t) => {
        err += t;
      },
      exit: (c) => exits.push(c),
    });
    handle(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    expect([exits, err]).toEqual([[0], '']);
    handle(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
    expect(exits).toEqual([0, 1]);
    expect(err).toBe('gd-ftz: cannot write output: ENOSPC: no space left on device, write\n');
  });
});

describe('gd-ftz run --replications', () => {
  it('prints each KPI as a mean with its 95% interval, for baseline, reform and change', () => {
    const { code, out } = call('run', slug, '--seed', '7', '--replications', '3', '--lang', 'en');
    expect(code).toBe(0);
    expect(out).toContain('seed 7, 3 replications; 95% CI');
    expect(out).toContain('Distinguishable');
    for (const kpi of engine.simulate({}, { seed: 7 }).kpis) {
      const line = out.split('\n').find((l) => l.startsWith(kpi.label.en));
      expect(line, kpi.id).toBeDefined();
      // mean [low, high] three times: baseline, reform, change
      expect(line?.match(/-?\d+(\.\d+)? \[-?\d+(\.\d+)?, -?\d+(\.\d+)?\]/g)).toHaveLength(3);
      expect(line).toMatch(/ (yes|no) /);
    }
  });
  it('--json: the mean of two replications is half their sum, over seeds 42 and replicationSeed(42, 1)', () => {
    const { code, out } = call('run', slug, '--replications', '2', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.seeds).toEqual([42, replicationSeed(42, 1)]);
    const a = engine.simulate({}, { seed: 42 }).kpis[0]!;
    const b = engine.simulate({}, { seed: replicationSeed(42, 1) }).kpis[0]!;
    const digits =
      Math.max(...[a.baseline, a.reform, b.baseline, b.reform].map((v) => v.split('.')[1]?.length ?? 0)) + 1;
    // (a + b) / 2, printed with one more decimal than the KPI's own values
    expect(json.kpis[0].baseline.mean).toBe(decimal(a.baseline).plus(b.baseline).div(2).toFixed(digits));
    expect(json.kpis[0].reform.mean).toBe(decimal(a.reform).plus(b.reform).div(2).toFixed(digits));
    expect(json.kpis[0].n).toBe(2);
  });
  it('refuses a bad count, and --log with replications', () => {
    expect(call('run', slug, '--replications', '0').code).toBe(2);
    expect(call('run', slug, '--replications', 'ten').code).toBe(2);
    expect(call('run', slug, '--replications', '1001').code).toBe(2);
    const withLog = call('run', slug, '--replications', '2', '--log', 'csv', '--out', 'x.csv');
    expect(withLog.code).toBe(2);
    expect(withLog.err).toContain('--log');
  });
});

describe('gd-ftz sensitivity', () => {
  it('prints each KPI’s tornado: the change with the assumption at its plausible low and high end', () => {
    const { code, out } = call('sensitivity', slug, '--lang', 'en');
    expect(code).toBe(0);
    const [name, spec] = Object.entries(engine.params).find(([, s]) => s.assumption && 'plausible' in s)!;
    const plausible = (spec as { plausible: { low: number; high: number } }).plausible;
    expect(out).toContain(`(${name})`);
    // The first KPI's change (reform − baseline) at the low end, from a run with only that parameter moved.
    const at = (v: number) => engine.simulate({ [name]: v }, { seed: 42 }).kpis[0]!;
    const low = at(plausible.low);
    const high = at(plausible.high);
    const cl = decimal(low.reform).minus(low.baseline);
    const ch = decimal(high.reform).minus(high.baseline);
    const row = out.split('\n').find((l) => l.includes(`(${name})`))!;
    expect(row).toContain(`${plausible.low} → ${cl.toString()}`);
    expect(row).toContain(`${plausible.high} → ${ch.toString()}`);
    expect(row.trim().endsWith(ch.minus(cl).abs().toString())).toBe(true);
  });
  it('--json is the tornado data; a bad parameter exits 2', () => {
    const json = JSON.parse(call('sensitivity', slug, '--json').out);
    expect(json.map((k: { id: string }) => k.id)).toEqual(
      engine.simulate({}, { seed: 42 }).kpis.map((k) => k.id),
    );
    expect(call('sensitivity', slug, '--set', 'noSuchParam=1').code).toBe(2);
    expect(call('sensitivity', slug, '--replications', '3').code).toBe(2);
  });
});

// gd-ftz overview: test/overview.test.ts (on three engines, not all twenty).

describe('run: --format, --out and --workers (issue 14)', () => {
  const slug = 'overpayment-refund';
  it('writes the KPI table as Markdown to --out, and says so on stderr', () => {
    const { code, out, err, files } = call(
      'run',
      slug,
      '--set',
      'population=100',
      '--format',
      'md',
      '--out',
      'r.md',
      '--lang',
      'en',
    );
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(err).toContain('wrote the report to r.md');
    const md = files.get('r.md') ?? '';
    expect(md.split('\n')[0]).toMatch(/^## 1\. /);
    expect(md).toContain('| KPI |');
    expect(md).toContain('| ---: |');
  });
  it('refuses bad --format and --workers values, and --workers on an engine that does not shard', () => {
    expect(call('run', slug, '--format', 'pdf').code).toBe(2);
    expect(call('run', slug, '--json', '--format', 'csv').code).toBe(2);
    expect(call('run', slug, '--workers', '0').code).toBe(2);
    expect(call('run', slug, '--workers', 'two').code).toBe(2);
    expect(call('run', 'invoice-type-approval', '--workers', '2').code).toBe(2);
  });
});
