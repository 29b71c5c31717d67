// @ts-check
/**
 * The token endpoint inside an Express app (Express 4 or 5), for pages whose users sign in to the
 * same site: event managers get host tokens, signed-in attendees participant tokens.
 *
 *   npm i express zoom-session-element
 *   ZOOM_VIDEO_SDK_KEY=... ZOOM_VIDEO_SDK_SECRET=... node express-server.js
 *
 * Type-checked in this repository with `npx tsc -p docs/examples`; not run by the tests.
 */
import express from 'express';
// On Node, the handler from server/node signs with node:crypto: the same tokens, less CPU each.
import { createTokenHandler, eventPolicy, toNodeListener } from 'zoom-session-element/server/node';

/**
 * Stands in for your site's session store: look the session cookie up wherever your site keeps
 * sessions (a database, Redis, your framework's session API).
 * @param {string} sessionId
 * @returns {Promise<import('zoom-session-element/server').EventSession | null>}
 */
async function lookupSession(sessionId) {
  const sessions = new Map([['example-session-id', { userId: 42, isManager: false, isAttendee: true }]]);
  return sessions.get(sessionId) ?? null;
}

// Created once, at start-up: a missing ZOOM_VIDEO_SDK_KEY / ZOOM_VIDEO_SDK_SECRET stops the app
// here with a clear message, instead of failing on the first join.
const tokens = toNodeListener(
  createTokenHandler({
    authorize: eventPolicy({ cookieName: 'session', lookupSession }),
    // Only needed when the event page is on another origin than this app.
    allowedOrigins: ['https://events.example.org'],
  }),
);

const app = express();
// Mounted before any body parser: the handler reads the body itself, up to its size limit.
// `all`, so that preflights (OPTIONS) reach it and other methods get its 405.
app.all('/api/token', tokens);
app.use(express.json()); // the rest of your app
app.listen(Number(process.env['PORT'] ?? 3000));
