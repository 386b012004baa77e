// fast-check arbitraries of core/audit values.
import fc from 'fast-check';
import type { JsonValue } from '../trace';
import type { AuditEntry } from './record';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * Civil date-times `YYYY-MM-DDTHH:mm:ss` between 2019 and 2026 (days 1–28, so every one is valid).
 * @example
 * fc.sample(auditAtArb(), 1); // ['2023-07-14T09:05:33']
 */
export function auditAtArb(): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.integer({ min: 2019, max: 2026 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
      fc.integer({ min: 0, max: 23 }),
      fc.integer({ min: 0, max: 59 }),
      fc.integer({ min: 0, max: 59 }),
    )
    .map(([y, mo, d, h, mi, s]) => `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}`);
}

/**
 * Valid audit entries; `data` defaults to any JSON value.
 * @example
 * fc.assert(fc.property(fc.array(auditEntryArb()), (entries) => { ... }));
 */
export function auditEntryArb<T extends JsonValue = JsonValue>(
  data: fc.Arbitrary<T> = fc.jsonValue() as fc.Arbitrary<T>,
): fc.Arbitrary<AuditEntry<T>> {
  return fc.record({
    at: auditAtArb(),
    actor: fc.constantFrom('clerk-1', 'clerk-2', 'system', 'reviewer'),
    action: fc.constantFrom('case.open', 'case.decide', 'refund.issue', 'record.note'),
    data,
  });
}
