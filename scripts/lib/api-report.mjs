// The pure parts of scripts/api-report.mjs: which reports a package owes, what they are named,
// and what a report declares, normalised for comparison.
import { join } from 'node:path';

/**
 * The export entries of a published package, from package.json "exports": every key but
 * "./package.json", with the absolute path of the .d.ts its "import" condition names (tsup's
 * dist/<entry>.d.ts). Throws when an entry names no types file: there would be nothing to report.
 */
export function reportEntries(dir, pkg) {
  return Object.entries(pkg.exports ?? {})
    .filter(([subpath]) => subpath !== './package.json')
    .map(([subpath, target]) => {
      const types =
        typeof target === 'object' && target !== null ? (target.import?.types ?? target.types) : undefined;
      if (typeof types !== 'string')
        throw new Error(`${pkg.name}: export "${subpath}" names no import types file`);
      return { subpath, entryPath: join(dir, types), name: reportName(pkg.name, subpath) };
    });
}

/** `core` for "." of @gd-ftz/core, `core-testing` for "./testing" (the file is <name>.api.md). */
export function reportName(packageName, subpath) {
  const unscoped = packageName.replace(/^@[^/]+\//, '');
  return subpath === '.' ? unscoped : `${unscoped}-${subpath.replace(/^\.\//, '').replaceAll('/', '-')}`;
}

/**
 * The report without what moves when nothing public changed: API Extractor prints a few warnings
 * with the d.ts line and column (`// dist/index.d.ts:24:5 - (ae-forgotten-export) …`), which shift
 * with any edit above them (and a shared chunk's d.ts carries a content hash in its file name).
 * The location goes; the warning stays.
 */
export function normalizeReport(report) {
  return report.replace(/^(\s*)\/\/ \S+\.d\.[cm]?ts:\d+:\d+ - \(/gm, '$1// Warning: (');
}

/** Names a report declares as exports (`export interface X`, `export const X`, `export { X }`). */
export function exportedNames(report) {
  const names = [];
  for (const m of report.matchAll(
    /^export (?:declare )?(?:abstract )?(?:function|interface|type|class|const|let|var|enum|namespace) (\w+)/gm,
  ))
    names.push(m[1]);
  for (const m of report.matchAll(/^export \{([^}]*)\}/gm))
    for (const part of m[1].split(','))
      names.push(
        part
          .trim()
          .split(/\s+as\s+/)
          .pop(),
      );
  return names;
}

/** The distinct symbols a report marks ae-forgotten-export, in order of first mention. */
export function forgottenNames(report) {
  return [...new Set([...report.matchAll(/\(ae-forgotten-export\) The symbol "([^"]+)"/g)].map((m) => m[1]))];
}
