#!/usr/bin/env node
// Package hygiene for every publishable package (packages/*, not private): publint --strict and
// @arethetypeswrong/cli on the packed tarball, then sherif over the whole workspace for consistent
// dependency versions. Needs `pnpm build` first. Exits non-zero on any finding.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const bin = (name) => join(root, 'node_modules/.bin', name);
const run = (cmd, args, cwd) => {
  try {
    execFileSync(cmd, args, { cwd, stdio: 'inherit' });
    return true;
  } catch {
    return false;
  }
};

let failed = 0;
const packages = readdirSync(join(root, 'packages'))
  .map((d) => join(root, 'packages', d))
  .filter((d) => existsSync(join(d, 'package.json')));
for (const dir of packages) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (pkg.private) continue;
  if (!existsSync(join(dir, 'dist'))) {
    console.error(`✗ ${pkg.name}: no dist/ — run pnpm build first`);
    failed++;
    continue;
  }
  console.log(`\n── ${pkg.name}`);
  if (!run(bin('publint'), ['run', '--strict', '--pack', 'pnpm'], dir)) failed++;
  if (
    !run(
      bin('attw'),
      ['--pack', '.', '--profile', 'node16', '--format', 'table-flipped', '--no-emoji', '--no-color'],
      dir,
    )
  )
    failed++;
}
console.log('\n── changesets (front matter names existing packages and a bump)');
const names = new Set(
  ['packages', 'apps']
    .flatMap((d) => readdirSync(join(root, d)).map((p) => join(root, d, p, 'package.json')))
    .filter((p) => existsSync(p))
    .map((p) => JSON.parse(readFileSync(p, 'utf8')).name),
);
for (const file of readdirSync(join(root, '.changeset')).filter(
  (f) => f.endsWith('.md') && f !== 'README.md',
)) {
  const text = readFileSync(join(root, '.changeset', file), 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n\s*\S/.exec(text);
  const entries = m ? m[1].split('\n').filter((l) => l.trim() !== '') : [];
  const bad =
    !m ||
    entries.length === 0 ||
    entries.some((l) => {
      const e = /^"(@gd-ftz\/[a-z0-9-]+)": (major|minor|patch)$/.exec(l.trim());
      return !e || !names.has(e[1]);
    });
  if (bad) {
    console.error(
      `✗ .changeset/${file}: needs front matter '"@gd-ftz/<existing package>": major|minor|patch' and a summary`,
    );
    failed++;
  }
}
console.log('\n── workspace dependency consistency (sherif)');
if (!run(bin('sherif'), [], root)) failed++;
if (failed > 0) {
  console.error(`\nhygiene: ${failed} check(s) failed`);
  process.exit(1);
}
console.log('\nhygiene: all packages clean');
