// Fuzz #32 regressions: event-log writers, rule coverage and machine views name an argument that is
// not a log / coverage / machine with a typed error instead of a TypeError.
import { describe, expect, it } from 'vitest';
import {
  assertFullCoverage,
  ConfigurationError,
  compareDirectlyFollows,
  createCoverage,
  machineDiagram,
  machineTrace,
  toEventCsv,
  toOcelJson,
  toXes,
  ValidationError,
} from '../src/index';
import { licence } from './machine-toy';

function pathOf(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (e instanceof ValidationError) return e.paths.join(',');
    if (e instanceof ConfigurationError) return e.path;
    throw e;
  }
  return 'no error';
}

describe('log and machine views on bad input', () => {
  it('the log writers and the directly-follows comparison name `log`', () => {
    for (const write of [toEventCsv, toOcelJson, toXes, compareDirectlyFollows]) {
      expect(pathOf(() => write(null as never))).toBe('log');
      expect(pathOf(() => write(Number.NaN as never))).toBe('log');
    }
  });

  it('createCoverage and assertFullCoverage name ruleSet and coverage', () => {
    expect(pathOf(() => createCoverage(undefined as never))).toBe('ruleSet');
    expect(pathOf(() => assertFullCoverage({} as never))).toBe('coverage');
    expect(pathOf(() => assertFullCoverage({ entries: () => [null] } as never))).toBe('coverage.entries');
  });

  it('machineDiagram and machineTrace name machine and lang', () => {
    expect(pathOf(() => machineDiagram(null as never))).toBe('machine');
    expect(pathOf(() => machineDiagram(licence, 'fr' as never))).toBe('lang');
    expect(pathOf(() => machineTrace(Number.NaN as never, null as never))).toBe('machine');
  });
});
