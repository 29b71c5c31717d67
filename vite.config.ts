import { defineConfig } from 'vite';
import { zoomSessionDev } from './src/server/vite.js';

// `npm start` serves the demo page (index.html + demo/). `npm run build` builds the demo into dist/.
export default defineConfig({
  // Token endpoint at /api/token (demo credentials unless ZOOM_VIDEO_SDK_KEY/SECRET are set) and
  // the SDK's assets at /lib: see README.md, "Token endpoint". `ZOOM_SESSION_COI=1 npm start` adds the
  // COOP/COEP headers that make the page cross-origin isolated (the demo shows `crossOriginIsolated`).
  plugins: [zoomSessionDev({ crossOriginIsolation: process.env['ZOOM_SESSION_COI'] === '1' })],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: true,
  },
});
