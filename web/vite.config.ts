// Builds the console (web/index.html → /) and the citizen portal (web/portal/index.html → /portal/)
// into web/dist, which the server serves (src/api/web.ts). `npm run dev:web` proxies the API.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  plugins: [react()],
  build: {
    outDir: path.join(here, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      input: {
        console: path.join(here, 'index.html'),
        portal: path.join(here, 'portal/index.html'),
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://127.0.0.1:12345', '/open311': 'http://127.0.0.1:12345' },
  },
});
