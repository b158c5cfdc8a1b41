// Vite build of the renderer: root is this folder, output renderer/dist, and relative asset URLs
// (base './') so the Electron shell can load index.html from file:// and browser mode from any port.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = import.meta.dirname;
// Development: `WORKSTATION_API=http://127.0.0.1:PORT vite --config renderer/vite.config.ts` proxies /api to a
// running `supervise serve`; open http://localhost:5173/?token=TOKEN.
const api = process.env.WORKSTATION_API;

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: `${root}/dist`,
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2500,
    rollupOptions: {
      output: {
        // Separate vendor chunks keep rebuilds of our code small and cacheable.
        manualChunks(id: string) {
          if (id.includes('node_modules/echarts') || id.includes('node_modules/zrender')) return 'echarts';
          if (id.includes('node_modules/apache-arrow') || id.includes('node_modules/flatbuffers')) return 'arrow';
          if (id.includes('node_modules/')) return 'vendor';
          return undefined;
        },
      },
    },
  },
  server: { port: 5173, strictPort: false, proxy: api ? { '/api': { target: api, changeOrigin: true } } : undefined },
});
