import { csrfMetaHeaders } from '../token/csrf-meta.js';
import { remoteTokenProvider } from '../token/remote-provider.js';
import type { TokenProvider } from '../token/types.js';

/** The element's attributes that say where and how to ask for a token. */
export interface EndpointSettings {
  /** `token-endpoint`: the endpoint's URL, or empty for none. */
  readonly tokenEndpoint: string;
  /** `token-csrf-meta`: the name of the `<meta>` tag holding the page's CSRF token, or empty. */
  readonly tokenCsrfMeta: string;
}

const providers = new WeakMap<EndpointSettings, { url: string; provider: TokenProvider }>();

/**
 * The built-in token provider of an element with a `token-endpoint`, made once per URL and element
 * (part of the call chunk, so the first chunk carries none of it). `token-csrf-meta` is read at
 * each request: when set, the request carries the named `<meta>` tag's content as `X-CSRF-Token`.
 */
export function endpointProvider(element: EndpointSettings): TokenProvider | undefined {
  const url = element.tokenEndpoint.trim();
  if (url === '') return undefined;
  let entry = providers.get(element);
  if (entry?.url !== url) {
    const headers = () => (element.tokenCsrfMeta.trim() === '' ? {} : csrfMetaHeaders(element.tokenCsrfMeta));
    entry = { url, provider: remoteTokenProvider({ url, headers }) };
    providers.set(element, entry);
  }
  return entry.provider;
}
