// The pure parts of the API report script: which reports a package owes and their names, the
// normalisation that keeps d.ts line numbers out of the committed reports, and the reading of
// exports and ae-forgotten-export warnings from a report.
import { describe, expect, it } from 'vitest';
import {
  exportedNames,
  forgottenNames,
  normalizeReport,
  reportEntries,
  reportName,
} from '../lib/api-report.mjs';

const conditions = (name: string) => ({
  '@gd-ftz/source': `./src/${name}.ts`,
  import: { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` },
  require: { types: `./dist/${name}.d.cts`, default: `./dist/${name}.cjs` },
});

describe('reportEntries', () => {
  it('owes one report per export entry, named after the package and the subpath', () => {
    const pkg = {
      name: '@gd-ftz/core',
      exports: {
        '.': conditions('index'),
        './arbitraries': conditions('arbitraries'),
        './testing': conditions('testing'),
        './package.json': './package.json',
      },
    };
    expect(reportEntries('/r/packages/core', pkg)).toEqual([
      { subpath: '.', entryPath: '/r/packages/core/dist/index.d.ts', name: 'core' },
      {
        subpath: './arbitraries',
        entryPath: '/r/packages/core/dist/arbitraries.d.ts',
        name: 'core-arbitraries',
      },
      { subpath: './testing', entryPath: '/r/packages/core/dist/testing.d.ts', name: 'core-testing' },
    ]);
  });

  it('refuses an entry that names no types file', () => {
    const pkg = { name: '@gd-ftz/x', exports: { '.': { default: './dist/index.js' } } };
    expect(() => reportEntries('/r/packages/x', pkg)).toThrow(
      '@gd-ftz/x: export "." names no import types file',
    );
  });

  it('names nested subpaths with dashes', () => {
    expect(reportName('@gd-ftz/core', './testing/machines')).toBe('core-testing-machines');
    expect(reportName('unscoped', '.')).toBe('unscoped');
  });
});

describe('normalizeReport', () => {
  it('drops the d.ts location API Extractor prints beside an unattached warning, keeping the warning', () => {
    const report = [
      '// dist/index.d.ts:24:5 - (ae-forgotten-export) The symbol "Assumed" needs to be exported by the entry point index.d.ts',
      '    // dist/params-H2J4cGw2.d.ts:3:1 - (ae-forgotten-export) The symbol "Base" needs to be exported',
      '// Warning: (ae-forgotten-export) The symbol "Farm" needs to be exported by the entry point arbitraries.d.ts',
      'export const x: number;',
    ].join('\n');
    expect(normalizeReport(report)).toBe(
      [
        '// Warning: (ae-forgotten-export) The symbol "Assumed" needs to be exported by the entry point index.d.ts',
        '    // Warning: (ae-forgotten-export) The symbol "Base" needs to be exported',
        '// Warning: (ae-forgotten-export) The symbol "Farm" needs to be exported by the entry point arbitraries.d.ts',
        'export const x: number;',
      ].join('\n'),
    );
  });
});

describe('reading a report', () => {
  const report = [
    "import { CivilDate } from '@gd-ftz/core';",
    '// Warning: (ae-forgotten-export) The symbol "TaxType" needs to be exported by the entry point arbitraries.d.ts',
    'export const taxTypeArb: fc.Arbitrary<TaxType>;',
    '    // Warning: (ae-forgotten-export) The symbol "TaxType" needs to be exported by the entry point arbitraries.d.ts',
    '// Warning: (ae-forgotten-export) The symbol "Cmd" needs to be exported by the entry point testing.d.ts',
    'export function machineCommands(): Cmd[];',
    'export interface AccountScript {',
    'export type Variant = "baseline" | "reform";',
    'export abstract class GdFtzError extends Error {',
    'export enum Kind {',
    'export namespace law {',
    'export { Decimal, z as zod }',
    '    export const notTopLevel: number;',
  ].join('\n');

  it('lists the top-level exports, re-exports by their exported name', () => {
    expect(exportedNames(report)).toEqual([
      'taxTypeArb',
      'machineCommands',
      'AccountScript',
      'Variant',
      'GdFtzError',
      'Kind',
      'law',
      'Decimal',
      'zod',
    ]);
  });

  it('lists each forgotten symbol once', () => {
    expect(forgottenNames(report)).toEqual(['TaxType', 'Cmd']);
  });
});
