// Two virtual modules, derived at build time from the engines registry (@gd-ftz/engines), so a new
// engine appears in the app with no UI code and no file to regenerate by hand:
// - `virtual:gd-ftz/descriptors`: every engine's identity and parameter schema as JSON, for the
//   page's main thread, which never imports engine code;
// - `virtual:gd-ftz/loaders`: one `import()` per engine for the worker, so each engine is its own
//   chunk, loaded the first time its page runs.
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type Plugin, runnerImport } from 'vite';
import { descriptorOf, type EngineDescriptor } from '../src/descriptor.ts';

const DESCRIPTORS = 'virtual:gd-ftz/descriptors';
const LOADERS = 'virtual:gd-ftz/loaders';
const CONDITIONS = ['@gd-ftz/source'];

interface Loaded {
  readonly descriptor: EngineDescriptor;
  /** The engine's source entry (its `@gd-ftz/source` export), an absolute path. */
  readonly entry: string;
}

async function loadDescriptors(root: string): Promise<Loaded[]> {
  const { module } = await runnerImport<typeof import('@gd-ftz/engines')>('@gd-ftz/engines', {
    root,
    configFile: false,
    logLevel: 'error',
    // Inline the workspace packages (TypeScript source), externalise only third-party ones.
    environments: {
      inline: {
        resolve: { conditions: CONDITIONS, externalConditions: CONDITIONS, noExternal: /^@gd-ftz\// },
      },
    },
  });
  // pnpm links the registry into the demo, and each engine into the registry.
  const enginesDir = realpathSync(join(root, 'node_modules/@gd-ftz/engines'));
  return module.registry.all.map((m) => {
    // The demo depends on the registry, not on each engine: resolve them from the registry.
    const pkgPath = join(realpathSync(join(enginesDir, 'node_modules/@gd-ftz', m.slug)), 'package.json');
    const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
    const source = pkg.exports?.['.']?.['@gd-ftz/source'] ?? './src/index.ts';
    return { descriptor: descriptorOf(m, String(pkg.version)), entry: join(dirname(pkgPath), source) };
  });
}

/** The Vite plugin serving both virtual modules. */
export function enginesPlugin(): Plugin {
  let root = process.cwd();
  let cache: Promise<Loaded[]> | undefined;
  const descriptors = () => {
    cache ??= loadDescriptors(root);
    return cache;
  };
  return {
    name: 'gd-ftz-engines',
    configResolved(config) {
      root = config.root;
    },
    // In the dev server, an edited engine (or a newly registered one) refreshes the manifest.
    configureServer(server) {
      server.watcher.on('change', (file) => {
        if (!/[\\/]packages[\\/][^\\/]+[\\/]src[\\/]/.test(file)) return;
        cache = undefined;
        for (const id of [`\0${DESCRIPTORS}`, `\0${LOADERS}`]) {
          const mod = server.moduleGraph.getModuleById(id);
          if (mod) server.moduleGraph.invalidateModule(mod);
        }
      });
    },
    resolveId(id) {
      if (id === DESCRIPTORS || id === LOADERS) return `\0${id}`;
      return undefined;
    },
    async load(id) {
      if (id === `\0${DESCRIPTORS}`) {
        const list = (await descriptors()).map((l) => l.descriptor);
        return `export const descriptors = ${JSON.stringify(list)};\n`;
      }
      if (id === `\0${LOADERS}`) {
        const lines = (await descriptors()).map(
          ({ descriptor, entry }) =>
            `  ${JSON.stringify(descriptor.slug)}: () => import(${JSON.stringify(entry)}).then((m) => m.measure),`,
        );
        return `export const loaders = {\n${lines.join('\n')}\n};\n`;
      }
      return undefined;
    },
  };
}
