#!/usr/bin/env node
// pnpm conformance: what every engine package owes the kit, checked from the workspace.
//   files      README.md, src/index.ts, src/measure.ts, src/law.ts (or src/law/index.ts),
//              src/arbitraries.ts, test/
//   exports    package.json exports "." and "./arbitraries" (source, import and require with
//              types), "types", "files" with dist, "sideEffects": false
//   budget     names exported by src/index.ts (values and types) within the engine's allowance in
//              tooling/conformance-budget.json (target 40; allowances only go down)
//   report     the default report (seed 42) runs
//   kpis       every KPI of the default report has an origin and a category        (pending)
//   localized  assumption reasons and citation notes are { zh, en }, in the default
//              report's sample traces and in the law data the engine exports        (pending)
// and, across the repository:
//   escapes    biome-ignore comments have a reason; ban escapes only where
//              tooling/ban-escapes.json allows them
//   registry   packages/engines is what `pnpm engines:sync` derives from the workspace
// Pending checks print their findings without failing until the kit lands; --strict makes every
// check fatal. --update-budget lowers allowances to the current counts (never raises them).
// --root <dir> checks another tree (the script's tests use fixture trees).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { conformance } from './lib/conformance.mjs';

const args = process.argv.slice(2);
const rootFlag = args.indexOf('--root');
const root = rootFlag >= 0 ? resolve(args[rootFlag + 1]) : fileURLToPath(new URL('..', import.meta.url));
const { code } = await conformance({
  root,
  strict: args.includes('--strict'),
  updateBudget: args.includes('--update-budget'),
  log: (line) => console.log(line),
});
process.exit(code);
