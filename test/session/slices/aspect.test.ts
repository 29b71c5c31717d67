// The aspect slice: `video-aspect-ratio-change` as the bundle emits it ({userId, aspectRatio},
// width / height) makes a video portrait or not, bad payloads change nothing, a user who leaves
// is forgotten, and the session's end forgets everyone.
import { expect } from '@open-wc/testing';
import { GRACE, itOwnsItsListeners, joined } from '../../support/engine-helpers.js';

describe('video aspect', () => {
  it('marks a portrait video, and forgets it when the user leaves or the session ends', async () => {
    const { fake, session } = await joined();
    expect(session.isPortrait(GRACE.userId), 'landscape until the SDK says').to.equal(false);
    fake.emit('video-aspect-ratio-change', { userId: GRACE.userId, aspectRatio: 0.5625 });
    expect(session.isPortrait(GRACE.userId)).to.equal(true);
    expect(session.videoAspect(GRACE.userId)).to.equal(0.5625);
    for (const bad of [{ userId: GRACE.userId, aspectRatio: 0 }, { userId: GRACE.userId, aspectRatio: 'wide' }, { aspectRatio: 2 }, null]) {
      fake.emit('video-aspect-ratio-change', bad);
    }
    expect(session.videoAspect(GRACE.userId), 'bad payloads change nothing').to.equal(0.5625);
    fake.emit('video-aspect-ratio-change', { userId: GRACE.userId, aspectRatio: 1 });
    expect(session.isPortrait(GRACE.userId), 'a square video is not portrait').to.equal(false);
    fake.emit('video-aspect-ratio-change', { userId: GRACE.userId, aspectRatio: 0.75 });
    fake.removeUser(GRACE.userId);
    expect(session.videoAspect(GRACE.userId)).to.equal(undefined);
    fake.emit('video-aspect-ratio-change', { userId: 300, aspectRatio: 0.75 });
    await session.leave();
    expect(session.isPortrait(300)).to.equal(false);
  });

  itOwnsItsListeners('aspect', ['video-aspect-ratio-change', 'user-removed']);
});
