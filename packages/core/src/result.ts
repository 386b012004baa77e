/**
 * The outcome of an operation that can be refused for a business reason: the refusal is a value the
 * caller switches on (`if (!r.ok) … r.error`), never an exception. Bad input still throws a
 * `ValidationError`; a `Result` is for the answers of a well-formed question ("may this happen?").
 * The success side carries named fields rather than a single `value`, so a result reads as
 * `r.snapshot`, `r.effects`.
 * @example
 * function half(n: number): Result<{ half: number }, { code: 'odd' }> {
 *   return n % 2 === 0 ? { ok: true, half: n / 2 } : { ok: false, error: { code: 'odd' } };
 * }
 * const r = half(4);
 * if (r.ok) r.half; // 2
 */
export type Result<T extends object, E> = Ok<T> | Err<E>;

/**
 * The success side of a {@link Result}: `ok: true` and the fields of `T`.
 * @example
 * const r: Ok<{ half: number }> = { ok: true, half: 2 };
 */
export type Ok<T extends object> = { readonly ok: true } & { readonly [K in keyof T]: T[K] };

/**
 * The refusal side of a {@link Result}: `ok: false` and the reason as data.
 * @example
 * const r: Err<{ code: 'odd' }> = { ok: false, error: { code: 'odd' } };
 */
export interface Err<E> {
  readonly ok: false;
  readonly error: E;
}
