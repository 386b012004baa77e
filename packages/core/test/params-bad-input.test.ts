// Fuzz #32 regressions: the params and validation helpers name a bad schema/argument with a typed
// error (ConfigurationError for a developer's schema, ValidationError for input) instead of a TypeError.
import { describe, expect, it } from 'vitest';
import {
  ConfigurationError,
  defaultParams,
  issuesFromZod,
  measureInfo,
  parse,
  parseParams,
  refineIssues,
  ValidationError,
  validateFacts,
  z,
} from '../src/index';

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

describe('params and validation helpers on bad input', () => {
  it('parse and issuesFromZod name the schema, the error and the prefix', () => {
    expect(pathOf(() => parse(null as never, 1))).toBe('schema');
    expect(pathOf(() => parse(z.number(), 1, 5 as never))).toBe('prefix');
    expect(pathOf(() => parse(z.number(), 'x', 'amount'))).toBe('amount');
    expect(pathOf(() => issuesFromZod([] as never))).toBe('error');
    expect(pathOf(() => issuesFromZod({ issues: [null] } as never))).toBe('error.issues[0]');
  });

  it('parseParams, defaultParams, refineIssues and validateFacts name a schema that is not one', () => {
    expect(pathOf(() => parseParams(null as never, {}))).toBe('schema');
    expect(pathOf(() => defaultParams(undefined as never))).toBe('schema');
    expect(pathOf(() => defaultParams([null] as never))).toBe('schema');
    expect(pathOf(() => defaultParams({ a: null } as never))).toBe('schema.a');
    expect(pathOf(() => refineIssues(null as never, {} as never))).toBe('schema');
    expect(pathOf(() => validateFacts(null as never, {}))).toBe('schema');
    expect(pathOf(() => validateFacts({ a: null } as never, {}))).toBe('schema.a');
  });

  it('measureInfo names the id even when it cannot be printed', () => {
    expect(pathOf(() => measureInfo(Symbol('x') as never))).toBe('id');
    expect(pathOf(() => measureInfo({ constructor: 1, toString: 1 } as never))).toBe('id');
  });
});
