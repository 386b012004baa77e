// The checks of `pnpm conformance` (see scripts/conformance.mjs for the list).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syncRegistry } from '../engines-sync.mjs';
import { checkBudget, checkFiles, checkKpis, checkLocalized, checkManifest } from './engine-checks.mjs';
import { checkEscapes } from './escapes.mjs';
import { exportedNames } from './export-count.mjs';
import { loadEngine } from './run-engine.mjs';
import { enginePackages } from './workspace.mjs';

const PENDING = new Set(['kpis', 'localized']);
const BUDGET_FILE = 'tooling/conformance-budget.json';
const DEFAULT_TARGET = 40;

function readBudget(root) {
  const path = join(root, BUDGET_FILE);
  if (!existsSync(path)) return { target: DEFAULT_TARGET, allowance: {} };
  const raw = JSON.parse(readFileSync(path, 'utf8'));
  return { ...raw, target: raw.target ?? DEFAULT_TARGET, allowance: raw.allowance ?? {} };
}

// The budget on main, if this is a git checkout that has one: allowances may not rise above it.
function mainBudget(root) {
  for (const ref of ['main', 'origin/main']) {
    try {
      const text = execFileSync('git', ['-C', root, 'show', `${ref}:${BUDGET_FILE}`], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      const raw = JSON.parse(text);
      return { target: raw.target ?? DEFAULT_TARGET, allowance: raw.allowance ?? {} };
    } catch {}
  }
  return undefined;
}

/**
 * Runs every check over the engines under `root`; returns the exit code, the findings, the table
 * rows and the printed report (also written to `log`).
 * @example
 * const { code, output } = await conformance({ root, strict: false });
 */
export async function conformance({ root, strict = false, updateBudget = false, log = () => {} }) {
  const lines = [];
  const print = (line) => {
    lines.push(line);
    log(line);
  };
  const engines = enginePackages(root);
  const budget = readBudget(root);
  const onMain = mainBudget(root);
  const counts = engines.length > 0 ? exportedNames(engines.map((e) => e.dir)) : new Map();
  const findings = [];
  const rows = [];

  for (const e of engines) {
    const name = e.folder;
    findings.push(...checkFiles(name, (f) => existsSync(join(e.dir, f))));
    findings.push(...checkManifest(name, e.pkg));
    const names = counts.get(e.dir);
    const count = names === null ? null : names.length;
    findings.push(...checkBudget(name, count, budget, onMain));
    let report;
    let mod;
    if (existsSync(join(e.dir, 'src/index.ts'))) {
      try {
        mod = await loadEngine(root, e.dir, name);
        report = mod.measure.simulate({}, { seed: 42 });
      } catch (err) {
        findings.push({
          check: 'report',
          where: name,
          message: `the default report does not run: ${err?.message ?? err}`,
        });
      }
    }
    if (report !== undefined) {
      findings.push(...checkKpis(name, report));
      findings.push(...checkLocalized(name, report, mod));
    }
    const runtime = mod === undefined ? undefined : Object.keys(mod).length;
    rows.push({
      name,
      count,
      runtime,
      allowance: budget.allowance[name] ?? budget.target,
      kpis: report?.kpis?.length,
    });
  }

  findings.push(...checkEscapes(root));
  if (existsSync(join(root, 'packages/engines/package.json'))) {
    for (const path of syncRegistry(root, { check: true }))
      findings.push({
        check: 'registry',
        where: path.slice(root.length + 1),
        message: 'out of date: run pnpm engines:sync && pnpm install',
      });
  }

  if (updateBudget) {
    const allowance = { ...budget.allowance };
    for (const r of rows) {
      if (r.count === null) continue;
      const current = allowance[r.name] ?? budget.target;
      if (r.count <= budget.target) delete allowance[r.name];
      else if (r.count < current) allowance[r.name] = r.count;
    }
    for (const k of Object.keys(allowance)) if (!rows.some((r) => r.name === k)) delete allowance[k];
    const { $comment, target } = budget;
    const sorted = Object.fromEntries(Object.entries(allowance).sort(([a], [b]) => (a < b ? -1 : 1)));
    writeFileSync(
      join(root, BUDGET_FILE),
      `${JSON.stringify({ $comment, target, allowance: sorted }, null, 2)}\n`,
    );
    print(`${BUDGET_FILE}: allowances lowered to the current counts`);
  }

  // --- report -------------------------------------------------------------------------------------
  const pad = (s, n) => String(s ?? '–').padEnd(n);
  const padL = (s, n) => String(s ?? '–').padStart(n);
  print(`conformance: ${engines.length} engine package(s) under ${root}${strict ? ' (strict)' : ''}\n`);
  print(
    `${pad('engine', 30)}${padL('exports', 8)}${padL('values', 8)}${padL('allowance', 11)}${padL('target', 8)}${padL('kpis', 6)}`,
  );
  for (const r of rows) {
    print(
      `${pad(r.name, 30)}${padL(r.count, 8)}${padL(r.runtime, 8)}${padL(r.allowance, 11)}${padL(budget.target, 8)}${padL(r.kpis, 6)}`,
    );
    if (r.count !== null && r.count < r.allowance && r.allowance !== budget.target)
      print(
        `  (${r.name} exports fewer names than its allowance: pnpm conformance --update-budget lowers it to ${r.count})`,
      );
  }
  print('');

  const fatal = findings.filter((f) => strict || !PENDING.has(f.check));
  const pending = findings.filter((f) => !strict && PENDING.has(f.check));
  for (const f of fatal) print(`✗ ${pad(f.check, 10)} ${f.where}: ${f.message}`);
  for (const check of PENDING) {
    if (strict) continue;
    const list = pending.filter((f) => f.check === check);
    const by = new Map();
    for (const f of list) {
      const engine = f.where.split(' ')[0];
      by.set(engine, (by.get(engine) ?? 0) + 1);
    }
    const summary = list.length === 0 ? 'none' : [...by].map(([e, n]) => `${e} ${n}`).join(', ');
    print(`pending ${pad(check, 10)} ${list.length} finding(s): ${summary}`);
    for (const f of list.slice(0, 3)) print(`          e.g. ${f.where}: ${f.message}`);
  }
  const checks = ['files', 'exports', 'budget', 'report', 'escapes', 'registry'];
  print(
    `\n${fatal.length === 0 ? '✓' : '✗'} ${fatal.length} violation(s) of ${strict ? [...checks, ...PENDING].join(', ') : checks.join(', ')}` +
      (strict ? '' : `; pending (fatal with --strict): ${[...PENDING].join(', ')}`),
  );
  return { code: fatal.length === 0 ? 0 : 1, findings, rows, output: lines.join('\n') };
}
