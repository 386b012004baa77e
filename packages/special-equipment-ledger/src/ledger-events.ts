// The schema of ledger events (zod, via core's `parse`): one strict object per event type, so a
// misspelt or missing field is named by its path.
import { isCivilDate, z } from '@gd-ftz/core';
import {
  EQUIPMENT_KINDS,
  type EquipmentCategory,
  type EquipmentKind,
  GAS_CLASSES,
  INSPECTION_KINDS,
} from './model';

const civil = z.string().refine(isCivilDate, { message: 'must be a real date YYYY-MM-DD' });
const id = z.string().min(1).max(64);
const grade = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);
const base = { at: civil, unitId: id };

/** The schema of a {@link LedgerEvent}, discriminated by `type`. */
export const ledgerEventSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('unit-commissioned'),
    ...base,
    userId: id,
    kind: z.enum(EQUIPMENT_KINDS),
    nonMetallic: z.boolean().optional(),
    gas: z.enum(GAS_CLASSES).optional(),
    safetyGrade: grade.optional(),
  }),
  z.strictObject({ type: z.literal('unit-registered'), ...base }),
  z.strictObject({ type: z.literal('inspection-requested'), ...base }),
  z.strictObject({
    type: z.literal('unit-inspected'),
    ...base,
    inspection: z.enum(INSPECTION_KINDS),
    passed: z.boolean(),
    safetyGrade: grade.optional(),
    cycleYears: z.number().int().optional(),
  }),
  z.strictObject({ type: z.literal('self-checked'), ...base }),
  z.strictObject({
    type: z.literal('hazard-found'),
    ...base,
    hazardId: id,
    severity: z.enum(['general', 'serious']),
    foundBy: z.enum(['self-check', 'inspection', 'supervision']),
  }),
  z.strictObject({ type: z.literal('hazard-fixed'), ...base, hazardId: id }),
  z.strictObject({ type: z.literal('hazard-rechecked'), ...base, hazardId: id, passed: z.boolean() }),
  z.strictObject({
    type: z.literal('supervision-visited'),
    ...base,
    selection: z.enum(['random', 'targeted']),
  }),
  z.strictObject({ type: z.literal('accident-reported'), ...base }),
  z.strictObject({ type: z.literal('unit-scrapped'), ...base }),
]);

/** 特种设备安全法 第二条: the category of each kind (cylinders are pressure vessels). */
export const CATEGORY_OF: Readonly<Record<EquipmentKind, EquipmentCategory>> = {
  'pressure-vessel': 'pressure-vessel',
  boiler: 'boiler',
  'gas-cylinder': 'pressure-vessel',
  elevator: 'elevator',
  'crane-tower': 'crane',
  'crane-bridge': 'crane',
  'passenger-ropeway': 'passenger-ropeway',
  'amusement-ride': 'amusement-ride',
  'in-plant-vehicle': 'in-plant-vehicle',
};

/** The inspection schedules of each kind: a boiler has an external and an internal one. */
export const SCHEDULES_OF: Readonly<Record<EquipmentKind, readonly (typeof INSPECTION_KINDS)[number][]>> = {
  'pressure-vessel': ['pressure-vessel'],
  boiler: ['boiler-external', 'boiler-internal'],
  'gas-cylinder': ['gas-cylinder'],
  elevator: ['elevator'],
  'crane-tower': ['crane-tower'],
  'crane-bridge': ['crane-bridge'],
  'passenger-ropeway': ['passenger-ropeway'],
  'amusement-ride': ['amusement-ride'],
  'in-plant-vehicle': ['in-plant-vehicle'],
};
