// Fixture trees for the script tests: a temporary root with packages/<engine>/… files.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = fileURLToPath(new URL('../../', import.meta.url));

/** A fresh temporary root holding `files` (path -> content; objects are written as JSON). */
export function tree(files: Record<string, string | object>): string {
  const root = mkdtempSync(join(tmpdir(), 'gd-ftz-fixture-'));
  write(root, files);
  return root;
}

/** Writes more files into a tree. */
export function write(root: string, files: Record<string, string | object>): void {
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
  }
}

/** Runs a repository script with node; returns its exit code and output. */
export function runScript(script: string, args: readonly string[]): { code: number; out: string } {
  const r = spawnSync(process.execPath, [join(repo, script), ...args], { encoding: 'utf8' });
  return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

/** Commits everything in `root` on a branch named main (a git repository is made if needed). */
export function commitAll(root: string): void {
  const git = (...a: string[]) =>
    execFileSync('git', ['-C', root, '-c', 'user.name=t', '-c', 'user.email=t@t', ...a], { stdio: 'ignore' });
  try {
    git('rev-parse', '--git-dir');
  } catch {
    git('init', '-q', '-b', 'main');
  }
  git('add', '-A');
  git('commit', '-q', '-m', 'fixture');
}

const manifest = (name: string, measure: number | null) => ({
  name: `@gd-ftz/${name}`,
  version: '0.0.0',
  'gd-ftz': { engine: true, measure },
  type: 'module',
  sideEffects: false,
  exports: {
    '.': {
      '@gd-ftz/source': './src/index.ts',
      import: { types: './dist/index.d.ts', default: './dist/index.js' },
      require: { types: './dist/index.d.cts', default: './dist/index.cjs' },
    },
    './arbitraries': {
      '@gd-ftz/source': './src/arbitraries.ts',
      import: { types: './dist/arbitraries.d.ts', default: './dist/arbitraries.js' },
      require: { types: './dist/arbitraries.d.cts', default: './dist/arbitraries.cjs' },
    },
    './package.json': './package.json',
  },
  types: './dist/index.d.cts',
  files: ['dist', 'src', 'README.md'],
});

/** The files of an engine that passes every check (KPIs with origin and category, Localized law). */
export function goodEngine(name: string, measure: number | null = 1): Record<string, string | object> {
  const dir = `packages/${name}`;
  return {
    [`${dir}/package.json`]: manifest(name, measure),
    [`${dir}/README.md`]: `# ${name}\n`,
    [`${dir}/test/measure.test.ts`]: '',
    [`${dir}/src/arbitraries.ts`]: 'export const paramsArb = 1;\n',
    [`${dir}/src/law.ts`]: [
      "export const LAW = { basis: { kind: 'assumption', reason: { zh: '假设', en: 'assumed so' } },",
      "  citation: { law: { zh: '法', en: 'Law' }, article: '第一条', note: { zh: '注', en: 'note' } } };",
      '',
    ].join('\n'),
    [`${dir}/src/measure.ts`]: [
      "import { LAW } from './law';",
      'export const measure = {',
      '  simulate: () => ({',
      "    kpis: [{ id: 'days', origin: 'model', category: 'applicant-time' }],",
      "    samples: [{ trace: { steps: [{ basis: LAW.basis }, { basis: { kind: 'cited', citations: [LAW.citation] } }] } }],",
      '  }),',
      '};',
      '',
    ].join('\n'),
    [`${dir}/src/index.ts`]: "export { LAW } from './law';\nexport { measure } from './measure';\n",
  };
}
