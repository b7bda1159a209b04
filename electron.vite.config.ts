import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      // The board pack worker runs beside the main file (electron/core/packs/offThread.ts finds it there).
      rollupOptions: {
        input: { index: resolve('electron/main/index.ts'), packWorker: resolve('electron/core/packs/worker.ts') },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require npm modules: bundle everything into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      // The room's participant page is its own small entry: the room listener serves it and nothing else.
      rollupOptions: {
        input: { index: resolve('renderer/index.html'), participant: resolve('renderer/participant/index.html') },
      },
    },
  },
});
