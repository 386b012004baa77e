#!/usr/bin/env node
// API reports for every published package (packages/*, not private), so a change of public
// surface shows in review. For each export entry of package.json ("." and subpaths such as
// "./arbitraries", not "./package.json") API Extractor reads the built declaration file that tsup
// emits (dist/<entry>.d.ts); the report is committed as packages/<pkg>/etc/<report>.api.md, where
// <report> is the unscoped package name for "." and <name>-<subpath> for a subpath
// (core-testing.api.md). The settings shared by every run are in tooling/api-extractor.base.json;
// the per-entry ones are filled in here, so packages carry no api-extractor.json of their own.
//
//   node scripts/api-report.mjs [pkg…]           update the reports (pnpm api; after pnpm build)
//   node scripts/api-report.mjs --check [pkg…]   fail when a report differs (pnpm api:check, CI)
//   --verbose                                    show API Extractor's informational messages
//
// pkg is a directory name under packages/ (core, statutes, …); none means every published package.
//
// API Extractor writes only into node_modules/.cache/api-extractor; this script compares that
// report with the committed one and copies it (pnpm api) or prints the diff and fails (--check).
// It does the comparison itself so that it can first drop what is not surface: the d.ts line and
// column API Extractor prints beside a few warnings, which move with any edit above them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { exportedNames, forgottenNames, normalizeReport, reportEntries } from './lib/api-report.mjs';
import { workspacePackages } from './lib/workspace.mjs';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const { CompilerState, Extractor, ExtractorConfig, ExtractorLogLevel } = require('@microsoft/api-extractor');

const args = process.argv.slice(2);
const check = args.includes('--check');
const verbose = args.includes('--verbose');
const only = args.filter((a) => !a.startsWith('--'));
const baseConfigPath = join(root, 'tooling/api-extractor.base.json');
const tempFolder = join(root, 'node_modules/.cache/api-extractor');
const rel = (p) => relative(root, p);

const base = ExtractorConfig.loadFile(baseConfigPath);
function configFor(dir, entryPath, name) {
  const configObject = {
    ...base,
    projectFolder: dir,
    mainEntryPointFilePath: entryPath,
    apiReport: {
      ...base.apiReport,
      reportFileName: name,
      reportFolder: tempFolder,
      reportTempFolder: tempFolder,
    },
    compiler: {
      // The built declarations only, resolving workspace packages to their built d.ts too (no
      // @gd-ftz/source condition): the surface a user of the published package sees.
      overrideTsconfig: {
        compilerOptions: {
          target: 'ES2022',
          lib: ['ES2022'],
          module: 'ESNext',
          moduleResolution: 'Bundler',
          strict: true,
          skipLibCheck: true,
          types: ['node'],
        },
        files: [entryPath],
      },
    },
  };
  return ExtractorConfig.prepare({
    configObject,
    configObjectFullPath: baseConfigPath,
    packageJsonFullPath: join(dir, 'package.json'),
  });
}

/** Runs API Extractor on one entry; returns the fresh report text and the problems it printed. */
function extract(config, compilerState, name) {
  let problems = 0;
  const result = Extractor.invoke(config, {
    localBuild: true,
    compilerState,
    showVerboseMessages: verbose,
    messageCallback(message) {
      // Report bookkeeping is this script's job (the temp report is its own "expected" file).
      if (message.messageId.startsWith('console-api-report')) {
        message.handled = true;
        return;
      }
      const level = message.logLevel;
      if (level === ExtractorLogLevel.Error || level === ExtractorLogLevel.Warning) problems++;
      else if (!verbose) message.handled = true;
    },
  });
  const fresh = join(tempFolder, `${name}.api.md`);
  const text = existsSync(fresh) ? normalizeReport(readFileSync(fresh, 'utf8')) : '';
  return { text, fresh, problems: problems + result.errorCount };
}

const packages = workspacePackages(root).filter(({ pkg }) => !pkg.private);
const unknown = only.filter((folder) => !packages.some((p) => p.folder === folder));
if (unknown.length > 0) {
  console.error(`api: no published package ${unknown.join(', ')} under packages/`);
  process.exit(2);
}

