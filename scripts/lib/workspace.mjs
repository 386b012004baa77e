// The workspace as the scripts see it: package folders under packages/ and which of them declare
// themselves engines in package.json ("gd-ftz": { "engine": true, "measure": N }).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every packages/<dir> with a package.json, sorted by folder name: { dir, folder, pkg }. */
export function workspacePackages(root, base = 'packages') {
  const parent = join(root, base);
  if (!existsSync(parent)) return [];
  return readdirSync(parent, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(parent, d.name, 'package.json')))
    .map((d) => d.name)
    .sort()
    .map((folder) => {
      const dir = join(parent, folder);
      return { dir, folder, pkg: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) };
    });
}

/**
 * The engine packages: `gd-ftz.engine === true`. `measure` is the seed's measure number, or null
 * while the package is not (yet) one of the catalog's measures (then it is not registered).
 */
export function enginePackages(root, base = 'packages') {
  return workspacePackages(root, base)
    .filter((p) => p.pkg['gd-ftz']?.engine === true)
    .map((p) => {
      const m = p.pkg['gd-ftz'].measure;
      return { ...p, name: p.pkg.name, measure: Number.isInteger(m) ? m : null };
    });
}
