import { defineConfig } from 'vite';

// The explorer: static assets built into web/dist, served by the API server at `/`.
export default defineConfig({
  root: 'web',
  base: '/',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
