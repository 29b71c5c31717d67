import { defineConfig } from 'vite';
import { zoomSessionDev } from './src/server/vite.js';

// `npm start` serves the demo page (index.html + demo/). `npm run build` builds the demo into dist/.
export default defineConfig({
  // Token endpoint at /api/token (demo credentials unless ZOOM_VIDEO_SDK_KEY/SECRET are set) and
  // the SDK's assets at /lib: see docs/token-server.md.
  plugins: [zoomSessionDev()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: true,
  },
});
