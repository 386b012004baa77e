// fast-check arbitraries of valid inputs of @gd-ftz/special-equipment-ledger, for property tests
// that use this engine as an oracle. fast-check is a peer dependency.
import { type CivilDate, fromEpochDay, toEpochDay } from '@gd-ftz/core';
import { paramsArbOf } from '@gd-ftz/core/arbitraries';
import fc from 'fast-check';
import { INSPECTION_KINDS, type InspectionInput, type SafetyGrade } from './model';
import { PARAMS, type SpecialEquipmentLedgerParams } from './params';

/**
 * A civil date between two dates (inclusive).
 * @example
 * fc.sample(dateBetweenArb('2020-01-01', '2024-12-31'), 1)
 */
export function dateBetweenArb(from: string, to: string): fc.Arbitrary<CivilDate> {
  return fc.integer({ min: toEpochDay(from), max: toEpochDay(to) }).map((d) => fromEpochDay(d));
}

/**
 * Valid scenario parameters, derived from the schema (small populations, so that properties stay fast).
 * @example
 * fc.sample(paramsArb, 1)[0]?.units // 100..600
 */
export const paramsArb: fc.Arbitrary<SpecialEquipmentLedgerParams> = paramsArbOf(PARAMS, {
  units: { max: 600 },
});

/**
 * A valid {@link InspectionInput} of any kind, inspected or not, with the fields its kind needs.
 * @example
 * fc.assert(fc.property(inspectionInputArb, (u) => { nextInspectionDue(u); }));
 */
export const inspectionInputArb: fc.Arbitrary<InspectionInput> = fc
  .record({
    kind: fc.constantFrom(...INSPECTION_KINDS),
    commissioned: fc.integer({ min: toEpochDay('2014-01-01'), max: toEpochDay('2025-12-31') }),
    inspectedAfter: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined }),
    grade: fc.constantFrom<SafetyGrade>(1, 2, 3, 4, 5),
    cycleU: fc.double({ min: 0, max: 0.999_999, noNaN: true }),
    nonMetallic: fc.boolean(),
    gas: fc.constantFrom('corrosive', 'general', 'inert') as fc.Arbitrary<'corrosive' | 'general' | 'inert'>,
  })
  .map(({ kind, commissioned, inspectedAfter, grade, cycleU, nonMetallic, gas }) => {
    const commissionedOn = fromEpochDay(commissioned);
    const out: { -readonly [K in keyof InspectionInput]: InspectionInput[K] } = { kind, commissionedOn };
    if (inspectedAfter !== undefined) out.lastInspectedOn = fromEpochDay(commissioned + inspectedAfter);
    if (kind === 'gas-cylinder') out.gas = gas;
    if (kind === 'pressure-vessel') {
      if (nonMetallic) out.nonMetallic = true;
      if (inspectedAfter !== undefined) {
        out.safetyGrade = grade;
        if (grade === 3) out.cycleYears = 3 + Math.floor(cycleU * 4);
        if (grade === 4) out.cycleYears = 1 + Math.floor(cycleU * 3);
      }
    }
    return out;
  });
