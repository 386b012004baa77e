// The rule "randomness only through core's seeded RandomStream": no library source of any
// package calls Math.random. (This test file names it only to look for it.)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packagesDir = fileURLToPath(new URL('../../', import.meta.url));
const FORBIDDEN = /Math\s*\.\s*random\b|Math\s*\[\s*['"`]random['"`]\s*\]/;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx|js|mjs|cjs)$/.test(name) && !/\.(test|spec)\.[a-z]+$/.test(name)) out.push(path);
  }
  return out;
}

describe('no Math.random outside tests of that fact', () => {
  it('the pattern recognises the call in its usual spellings', () => {
    expect(FORBIDDEN.test('const x = Math.random();')).toBe(true);
    expect(FORBIDDEN.test("Math['random']()")).toBe(true);
    expect(FORBIDDEN.test('stream.real()')).toBe(false);
  });

  it('no file under packages/*/src uses it', () => {
    const srcDirs = readdirSync(packagesDir)
      .map((p) => join(packagesDir, p, 'src'))
      .filter((d) => {
        try {
          return statSync(d).isDirectory();
        } catch {
          return false;
        }
      });
    expect(srcDirs.length).toBeGreaterThan(0);
    const files = srcDirs.flatMap(sourceFiles);
    expect(files.some((f) => f.endsWith(join('core', 'src', 'random', 'stream.ts')))).toBe(true);
    const offenders = files.filter((f) => FORBIDDEN.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
