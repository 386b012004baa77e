import { packageBuild } from '../../tooling/tsup.ts';

// Named entries: dist/index, dist/arbitraries and dist/testing (the test kit, Node only).
export default packageBuild([], {
  entry: { index: 'src/index.ts', arbitraries: 'src/arbitraries.ts', testing: 'src/testing/index.ts' },
  // The kit imports core by name: one copy of core's classes at run time.
  external: [/^node:/, 'vitest', 'fast-check', '@gd-ftz/core'],
});
