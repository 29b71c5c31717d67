/**
 * The eight checks of the live smoke test. Each reads only what a person or a page author can:
 * the element's `state` attribute, its `participants` property, its `zoom-session-*` events, its
 * shadow DOM by `part` name, the page's pixels and the page's own media tracks. So they keep
 * working while the element's insides change; a renamed part is a change of the element's public
 * surface, and the smoke test says which part it no longer finds.
 */
import type { Locator } from 'playwright-core';
import type { Participant } from './participant.js';
import { changedShare, decodePng, lightStats, type LightStats } from './png.js';
import { Deadline, firstLine, seconds, until, type CheckStatus } from './report.js';

export interface SmokeContext {
  /** The participants; the first is the host. */
  people: Participant[];
  sessionName: string;
  passcode: string;
  /** Writes a screenshot of every participant, named with `tag`. */
  screenshots(tag: string): Promise<void>;
}

export interface CheckOutcome {
  status: CheckStatus;
  detail: string;
  skipped?: string[];
}

export interface Check {
  id: number;
  title: string;
  /** Seconds, before the run's scale. */
  timeout: number;
  /** Seconds in an offline rehearsal, where joins fail at once (default a tenth of `timeout`). */
  rehearsalTimeout?: number;
  run(ctx: SmokeContext, deadline: Deadline): Promise<CheckOutcome>;
}

/** Share of a remote tile that must be lit for its video to count as shown. */
const LIT_VIDEO = 0.5;
/** Share of the share view that must be lit (a screen may be letterboxed). */
const LIT_SHARE = 0.3;
/** "Within a few seconds": how long a change may take to reach the others. */
const PROPAGATION_MS = 10_000;

const list = (names: string[]) => names.join(', ');
const others = (ctx: SmokeContext, p: Participant) => ctx.people.filter((q) => q !== p);

async function snapshot(locator: Locator, deadline: Deadline): Promise<{ stats: LightStats; png: Buffer }> {
  const png = await locator.screenshot({ timeout: deadline.left(), animations: 'disabled' });
  return { stats: lightStats(decodePng(png)), png };
}

/** Samples `locator` until at least `share` of it is lit; returns what it saw last. */
async function waitLit(locator: Locator, share: number, deadline: Deadline): Promise<{ stats: LightStats; moving: boolean }> {
  let last: LightStats | undefined;
  const first = await until(
    `never lit`,
    deadline,
    async () => {
      const shot = await snapshot(locator.first(), deadline);
      last = shot.stats;
      return shot.stats.lit >= share ? shot : undefined;
    },
    async () => (last ? `${Math.round(last.lit * 100)}% lit, mean ${last.mean}` : 'no screenshot could be taken'),
    1000,
  );
  // A second look: a live camera moves (the fake one draws a clock and a turning shape).
  await new Promise((resolve) => setTimeout(resolve, 700));
  const second = await snapshot(locator.first(), deadline).catch(() => undefined);
  const moving = second ? changedShare(decodePng(first.png), decodePng(second.png)) > 0.0005 : false;
  return { stats: first.stats, moving };
}

async function listed(p: Participant, name: string): Promise<boolean> {
  return (await p.participants()).some((q) => q.name === name);
}

async function find(p: Participant, name: string) {
  return (await p.participants()).find((q) => q.name === name);
}

/** Waits until `p` is `joined` (or says why not). */
async function join(ctx: SmokeContext, p: Participant, host: boolean, deadline: Deadline): Promise<number> {
  const started = Date.now();
  await p.setAttribute('session-name', ctx.sessionName);
  await p.setAttribute('passcode', ctx.passcode);
  await p.setAttribute('session-role', host ? 'host' : 'participant');
  await p.setAttribute('user-name', null);
  const field = p.element.locator('input#userName');
  await field.fill(p.name, { timeout: deadline.left() }).catch(() => {
    throw new Error(`${p.label}'s form has no user name field (#userName)`);
  });
  await (await p.control('join-button', deadline.left())).click({ timeout: deadline.left() });
  const state = await until(
    `${p.label} did not reach joined`,
    deadline,
    async () => {
      const s = await p.state();
      return s === 'joined' || s === 'failed' ? s : undefined;
    },
    async () => `state ${await p.state()}`,
  );
  if (state === 'failed') throw new Error(`${p.label} failed to join: ${(await p.lastError()) ?? 'no error event'}`);
  return Date.now() - started;
}

