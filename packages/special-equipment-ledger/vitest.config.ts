import { packageProject } from '../../tooling/vitest.ts';

// The bench measures the built output as a user's program loads it: through Node's own loader.
// Vite's module runner would otherwise inline the linked workspace packages' dist files (they are
// not under node_modules once resolved), and the event-driven year measured about 1.5× slower
// that way (issue 31). In tests, packages resolve to their source and this pattern never matches.
export default packageProject(import.meta.url, {
  server: { deps: { external: [/\/packages\/[^/]+\/dist\//] } },
});
