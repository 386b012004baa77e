/**
 * How an error message shows the bad value it was given: short, printable and safe for any value.
 * A message built with `String(x)` or `JSON.stringify(x)` throws on a Symbol, a BigInt, a circular
 * or very deep object, and echoes a 1 MB string in full; this never throws and never exceeds
 * `maxChars` (plus the note of how long the original was).
 */

const DEFAULT_MAX = 60;

function clip(text: string, maxChars: number): string {
  // Control and quote characters escaped as JSON does, so the echo cannot break a log line.
  const shown = JSON.stringify(text.length > maxChars ? text.slice(0, maxChars) : text);
  return text.length > maxChars ? `${shown.slice(0, -1)}…" (${text.length} characters)` : shown;
}

/**
 * A short, escaped description of any value for an error message: numbers and strings as
 * written (strings quoted, cut at `maxChars`), BigInt with its `n`, a Symbol by its description,
 * objects and arrays by kind and size, never by content.
 * @example
 * describeValue('x'.repeat(1_000_000)); // '"xxxx…" (1000000 characters)', about 70 characters
 * describeValue(10n ** 30n); // '1000000000000000000000000000000n'
 * describeValue(Symbol('id')); // 'Symbol(id)'
 */
export function describeValue(value: unknown, maxChars: number = DEFAULT_MAX): string {
  try {
    switch (typeof value) {
      case 'undefined':
        return 'undefined';
      case 'number':
        return Object.is(value, -0) ? '-0' : String(value);
      case 'boolean':
        return String(value);
      case 'bigint': {
        const digits = value.toString();
        return digits.length > maxChars ? `a ${digits.length}-digit BigInt` : `${digits}n`;
      }
      case 'symbol':
        return clip(value.description ?? '', maxChars).replace(/^"(.*)"/s, 'Symbol($1)');
      case 'string':
        return clip(value, maxChars);
      case 'function':
        return 'a function';
      default: {
        if (value === null) return 'null';
        if (Array.isArray(value)) return `an array of ${value.length}`;
        const proto = Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null;
        const name = proto?.constructor?.name;
        return typeof name === 'string' && name !== 'Object' && name !== ''
          ? `a ${clip(name, maxChars).slice(1, -1)}`
          : 'an object';
      }
    }
  } catch {
    // A Proxy or a hostile getter: say nothing about it rather than fail the error report.
    return `a ${typeof value}`;
  }
}
