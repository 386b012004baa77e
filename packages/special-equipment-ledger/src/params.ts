import type { ParamsOf, ParamsSchema } from '@gd-ftz/core';

/**
 * The scenario parameters of measure 20, with defaults and ranges: the demo app and the CLI draw
 * their forms from this schema. Mark each modelling assumption with `assumption: true`.
 */
export const PARAMS = {
  population: {
    kind: 'integer',
    label: { zh: '样本规模', en: 'Population size' },
    unit: { zh: '件', en: 'cases' },
    default: 1000,
    min: 10,
    max: 1_000_000,
  },
} as const satisfies ParamsSchema;

/** Parsed scenario parameters. */
export type SpecialEquipmentLedgerParams = ParamsOf<typeof PARAMS>;
