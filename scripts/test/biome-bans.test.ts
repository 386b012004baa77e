// The bans of library code are Biome GritQL plugins (tooling/biome/*.grit, wired in biome.json
// over packages/*/src and apps/*/src). Run Biome on fixture files: every usual spelling is
// flagged in src and nothing in tests; a named escape with a reason silences exactly its ban.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repo, tree } from './fixtures';

interface Diagnostic {
  readonly category: string;
  readonly message: string;
  readonly location: { readonly path: string; readonly start: { readonly line: number } };
}

/** Biome's diagnostics for a tree holding the repo's biome.json (without VCS) and plugins. */
function lint(files: Record<string, string>): Diagnostic[] {
  const config = JSON.parse(readFileSync(join(repo, 'biome.json'), 'utf8'));
  const root = tree({ ...files, 'biome.json': { ...config, $schema: undefined, vcs: { enabled: false } } });
  cpSync(join(repo, 'tooling/biome'), join(root, 'tooling/biome'), { recursive: true });
  const r = spawnSync(
    join(repo, 'node_modules/.bin/biome'),
    ['lint', '--reporter=json', '--colors=off', '.'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  rmSync(root, { recursive: true });
  return (JSON.parse(r.stdout) as { diagnostics: Diagnostic[] }).diagnostics.filter(
    (d) => d.category === 'plugin' || d.category.startsWith('suppressions/'),
  );
}

const at = (ds: Diagnostic[], path: string) =>
  ds
    .filter((d) => d.location.path === path)
    .map((d) => `${d.location.start.line} ${d.category === 'plugin' ? d.message.split(' ')[0] : d.category}`);

const SPELLINGS = [
  'Math.random();', // 1
  "Math['random']();", // 2
  'globalThis.Math.random();', // 3
  'const r = Math.random;', // 4
  'Date.now();', // 5
  "Date['now']();", // 6
  'new Date();', // 7
  'new Date;', // 8
  'Date();', // 9
  "parseFloat('1.5');", // 10
  "Number.parseFloat('1.5');", // 11
  "globalThis.parseFloat('1.5');", // 12
  'const p = parseFloat;', // 13
  // Allowed: a date from its parts, UTC arithmetic, properties that share a banned name.
  'new Date(0);', // 14
  'Date.UTC(2024, 0, 1);', // 15
  'const o = { random: 1, now: 2, parseFloat: 3 };', // 16
  'o.random + o.now + o.parseFloat;', // 17
  'Math.floor(1.5);', // 18
].join('\n');

describe('Biome bans (GritQL plugins)', () => {
  it('flag every usual spelling in packages/*/src and apps/*/src, and nothing in tests', () => {
    const ds = lint({
      'packages/e/src/a.ts': SPELLINGS,
      'apps/demo/src/b.tsx': 'export const t = Date.now();\n',
      'packages/e/test/a.test.ts': SPELLINGS,
      'scripts/c.mjs': 'Math.random();\n',
    });
    expect(at(ds, 'packages/e/src/a.ts')).toEqual([
      '1 Math.random',
      '2 Math.random',
      '3 Math.random',
      '4 Math.random',
      '5 Wall-clock',
      '6 Wall-clock',
      '7 Wall-clock',
      '8 Wall-clock',
      '9 Wall-clock',
      '10 parseFloat',
      '11 parseFloat',
      '12 parseFloat',
      '13 parseFloat',
    ]);
    expect(at(ds, 'apps/demo/src/b.tsx')).toEqual(['1 Wall-clock']);
    expect(at(ds, 'packages/e/test/a.test.ts')).toEqual([]);
    expect(at(ds, 'scripts/c.mjs')).toEqual([]);
  });

  it('a biome-ignore naming the ban, with a reason, silences that ban only', () => {
    const ds = lint({
      'packages/e/src/a.ts': [
        '// biome-ignore lint/plugin/noMathRandom: jitter of a progress animation, never a result',
        'Math.random();',
        '// biome-ignore lint/plugin/noMathRandom: the wrong ban named',
        'Date.now();',
        '',
      ].join('\n'),
    });
    expect(at(ds, 'packages/e/src/a.ts')).toEqual(['3 suppressions/unused', '4 Wall-clock']);
  });
});
