// Not part of the public surface (not in package.json "exports"): the public entry plus the
// unchecked fast paths and simulation internals the benches measure, built to dist/internal.js
// so that `bench/*.bench.ts` time one copy of the same built code, public and internal functions
// side by side. No semver promise; not for users.

export { decideFacts } from './decide';
export { combine } from './grant';
export * from './index';
export { generatePopulation } from './population';