const joinAll: Check = {
  id: 1,
  title: 'all join, each sees the others',
  timeout: 90,
  // Loading the SDK and failing the join takes seconds on a busy machine.
  rehearsalTimeout: 60,
  async run(ctx, deadline) {
    const [host, ...rest] = ctx.people;
    const failures: string[] = [];
    const times: string[] = [];
    // The host first, so the session exists with its host; then the others together. A host join
    // that hangs leaves the others time to try.
    await join(ctx, host!, true, deadline.within(Math.round(deadline.ms * 0.6))).then(
      (ms) => times.push(`${host!.label} ${seconds(ms)}`),
      (error: unknown) => failures.push(firstLine(error)),
    );
    await Promise.all(
      rest.map((p) =>
        join(ctx, p, false, deadline).then(
          (ms) => times.push(`${p.label} ${seconds(ms)}`),
          (error: unknown) => failures.push(firstLine(error)),
        ),
      ),
    );
    if (failures.length > 0) return { status: 'fail', detail: failures.join('; ') };
    for (const p of ctx.people) {
      await p.openPanel('participants', deadline.left());
      for (const q of others(ctx, p)) {
        await until(
          `${p.label}'s participant list never showed ${q.label}`,
          deadline,
          async () => (await p.row(q.name).count()) > 0 && (await listed(p, q.name)),
          async () => `it lists ${list((await p.participants()).map((x) => x.name))}`,
        );
      }
      await p.watchSpeaking();
    }
    await ctx.screenshots('01-joined');
    return {
      status: 'pass',
      detail: `joined (${list(times)}); each lists the other ${ctx.people.length - 1} in its participants panel`,
    };
  },
};

const remoteVideo: Check = {
  id: 2,
  title: 'each remote camera renders',
  timeout: 45,
  async run(ctx, deadline) {
    const seen: string[] = [];
    let still = 0;
    for (const p of ctx.people) {
      for (const q of others(ctx, p)) {
        const tile = p.tile(q.name);
        const { stats, moving } = await waitLit(tile, LIT_VIDEO, deadline).catch((error: Error) => {
          throw new Error(`${q.label}'s tile on ${p.label}'s page: ${error.message}`);
        });
        if (!moving) still++;
        seen.push(`${q.label}→${p.label} ${Math.round(stats.lit * 100)}%`);
      }
    }
    return {
      status: 'pass',
      detail: `every remote tile is lit (${list(seen)} of pixels)${still ? `; ${still} did not move between two looks` : ', and moving'}`,
    };
  },
};

const audioLevel: Check = {
  id: 3,
  title: "a remote's microphone lights its tile",
  timeout: 75,
  async run(ctx, deadline) {
    const heard: string[] = [];
    try {
      // One speaker at a time, the others muted, so Zoom's active speaker can only be the speaker.
      for (const speaker of ctx.people) {
        const round = deadline.within(25_000);
        for (const p of others(ctx, speaker)) await p.setToggle('microphone-button', false, round.left());
        await speaker.setToggle('microphone-button', true, round.left());
        const since = Date.now();
        for (const p of others(ctx, speaker)) {
          await until(`${p.label} never saw ${speaker.label}'s tile as speaking while its fake microphone beeped`, round, () =>
            p.sawSpeaking(speaker.name, since),
          );
        }
        heard.push(`${speaker.label} ${seconds(Date.now() - since)}`);
      }
    } finally {
      for (const p of ctx.people) await p.setToggle('microphone-button', true, deadline.within(5000).left()).catch(() => undefined);
    }
    return { status: 'pass', detail: `each speaker's tile showed as speaking on every other page (${list(heard)})` };
  },
};

