import { fileURLToPath } from 'node:url';
import { defineProject, type UserWorkspaceConfig } from 'vitest/config';

const setupFile = fileURLToPath(new URL('./fast-check-setup.ts', import.meta.url));

/**
 * The shared test project of every package: in tests, workspace packages resolve to their
 * TypeScript source (the `@gd-ftz/source` export condition), so tests never wait for a build.
 * In benchmarks (`vitest bench`), they resolve to the built `dist/` instead, so a bench that
 * imports its own package by name (`import { x } from '@gd-ftz/<pkg>'`) measures what users get;
 * type checks still see the source through tsconfig's customConditions. The fast-check seed
 * comes from the environment. A package's vitest.config.ts is
 * `export default packageProject(import.meta.url)`.
 */
export function packageProject(metaUrl: string, overrides: UserWorkspaceConfig['test'] = {}) {
  const root = fileURLToPath(new URL('.', metaUrl));
  const name = root.split('/').filter(Boolean).pop() ?? 'package';
  return defineProject(({ mode }) => {
    const conditions = mode === 'benchmark' ? [] : ['@gd-ftz/source'];
    return {
      root,
      resolve: { conditions },
      ssr: { resolve: { conditions } },
      test: {
        name,
        include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
        benchmark: { include: ['bench/**/*.bench.ts'] },
        setupFiles: [setupFile],
        environment: 'node',
        testTimeout: 60_000,
        ...overrides,
      },
    };
  });
}
