/**
 * One `<zoom-session>` on the fake SDK, made the way the element tests make it: a wrapper `<div>`
 * in the test's fixture, the element parsed into it with `innerHTML` (so it is connected and
 * upgraded at once), then `clientLoader` and `tokenProvider` set, then its `zoom-session-error`
 * codes recorded. Tests that need something else (two elements, an element created and appended
 * later, properties set before it is connected) make their own.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { ZoomSession } from '../../src/element/zoom-session.js';
import type { TokenProvider } from '../../src/token/types.js';
import { FakeZoom } from './fake-zoom.js';
import { recordingProvider } from './session-helpers.js';

/** The attributes an element gets unless a test says otherwise. */
export const ADA_IN_PLENARY = 'session-name="Plenary" user-name="Ada"';

export interface ZoomSessionFixtureOptions {
  /** The wrapper's width in pixels (`<div style="width: Npx">`); none: a plain `<div>`. */
  width?: number;
  /** All the element's attributes (default `ADA_IN_PLENARY`; add `no-preview` and the rest yourself). */
  attributes?: string;
  /** The fake SDK, when the test scripts it first (default a new one). */
  fake?: FakeZoom;
  /** The token provider (default a `recordingProvider()`'s); `null` sets none (the element's own, from `token-endpoint`). */
  provider?: TokenProvider | null;
}

export interface ZoomSessionFixture {
  el: ZoomSession;
  fake: FakeZoom;
  wrapper: HTMLDivElement;
  /** The codes of the element's `zoom-session-error` events, in order. */
  errors: string[];
}

async function mount(options: ZoomSessionFixtureOptions): Promise<ZoomSessionFixture> {
  const fake = options.fake ?? new FakeZoom();
  const wrapper = await fixture<HTMLDivElement>(
    options.width === undefined ? html`<div></div>` : html`<div style="width: ${options.width}px"></div>`,
  );
  wrapper.innerHTML = `<zoom-session ${options.attributes ?? ADA_IN_PLENARY}></zoom-session>`;
  const el = wrapper.querySelector('zoom-session')!;
  el.clientLoader = fake.loader;
  const provider = options.provider === undefined ? recordingProvider().provider : options.provider;
  if (provider) el.tokenProvider = provider;
  const errors: string[] = [];
  el.addEventListener('zoom-session-error', (e) => errors.push(e.error.code));
  return { el, fake, wrapper, errors };
}

/** A `<zoom-session>` on the fake SDK, rendered (`updateComplete` awaited), not joined. */
export async function zoomSessionFixture(options: ZoomSessionFixtureOptions = {}): Promise<ZoomSessionFixture> {
  const made = await mount(options);
  await made.el.updateComplete;
  return made;
}

/** A `<zoom-session>` on the fake SDK that has joined: `join()` is called at once (no render awaited first) and must resolve true. */
export async function joinedFixture(options: ZoomSessionFixtureOptions = {}): Promise<ZoomSessionFixture> {
  const made = await mount(options);
  expect(await made.el.join()).to.equal(true);
  return made;
}
