// pnpm conformance on fixture trees: named findings and a non-zero exit for violations of the
// checks that hold today, "pending" for the checks of the kit (fatal with --strict).
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitAll, goodEngine, runScript, tree, write } from './fixtures';

const conformance = (root: string, ...flags: string[]) =>
  runScript('scripts/conformance.mjs', ['--root', root, ...flags]);

const badEngine = {
  'packages/bad-engine/package.json': {
    name: '@gd-ftz/bad-engine',
    version: '0.0.0',
    'gd-ftz': { engine: true, measure: 2 },
    sideEffects: true,
    exports: {
      '.': {
        '@gd-ftz/source': './src/index.ts',
        import: { types: './dist/index.d.ts', default: './dist/index.js' },
        require: { default: './dist/index.cjs' },
      },
    },
    files: ['src'],
  },
  'packages/bad-engine/src/arbitraries.ts': 'export const paramsArb = 1;\n',
  'packages/bad-engine/src/measure.ts': [
    "const basis = { kind: 'assumption', reason: 'a plain string' };",
    "export const measure = { simulate: () => ({ kpis: [{ id: 'days' }], samples: [{ trace: { steps: [{ basis }] } }] }) };",
    '',
  ].join('\n'),
  'packages/bad-engine/src/index.ts':
    "export { measure } from './measure';\nexport const A = 1;\nexport type T = number;\n",
  'packages/bad-engine/src/ban.ts':
    '// biome-ignore lint/plugin/noMathRandom: seeded in tests only\nexport const r = Math.random();\n',
  'packages/bad-engine/src/reasonless.ts':
    '// biome-ignore lint/style/noNonNullAssertion:\nexport const x = [1][0]!;\n',
  'tooling/conformance-budget.json': { target: 40, allowance: { 'bad-engine': 2 } },
};

describe('pnpm conformance', () => {
  it('a conforming engine passes, strict or not, and its export count is printed', async () => {
    const root = tree(goodEngine('good-engine'));
    const plain = await conformance(root);
    expect(plain.code).toBe(0);
    // good-engine exports LAW and measure: 2 names, both values; allowance = target 40.
    expect(plain.out).toMatch(/good-engine\s+2\s+2\s+40\s+40\s+1/);
    expect(plain.out).toContain('pending kpis       0 finding(s): none');
    expect((await conformance(root, '--strict')).code).toBe(0);
    rmSync(root, { recursive: true });
  });

  it('an engine with violations: exit 1, every finding named', async () => {
    const root = tree({ ...goodEngine('good-engine'), ...badEngine });
    const { code, out } = await conformance(root);
    expect(code).toBe(1);
    for (const line of [
      '✗ files      bad-engine: missing README.md',
      '✗ files      bad-engine: missing src/law.ts or src/law/index.ts',
      '✗ files      bad-engine: missing test/',
      '✗ exports    bad-engine package.json exports["./arbitraries"]: missing',
      '✗ exports    bad-engine package.json exports["."]: "require" needs { types, default }',
      '✗ exports    bad-engine package.json: "types" is missing',
      '✗ exports    bad-engine package.json: "files" must list dist',
      '✗ exports    bad-engine package.json: "sideEffects" must be false',
      // measure, A and T: 3 names (A and measure values, T a type) over the allowance of 2.
      '✗ budget     bad-engine: exports 3 names, over its allowance of 2',
      '✗ escapes    packages/bad-engine/src/ban.ts:1: escape of lint/plugin/noMathRandom in a file not listed',
      '✗ escapes    packages/bad-engine/src/reasonless.ts:1: biome-ignore has no reason',
    ]) {
      expect(out).toContain(line);
    }
    expect(out).toMatch(/bad-engine\s+3\s+2\s+2\s+40\s+1/);
    // The kit's checks are pending: printed, not fatal.
    expect(out).toContain('pending kpis       1 finding(s): bad-engine 1');
    expect(out).toContain('e.g. bad-engine kpis.days: no origin, no category');
    expect(out).toContain('pending localized  1 finding(s): bad-engine 1');
    expect(out).toContain(
      'e.g. bad-engine samples.0.trace.steps.0.basis.reason: assumption reason is not { zh, en }',
    );
    expect(out).not.toContain('good-engine:');
    rmSync(root, { recursive: true });
  });

  it('--strict makes the pending checks fatal', async () => {
    const root = tree(goodEngine('good-engine'));
    write(root, {
      'packages/good-engine/src/law.ts': [
        "export const LAW = { basis: { kind: 'assumption', reason: 'string reason' },",
        "  citation: { law: { zh: '法', en: 'Law' }, note: 'a plain note' } };",
        '',
      ].join('\n'),
    });
    expect((await conformance(root)).code).toBe(0);
    const { code, out } = await conformance(root, '--strict');
    expect(code).toBe(1);
    expect(out).toContain(
      '✗ localized  good-engine samples.0.trace.steps.0.basis.reason: assumption reason is not { zh, en }',
    );
    expect(out).toContain(
      '✗ localized  good-engine samples.0.trace.steps.1.basis.citations.0.note: citation note is not { zh, en }',
    );
    rmSync(root, { recursive: true });
  });

  it('a default report that throws is a violation', async () => {
    const root = tree(goodEngine('good-engine'));
    write(root, {
      'packages/good-engine/src/measure.ts':
        "export const measure = { simulate: () => { throw new Error('boom'); } };\n",
    });
    const { code, out } = await conformance(root);
    expect(code).toBe(1);
    expect(out).toContain('✗ report     good-engine: the default report does not run: boom');
    rmSync(root, { recursive: true });
  });

  it('allowances only go down: above main is a violation; --update-budget lowers to the count', async () => {
    const root = tree({
      ...goodEngine('good-engine'),
      'tooling/conformance-budget.json': { target: 1, allowance: { 'good-engine': 3 } },
    });
    commitAll(root);
    write(root, { 'tooling/conformance-budget.json': { target: 1, allowance: { 'good-engine': 4 } } });
    // One run: the findings are those before the update, which then lowers the allowance.
    const { code, out } = await conformance(root, '--update-budget');
    expect(code).toBe(1);
    expect(out).toContain("✗ budget     good-engine: allowance raised to 4 above main's 3");
    expect(out).toContain('allowances lowered');
    // 2 names exported: the allowance drops from 4 to 2 (never below the count, never up).
    const budget = JSON.parse(readFileSync(join(root, 'tooling/conformance-budget.json'), 'utf8'));
    expect(budget.allowance).toEqual({ 'good-engine': 2 });
    rmSync(root, { recursive: true });
  });

  it('the CLI exits 1 on a violation and 0 without, --root choosing the tree', () => {
    const root = tree(goodEngine('good-engine'));
    expect(runScript('scripts/conformance.mjs', ['--root', root]).code).toBe(0);
    write(root, { 'packages/good-engine/src/arbitraries.ts': '' });
    rmSync(join(root, 'packages/good-engine/src/arbitraries.ts'));
    const { code, out } = runScript('scripts/conformance.mjs', ['--root', root]);
    expect(code).toBe(1);
    expect(out).toContain('✗ files      good-engine: missing src/arbitraries.ts');
    rmSync(root, { recursive: true });
  });
});