/** Waits until every other page sees `actor` as `want` says; returns the slowest time. */
async function propagated(
  ctx: SmokeContext,
  actor: Participant,
  what: string,
  want: (p: Participant) => Promise<boolean>,
  deadline: Deadline,
): Promise<string> {
  const since = Date.now();
  const window = deadline.within(PROPAGATION_MS);
  for (const p of others(ctx, actor)) {
    await until(`${p.label} did not see ${actor.label} ${what} within ${seconds(PROPAGATION_MS)}`, window, () => want(p));
  }
  return `${what} ${seconds(Date.now() - since)}`;
}

const muteAndCamera: Check = {
  id: 4,
  title: 'mute and camera off reach the others',
  timeout: 50,
  async run(ctx, deadline) {
    const actor = ctx.people[1]!;
    const times: string[] = [];
    const tileAvatar = (p: Participant) => p.tile(actor.name).locator('[part~="avatar"]');
    await actor.setToggle('microphone-button', false, deadline.left());
    times.push(await propagated(ctx, actor, 'muted', async (p) => (await find(p, actor.name))?.audioMuted === true, deadline));
    await actor.setToggle('camera-button', false, deadline.left());
    times.push(
      await propagated(
        ctx,
        actor,
        'camera off',
        async (p) => (await find(p, actor.name))?.videoOn === false && (await tileAvatar(p).isVisible()),
        deadline,
      ),
    );
    await actor.setToggle('microphone-button', true, deadline.left());
    await actor.setToggle('camera-button', true, deadline.left());
    times.push(
      await propagated(
        ctx,
        actor,
        'back on',
        async (p) => {
          const seen = await find(p, actor.name);
          return seen?.audioMuted === false && seen.videoOn === true && !(await tileAvatar(p).isVisible());
        },
        deadline,
      ),
    );
    return { status: 'pass', detail: `${actor.label}'s changes reached the others: ${list(times)} (slowest page)` };
  },
};

/**
 * The host's control to mute `target`, when the element has one: a control in the target's row of
 * the host's participants panel whose part names muting, or a menu there (a part naming a menu, or
 * `aria-haspopup`) that holds one. Undefined when there is none.
 */
async function hostMuteControl(host: Participant, target: Participant, deadline: Deadline): Promise<Locator | undefined> {
  const mutePart = /(^|[\s-])mute(-|\s|$)/;
  const isMute = async (l: Locator) => {
    const part = (await l.getAttribute('part')) ?? '';
    return mutePart.test(part) && !/unmute|all/.test(part);
  };
  await host.openPanel('participants', deadline.left());
  const row = host.row(target.name);
  for (const control of await row.locator('button, [role="menuitem"]').all()) {
    if (await isMute(control)) return control;
  }
  const menu = row.locator('[part*="menu"], [aria-haspopup]').first();
  if ((await menu.count()) === 0) return undefined;
  await menu.click({ timeout: deadline.left() });
  for (const item of await host.element.locator('[part][role="menuitem"], [part*="menu"] button, [part*="menu"] [part]').all()) {
    if ((await item.isVisible()) && (await isMute(item))) return item;
  }
  for (const item of await host.element.getByRole('menuitem', { name: /^mute\b/i }).all()) {
    if (await item.isVisible()) return item;
  }
  await host.page.keyboard.press('Escape');
  return undefined;
}

