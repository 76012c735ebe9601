import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The SPA, served by the API process under /app/ (src/api/web-app.routes.ts). */
export default defineConfig({
  root: import.meta.dirname,
  base: '/app/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // ECharts stays in the cockpit's lazy chunk; antd is the bulk of the initial bundle.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // Shared chunks would otherwise be named after whichever module came first (e.g. "errors").
        chunkFileNames: (chunk) =>
          chunk.isDynamicEntry ? 'assets/[name]-[hash].js' : 'assets/shared-[hash].js',
      },
    },
  },
  server: {
    // `npx vite --config web/vite.config.ts` with the API on :3000.
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
