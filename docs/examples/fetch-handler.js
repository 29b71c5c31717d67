// @ts-check
/* global Response */
/**
 * The token endpoint on a runtime that serves fetch handlers (`export default { fetch }`):
 *
 *   Deno:   deno serve --allow-env=ZOOM_VIDEO_SDK_KEY,ZOOM_VIDEO_SDK_SECRET fetch-handler.js
 *   Bun:    bun run fetch-handler.js
 *   Cloudflare Workers: set ZOOM_VIDEO_SDK_KEY and ZOOM_VIDEO_SDK_SECRET as secrets; they arrive
 *           as `env`, which this example reads on the first request.
 *
 * Type-checked in this repository with `npx tsc -p docs/examples`; not run by the tests.
 */
import { createTokenHandler } from 'zoom-session-element/server';

/** @type {((request: Request) => Promise<Response>) | undefined} */
let tokens;

export default {
  /**
   * @param {Request} request
   * @param {{ ZOOM_VIDEO_SDK_KEY?: string, ZOOM_VIDEO_SDK_SECRET?: string } | undefined} [env]
   *   Workers' bindings; Deno and Bun pass other things here, or nothing, and the handler then
   *   reads `process.env`.
   */
  fetch(request, env) {
    tokens ??= createTokenHandler({
      sdkKey: typeof env?.ZOOM_VIDEO_SDK_KEY === 'string' ? env.ZOOM_VIDEO_SDK_KEY : undefined,
      sdkSecret: typeof env?.ZOOM_VIDEO_SDK_SECRET === 'string' ? env.ZOOM_VIDEO_SDK_SECRET : undefined,
      allowedOrigins: ['https://events.example.org'],
      // Participants only (the default). For hosts, pass `authorize` (see eventPolicy).
    });
    const { pathname } = new URL(request.url);
    if (pathname === '/' || pathname === '/api/token') return tokens(request);
    return new Response('Not found', { status: 404 });
  },
};