const hostControls: Check = {
  id: 5,
  title: 'host mutes a participant; raised hand reaches the host',
  timeout: 50,
  async run(ctx, deadline) {
    const [host, target] = ctx.people as [Participant, Participant];
    const skipped: string[] = [];
    const done: string[] = [];
    const roles = ctx.people.map((p) => `${p.label}:${String(p.tokens.at(-1)?.['role_type'] ?? '?')}`);
    if (host.tokens.at(-1)?.['role_type'] !== 1 || others(ctx, host).some((p) => p.tokens.at(-1)?.['role_type'] !== 0)) {
      return { status: 'fail', detail: `the token policy did not grant host to ${host.label} alone (role_type ${list(roles)})` };
    }
    for (const p of others(ctx, host)) {
      await p.openPanel('participants', deadline.left());
      await p.row(host.name).locator('[part~="host-badge"]').waitFor({ state: 'visible', timeout: deadline.left() }).catch(() => {
        throw new Error(`${p.label}'s participants panel shows no Host badge for ${host.label} (tokens: role_type ${list(roles)})`);
      });
    }
    done.push(`${host.label} is host for everyone (role_type ${list(roles)})`);

    const mute = await hostMuteControl(host, target, deadline);
    if (!mute) {
      skipped.push("host mutes a participant: the host's participants panel has no mute control yet");
    } else {
      await target.setToggle('microphone-button', true, deadline.left());
      const since = Date.now();
      await mute.click({ timeout: deadline.left() });
      await until(`${target.label}'s microphone button did not show muted after the host muted it`, deadline.within(PROPAGATION_MS), async () =>
        (await target.part('microphone-button').first().getAttribute('aria-pressed')) === 'false',
      );
      done.push(`the host muted ${target.label} in ${seconds(Date.now() - since)}`);
      await target.setToggle('microphone-button', true, deadline.left()).catch(() => undefined);
    }

    const hand = target.part('controls').locator('button[part*="hand"]').first();
    if ((await hand.count()) === 0) {
      skipped.push('raised hands: the control bar has no raise-hand button yet');
    } else {
      const since = Date.now();
      await hand.click({ timeout: deadline.left() });
      await until(`the host saw no raised hand from ${target.label}`, deadline.within(PROPAGATION_MS), async () => {
        const events = (await host.events()).filter((e) => e.type === 'zoom-session-hand' && e.at >= since);
        const shown =
          (await host.tile(target.name).locator('[part*="hand"]').count()) + (await host.row(target.name).locator('[part*="hand"]').count());
        return events.length > 0 || shown > 0;
      });
      done.push(`${target.label}'s raised hand reached the host in ${seconds(Date.now() - since)}`);
      await hand.click({ timeout: deadline.left() }).catch(() => undefined);
    }
    return { status: 'pass', detail: done.join('; '), skipped };
  },
};

const screenShare: Check = {
  id: 6,
  title: 'screen share shows on the others',
  timeout: 45,
  async run(ctx, deadline) {
    const sharer = ctx.people[1]!;
    const button = await sharer.control('share-button', deadline.left());
    if ((await button.getAttribute('aria-disabled')) === 'true') {
      return { status: 'fail', detail: `${sharer.label}'s Share button says this browser cannot share its screen` };
    }
    const since = Date.now();
    await sharer.setToggle('share-button', true, deadline.left());
    const seen: string[] = [];
    try {
      for (const p of others(ctx, sharer)) {
        await p.part('share').first().waitFor({ state: 'visible', timeout: deadline.left() });
        const { stats } = await waitLit(p.part('share-container'), LIT_SHARE, deadline).catch((error: Error) => {
          throw new Error(`the share on ${p.label}'s page: ${error.message}`);
        });
        seen.push(`${p.label} ${seconds(Date.now() - since)}, ${Math.round(stats.lit * 100)}% lit`);
      }
      await ctx.screenshots('06-sharing');
    } finally {
      await sharer.setToggle('share-button', false, deadline.within(10_000).left()).catch(() => undefined);
    }
    for (const p of others(ctx, sharer)) {
      await p.part('share').first().waitFor({ state: 'hidden', timeout: deadline.left() }).catch(() => {
        throw new Error(`the share stayed on ${p.label}'s page after ${sharer.label} stopped it`);
      });
    }
    return { status: 'pass', detail: `${sharer.label}'s screen showed on ${list(seen)}; gone everywhere after Stop` };
  },
};

