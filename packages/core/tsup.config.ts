import { packageBuild } from '../../tooling/tsup.ts';

// Named entries: dist/index, dist/arbitraries and dist/testing (the test kit, Node only).
export default packageBuild([], {
  entry: { index: 'src/index.ts', arbitraries: 'src/arbitraries.ts', testing: 'src/testing/index.ts' },
  external: [/^node:/, 'vitest', 'fast-check'],
});
