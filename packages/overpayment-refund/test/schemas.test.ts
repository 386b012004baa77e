import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventSchema, quickValid } from '../src/account';
import { accountScriptArb } from '../src/arbitraries';

// Inputs near the valid ones: real events, and the same with one field replaced or removed, or a
// field added, so that the hand check is exercised on both sides of every rule.
const fieldValueArb = fc.oneof(
  fc.constantFrom(
    '2022-02-29',
    '2022-13-01',
    '2022-01',
    '0',
    '0.00',
    '1.234',
    '-1',
    '',
    'vat',
    'stamp',
    'payment',
  ),
  fc.string(),
  fc.integer(),
  fc.constant(undefined),
  fc.constant(null),
);
const nearEventArb = accountScriptArb
  .filter((s) => s.events.length > 0)
  .chain((s) =>
    fc
      .tuple(
        fc.constantFrom(...s.events),
        fc.constantFrom('kind', 'date', 'taxType', 'period', 'amount', 'dueDate', 'id', 'extra'),
        fieldValueArb,
        fc.constantFrom('keep', 'replace', 'delete'),
      )
      .map(([e, key, value, how]) => {
        const copy: Record<string, unknown> = { ...e };
        if (how === 'replace') copy[key] = value;
        if (how === 'delete') delete copy[key];
        return copy;
      }),
  );

describe('the hand-written event check agrees with the zod schema', () => {
  it('whatever quickValid accepts, eventSchema accepts with the same value', () => {
    fc.assert(
      fc.property(nearEventArb, (input) => {
        if (!quickValid(input)) return;
        const parsed = eventSchema.safeParse(input);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toEqual(input);
      }),
      { numRuns: 400 },
    );
  });

  it('accepts the real events of generated accounts (the batch path never falls back to zod)', () => {
    fc.assert(
      fc.property(accountScriptArb, (s) => {
        for (const e of s.events) expect(quickValid(e)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});
