import { packageProject } from '../tooling/vitest.ts';

// The tests of the repository scripts (conformance, ban escapes, engines registry, Biome bans).
export default packageProject(import.meta.url);
