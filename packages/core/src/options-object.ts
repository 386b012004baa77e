import { describeValue } from './describe-value';
import { ValidationError } from './errors';

/**
 * The options argument of a public function, checked: absent (`undefined`) is `{}`; anything but
 * a plain object or class instance (`null`, a number, an array, a string) is a `ValidationError`
 * naming the argument, rather than the bare `TypeError` of reading a property of `null`.
 * @example
 * function run(options?: { until?: number }) { const { until } = optionsObject(options); }
 * optionsObject(undefined); // {}
 * optionsObject(null, 'options'); // throws ValidationError at path 'options'
 */
export function optionsObject<T extends object>(options: T | undefined, path = 'options'): Partial<T> {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw ValidationError.of(
      path,
      `must be an options object or absent, got ${describeValue(options)}`,
      `必须是选项对象或省略，实际为 ${describeValue(options)}`,
    );
  }
  return options;
}

/**
 * A progress callback, checked: absent or a function, else a `ValidationError` naming it.
 * @example
 * const report = progressCallback(options.onProgress, 'options.onProgress'); report?.(0.5);
 */
export function progressCallback(
  onProgress: unknown,
  path = 'onProgress',
): ((fraction: number) => void) | undefined {
  if (onProgress === undefined) return undefined;
  if (typeof onProgress !== 'function') {
    throw ValidationError.of(
      path,
      `must be a function or absent, got ${describeValue(onProgress)}`,
      `必须是函数或省略，实际为 ${describeValue(onProgress)}`,
    );
  }
  return onProgress as (fraction: number) => void;
}
