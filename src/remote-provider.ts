/**
 * `zoom-session-element/remote-provider`: `remoteTokenProvider` for a page's first chunk. The same
 * function, options and errors as the main entry's, but this module is a few hundred bytes: the
 * provider itself (src/token/remote-provider.ts) loads on the first token request, when the
 * element has loaded its call chunk anyway. Importing `remoteTokenProvider` from the main entry
 * instead can pull the session engine and jose into the page's first chunk with bundlers that
 * do not tree-shake it away.
 */
import type { RemoteTokenProviderOptions } from './token/remote-provider.js';
import type { TokenProvider } from './token/types.js';

export type { RemoteTokenProviderOptions };
export type { TokenProvider, TokenRequest } from './token/types.js';

/** See `remoteTokenProvider` in the main entry: POSTs Zoom's sample body, reads `{signature}`. */
export function remoteTokenProvider(options: RemoteTokenProviderOptions): TokenProvider {
  let provider: Promise<TokenProvider> | undefined;
  // The element asks for a token only once its call chunk, which imports the same module, has
  // loaded: by then this import is in the page already and cannot fail.
  return async (request, signal) =>
    (await (provider ??= import('./token/remote-provider.js').then((m) => m.remoteTokenProvider(options))))(request, signal);
}
