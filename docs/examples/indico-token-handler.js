// @ts-check
/* global Request, Response, TextDecoder */
/**
 * The token endpoint of an Indico site served by this package's handler instead of the guide's
 * plugin route (docs/indico.md, "Another way"): a Node process behind the same web server, which
 * routes POST /zoom-token/<event id> to it. Indico still decides who is who: `lookupSession` asks
 * a small GET route of your plugin about the `indico_session` cookie, for that event.
 *
 * The session name is checked before the request reaches the handler, from a body read at most
 * MAX_BODY_BYTES far: a larger body is refused while it arrives, never read whole.
 * Type-checked with `npx tsc -p docs/examples`; run by test/indico/node-alternative.node.test.ts.
 */
import { createTokenHandler, eventPolicy } from 'zoom-session-element/server';

/** The element's request is a few hundred bytes. */
export const MAX_BODY_BYTES = 4096;

/**
 * The request's body, or `undefined` as soon as it passes `max` bytes (the rest is not read).
 * @param {Request} request
 * @param {number} max
 * @returns {Promise<Uint8Array<ArrayBuffer> | undefined>}
 */
export async function readBodyCapped(request, max) {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  /** @type {Uint8Array[]} */
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}

/**
 * @param {number} status
 * @param {string} property
 * @param {string} reason
 */
const refuse = (status, property, reason) => Response.json({ errors: [{ property, reason }] }, { status });

/**
 * @param {{
 *   sdkKey?: string,
 *   sdkSecret?: string,
 *   access?: import('zoom-session-element/server').EventAccess,
 *   lookupSession: import('zoom-session-element/server').EventPolicyOptions['lookupSession'],
 * }} options
 * @returns {(request: Request) => Promise<Response>}
 */
export function indicoTokenHandler({ sdkKey, sdkSecret, access = 'registered', lookupSession }) {
  const handler = createTokenHandler({
    sdkKey,
    sdkSecret,
    maxBodyBytes: MAX_BODY_BYTES,
    authorize: eventPolicy({ cookieName: 'indico_session', access, lookupSession }),
  });
  return async (request) => {
    const eventId = /^\/zoom-token\/([1-9][0-9]{0,17})$/.exec(new URL(request.url).pathname)?.[1];
    if (eventId === undefined) return refuse(404, 'url', 'No such event.');
    if (request.method !== 'POST') return handler(request);
    const body = await readBodyCapped(request, MAX_BODY_BYTES);
    if (body === undefined) return refuse(413, 'body', `The request is larger than ${MAX_BODY_BYTES} bytes.`);
    /** @type {unknown} */
    let sessionName;
    try {
      sessionName = JSON.parse(new TextDecoder().decode(body))?.sessionName;
    } catch {
      return refuse(400, 'body', 'The request must be JSON.');
    }
    // A grant is for a person, not a session: a manager of one event must not host another's.
    // (Per contribution or session block: also accept indico-event-<id>-contribution-<n> and
    // -block-<n>, after asking Indico that they belong to this event.)
    if (sessionName !== `indico-event-${eventId}`) return refuse(400, 'sessionName', 'This is not a session of this event.');
    return handler(new Request(request, { body }));
  };
}
