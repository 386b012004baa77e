import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { enginesPlugin } from './build/engines-plugin.ts';

// Engines are compiled from their TypeScript source (the @gd-ftz/source export condition): the
// demo never waits for the packages' own builds. Relative base so the static build works from any
// folder or a file server, offline. The page gets engine descriptors only (virtual modules of
// build/engines-plugin.ts); the worker imports each engine lazily, one chunk per engine, named
// `engine-<slug>-<hash>.js` so build/check-budget.mjs can check it.
const engineChunk = (chunk: { facadeModuleId?: string | null }) => {
  const m = /packages\/([a-z0-9-]+)\/src\/index\.ts$/.exec(chunk.facadeModuleId ?? '');
  return m && m[1] !== 'core' && m[1] !== 'engines'
    ? `assets/engine-${m[1]}-[hash].js`
    : 'assets/[name]-[hash].js';
};

export default defineConfig({
  base: './',
  plugins: [react(), enginesPlugin()],
  resolve: { conditions: ['@gd-ftz/source'] },
  worker: {
    format: 'es',
    plugins: () => [enginesPlugin()],
    rolldownOptions: { output: { chunkFileNames: engineChunk } },
  },
  build: { target: 'es2022', manifest: true, chunkSizeWarningLimit: 2000 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
