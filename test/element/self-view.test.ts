// Issue 11, multiple videos: when the SDK cannot render several videos in one container
// (`isSupportMultipleVideos()` false: WebAssembly video without cross-origin isolation), this
// browser's own video goes in a <video-player-container> of its own, inside its tile, as the d.ts
// recommends; everything is detached on leave. With the SDK able to, nothing changes.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { ZoomSession } from '../../src/element/zoom-session.js';
import { FakeZoom, participant } from '../support/fake-zoom.js';
import { ADA_IN_PLENARY, joinedFixture } from '../support/element-fixture.js';
import { settle, until } from '../support/session-helpers.js';

const $$ = (el: ZoomSession, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

async function inCall(multipleVideos?: boolean) {
  const fake = new FakeZoom();
  if (multipleVideos !== undefined) fake.script.multipleVideos = multipleVideos;
  const { el, errors } = await joinedFixture({ fake, width: 1024, attributes: `${ADA_IN_PLENARY} no-preview` });
  fake.addUser(participant(200, 'Grace', { bVideoOn: true }));
  await until(() => fake.renderedVideos.has(fake.selfId) && fake.renderedVideos.has(200), 'both videos attached');
  await el.updateComplete;
  await settle();
  const player = (userId: number) => el.shadowRoot!.querySelector<HTMLElement>(`[data-video-slot="${userId}"] video-player`);
  return { fake, el, errors, player };
}

describe('self-view container (isSupportMultipleVideos)', () => {
  it('puts self-view in its own <video-player-container> when the SDK cannot render several videos in one', async () => {
    const { fake, el, errors, player } = await inCall(false);
    const self = player(fake.selfId)!;
    const other = player(200)!;
    expect(self, "self's video attached").to.not.equal(null);
    expect(other, "the other's video attached").to.not.equal(null);
    const selfContainer = self.closest('video-player-container')!;
    const otherContainer = other.closest('video-player-container')!;
    expect(selfContainer.getAttribute('part')).to.equal('self-view-container');
    expect(otherContainer.id).to.equal('video-container');
    expect(selfContainer, 'a different container than the others').to.not.equal(otherContainer);
    // The tile still looks like a tile: inside the grid, with its name (and avatar under the video).
    const tile = selfContainer.closest<HTMLElement>('[part~="tile"]')!;
    expect(tile.getAttribute('part')).to.include('tile-self');
    expect(tile.querySelector('.name')!.textContent).to.equal('Ada (you)');
    expect(tile.querySelector('[part~="avatar"]')!.textContent).to.equal('A');
    const box = tile.getBoundingClientRect();
    const video = selfContainer.getBoundingClientRect();
    expect([video.width, video.height], 'the container fills the tile').to.deep.equal([box.width, box.height]);
    // One container of its own, and only for self.
    expect($$(el, '[part="self-view-container"]')).to.have.length(1);
    expect(errors).to.deep.equal([]);
    await expect(el).to.be.accessible();

    await el.leave();
    await settle();
    expect([...fake.renderedVideos], 'every video detached on leave').to.deep.equal([]);
    expect(fake.calls.detachVideo).to.include.members([fake.selfId, 200]);
    expect(el.shadowRoot!.querySelectorAll('video-player')).to.have.length(0);
  });

  it('keeps every video in the one grid container when the SDK can render several', async () => {
    const { fake, el, player } = await inCall();
    const grid = el.shadowRoot!.querySelector('#video-container');
    expect(player(fake.selfId)!.closest('video-player-container')).to.equal(grid);
    expect(player(200)!.closest('video-player-container')).to.equal(grid);
    expect($$(el, '[part="self-view-container"]')).to.have.length(0);
    await el.leave();
    await settle();
    expect([...fake.renderedVideos]).to.deep.equal([]);
  });
});
