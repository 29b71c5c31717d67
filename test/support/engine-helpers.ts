/**
 * Helpers shared by the tests of the session engine's core and of each slice: a controller over the
 * fake SDK, a joined session with others in it, a share slot, and the check that a slice adds and
 * removes exactly its own SDK listeners.
 */
import { expect } from '@open-wc/testing';
import { SessionController, type SessionSlices } from '../../src/session/session-controller.js';
import { FakeZoom, participant } from './fake-zoom.js';
import { TestHost, joinOptions, recordingProvider, type RecordingProvider } from './session-helpers.js';

export interface Setup {
  host: TestHost;
  fake: FakeZoom;
  tokens: RecordingProvider;
  session: SessionController;
}

/** A controller over a fresh fake SDK, not joined. */
export function setup(
  options: { tokens?: RecordingProvider; joinTimeoutMs?: number; assets?: string; loadTimeoutMs?: number; initTimeoutMs?: number } = {},
): Setup {
  const host = new TestHost();
  const fake = new FakeZoom();
  const tokens = options.tokens ?? recordingProvider();
  const session = new SessionController(host, {
    clientLoader: fake.loader,
    tokenProvider: tokens.provider,
    assets: options.assets ?? '/sdk/lib',
    joinTimeoutMs: options.joinTimeoutMs ?? 2000,
    ...(options.loadTimeoutMs === undefined ? {} : { loadTimeoutMs: options.loadTimeoutMs }),
    ...(options.initTimeoutMs === undefined ? {} : { initTimeoutMs: options.initTimeoutMs }),
  });
  return { host, fake, tokens, session };
}

export const GRACE = { userId: 200, name: 'Grace Hopper' };
export const LINUS = { userId: 300, name: 'Linus Torvalds' };

/** Joined, with Grace (video on) and Linus in the session (or nobody else with `users: false`). */
export async function joined(options: { users?: boolean } = {}): Promise<Setup> {
  const s = setup();
  if (options.users !== false) {
    s.fake.users = [participant(GRACE.userId, GRACE.name, { bVideoOn: true }), participant(LINUS.userId, LINUS.name)];
  }
  expect(await s.session.join(joinOptions())).to.equal(true);
  return s;
}

export const states = (host: TestHost) => host.of('zoom-session-state').map((e) => (e.step ? `${e.state}:${e.step}` : e.state));
export const errors = (host: TestHost) => host.of('zoom-session-error').map((e) => e.error.code);

/** Nothing of the SDK is left behind: no listener, no camera or microphone track. */
export function expectClean(fake: FakeZoom): void {
  expect(fake.listenerCount, 'SDK listeners left').to.equal(0);
  expect(fake.liveTracks, 'camera/microphone tracks left').to.equal(0);
}

const containers: HTMLElement[] = [];

/** A slot as the views render one: a `<div>` in a `<video-player-container>` of its own, on the page. */
export function playerSlot(): HTMLElement {
  const container = document.createElement('video-player-container');
  const slot = document.createElement('div');
  container.append(slot);
  document.body.append(container);
  containers.push(container);
  return slot;
}

/** Takes every slot `playerSlot` made off the page (call it in `afterEach`). */
export function removeSlots(): void {
  for (const c of containers.splice(0)) c.remove();
}

/**
 * The test every slice has: a join adds exactly the SDK listeners the slice names (the functions it
 * names, one each), its `unlisten()` removes exactly those and nobody else's, and the session's
 * end removes the rest.
 */
export function itOwnsItsListeners(name: keyof SessionSlices, events: readonly string[]): void {
  const what = events.length === 0 ? 'no SDK listener' : events.join(', ');
  it(`adds exactly its own SDK listeners (${what}) and removes exactly those`, async () => {
    const { fake, session } = await joined();
    const slice = session.slices[name];
    const listeners = slice.sdkListeners();
    expect(Object.keys(listeners).sort()).to.deep.equal([...events].sort());
    expect(slice.listening).to.equal(events.length);
    for (const event of events) {
      expect(fake.listeners.get(event)?.has(listeners[event] as never), `${event} added`).to.equal(true);
    }
    const all = fake.listenerCount;
    slice.unlisten();
    expect(fake.listenerCount, 'only its own removed').to.equal(all - events.length);
    for (const event of events) {
      expect(fake.listeners.get(event)?.has(listeners[event] as never) ?? false, `${event} removed`).to.equal(false);
    }
    const others = Object.values(session.slices).filter((s) => s !== slice);
    expect(
      others.reduce((n, s) => n + s.listening, 1), // every other slice's, and the core's connection-change
      "everyone else's stay",
    ).to.equal(fake.listenerCount);
    await session.leave();
    expect(fake.listenerCount).to.equal(0);
    expect(slice.listening).to.equal(0);
  });
}