const started = performance.now();
const changed = [];
const failed = [];
let reports = 0;
let forgottenTotal = 0;
const notExported = new Set();
mkdirSync(tempFolder, { recursive: true });
for (const { dir, folder, pkg } of packages) {
  if (only.length > 0 && !only.includes(folder)) continue;
  const entries = reportEntries(dir, pkg);
  const missing = entries.filter(({ entryPath }) => !existsSync(entryPath));
  if (missing.length > 0) {
    const files = missing.map(({ entryPath }) => rel(entryPath)).join(', ');
    console.error(`✗ ${pkg.name}: ${files} missing — run pnpm build first`);
    failed.push(pkg.name);
    continue;
  }
  const etc = join(dir, 'etc');
  const rows = [];
  let compilerState;
  for (const { subpath, entryPath, name } of entries) {
    const config = configFor(dir, entryPath, name);
    // One TypeScript program per package, shared by its entries.
    compilerState ??= CompilerState.create(config, {
      additionalEntryPoints: entries.map((e) => e.entryPath),
    });
    const { text, fresh, problems } = extract(config, compilerState, name);
    reports++;
    const reportPath = join(etc, `${name}.api.md`);
    const committed = existsSync(reportPath) ? readFileSync(reportPath, 'utf8') : undefined;
    const label = `${pkg.name}${subpath === '.' ? '' : subpath.slice(1)}`;
    rows.push({ label, reportPath, text, problems, changed: problems === 0 && text !== committed });
    if (problems > 0 || text === committed) continue;
    if (check) {
      // The diff goes to the log so the reviewer of a failed run sees what moved.
      writeFileSync(fresh, text);
      console.log(`\n── ${rel(reportPath)} (committed) → generated from ${rel(entryPath)}`);
      if (committed === undefined) console.log('(no committed report yet)');
      else
        spawnSync('git', ['--no-pager', 'diff', '--no-index', '--no-color', rel(reportPath), rel(fresh)], {
          cwd: root,
          stdio: 'inherit',
        });
    } else {
      mkdirSync(etc, { recursive: true });
      writeFileSync(reportPath, text);
    }
  }
  // API Extractor analyses one entry at a time, so a subpath naming a type that "." exports (the
  // arbitraries' params type, core/testing's Measure) is "forgotten" there too: count those apart
  // from the types no entry exports, which are the ones worth a look.
  const exported = new Set(rows.flatMap(({ text }) => exportedNames(text)));
  for (const row of rows) {
    const names = forgottenNames(row.text);
    const nowhere = names.filter((n) => !exported.has(n));
    forgottenTotal += names.length;
    for (const n of nowhere) notExported.add(`${pkg.name}: ${n}`);
    const detail =
      nowhere.length > 0 ? `exported by no entry: ${nowhere.join(', ')}` : 'all exported by another entry';
    const note = names.length === 0 ? '' : ` (${names.length} ae-forgotten-export, ${detail})`;
    const path = rel(row.reportPath);
    if (row.problems > 0) {
      failed.push(row.label);
      console.error(`✗ ${row.label}: API Extractor reported ${row.problems} problem(s) above`);
    } else if (row.changed) {
      changed.push(path);
      console.log(`${check ? '✗' : '↻'} ${row.label}: ${path} ${check ? 'differs' : 'written'}${note}`);
    } else {
      console.log(`✓ ${row.label}: ${path}${note}`);
    }
  }
  // A report whose entry is gone (an export removed from package.json) is stale.
  const expected = new Set(rows.map((r) => r.reportPath));
  const stale = existsSync(etc)
    ? readdirSync(etc)
        .filter((f) => f.endsWith('.api.md'))
        .map((f) => join(etc, f))
        .filter((p) => !expected.has(p))
    : [];
  for (const path of stale) {
    if (check) {
      changed.push(rel(path));
      console.log(`✗ ${pkg.name}: ${rel(path)} belongs to no export entry`);
    } else {
      rmSync(path);
      console.log(`↻ ${pkg.name}: removed ${rel(path)} (no export entry)`);
    }
  }
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
const forgottenLine =
  `ae-forgotten-export: ${forgottenTotal} symbol(s) across the reports, ${notExported.size} exported by no entry of their package` +
  (notExported.size > 0 ? `:\n${[...notExported].map((n) => `  ${n}`).join('\n')}` : '');
if (failed.length > 0) {
  console.error(`\napi: API Extractor failed for ${failed.join(', ')} (${seconds}s)`);
  process.exit(1);
}
if (check && changed.length > 0) {
  console.error(
    `\napi: the public API differs from the committed report for:\n${changed.map((f) => `  ${f}`).join('\n')}\n` +
      'If the change is intended, update the reports with `pnpm build && pnpm api` and commit them, so\n' +
      'the change of surface shows in review.',
  );
  process.exit(1);
}
console.log(
  changed.length > 0
    ? `\napi: ${changed.length} report(s) written or removed — review and commit them (${seconds}s)`
    : `\napi: ${reports} report(s) up to date (${seconds}s)`,
);
console.log(forgottenLine);
