/**
 * The Node adapter's signer: the same HS256 JWT as `joseSigner` (same header, same claims, same
 * bytes), signed synchronously with `node:crypto`. jose's Web Crypto `sign` is asynchronous and
 * goes through the thread pool, which costs more than the rest of a token request together.
 * @internal
 */
import { createHmac, createSecretKey } from 'node:crypto';
import { JWT_HEADER, type SignerFactory } from './signer.js';

const HEADER = Buffer.from(JSON.stringify(JWT_HEADER)).toString('base64url');

export const nodeSigner: SignerFactory = (secret) => {
  // Made once: a KeyObject spares each request from copying and padding the secret again.
  const key = createSecretKey(Buffer.from(new TextEncoder().encode(secret)));
  return (claims) => {
    const input = `${HEADER}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
    return `${input}.${createHmac('sha256', key).update(input).digest('base64url')}`;
  };
};