async function sendChat(p: Participant, text: string, deadline: Deadline): Promise<void> {
  await p.openPanel('chat', deadline.left());
  await (await p.control('chat-input', deadline.left())).fill(text, { timeout: deadline.left() });
  await (await p.control('chat-send-button', deadline.left())).click({ timeout: deadline.left() });
}

async function seesChat(p: Participant, text: string, deadline: Deadline): Promise<void> {
  await p.openPanel('chat', deadline.left());
  await p.part('chat-text').filter({ hasText: text }).first().waitFor({ state: 'visible', timeout: deadline.left() });
}

const chat: Check = {
  id: 7,
  title: 'chat round-trips',
  timeout: 30,
  async run(ctx, deadline) {
    const [sender, replier] = ctx.people as [Participant, Participant];
    const stamp = Math.random().toString(36).slice(2, 8);
    const hello = `smoke hello ${stamp} from ${sender.label}`;
    const reply = `smoke reply ${stamp} from ${replier.label}`;
    let since = Date.now();
    await sendChat(sender, hello, deadline);
    for (const p of others(ctx, sender)) {
      await seesChat(p, hello, deadline).catch(() => {
        throw new Error(`${p.label} never showed ${sender.label}'s message`);
      });
    }
    const out = seconds(Date.now() - since);
    since = Date.now();
    await sendChat(replier, reply, deadline);
    await seesChat(sender, reply, deadline).catch(() => {
      throw new Error(`${sender.label} never showed ${replier.label}'s reply`);
    });
    await ctx.screenshots('07-chat');
    return { status: 'pass', detail: `${sender.label}'s message reached everyone in ${out}, ${replier.label}'s reply came back in ${seconds(Date.now() - since)}` };
  },
};

/** Presses Leave; when Leave offers a choice (a host may end the session for all), takes plain leave. */
async function leave(p: Participant, deadline: Deadline): Promise<void> {
  await (await p.control('leave-button', deadline.left())).click({ timeout: deadline.left() });
  await until(
    `${p.label} did not reach left`,
    deadline,
    async () => {
      const state = await p.state();
      if (state === 'left') return true;
      if (state === 'joined') {
        const choice = p.element.locator('[part*="leave"]:not([part~="leave-button"]):not([part*="end"])').first();
        if (await choice.isVisible()) await choice.click({ timeout: 2000 }).catch(() => undefined);
      }
      return false;
    },
    async () => `state ${await p.state()}`,
  );
}

async function noLiveTracks(p: Participant, deadline: Deadline): Promise<void> {
  let live: Array<{ kind: string; label: string }> = [];
  await until(
    `${p.label}'s page still has live tracks`,
    deadline.within(10_000),
    async () => (live = await p.liveTracks()).length === 0,
    async () => live.map((t) => `${t.kind} "${t.label}"`).join(', '),
  );
}

const leaveClean: Check = {
  id: 8,
  title: 'leave: the others see it, no live track left',
  timeout: 50,
  async run(ctx, deadline) {
    const leaver = ctx.people.at(-1)!;
    const rest = ctx.people.slice(0, -1);
    const since = Date.now();
    await leave(leaver, deadline);
    for (const p of rest) {
      await until(`${p.label} still lists ${leaver.label}`, deadline.within(PROPAGATION_MS), async () =>
        !(await listed(p, leaver.name)) && (await p.tile(leaver.name).count()) === 0,
      );
    }
    const gone = seconds(Date.now() - since);
    await noLiveTracks(leaver, deadline);
    // The others leave too, the host last, and nothing may stay live in any page.
    for (const p of [...rest].reverse()) await leave(p, deadline);
    for (const p of rest) await noLiveTracks(p, deadline);
    await ctx.screenshots('08-left');
    return {
      status: 'pass',
      detail: `${leaver.label} left and was gone from the others within ${gone}; after everyone left, no camera, microphone or screen track is live`,
    };
  },
};

export const CHECKS: readonly Check[] = [joinAll, remoteVideo, audioLevel, muteAndCamera, hostControls, screenShare, chat, leaveClean];
