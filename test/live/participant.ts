/**
 * One participant of the smoke test: a headless Chromium with a fake camera and microphone, on the
 * demo page, driven only through what a page author or a person can reach: the element's
 * attributes and public properties (`state`, `participants`), its DOM events, and its shadow DOM
 * by `part` names (Playwright's CSS selectors pierce open shadow roots). Nothing here knows how
 * the element is built inside.
 *
 * The page also records, from the platform itself, every camera, microphone and screen track it
 * obtains (`getUserMedia`, `getDisplayMedia`, `clone`), so the smoke test can say whether any is
 * still live after leaving.
 */
import type { Browser, Locator, Page } from 'playwright-core';

/** A `zoom-session-*` event the page saw, with its plain fields. */
export interface SeenEvent {
  type: string;
  at: number;
  state?: string;
  step?: string;
  reason?: string;
  code?: string;
  message?: string;
  /** Any other fields (a hand's `userId`, a role), as JSON. */
  extra?: string;
}

export interface LiveTrack {
  kind: string;
  label: string;
}

/** What a participant sees in the participant list. */
export interface ListedParticipant {
  userId: number;
  name: string;
  audioMuted: boolean;
  videoOn: boolean;
  isHost: boolean;
  isSelf: boolean;
}

/** Events the page listens for: today's, and those announced by open issues (hands, roles). */
const EVENT_TYPES = ['state', 'joined', 'left', 'error', 'participants', 'share', 'chat', 'hand', 'role'];

declare global {
  interface Window {
    smokeEvents: SeenEvent[];
    smokeTracks: MediaStreamTrack[];
    smokeSpeaking: Array<{ text: string; at: number }>;
  }
}

/**
 * Runs in the page before any of its scripts. No named functions inside (nor in any function given
 * to `evaluate`): tsx would wrap them in a `__name` helper that does not exist in the page.
 */
function recorders(eventTypes: string[]): void {
  window.smokeEvents = [];
  window.smokeTracks = [];
  window.smokeSpeaking = [];
  for (const type of eventTypes) {
    document.addEventListener(`zoom-session-${type}`, (event) => {
      const e = event as Event & Record<string, unknown>;
      const error = e['error'] as { code?: string; message?: string } | undefined;
      const extra: Record<string, unknown> = {};
      for (const key of Object.keys(e)) {
        if (!['state', 'step', 'reason', 'error', 'participants', 'isTrusted'].includes(key)) extra[key] = e[key];
      }
      window.smokeEvents.push({
        type: e.type,
        at: Date.now(),
        ...(typeof e['state'] === 'string' ? { state: e['state'] } : {}),
        ...(typeof e['step'] === 'string' ? { step: e['step'] } : {}),
        ...(typeof e['reason'] === 'string' ? { reason: e['reason'] } : {}),
        ...(error ? { code: String(error.code), message: String(error.message) } : {}),
        ...(Object.keys(extra).length ? { extra: JSON.stringify(extra) } : {}),
      });
    });
  }
  const media = navigator.mediaDevices;
  if (media) {
    const getUserMedia = media.getUserMedia.bind(media);
    media.getUserMedia = (constraints) =>
      getUserMedia(constraints).then((stream) => {
        window.smokeTracks.push(...stream.getTracks());
        return stream;
      });
    const getDisplayMedia = media.getDisplayMedia?.bind(media);
    if (getDisplayMedia) {
      media.getDisplayMedia = (options) =>
        getDisplayMedia(options).then((stream) => {
          window.smokeTracks.push(...stream.getTracks());
          return stream;
        });
    }
  }
  const clone = MediaStreamTrack.prototype.clone;
  MediaStreamTrack.prototype.clone = function (this: MediaStreamTrack) {
    const copy = clone.call(this);
    window.smokeTracks.push(copy);
    return copy;
  };
}

export class Participant {
  readonly page: Page;
  /** The token the endpoint gave this page (its JWT payload), once asked. */
  readonly tokens: Array<Record<string, unknown>> = [];
  readonly pageErrors: string[] = [];

  private constructor(
    readonly label: string,
    readonly name: string,
    readonly browser: Browser,
    page: Page,
  ) {
    this.page = page;
  }

