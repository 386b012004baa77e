import { packageBuild } from '../../tooling/tsup.ts';

export default packageBuild(['src/index.ts', 'src/province.ts', 'src/arbitraries.ts']);
