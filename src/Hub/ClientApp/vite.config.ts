import { defineConfig } from 'vite';

// Built into the Hub's wwwroot/desk (served at /desk/); `npm run dev` proxies the API and the hub to a running Hub.
export default defineConfig({
  base: '/desk/',
  build: { outDir: '../wwwroot/desk', emptyOutDir: true },
  server: {
    proxy: {
      '/api': 'http://localhost:5080',
      '/hubs': { target: 'http://localhost:5080', ws: true },
    },
  },
});
