// Raised hands and host controls in the stage: a keyboard-reachable menu per row (aria-haspopup,
// aria-expanded, arrows, Escape gives focus back), confirmation naming the person, controls only
// for a host or manager, raised hands atop the panel in order with a hand on row and tile, the
// host's Leave choice, and axe clean with a menu open in both color schemes.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { hostEn, hostFr, type HostWords } from '../../../src/element/host-strings.js';
import { en } from '../../../src/element/strings.js';
import { renderHandMark, renderRaisedHands } from '../../../src/element/views/hands.js';
import { HostMenus, type HostSession } from '../../../src/element/views/host-menu.js';
import { renderStage, type StageActions } from '../../../src/element/views/stage.js';
import type { ModerationInfo } from '../../../src/session/slices/moderation.js';
import type { ParticipantInfo } from '../../../src/session/types.js';
import type { ViewHost } from '../../support/view-gallery.host.js';
import * as sample from '../../support/view-gallery.samples.js';
import { $, $$, expectAccessibleInBothSchemes, failOnLitWarnings, mount, nameOf, recorder } from './helpers.js';

const people: ParticipantInfo[] = [
  { userId: 101, name: 'Ada Lovelace', audioMuted: false, videoOn: true, isHost: true, isSelf: true },
  { userId: 102, name: 'Grace Hopper', audioMuted: false, videoOn: true, isHost: false, isSelf: false },
  { userId: 103, name: 'Émilie du Châtelet', audioMuted: true, videoOn: false, isHost: false, isSelf: false },
];

function fakeSession(role: Partial<ModerationInfo>, raisedHands: number[] = []) {
  const calls: string[] = [];
  const session: HostSession = {
    moderation: { isHost: false, isManager: false, managers: [], spotlighted: [], shareLocked: false, chatLocked: false, ...role },
    raisedHands,
    moderate: async (action, userId) => {
      calls.push(userId === undefined ? action : `${action}:${userId}`);
      return true;
    },
    lowerHand: async (target) => void calls.push(`lower:${target}`),
  };
  return { session, calls };
}

async function setup(session: HostSession, w: HostWords = hostEn, width?: number) {
  const ref: { host?: ViewHost } = {};
  const menus = new HostMenus(
    () => ref.host?.requestUpdate(),
    () => ref.host!.renderRoot,
  );
  const { actions } = recorder<StageActions>(['toggleAudio', 'toggleVideo', 'toggleParticipants', 'leave']);
  const leaves: string[] = [];
  const view = () =>
    html`${menus.leave(session, () => leaves.push('leave'), w)}${renderStage(
      sample.withPanel(
        {
          state: 'joined',
          participants: people,
          audioMuted: false,
          videoOn: true,
          panelOpen: true,
          tileExtra: (p) => renderHandMark(p, session.raisedHands, w),
        },
        en,
        {
          rowActions: (p) => html`${renderHandMark(p, session.raisedHands, w)}${menus.row(p, session, w)}`,
          top: renderRaisedHands(people, session.raisedHands, w, menus.everyone(session, w)),
        },
      ),
      actions,
      en,
    )}`;
  const host = (ref.host = await mount(view, width ? { width } : {}));
  return { host, menus, leaves };
}


const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const active = (host: ViewHost) => host.shadowRoot!.activeElement as HTMLElement | null;

