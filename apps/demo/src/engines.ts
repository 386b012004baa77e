// The engines as the page knows them: descriptors only (identity and parameter schema, written
// into the build by build/engines-plugin.ts), never engine code, which loads in the worker.

import { descriptors } from 'virtual:gd-ftz/descriptors';
import { MEASURES, type MeasureInfo } from '@gd-ftz/core';
import type { EngineDescriptor } from './descriptor';

export { descriptors };

/** The descriptor of a modelled measure by its slug. */
export function descriptorBySlug(slug: string): EngineDescriptor | undefined {
  return descriptors.find((d) => d.slug === slug);
}

/** One row per measure of the seed: its identity and its descriptor, if modelled. */
export interface CatalogRow {
  readonly info: MeasureInfo;
  readonly engine: EngineDescriptor | undefined;
}

/** All 20 measures of 粤府函〔2023〕59号 in seed order, with the descriptor where an engine exists. */
export const catalog: readonly CatalogRow[] = MEASURES.map((info) => ({
  info,
  engine: descriptors.find((d) => d.id === info.id),
}));
