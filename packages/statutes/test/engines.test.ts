// The engines keep only what is theirs: no engine source declares a law name that this package
// already holds. Read as text from the workspace (this package cannot import the engines, which
// depend on it).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAWS } from '../src/index';

const packagesDir = new URL('../../', import.meta.url).pathname;

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every engine source file: packages/<engine>/src, without core (the mechanism) and this package. */
const engineFiles = readdirSync(packagesDir)
  .filter((name) => !['core', 'statutes'].includes(name))
  .map((name) => join(packagesDir, name, 'src'))
  .filter((dir) => {
    try {
      return statSync(dir).isDirectory();
    } catch {
      return false;
    }
  })
  .flatMap(tsFiles);

describe('engines cite the shared laws from @gd-ftz/statutes', () => {
  it('finds the engine sources to check', () => {
    expect(engineFiles.some((f) => f.includes('/overpayment-refund/src/'))).toBe(true);
    expect(engineFiles.some((f) => f.includes('/invoice-type-approval/src/law/'))).toBe(true);
  });

  it('no engine declares a law name the statutes hold', () => {
    const redeclared: string[] = [];
    for (const file of engineFiles) {
      const text = readFileSync(file, 'utf8');
      for (const [key, law] of Object.entries(LAWS)) {
        // A declaration is the name as a zh string literal: `zh: '中华人民共和国民法典'`.
        const literal = new RegExp(`zh:\\s*['"\`]${law.zh.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"\`]`);
        if (literal.test(text)) redeclared.push(`${file.slice(packagesDir.length)}: ${key} (${law.zh})`);
      }
    }
    expect(redeclared).toEqual([]);
  });

  it('the detector finds a redeclared name', () => {
    const sample = `const law = { zh: '${LAWS.administrativeLicensing.zh}', en: 'x' };`;
    expect(new RegExp(`zh:\\s*['"\`]${LAWS.administrativeLicensing.zh}['"\`]`).test(sample)).toBe(true);
  });
});
