// The build-time modules of build/engines-plugin.ts.
declare module 'virtual:gd-ftz/descriptors' {
  import type { EngineDescriptor } from './descriptor';
  /** Every engine's descriptor, in measure order. */
  export const descriptors: readonly EngineDescriptor[];
}

declare module 'virtual:gd-ftz/loaders' {
  import type { Measure } from '@gd-ftz/core';
  /** One lazy import per engine slug. */
  export const loaders: Readonly<Record<string, () => Promise<Measure>>>;
}
