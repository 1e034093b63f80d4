import { defineConfig } from 'vite';

// Built into the Hub's wwwroot/desk (served at /desk/); `npm run dev` proxies the API and the hub to a running Hub.
// File names stay the same from build to build: the Hub's static assets fingerprint and cache them, and a name that
// changed with the content would leave MSBuild's evaluated asset list pointing at a deleted file.
export default defineConfig({
  base: '/desk/',
  build: {
    outDir: '../wwwroot/desk',
    emptyOutDir: true,
    rollupOptions: {
      output: { entryFileNames: 'assets/[name].js', chunkFileNames: 'assets/[name].js', assetFileNames: 'assets/[name][extname]' },
    },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:5080',
      '/hubs': { target: 'http://localhost:5080', ws: true },
    },
  },
});
