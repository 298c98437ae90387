import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { designsystemetSelectors } from './scripts/designsystemet-css.ts';
import { precompress } from './scripts/precompress.ts';
import { sideEffectFree } from './scripts/side-effect-free.ts';
import { chunkReport } from './scripts/chunk-report.ts';
import { designsystemetWeb } from './scripts/designsystemet-web.ts';

export default defineConfig({
  plugins: [
    react(),
    // Designsystemet's React components, and the domain package (pure code; only its zod error
    // map is installed by importing it), so a chunk keeps only what its pages use (issue 16).
    sideEffectFree(/\/@digdir\/designsystemet-react\/dist\/esm\//),
    sideEffectFree(/\/packages\/domain\/src\/(?!schemas\/swedish-errors\.ts)/),
    designsystemetWeb(),
    precompress(),
    chunkReport(),
  ],
  // Designsystemet's costly :has() rules rewritten (decision 016).
  css: { postcss: { plugins: [designsystemetSelectors()] } },
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000' } },
  build: {
    outDir: 'dist',
    sourcemap: true,
    // exceljs (~930 kB, loaded only when a table is downloaded as Excel) is the one large chunk;
    // the warning about it read like a failed build on a newcomer's first start (decision 011).
    chunkSizeWarningLimit: 1000,
    // The browsers of Vite's build target preload modules themselves, except Safari 16, which
    // loads them by import, a little later: the polyfill cost every page 0.6 kB (decision 023).
    modulePreload: { polyfill: false },
  },
  test: {
    environment: 'jsdom',
    testTimeout: 30_000,
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['./src/test/setup.ts', '../../scripts/vitest-fail-on-console.ts'],
  },
});
