import { defineConfig } from 'vite';

// `npm start` serves the demo page (index.html + demo/). `npm run build` builds the demo into dist/.
export default defineConfig({
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: true,
  },
});
