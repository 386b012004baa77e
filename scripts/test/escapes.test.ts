// The escape markers: every biome-ignore has a reason, and a ban is escaped only in a file
// tooling/ban-escapes.json lists for that ban.
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkEscapes } from '../lib/escapes.mjs';
import { repo, tree } from './fixtures';

const found = (root: string) =>
  checkEscapes(root).map((f: { where: string; message: string }) => `${f.where} ${f.message}`);

describe('escape markers', () => {
  it('the repository has none out of place', () => {
    expect(found(repo)).toEqual([]);
  });

  it('names each suppression without a real reason, anywhere in the tree', () => {
    const root = tree({
      'packages/e/test/a.test.ts': [
        '// biome-ignore lint/style/noNonNullAssertion:',
        'const a = [1][0]!;',
        '// biome-ignore lint/suspicious/noExplicitAny: <explanation>',
        'let b: any;',
        '/* biome-ignore lint/complexity/noForEach: todo */',
        '// biome-ignore-all lint/style/useImportType: generated file, formatted elsewhere',
        "const c = '// biome-ignore lint: not a comment';",
        '',
      ].join('\n'),
    });
    expect(found(root)).toEqual([
      'packages/e/test/a.test.ts:1 biome-ignore has no reason',
      'packages/e/test/a.test.ts:3 biome-ignore has a placeholder reason "<explanation>"',
      'packages/e/test/a.test.ts:5 biome-ignore has a placeholder reason "todo"',
    ]);
    rmSync(root, { recursive: true });
  });

  it('a ban escape or allow-float only where listed, naming the ban; stale entries are findings', () => {
    const root = tree({
      'tooling/ban-escapes.json': {
        'lint/plugin/noWallClock': ['apps/demo/src/clock.ts'],
        'allow-float': ['packages/e/src/gone.ts'],
      },
      'apps/demo/src/clock.ts':
        '// biome-ignore lint/plugin/noWallClock: the demo shows the visitor today\nnew Date();\n',
      'packages/e/src/a.ts': [
        '// biome-ignore lint/plugin/noMathRandom: jitter for the progress bar only',
        'Math.random();',
        '// biome-ignore lint/plugin: silences every ban',
        'Date.now();',
        'const n = d.toNumber(); // allow-float: integer fen, exact below 2^53',
        '',
      ].join('\n'),
      // Outside src the bans do not apply: no allow-list needed.
      'packages/e/test/a.test.ts': '// biome-ignore lint/plugin/noMathRandom: test tooling draws a seed\n',
    });
    expect(found(root)).toEqual([
      'packages/e/src/a.ts:1 escape of lint/plugin/noMathRandom in a file not listed for it in tooling/ban-escapes.json',
      'packages/e/src/a.ts:3 `lint/plugin` silences every ban at once: name the rule (e.g. lint/plugin/noWallClock)',
      'packages/e/src/a.ts:5 allow-float in a file not listed for it in tooling/ban-escapes.json',
      'packages/e/src/gone.ts listed for allow-float in tooling/ban-escapes.json but has no such escape: remove it',
    ]);
    rmSync(root, { recursive: true });
  });
});
