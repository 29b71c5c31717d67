/**
 * zoom-session-element/vite: the Vite plugin for development with `<zoom-session>` (token endpoint
 * at /api/token, the SDK's assets at /lib, optional cross-origin isolation).
 */
export {
  zoomSessionDev,
  loopbackHosts,
  DEMO_SDK_KEY,
  DEMO_SDK_SECRET,
  type ZoomSessionDevOptions,
} from './vite-plugin.js';
