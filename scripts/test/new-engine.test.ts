// pnpm new:engine: the template's pure functions. The end-to-end check (generate, install, build,
// test, conformance, publint/attw) is too slow for the suite and is run by hand before a change to
// the template lands (see README "Adding an engine").
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { checkFiles, checkManifest } from '../lib/engine-checks.mjs';
import { engineFiles, parseArgs, pascalOf } from '../lib/engine-template.mjs';

const info = {
  title: { zh: '演示事项', en: 'Demo measure' },
  summary: { zh: '演示摘要。', en: 'Demo summary.' },
};
const versions = { 'fast-check': '4.11.0', tsup: '8.5.1', typescript: '5.9.3', vitest: '4.1.12' };
const options = (extra: Record<string, unknown> = {}) => ({
  slug: 'demo-check',
  id: 3,
  inCatalog: false,
  workflow: false,
  info,
  seedText: '原文。',
  versions,
  ...extra,
});

describe('parseArgs', () => {
  it('reads the slug, --id, --workflow and --no-install in any order', () => {
    expect(parseArgs(['--workflow', 'demo-flow', '--id', '2', '--no-install'])).toEqual({
      slug: 'demo-flow',
      id: 2,
      workflow: true,
      install: false,
    });
    expect(parseArgs(['--', 'demo-check'])).toEqual({
      slug: 'demo-check',
      id: undefined,
      workflow: false,
      install: true,
    });
  });

  const error = (argv: string[]) => (parseArgs(argv) as { error?: string }).error;

  it('refuses a slug that is not kebab-case, a measure outside 1–20 and unknown options', () => {
    expect(error(['DemoCheck'])).toMatch(/kebab-case/);
    expect(error(['demo', '--id', '21'])).toMatch(/1 to 20/);
    expect(error(['demo', '--id', 'x'])).toMatch(/1 to 20/);
    expect(error(['demo', '--flow'])).toMatch(/unknown option --flow/);
    expect(error([])).toMatch(/kebab-case/);
  });
});

describe('engineFiles', () => {
  it('emits the engine files, with process.ts and its test only for a workflow', () => {
    const plain = Object.keys(engineFiles(options()));
    const flow = Object.keys(engineFiles(options({ workflow: true })));
    expect(plain).not.toContain('src/process.ts');
    expect(flow.filter((f) => !plain.includes(f)).sort()).toEqual(['src/process.ts', 'test/process.test.ts']);
    expect(plain).toEqual(
      expect.arrayContaining([
        'src/law.ts',
        'src/model.ts',
        'src/params.ts',
        'src/simulate.ts',
        'src/report.ts',
        'src/samples.ts',
        'src/arbitraries.ts',
        'src/measure.ts',
        'src/index.ts',
        'test/measure.test.ts',
        'bench/demo-check.bench.ts',
        '../../.changeset/demo-check-initial.md',
      ]),
    );
    expect(checkFiles('demo-check', (f: string) => plain.some((p) => p === f || p.startsWith(f)))).toEqual(
      [],
    );
  });

  it('writes a manifest conformance accepts, marked as an engine (null measure outside the catalog)', () => {
    const pkg = JSON.parse(engineFiles(options())['package.json'] as string);
    expect(checkManifest('demo-check', pkg)).toEqual([]);
    expect(pkg['gd-ftz']).toEqual({ engine: true, measure: null });
    expect(pkg.dependencies).toEqual({ '@gd-ftz/core': 'workspace:^', '@gd-ftz/statutes': 'workspace:^' });
    expect(pkg.peerDependenciesMeta).toEqual({ 'fast-check': { optional: true } });
    const inCatalog = JSON.parse(engineFiles(options({ inCatalog: true }))['package.json'] as string);
    expect(inCatalog['gd-ftz']).toEqual({ engine: true, measure: 3 });
  });

  it('writes TypeScript that parses, and an index.ts that only re-exports by name', () => {
    for (const workflow of [false, true]) {
      const files = engineFiles(options({ workflow }));
      for (const [path, text] of Object.entries(files)) {
        if (!path.endsWith('.ts')) continue;
        const out = ts.transpileModule(text as string, { reportDiagnostics: true, fileName: path });
        expect(out.diagnostics?.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
      }
      const index = (files['src/index.ts'] as string)
        .split('\n')
        .filter((l) => l.trim() !== '' && !l.startsWith('//'));
      expect(index.join('\n')).not.toMatch(/export \*|export (const|function|class)/);
      expect(index.join('\n')).toMatch(workflow ? /applicationMachine/ : /decisionDeadline/);
      // The workflow scaffold declares its context schema and writes no wrappers around the machine.
      if (workflow) {
        expect(files['src/process.ts']).toContain('context: z.object(');
        expect(files['src/process.ts']).not.toMatch(/export function (start|try)/);
      }
    }
  });

  it('names the params type after the slug and cites the measure of its id', () => {
    const files = engineFiles(options());
    expect(pascalOf('demo-check')).toBe('DemoCheck');
    expect(files['src/params.ts']).toContain('export type DemoCheckParams');
    expect(files['src/law.ts']).toContain('seedItem(3)');
    expect(files['src/measure.ts']).toContain('measureInfo(3)');
    expect(files['README.md']).toContain('演示摘要。');
  });
});
