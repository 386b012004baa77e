import { packageProject } from '../../tooling/vitest.ts';

export default packageProject(import.meta.url);
