// The golden file of a measure: for each seed, the SHA-256 of the canonical JSON of the report and
// its KPI values (so that a review sees which numbers moved, not only that something did).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { canonicalJson, type JsonValue, type ParamValue, type ScenarioReport } from '@gd-ftz/core';
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/** One seed's entry of a golden file. */
export interface GoldenEntry {
  readonly sha256: string;
  /** KPI id → [baseline, reform]. */
  readonly kpis: { readonly [id: string]: readonly [string, string] };
}

/** A golden file: the measure, the parameters given to every run, and one entry per seed. */
export interface GoldenFile {
  readonly measure: string;
  readonly params: { readonly [name: string]: ParamValue };
  readonly seeds: { readonly [seed: string]: GoldenEntry };
}

/**
 * The SHA-256 (hex) of a report's canonical JSON (keys sorted, no whitespace).
 * @example
 * reportDigest(measure.simulate({}, { seed: 42 })); // '3f2a…'
 */
export function reportDigest(report: ScenarioReport): string {
  const json = JSON.parse(JSON.stringify(report)) as JsonValue;
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(json))));
}

/**
 * A report's golden entry.
 * @example
 * goldenEntry(report).kpis['share-auto']; // ['0.0', '75.2']
 */
export function goldenEntry(report: ScenarioReport): GoldenEntry {
  const kpis: Record<string, readonly [string, string]> = {};
  for (const k of report.kpis) kpis[k.id] = [k.baseline, k.reform];
  return { sha256: reportDigest(report), kpis };
}

/** The directory of the nearest package.json above `from`. */
function packageRoot(from: string): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) return from;
    dir = up;
  }
}

/**
 * Where a golden file lives: a URL or an absolute path as given; a relative path from the root of
 * the package that holds `testFile` (so `test/golden.json` works whatever the working directory).
 * @example
 * goldenPath('test/golden.json', '/repo/packages/x/test/measure.test.ts'); // '/repo/packages/x/test/golden.json'
 */
export function goldenPath(file: string | URL, testFile: string | undefined): string {
  if (file instanceof URL) return fileURLToPath(file);
  if (isAbsolute(file)) return file;
  return resolve(packageRoot(testFile ? dirname(testFile) : process.cwd()), file);
}

/**
 * Reads a golden file, or undefined when there is none yet.
 * @example
 * readGolden('/repo/packages/x/test/golden.json')?.seeds['42']?.sha256;
 */
export function readGolden(path: string): GoldenFile | undefined {
  if (!existsSync(path)) return undefined;
  return JSON.parse(readFileSync(path, 'utf8')) as GoldenFile;
}

/**
 * Writes a golden file, pretty-printed with a final newline (a readable diff in review).
 * @example
 * writeGolden(path, { measure: 'x', params: {}, seeds: { '42': goldenEntry(report) } });
 */
export function writeGolden(path: string, golden: GoldenFile): void {
  // One KPI per line: `"share-auto": ["0.0", "75.2"]`.
  const text = JSON.stringify(golden, null, 2).replace(
    /\[\n\s+("(?:[^"\\]|\\.)*"),\n\s+("(?:[^"\\]|\\.)*")\n\s+\]/g,
    '[$1, $2]',
  );
  writeFileSync(path, `${text}\n`);
}
