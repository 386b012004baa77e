import { packageBuild } from '../../tooling/tsup.ts';

export default packageBuild(['src/index.ts', 'src/arbitraries.ts']);
