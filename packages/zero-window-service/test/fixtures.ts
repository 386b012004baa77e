// Shared by the tests: the field paths of the ValidationError a call throws.
import { ValidationError } from '@gd-ftz/core';

/** The `paths` of the ValidationError `run` throws, any other error itself, or undefined. */
export function pathsOf(run: () => unknown): unknown {
  try {
    run();
  } catch (e) {
    return e instanceof ValidationError ? e.paths : e;
  }
  return undefined;
}