describe('host controls view', () => {
  failOnLitWarnings();

  it('shows no menu to someone who is neither host nor manager', async () => {
    const { host } = await setup(fakeSession({}).session);
    expect($$(host, '[part~="host-menu-button"]')).to.have.length(0);
  });

  it('a menu per other row, reached and left with the keyboard', async () => {
    const { session, calls } = fakeSession({ isHost: true });
    const { host } = await setup(session);
    const buttons = $$<HTMLButtonElement>(host, '[part~="host-menu-button"]');
    // The windowed panel's rows: hosts first, then by name.
    expect(buttons.map(nameOf)).to.deep.equal(['Actions for everyone', 'Actions for Émilie du Châtelet', 'Actions for Grace Hopper']);
    const grace = $<HTMLButtonElement>(host, '#menu-102-button');
    expect(grace.getAttribute('aria-haspopup')).to.equal('menu');
    expect(grace.getAttribute('aria-expanded')).to.equal('false');
    grace.focus();
    await sendKeys({ press: 'Enter' });
    await host.updateComplete;
    await frame();
    expect(grace.getAttribute('aria-expanded')).to.equal('true');
    const items = $$(host, '#menu-102 [role=menuitem]');
    expect(items.map(nameOf)).to.deep.equal(['Mute', 'Spotlight video', 'Make host', 'Make manager', 'Remove from session']);
    expect(active(host)).to.equal(items[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(active(host)).to.equal(items[1]);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(active(host), 'wraps around').to.equal(items[4]);
    await sendKeys({ press: 'Escape' });
    await host.updateComplete;
    expect(grace.getAttribute('aria-expanded')).to.equal('false');
    expect($$(host, '[role=menu]')).to.have.length(0);
    expect(active(host), 'focus back on the button').to.equal(grace);
    expect(calls).to.deep.equal([]);
  });

  it('asks before removing, naming the person, and only then removes', async () => {
    const { session, calls } = fakeSession({ isHost: true });
    const { host } = await setup(session);
    $<HTMLButtonElement>(host, '#menu-103-button').click();
    await host.updateComplete;
    expect($$(host, '#menu-103 [role=menuitem]').map(nameOf)).to.deep.equal(['Ask to unmute', 'Make host', 'Make manager', 'Remove from session']);
    $<HTMLButtonElement>(host, '#menu-103 [data-item="remove"]').click();
    await host.updateComplete;
    expect(calls).to.deep.equal([]);
    expect($(host, '#menu-103-confirm').textContent).to.contain('Remove Émilie du Châtelet from the session?');
    expect($(host, '#menu-103').getAttribute('aria-describedby')).to.equal('menu-103-confirm');
    await expectAccessibleInBothSchemes(host);
    $<HTMLButtonElement>(host, '#menu-103 [data-item="confirm"]').click();
    await host.updateComplete;
    expect(calls).to.deep.equal(['remove:103']);
    expect($$(host, '[role=menu]')).to.have.length(0);
  });

  it('a manager gets no host-only items; everyone actions are in the header', async () => {
    const { session, calls } = fakeSession({ isManager: true }, [103]);
    const { host } = await setup(session);
    $<HTMLButtonElement>(host, '#menu-103-button').click();
    await host.updateComplete;
    expect($$(host, '#menu-103 [role=menuitem]').map(nameOf)).to.deep.equal(['Lower hand', 'Ask to unmute', 'Remove from session']);
    $<HTMLButtonElement>(host, '#menu-everyone-button').click();
    await host.updateComplete;
    expect($$(host, '[role=menu]'), 'one menu at a time').to.have.length(1);
    expect($$(host, '#menu-everyone [role=menuitem]').map(nameOf)).to.deep.equal([
      'Lower all hands',
      'Mute everyone',
      'Ask everyone to unmute',
      'Only hosts can share',
      'Turn chat off',
    ]);
    $<HTMLButtonElement>(host, '#menu-everyone [data-item="mute-all"]').click();
    await host.updateComplete;
    expect(calls).to.deep.equal(['mute-all']);
  });

  it('raised hands atop the panel in the order raised, a hand on row and tile, axe clean with a menu open', async () => {
    const { session } = fakeSession({ isHost: true }, [103, 102]);
    const { host } = await setup(session, hostFr);
    expect($$(host, '.raised-list li').map((li) => li.textContent!.trim())).to.deep.equal(['Émilie du Châtelet', 'Grace Hopper']);
    expect($(host, '.raised-hands-title').textContent).to.equal('Mains levées (2)');
    expect($$(host, '.tile [part="hand"]')).to.have.length(2);
    expect($$(host, '.participant [part="hand"]').map(nameOf)).to.deep.equal(['main levée', 'main levée']);
    $<HTMLButtonElement>(host, '#menu-102-button').click();
    await host.updateComplete;
    await expectAccessibleInBothSchemes(host);
  });

  it("the host's Leave offers ending for everyone or leaving; Escape closes it", async () => {
    const { session, calls } = fakeSession({ isHost: true });
    const { host, menus, leaves } = await setup(session);
    menus.showLeaveChoice();
    await host.updateComplete;
    await frame();
    const buttons = $$<HTMLButtonElement>(host, '#leave-choice button');
    expect(buttons.map(nameOf)).to.deep.equal(['End the session for everyone', 'Leave', 'Cancel']);
    expect(active(host), 'Leave, the safe choice, has focus').to.equal(buttons[1]);
    await expectAccessibleInBothSchemes(host);
    buttons[0]!.click();
    buttons[1]!.click();
    expect(calls).to.deep.equal(['end-for-all']);
    expect(leaves).to.deep.equal(['leave']);
    await sendKeys({ press: 'Escape' });
    await host.updateComplete;
    expect($$(host, '#leave-choice')).to.have.length(0);
  });
});
