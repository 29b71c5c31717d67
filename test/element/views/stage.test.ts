import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { en, fr } from '../../../src/element/strings.js';
import { STAGE_IDS } from '../../../src/element/views/call-ids.js';
import { AUTOFOCUS_SELECTOR, videoSlotSelector } from '../../../src/element/views/shared.js';
import { renderStage, type StageActions, type StageModel } from '../../../src/element/views/stage.js';
import * as sample from '../../support/view-gallery.samples.js';
import {
  $,
  $$,
  expectAccessibleInBothSchemes,
  failOnLitWarnings,
  mount,
  nameOf,
  recorder,
  rerender,
  tabStops,
} from './helpers.js';

const ACTIONS: (keyof StageActions)[] = ['toggleAudio', 'toggleVideo', 'toggleParticipants', 'leave'];

async function setup(model: StageModel, strings = en, width?: number) {
  const { actions, calls } = recorder<StageActions>(ACTIONS);
  const host = await mount(() => renderStage(sample.withPanel(model, strings), actions, strings), width ? { width } : {});
  return { host, calls, actions };
}

describe('call view (stage)', () => {
  failOnLitWarnings();

  it('renders one tile per participant, self first, inside the <video-player-container>', async () => {
    const reversed = [...sample.people].reverse();
    const { host } = await setup(sample.stage({ participants: reversed }));
    const container = $(host, `#${STAGE_IDS.videoContainer}`);
    expect(container.localName).to.equal('video-player-container');
    const tiles = [...container.querySelectorAll<HTMLElement>('[part~="tile"]')];
    expect(tiles.map((t) => t.dataset.userId)).to.deep.equal(['101', '104', '103', '102']);
    for (const tile of tiles) {
      const slot = tile.querySelector<HTMLElement>(videoSlotSelector(Number(tile.dataset.userId)))!;
      expect(slot.getAttribute('part')).to.equal('video-slot');
      expect(slot.childNodes).to.have.length(0);
    }
    expect(tiles[0]!.getAttribute('part')).to.equal('tile tile-self');
    expect(tiles[0]!.querySelector('.name')!.textContent).to.equal('Ada Lovelace (you)');
  });

  it('shows initials in a circle for a participant whose camera is off, and highlights the speaker', async () => {
    const { host } = await setup(sample.stage({ activeSpeakerId: 102 }));
    const emilie = $(host, '[data-user-id="103"]');
    expect(emilie.querySelector('[part~="avatar"]')!.textContent).to.equal('ÉC');
    expect(emilie.querySelector('[part~="tile-name"]')!.textContent).to.match(/Émilie du Châtelet\s*\(Muted, Camera off\)/);
    const grace = $(host, '[data-user-id="102"]');
    expect(grace.getAttribute('part')).to.equal('tile tile-speaking');
    expect(getComputedStyle(grace, '::after').borderTopWidth).to.equal('3px');
  });

  it('keeps the avatar and the dark tile of a camera-on participant until their video is attached', async () => {
    const { host } = await setup(sample.stage());
    const grace = $(host, '[data-user-id="102"]');
    const avatar = grace.querySelector<HTMLElement>('[part~="avatar"]')!;
    const shown = () => getComputedStyle(avatar).display !== 'none' && avatar.getBoundingClientRect().width > 0;
    expect(shown(), 'no video yet (past the render budget, or attaching): the avatar shows').to.equal(true);
    expect(avatar.textContent).to.equal('GH');
    const dark = getComputedStyle(grace).backgroundColor;
    expect(dark).to.not.equal('rgba(0, 0, 0, 0)');
    $(host, videoSlotSelector(102)).append(document.createElement('video-player'));
    expect(shown(), 'the video covers the tile').to.equal(false);
    expect(getComputedStyle(grace).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    $(host, `${videoSlotSelector(102)} video-player`).remove();
    expect(shown(), 'detached (a hidden tab): the avatar again').to.equal(true);
    expect(getComputedStyle(grace).backgroundColor).to.equal(dark);
  });

  it("keeps what the engine put in a participant's slot when the list changes", async () => {
    const { actions } = recorder<StageActions>(ACTIONS);
    let model = sample.stage();
    const host = await mount(() => renderStage(sample.withPanel(model, en), actions, en));
    const player = document.createElement('video-player');
    $(host, videoSlotSelector(104)).append(player);

    const [self, grace, , katherine] = sample.people;
    model = sample.stage({ participants: [katherine!, { ...grace!, videoOn: false }, self!], activeSpeakerId: 104 });
    await rerender(host, () => renderStage(sample.withPanel(model, en), actions, en));
    expect(player.isConnected).to.equal(true);
    expect(player.parentElement).to.equal($(host, videoSlotSelector(104)));
    expect($$(host, '[part~="tile"]').map((t) => t.dataset.userId)).to.deep.equal(['101', '104', '102']);
    expect($$(host, videoSlotSelector(103))).to.have.length(0);
  });

  it('has a named control bar whose toggles say their state with aria-pressed', async () => {
    const { host, calls } = await setup(sample.stage({ audioMuted: true, videoOn: true, panelOpen: false }));
    expect($(host, '[part~="controls"]').getAttribute('aria-label')).to.equal('Call controls');
    const mic = $(host, `#${STAGE_IDS.microphoneButton}`);
    const cam = $(host, `#${STAGE_IDS.cameraButton}`);
    const people = $(host, `#${STAGE_IDS.participantsButton}`);
    const leave = $(host, `#${STAGE_IDS.leaveButton}`);
    expect([nameOf(mic), mic.getAttribute('aria-pressed')]).to.deep.equal(['Microphone', 'false']);
    expect([nameOf(cam), cam.getAttribute('aria-pressed')]).to.deep.equal(['Camera', 'true']);
    expect([nameOf(people), people.getAttribute('aria-pressed')]).to.deep.equal(['Participants 4', 'false']);
    expect(people.getAttribute('aria-controls')).to.equal(STAGE_IDS.participantsPanel);
    expect(nameOf(leave)).to.equal('Leave');
    for (const b of [mic, cam, people, leave]) b.click();
    expect(calls).to.deep.equal(['toggleAudio()', 'toggleVideo()', 'toggleParticipants()', 'leave()']);
    expect($$(host, AUTOFOCUS_SELECTOR).map((e) => e.id)).to.deep.equal([STAGE_IDS.microphoneButton]);
  });

  it('lists participants with "(you)", a host badge, and their microphone and camera in words', async () => {
    const { host } = await setup(sample.stage({ panelOpen: true }));
    const panel = $(host, `#${STAGE_IDS.participantsPanel}`);
    expect(panel.hidden).to.equal(false);
    expect(nameOf($(host, '#participants-title'))).to.equal('Participants (4)');
    const rows = [...panel.querySelectorAll('[part~="participant"]')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows, 'hosts first, then self, then by name').to.deep.equal([
      'GH Grace Hopper Host Microphone on Camera on',
      'AL Ada Lovelace (you) Microphone on Camera on',
      'ÉC Émilie du Châtelet Muted Camera off',
      'KJ Katherine Johnson Muted Camera on',
    ]);
    expect(panel.querySelectorAll('[part~="host-badge"]')).to.have.length(1);
    expect(panel.querySelectorAll('svg:not([aria-hidden="true"])')).to.have.length(0);
    await expectAccessibleInBothSchemes(host);
  });

  it('hides the panel when closed', async () => {
    const { host } = await setup(sample.stage({ panelOpen: false }));
    expect($(host, `#${STAGE_IDS.participantsPanel}`).hidden).to.equal(true);
    expect(getComputedStyle($(host, `#${STAGE_IDS.participantsPanel}`)).display).to.equal('none');
  });

  it('announces reconnecting in a status region that is always there', async () => {
    const { actions } = recorder<StageActions>(ACTIONS);
    let model = sample.stage();
    const host = await mount(() => renderStage(sample.withPanel(model, en), actions, en));
    const banner = $(host, '[role="status"]');
    expect(banner.textContent!.trim()).to.equal('');
    expect(banner.getBoundingClientRect().height).to.equal(0);
    model = sample.stage({ state: 'reconnecting' });
    await rerender(host, () => renderStage(sample.withPanel(model, en), actions, en));
    expect($(host, '[role="status"]')).to.equal(banner);
    expect(banner.textContent!.trim()).to.equal('Connection lost. Reconnecting…');
    await expectAccessibleInBothSchemes(host);
  });

  it('disables the controls while leaving', async () => {
    const { host } = await setup(sample.stage({ state: 'leaving' }));
    expect($$<HTMLButtonElement>(host, '[part~="control-button"]').map((b) => b.disabled)).to.deep.equal([
      true,
      true,
      false,
      true,
    ]);
    expect($(host, '[role="status"]').textContent!.trim()).to.equal('Leaving the session…');
  });

  it('reaches every control with Tab and works them with Enter and Space', async () => {
    const { host, calls } = await setup(sample.stage({ panelOpen: true }));
    expect(await tabStops(host, 4)).to.deep.equal([
      STAGE_IDS.microphoneButton,
      STAGE_IDS.cameraButton,
      STAGE_IDS.participantsButton,
      STAGE_IDS.leaveButton,
    ]);
    await sendKeys({ press: 'Enter' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Space' });
    $(host, `#${STAGE_IDS.microphoneButton}`).focus();
    await sendKeys({ press: 'Space' });
    expect(calls).to.deep.equal(['leave()', 'toggleParticipants()', 'toggleAudio()']);
  });

  it('puts the panel beside the videos when wide and under them when narrow', async () => {
    const layout = async (width: number) => {
      const { host } = await setup(sample.stage({ panelOpen: true }), en, width);
      const grid = $(host, '.grid').getBoundingClientRect();
      const panel = $(host, '.panel').getBoundingClientRect();
      return panel.top >= grid.bottom ? 'under' : panel.left >= grid.right ? 'beside' : 'overlapping';
    };
    expect(await layout(360)).to.equal('under');
    expect(await layout(1100)).to.equal('beside');
  });

  it('lays tiles out in columns by their number, fewer when narrow', async () => {
    const columns = async (count: number, width: number) => {
      const { host } = await setup(sample.stage({ participants: sample.people.slice(0, count) }), en, width);
      return getComputedStyle($(host, '.grid')).gridTemplateColumns.split(' ').length;
    };
    expect([await columns(1, 1100), await columns(2, 1100), await columns(4, 1100)]).to.deep.equal([1, 2, 2]);
    expect([await columns(2, 360), await columns(3, 360), await columns(4, 320)]).to.deep.equal([1, 2, 2]);
  });

  it('stays a grid when the SDK defines <video-player-container> and styles it inline', async () => {
    const { host } = await setup(sample.stage());
    const container = $(host, `#${STAGE_IDS.videoContainer}`);
    container.style.display = 'block';
    container.style.position = 'relative';
    expect(getComputedStyle(container).display).to.equal('grid');
  });

  it('fits the control bar in 320 px, keeping names when labels are hidden', async () => {
    const { host } = await setup(sample.stage(), en, 320);
    const bar = $(host, '[part~="controls"]');
    expect(bar.scrollWidth).to.be.at.most(bar.clientWidth);
    for (const button of $$(host, '[part~="control-button"]')) {
      expect(button.getBoundingClientRect().width).to.be.at.least(44);
      expect(nameOf(button)).to.not.equal('');
    }
    expect(getComputedStyle($(host, '.control .label')).clipPath).to.equal('inset(50%)');
    await expect(host).to.be.accessible();
  });

  it('speaks French', async () => {
    const { host } = await setup(sample.stage({ panelOpen: true }), fr);
    expect($(host, '[part~="stage"]').getAttribute('lang')).to.equal('fr');
    expect(nameOf($(host, `#${STAGE_IDS.leaveButton}`))).to.equal('Quitter');
    expect(nameOf($(host, '#participants-title'))).to.equal('Participants (4)');
    expect($(host, '[data-user-id="101"] .name').textContent).to.equal('Ada Lovelace (vous)');
    expect($(host, '[part~="host-badge"]').textContent).to.equal('Hôte');
    await expect(host).to.be.accessible();
  });
});
