/**
 * How the token endpoint signs: HS256 over the claims with the SDK secret. jose (Web Crypto) runs on
 * every runtime; the Node adapter injects a `node:crypto` signer (`./node-signer.ts`) that writes
 * the same bytes synchronously.
 * @internal
 */
import { SignJWT, type JWTPayload } from 'jose';
import type { VideoSdkClaims } from '../token/types.js';

/**
 * Signs a token's claims with HS256 and the SDK secret; the compact JWT. Made once per handler by
 * a `SignerFactory`. @internal
 */
export type JwtSign = (claims: VideoSdkClaims) => string | Promise<string>;

/** Makes the signer of a handler from the SDK secret. @internal */
export type SignerFactory = (secret: string) => JwtSign;

/** The protected header of every token, in this order (another signer must write the same bytes). */
export const JWT_HEADER = { alg: 'HS256', typ: 'JWT' } as const;

/**
 * The signer on every runtime: jose over Web Crypto. The key is imported once, when the handler is
 * made: importing it per request would cost as much as signing. A failed import is reported by the
 * request that awaits it, not as an unhandled rejection.
 * @internal
 */
export const joseSigner: SignerFactory = (secret) => {
  const keyPromise = crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  let key: CryptoKey | undefined;
  // Kept once resolved, so a request does not wait a microtask for it.
  keyPromise.then((k) => (key = k)).catch(() => {});
  return async (claims) =>
    new SignJWT(claims as unknown as JWTPayload).setProtectedHeader(JWT_HEADER).sign(key ?? (await keyPromise));
};
