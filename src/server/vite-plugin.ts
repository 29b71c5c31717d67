/**
 * `zoomSessionDev()`: a Vite plugin for pages that use `<zoom-session>` in development (and
 * `vite preview`). It mounts the token endpoint at `/api/token`, serves the Video SDK's own assets
 * from `node_modules/@zoom/videosdk/dist/lib` at `/lib`, and can make the page cross-origin
 * isolated (which lets the SDK render up to 9 videos in WebAssembly mode instead of 1).
 */
import { createReadStream, stat } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { loadEnv, type Logger, type Plugin, type PreviewServer, type ResolvedConfig, type ViteDevServer } from 'vite';
import { clientAddress, createTokenHandler, isLoopbackAddress, toNodeListener } from './node.js';
import type { TokenHandlerOptions, TokenPolicy } from './token-handler.js';

/** The key used when no credentials are configured. Zoom refuses it: joins fail, by design. */
export const DEMO_SDK_KEY = 'demo-key-not-valid';
/** The secret used when no credentials are configured; obviously fake, so no one mistakes it. */
export const DEMO_SDK_SECRET = 'demo-secret-not-valid-every-join-will-fail';

/** Options of `zoomSessionDev`. */
export interface ZoomSessionDevOptions {
  /** Path of the token endpoint; default `/api/token`. `false` mounts none. */
  tokenPath?: string | false | undefined;
  /**
   * Options of the token handler. `sdkKey` and `sdkSecret` default to `ZOOM_VIDEO_SDK_KEY` and
   * `ZOOM_VIDEO_SDK_SECRET` from the environment or Vite's `.env` files, and to demo credentials
   * (which Zoom refuses) when neither is set. `authorize` defaults to `loopbackHosts`.
   */
  token?: TokenHandlerOptions | undefined;
  /** Where the SDK's assets are served; default `/lib`. `false` serves none. */
  assetsPath?: string | false | undefined;
  /** The folder served at `assetsPath`; default `@zoom/videosdk`'s `dist/lib`. */
  assetsDir?: string | undefined;
  /**
   * Send `Cross-Origin-Opener-Policy: same-origin` and `Cross-Origin-Embedder-Policy:
   * require-corp` with every answer. Default false: they break cross-origin embeds without CORP
   * headers, and WebRTC mode does not need them.
   */
  crossOriginIsolation?: boolean | undefined;
}

/**
 * The dev server's default policy: callers on this machine may join as host (to try the host
 * controls), callers from elsewhere (`vite --host`) as participants only.
 */
export const loopbackHosts: TokenPolicy = (request) => ({
  role: isLoopbackAddress(clientAddress(request)) ? 1 : 0,
});

const CONTENT_TYPES: Record<string, string> = {
  '.wasm': 'application/wasm',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

function pathOf(req: IncomingMessage): string {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}

/** Finds `@zoom/videosdk/dist/lib` from the project root, then from this file. */
function findSdkAssets(root: string): string | undefined {
  for (const from of [join(root, 'package.json'), import.meta.url]) {
    try {
      // The package exports no `./package.json`; its CommonJS entry sits in `dist/`, beside `lib/`.
      return join(dirname(createRequire(from).resolve('@zoom/videosdk')), 'lib');
    } catch {
      // not installed where `from` looks; try the next place
    }
  }
  return undefined;
}

/** Serves files of `dir` under `prefix`, GET and HEAD only, never outside `dir`. */
function staticFiles(prefix: string, dir: string): Middleware {
  const root = resolve(dir);
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const path = pathOf(req);
    if (!path.startsWith(`${prefix}/`)) return next();
    let relative: string;
    try {
      relative = decodeURIComponent(path.slice(prefix.length + 1));
    } catch {
      return next();
    }
    const file = resolve(root, relative);
    if (relative === '' || relative.includes('\0') || !file.startsWith(root + sep)) return next();
    stat(file, (error, stats) => {
      if (error || !stats.isFile()) return next();
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-length': stats.size,
        'cache-control': 'no-cache',
      });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
    });
  };
}

function credentials(config: ResolvedConfig, token: TokenHandlerOptions, logger: Logger): Pick<TokenHandlerOptions, 'sdkKey' | 'sdkSecret'> {
  // loadEnv also reads `.env` files, and lets real environment variables win over them.
  const env = loadEnv(config.mode, config.envDir, 'ZOOM_VIDEO_SDK_');
  const sdkKey = token.sdkKey ?? env['ZOOM_VIDEO_SDK_KEY'];
  const sdkSecret = token.sdkSecret ?? env['ZOOM_VIDEO_SDK_SECRET'];
  if (!sdkKey && !sdkSecret) {
    logger.warn(
      '[zoom-session] No ZOOM_VIDEO_SDK_KEY / ZOOM_VIDEO_SDK_SECRET set: /api/token signs with demo credentials ' +
        `(key "${DEMO_SDK_KEY}"), so every join will fail. Set both (in the environment or .env.local) to join for real.`,
    );
    return { sdkKey: DEMO_SDK_KEY, sdkSecret: DEMO_SDK_SECRET };
  }
  // One of the two alone is a mistake: createTokenHandler says which is missing.
  return { sdkKey, sdkSecret };
}

/**
 * The Vite plugin. Add it to `plugins` in `vite.config.ts`:
 * `plugins: [zoomSessionDev({ crossOriginIsolation: true })]`.
 */
export function zoomSessionDev(options: ZoomSessionDevOptions = {}): Plugin {
  const tokenPath = options.tokenPath ?? '/api/token';
  const assetsPath = options.assetsPath ?? '/lib';
  const token = options.token ?? {};
  let cached: Middleware[] | undefined;

  const middlewares = (config: ResolvedConfig): Middleware[] => {
    // Built once, so the dev and preview servers of one config share one handler and one warning.
    if (cached) return cached;
    const logger = config.logger;
    const list: Middleware[] = [];
    if (options.crossOriginIsolation) {
      list.push((_req, res, next) => {
        res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
        res.setHeader('Cross-Origin-Embedder-Policy', 'require-corp');
        next();
      });
    }
    if (tokenPath !== false) {
      const listener = toNodeListener(
        createTokenHandler({
          ...token,
          ...credentials(config, token, logger),
          authorize: token.authorize ?? loopbackHosts,
          log:
            token.log ??
            ((entry) => {
              const line = `[zoom-session] ${entry.status} ${entry.method} ${tokenPath}: ${entry.message}`;
              if (entry.status >= 400) logger.warn(line, { timestamp: true });
              else logger.info(line, { timestamp: true });
            }),
        }),
      );
      list.push((req, res, next) => {
        if (pathOf(req) !== tokenPath) return next();
        void listener(req, res);
      });
    }
    if (assetsPath !== false) {
      const dir = options.assetsDir ?? findSdkAssets(config.root);
      if (dir === undefined) {
        logger.warn(`[zoom-session] @zoom/videosdk is not installed: nothing is served at ${assetsPath}.`);
      } else {
        list.push(staticFiles(assetsPath.replace(/\/+$/, ''), dir));
      }
    }
    cached = list;
    return list;
  };

  const install = (server: ViteDevServer | PreviewServer) => {
    for (const middleware of middlewares(server.config)) server.middlewares.use(middleware);
  };

  return {
    name: 'zoom-session-dev',
    configureServer: install,
    configurePreviewServer: install,
  };
}
