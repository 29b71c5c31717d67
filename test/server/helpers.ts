/** Shared bits of the server tests (not a test file itself: no `.node.test.ts` suffix). */
import { jwtVerify, type JWTPayload } from 'jose';

export const SDK_KEY = 'test-sdk-key';
/** Long and distinctive, so a leak anywhere is found by a plain substring search. */
export const SDK_SECRET = 'test-secret-7f3a9c1e5b8d2f4a6c0e9b7d5f3a1c8e';
export const SECRET_BYTES = new TextEncoder().encode(SDK_SECRET);
export const URL_ = 'http://localhost/api/token';

/** A JSON POST to the endpoint. */
export function post(body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(URL_, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** The answer's status, headers and parsed body. */
export async function read(response: Response): Promise<{ status: number; headers: Headers; text: string; json: unknown }> {
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** Verifies a token with the secret and returns its claims. */
export async function verify(token: string): Promise<JWTPayload> {
  const { payload, protectedHeader } = await jwtVerify(token, SECRET_BYTES, { algorithms: ['HS256'] });
  if (protectedHeader.typ !== 'JWT') throw new Error('typ is not JWT');
  return payload;
}

/** Every header as one string, to search for leaks. */
export function allHeaders(headers: Headers): string {
  let out = '';
  headers.forEach((value, name) => (out += `${name}: ${value}\n`));
  return out;
}
