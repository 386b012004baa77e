// Every engine of the project, registered once for the demo app and the CLI. The list is derived
// from the workspace (`pnpm engines:sync` writes engines.generated.ts from each package.json that
// declares "gd-ftz": { "engine": true, "measure": N }), never edited by hand.
import { createRegistry, MEASURES, type Measure, type MeasureInfo } from '@gd-ftz/core';
import * as engines from './engines.generated';

/**
 * The engines that exist, in measure order, validated at registration (unique ids and slugs, both languages).
 * @example
 * registry.bySlug('invoice-type-approval')?.simulate({}, { seed: 42 });
 */
export const registry = createRegistry(Object.values(engines).sort((a, b) => a.id - b.id));

/** One row per measure of the seed: its catalog identity and its engine, if modelled. */
export interface CatalogRow {
  readonly info: MeasureInfo;
  readonly engine: Measure | undefined;
}

/**
 * All 20 measures of 粤府函〔2023〕59号 in seed order, with the engine where one exists.
 * @example
 * catalog.filter((row) => row.engine === undefined).length; // measures not yet modelled
 */
export const catalog: readonly CatalogRow[] = MEASURES.map((info) => ({
  info,
  engine: registry.byId(info.id),
}));
