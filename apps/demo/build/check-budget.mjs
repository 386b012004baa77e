#!/usr/bin/env node
// The first-load budget, checked from the build output (run by `pnpm --filter @gd-ftz/demo build`):
// the JavaScript the page loads before any engine runs — the entry chunk and the chunks it
// imports statically, per Vite's manifest — must stay ≤ 250 KB gzipped, and every engine must be
// its own chunk (engine-<slug>-<hash>.js), loaded by the worker only when its page runs.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGET_KB = 250;

/** The initial chunks of a Vite manifest: the entries and, recursively, their static imports. */
export function initialFiles(manifest) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const i of manifest[key]?.imports ?? []) visit(i);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return [...seen].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
}

const gzKb = (path) => gzipSync(readFileSync(path), { level: 9 }).length / 1024;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const files = initialFiles(manifest);
  const sizes = files.map((f) => ({ f, kb: gzKb(join(dist, f)) }));
  const total = sizes.reduce((a, s) => a + s.kb, 0);
  for (const s of sizes) console.log(`  ${s.f}  ${s.kb.toFixed(1)} KB gzipped`);
  console.log(`initial JavaScript: ${total.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)`);
  const assets = readdirSync(join(dist, 'assets'));
  const engines = assets.filter((f) => /^engine-[a-z0-9-]+-[\w-]+\.js$/.test(f));
  // The registry's engines: its workspace dependencies other than core.
  const registry = JSON.parse(
    readFileSync(join(dist, '..', '..', '..', 'packages/engines/package.json'), 'utf8'),
  );
  const expected = Object.keys(registry.dependencies).filter(
    (n) => n.startsWith('@gd-ftz/') && n !== '@gd-ftz/core',
  );
  console.log(`engine chunks: ${engines.length} (${engines.join(', ')})`);
  let ok = total <= BUDGET_KB;
  if (!ok) console.error(`over budget by ${(total - BUDGET_KB).toFixed(1)} KB`);
  for (const f of files) {
    if (engines.includes(f.replace(/^assets\//, ''))) {
      console.error(`engine chunk ${f} is in the initial load`);
      ok = false;
    }
  }
  for (const name of expected) {
    const slug = name.slice('@gd-ftz/'.length);
    if (!engines.some((f) => f.startsWith(`engine-${slug}-`))) {
      console.error(`${name} has no chunk of its own (engine-${slug}-<hash>.js)`);
      ok = false;
    }
  }
  process.exit(ok ? 0 : 1);
}
