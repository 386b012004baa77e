import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Engines are compiled from their TypeScript source (the @gd-ftz/source export condition): the
// demo never waits for the packages' own builds. Relative base so the static build works from any
// folder or a file server, offline.
export default defineConfig({
  base: './',
  plugins: [react()],
  resolve: { conditions: ['@gd-ftz/source'] },
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
