import { fileURLToPath } from 'node:url';
import { defineProject, type UserWorkspaceConfig } from 'vitest/config';

const setupFile = fileURLToPath(new URL('./fast-check-setup.ts', import.meta.url));

/**
 * The shared test project of every package: workspace packages resolve to their TypeScript
 * source (the `@gd-ftz/source` export condition), so tests never wait for a build, and the
 * fast-check seed comes from the environment. A package's vitest.config.ts is
 * `export default packageProject(import.meta.url)`.
 */
export function packageProject(metaUrl: string, overrides: UserWorkspaceConfig['test'] = {}) {
  const root = fileURLToPath(new URL('.', metaUrl));
  const name = root.split('/').filter(Boolean).pop() ?? 'package';
  return defineProject({
    root,
    resolve: { conditions: ['@gd-ftz/source'] },
    ssr: { resolve: { conditions: ['@gd-ftz/source'] } },
    test: {
      name,
      include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
      benchmark: { include: ['bench/**/*.bench.ts'] },
      setupFiles: [setupFile],
      environment: 'node',
      testTimeout: 60_000,
      ...overrides,
    },
  });
}
