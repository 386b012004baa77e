// The public surface of an engine: every name `src/index.ts` exports, values and types alike, as
// the TypeScript compiler resolves them (`export *` expanded, workspace packages read through the
// `@gd-ftz/source` condition). One program for all engines, so shared modules are read once.
import { join } from 'node:path';
import ts from 'typescript';

const OPTIONS = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  customConditions: ['@gd-ftz/source'],
  allowImportingTsExtensions: true,
  resolveJsonModule: true,
  noEmit: true,
  skipLibCheck: true,
  strict: true,
  types: [],
  // Names, not types, are counted: no lib files to parse (they are most of the time).
  noLib: true,
};

let previous;

/**
 * The exported names of each engine's src/index.ts: Map<engine dir, string[] (sorted)>.
 * @example
 * exportedNames([dir]).get(dir).length // e.g. 101
 */
export function exportedNames(dirs) {
  const entries = new Map(dirs.map((d) => [d, join(d, 'src/index.ts')]));
  // The previous program lends its unchanged files (the ES2022 lib, core) to the next one.
  const program = ts.createProgram([...entries.values()], OPTIONS, undefined, previous);
  previous = program;
  const checker = program.getTypeChecker();
  const out = new Map();
  for (const [dir, file] of entries) {
    const source = program.getSourceFile(file);
    const symbol = source && checker.getSymbolAtLocation(source);
    out.set(
      dir,
      symbol
        ? checker
            .getExportsOfModule(symbol)
            .map((s) => s.getName())
            .sort()
        : null,
    );
  }
  return out;
}
