import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The client lives in client/ and is built to client/dist, which the server
// serves at /. In development (`npm run dev`) Vite proxies the API.
export default defineConfig({
  root: 'client',
  plugins: [react()],
  // Cytoscape and its layouts make one large chunk; that is expected.
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: {
    proxy: {
      '/graphql': 'http://localhost:4000',
      '/health': 'http://localhost:4000',
    },
  },
});