  /**
   * Opens the page in `browser`. `cookies` are set first (the host's grant travels as a cookie the
   * smoke test's token policy reads).
   */
  static async open(options: {
    label: string;
    name: string;
    browser: Browser;
    url: string;
    cookies?: Array<{ name: string; value: string }>;
  }): Promise<Participant> {
    const context = await options.browser.newContext({ viewport: { width: 1280, height: 900 } });
    if (options.cookies?.length) {
      await context.addCookies(options.cookies.map((c) => ({ ...c, url: options.url })));
    }
    const page = await context.newPage();
    const participant = new Participant(options.label, options.name, options.browser, page);
    await page.addInitScript(recorders, EVENT_TYPES);
    page.on('pageerror', (error) => participant.pageErrors.push(error.message));
    page.on('response', (response) => {
      if (new URL(response.url()).pathname !== '/api/token' || response.request().method() !== 'POST') return;
      void response
        .json()
        .then((body: { signature?: string }) => {
          const payload = body.signature?.split('.')[1];
          if (payload) participant.tokens.push(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
        })
        .catch(() => undefined);
    });
    await page.goto(options.url);
    await page.waitForFunction(() => customElements.get('zoom-session') !== undefined);
    return participant;
  }

  /** The element. */
  get element(): Locator {
    return this.page.locator('zoom-session');
  }

  /** Everything in the element's shadow DOM with this `part` name. */
  part(name: string): Locator {
    return this.element.locator(`[part~="${name}"]`);
  }

  /** The tile of the participant named `name` (matched in its name label). */
  tile(name: string): Locator {
    return this.part('tile').filter({ has: this.page.locator('[part~="tile-name"]', { hasText: name }) });
  }

  /** The row of the participant named `name` in the participants panel. */
  row(name: string): Locator {
    return this.part('participant').filter({ hasText: name });
  }

  /** The element's `state` attribute; `(no answer)` when the page is too busy to say within 5 s. */
  async state(): Promise<string> {
    return this.element.getAttribute('state', { timeout: 5000 }).then(
      (state) => state ?? '(none)',
      () => '(no answer)',
    );
  }

  /** Sets (or, with `null`, removes) one of the element's attributes. */
  async setAttribute(name: string, value: string | null): Promise<void> {
    await this.element.evaluate(
      (el, [n, v]) => (v === null ? el.removeAttribute(n!) : el.setAttribute(n!, v)),
      [name, value] as const,
    );
  }

  /** The element's `participants` property. */
  async participants(): Promise<ListedParticipant[]> {
    return this.element.evaluate((el) =>
      [...((el as unknown as { participants?: readonly ListedParticipant[] }).participants ?? [])].map((p) => ({
        userId: p.userId,
        name: p.name,
        audioMuted: p.audioMuted,
        videoOn: p.videoOn,
        isHost: p.isHost,
        isSelf: p.isSelf,
      })),
    );
  }

  async events(): Promise<SeenEvent[]> {
    return this.page.evaluate(() => window.smokeEvents);
  }

  /** The last `zoom-session-error` the page saw, as `code: message`. */
  async lastError(): Promise<string | undefined> {
    const errors = (await this.events()).filter((e) => e.type === 'zoom-session-error');
    const last = errors.at(-1);
    return last ? `${last.code}: ${last.message}` : undefined;
  }

  /** Camera, microphone and screen tracks this page obtained that are still live. */
  async liveTracks(): Promise<LiveTrack[]> {
    return this.page.evaluate(() =>
      window.smokeTracks.filter((t) => t.readyState === 'live').map((t) => ({ kind: t.kind, label: t.label })),
    );
  }

  /**
   * The first element with this part once it is in the element; else an error naming the part and
   * the element's state, which says more than a locator's timeout.
   */
  async control(part: string, timeout: number): Promise<Locator> {
    const locator = this.part(part).first();
    try {
      await locator.waitFor({ state: 'attached', timeout });
    } catch {
      throw new Error(`${this.label} has no [part~="${part}"] (state ${await this.state()})`);
    }
    return locator;
  }

  /** Presses a toggle (by part) until its `aria-pressed` is `pressed`. */
  async setToggle(part: string, pressed: boolean, timeout: number): Promise<void> {
    const button = await this.control(part, timeout);
    if ((await button.getAttribute('aria-pressed', { timeout })) !== String(pressed)) await button.click({ timeout });
    await this.page
      .waitForFunction(
        ([part, pressed]) => {
          const root = document.querySelector('zoom-session')?.shadowRoot;
          return root?.querySelector(`[part~="${part}"]`)?.getAttribute('aria-pressed') === pressed;
        },
        [part, String(pressed)] as const,
        { timeout },
      )
      .catch(() => {
        throw new Error(`${this.label}'s ${part} did not turn ${pressed ? 'on' : 'off'}`);
      });
  }

  /** Opens the participants or the chat panel (one shows at a time). */
  async openPanel(kind: 'participants' | 'chat', timeout: number): Promise<void> {
    const button = await this.control(`${kind}-button`, timeout);
    if ((await button.getAttribute('aria-pressed', { timeout })) !== 'true') await button.click({ timeout });
    await this.part(`${kind}-panel`)
      .first()
      .waitFor({ state: 'visible', timeout })
      .catch(() => {
        throw new Error(`${this.label}'s ${kind} panel did not open`);
      });
  }

  /**
   * Starts noting every tile that shows as speaking (`tile-speaking`), with its name label's text,
   * from now on: the speaking highlight comes and goes, so it is watched, not polled.
   */
  async watchSpeaking(): Promise<void> {
    await this.element.evaluate((el) => {
      const root = el.shadowRoot as (ShadowRoot & { smokeWatched?: MutationObserver }) | null;
      if (!root || root.smokeWatched) return;
      root.smokeWatched = new MutationObserver(() => {
        for (const tile of root.querySelectorAll('[part~="tile-speaking"]')) {
          const text = tile.querySelector('[part~="tile-name"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
          window.smokeSpeaking.push({ text, at: Date.now() });
        }
      });
      root.smokeWatched.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['part'] });
    });
  }

  /**
   * Whether the tile named `name` showed as speaking since `since` (ms since the epoch), or shows
   * so now: Zoom names the active speaker when it changes, so the highlight may already be there.
   */
  async sawSpeaking(name: string, since: number): Promise<boolean> {
    return this.element.evaluate(
      (el, [name, since]) =>
        window.smokeSpeaking.some((s) => s.at >= since && s.text.includes(name)) ||
        [...(el.shadowRoot?.querySelectorAll('[part~="tile-speaking"] [part~="tile-name"]') ?? [])].some((n) =>
          (n.textContent ?? '').includes(name),
        ),
      [name, since] as const,
    );
  }

  /** A PNG of the element as the participant sees it. */
  async screenshot(path: string): Promise<void> {
    await this.element.screenshot({ path, timeout: 5000, animations: 'disabled' });
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
  }
}
