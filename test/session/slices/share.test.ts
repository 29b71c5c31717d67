// The share slice: receiving a share (start, stop, change of hands), sending one (and every way it
// can be refused, or stopped from outside: "the host stopped my share" is here), and that every
// listener goes when the session does.
import { expect } from '@open-wc/testing';
import { SessionController } from '../../../src/session/session-controller.js';
import { GRACE, LINUS, errors, itOwnsItsListeners, joined, playerSlot, removeSlots } from '../../support/engine-helpers.js';
import { FakeZoom, failure, participant } from '../../support/fake-zoom.js';
import { TestHost, joinOptions, recordingProvider, settle, until } from '../../support/session-helpers.js';

const SHARE_EVENTS = ['active-share-change', 'peer-share-state-change', 'share-content-change', 'passively-stop-share'];
const shareSlot = playerSlot;

const shareEvents = (host: TestHost) =>
  host.of('zoom-session-share').map((e) => (e.sharing ? `${e.self ? 'self' : 'peer'}:${e.userId}` : 'none'));

afterEach(removeSlots);

describe('receiving a screen share', () => {
  it("shows a peer's share in the container, says who shares, and takes it away when it stops", async () => {
    const { host, fake, session } = await joined();
    expect(session.share).to.deep.equal({ sharing: false, self: false });
    const slot = shareSlot();
    await session.attachShare(slot);
    expect(fake.calls.attachShareView, 'nothing to show yet').to.deep.equal([]);

    fake.peerStartsShare(GRACE.userId);
    expect(session.share).to.deep.equal({ sharing: true, userId: 200, userName: 'Grace Hopper', self: false });
    await until(() => session.attachedShare === 200, 'the share view');
    const player = slot.querySelector('video-player')!;
    expect(player.getAttribute('share-user-id')).to.equal('200');
    expect(fake.calls.attachShareView).to.deep.equal([200]);
    const [started] = host.of('zoom-session-share');
    expect([started!.sharing, started!.userId, started!.self, started!.bubbles, started!.composed]).to.deep.equal([
      true,
      200,
      false,
      true,
      true,
    ]);

    fake.peerStopsShare(GRACE.userId);
    expect(session.share).to.deep.equal({ sharing: false, self: false });
    await until(() => session.attachedShare === undefined, 'the share view removed');
    expect(slot.childElementCount).to.equal(0);
    expect(fake.calls.detachShareView).to.deep.equal([200]);
    expect(shareEvents(host)).to.deep.equal(['peer:200', 'none']);
    expect(session.state).to.equal('joined');
  });

  it('follows the share as it changes hands, one event per change', async () => {
    const { host, fake, session } = await joined();
    const slot = shareSlot();
    await session.attachShare(slot);
    fake.peerStartsShare(GRACE.userId);
    await until(() => session.attachedShare === 200);
    fake.peerStartsShare(LINUS.userId); // the SDK makes the newest share the active one
    expect(session.share.userId).to.equal(300);
    await until(() => session.attachedShare === 300, "Linus's share");
    expect(slot.querySelectorAll('video-player')).to.have.length(1);
    fake.switchShare(GRACE.userId); // share-content-change
    await until(() => session.attachedShare === 200, "Grace's share again");
    fake.peerStopsShare(GRACE.userId); // Linus still shares: his share shows again
    await until(() => session.attachedShare === 300, "back to Linus's share");
    expect(session.share).to.deep.equal({ sharing: true, userId: 300, userName: 'Linus Torvalds', self: false });
    fake.peerStopsShare(LINUS.userId);
    await until(() => session.attachedShare === undefined);
    expect(shareEvents(host)).to.deep.equal(['peer:200', 'peer:300', 'peer:200', 'peer:300', 'none']);
    expect(fake.calls.attachShareView).to.deep.equal([200, 300, 200, 300]);
    expect(fake.calls.detachShareView).to.deep.equal([200, 300, 200, 300]);
    expect(slot.childElementCount).to.equal(0);
  });

  it('shows a share that was under way before this browser joined', async () => {
    const host = new TestHost();
    const fake = new FakeZoom();
    fake.users = [participant(GRACE.userId, GRACE.name, { sharerOn: true })];
    fake.activeShareUserId = GRACE.userId;
    const session = new SessionController(host, { clientLoader: fake.loader, tokenProvider: recordingProvider().provider });
    await session.join(joinOptions());
    expect(session.share).to.deep.equal({ sharing: true, userId: 200, userName: 'Grace Hopper', self: false });
    expect(shareEvents(host)).to.deep.equal(['peer:200']);
    await session.attachShare(shareSlot());
    expect(session.attachedShare).to.equal(200);
  });

  it('a share goes when its sharer leaves the session', async () => {
    const { host, fake, session } = await joined();
    await session.attachShare(shareSlot());
    fake.peerStartsShare(GRACE.userId);
    await until(() => session.attachedShare === 200);
    fake.removeUser(GRACE.userId);
    expect(session.share.sharing).to.equal(false);
    await until(() => session.attachedShare === undefined);
    expect(shareEvents(host)).to.deep.equal(['peer:200', 'none']);
  });

  it('detachShare stops showing the share, which goes on; attaching again shows it again', async () => {
    const { fake, session } = await joined();
    const slot = shareSlot();
    fake.peerStartsShare(GRACE.userId);
    await session.attachShare(slot);
    await session.attachShare(slot); // the element calls it after every render: no second view
    expect(fake.calls.attachShareView).to.deep.equal([200]);
    await session.detachShare();
    expect(slot.childElementCount).to.equal(0);
    expect(session.share.sharing).to.equal(true);
    const other = shareSlot();
    await session.attachShare(other);
    expect(other.querySelector('video-player')).to.not.equal(null);
    expect(fake.calls.attachShareView).to.deep.equal([200, 200]);
  });

  it('says so, once, when a share cannot be shown', async () => {
    const { host, fake, session } = await joined();
    fake.script.attachShareError = failure(6205, 'Cannot start share view due to annotation is in progress.');
    const slot = shareSlot();
    fake.peerStartsShare(GRACE.userId);
    await session.attachShare(slot);
    await session.attachShare(slot);
    expect(errors(host)).to.deep.equal(['share-view-failed']);
    expect(session.error!.message).to.contain('annotation is in progress');
    expect(fake.calls.attachShareView, 'not tried again and again').to.deep.equal([200]);
    expect(session.state).to.equal('joined');
  });
});

describe('sharing this browser’s screen', () => {
  it('starts with startShareScreen, shows its own preview in the container, and stops', async () => {
    const { host, fake, session } = await joined();
    const slot = shareSlot();
    await session.attachShare(slot);
    expect(session.shareSupported).to.equal(true);
    await session.toggleShare();
    expect(fake.calls.startShareScreen).to.deep.equal(['canvas']);
    expect(session.share).to.deep.equal({ sharing: true, userId: 100, userName: 'Ada', self: true });
    await until(() => session.attachedShare === 'self');
    expect(slot.querySelector('canvas.own-share')).to.not.equal(null);
    expect(fake.liveTracks).to.equal(3);

    await session.toggleShare();
    expect(fake.calls.stopShareScreen).to.equal(1);
    expect(session.share).to.deep.equal({ sharing: false, self: false });
    expect(slot.childElementCount).to.equal(0);
    expect(shareEvents(host)).to.deep.equal(['self:100', 'none']);
    expect(host.of('zoom-session-error')).to.have.length(0);
    expect(fake.liveTracks).to.equal(2);
  });

  it('gives startShareScreen a <video> where the SDK wants one', async () => {
    const { fake, session } = await joined();
    fake.script.shareWithVideoElement = true;
    await session.toggleShare();
    expect(fake.calls.startShareScreen).to.deep.equal(['video']);
  });

  it('notices a share stopped with the browser’s own "Stop sharing" bar, without calling it a problem', async () => {
    const { host, fake, session } = await joined();
    const slot = shareSlot();
    await session.attachShare(slot);
    await session.toggleShare();
    fake.stopShareFromOutside('StopScreenCapture');
    expect(session.share.sharing).to.equal(false);
    expect(shareEvents(host)).to.deep.equal(['self:100', 'none']);
    expect(errors(host)).to.deep.equal([]);
    await until(() => slot.childElementCount === 0, 'the preview removed');
    await session.toggleShare();
    expect(fake.calls.startShareScreen, 'can share again').to.have.length(2);
    expect(fake.calls.stopShareScreen).to.equal(0);
  });

  it('says so in a notice (not an error) when the host stops the share', async () => {
    const { host, fake, session } = await joined();
    await session.toggleShare();
    fake.stopShareFromOutside('PrivilegeChange');
    expect(session.share.sharing).to.equal(false);
    expect(session.notices.map((n) => n.code)).to.deep.equal(['share-stopped-by-host']);
    expect(errors(host)).to.deep.equal([]);
    expect(session.state).to.equal('joined');
  });

  it('reads the reason from the object the bundle emits, and from the bare enum the d.ts declares', async () => {
    const { fake, session } = await joined();
    await session.toggleShare();
    expect(fake.listeners.get('passively-stop-share')).to.have.property('size', 1);
    fake.stopShareFromOutside('PrivilegeChange'); // emits {reason: 'PrivilegeChange'}, as the bundle does
    const said = session.notices.filter((n) => n.code === 'share-stopped-by-host');
    expect(said).to.have.length(1);
    session.dismissNotice(said[0]!.id);
    await session.toggleShare();
    fake.emit('passively-stop-share', 'PrivilegeChange');
    expect(session.share.sharing).to.equal(false);
    expect(session.notices.map((n) => n.code)).to.deep.equal(['share-stopped-by-host']);
  });

  it('says nothing for the reasons that are not the host (the browser bar, a share from the main session)', async () => {
    const { fake, session } = await joined();
    for (const reason of ['StopScreenCapture', 'ShareFromMainSession', 'StopCameraCapture'] as const) {
      await session.toggleShare();
      fake.stopShareFromOutside(reason as 'StopScreenCapture');
      expect(session.share.sharing, reason).to.equal(false);
    }
    expect(session.notices).to.deep.equal([]);
  });

  it('while sharing, stops the share when leaving and leaves nothing behind', async () => {
    const { host, fake, session } = await joined();
    const slot = shareSlot();
    await session.attachShare(slot);
    await session.toggleShare();
    await session.leave();
    expect(fake.calls.stopShareScreen).to.equal(1);
    expect(shareEvents(host)).to.deep.equal(['self:100', 'none']);
    expect(slot.childElementCount).to.equal(0);
    expect(fake.liveTracks).to.equal(0);
    expect(fake.listenerCount).to.equal(0);
    expect(session.share).to.deep.equal({ sharing: false, self: false });
  });

  it('ends a share shown when the session ends, and detaches its view', async () => {
    const { host, fake, session } = await joined();
    const slot = shareSlot();
    await session.attachShare(slot);
    fake.peerStartsShare(GRACE.userId);
    await until(() => session.attachedShare === 200);
    await session.leave();
    expect(fake.calls.detachShareView).to.deep.equal([200]);
    expect(slot.childElementCount).to.equal(0);
    expect(shareEvents(host)).to.deep.equal(['peer:200', 'none']);
  });
});

describe('a share refused', () => {
  const refusal = async (setup: (fake: FakeZoom) => void) => {
    const { host, fake, session } = await joined();
    const slot = shareSlot();
    await session.attachShare(slot);
    setup(fake);
    await session.toggleShare();
    expect(session.share.sharing, 'not sharing').to.equal(false);
    expect(session.state, 'the call goes on').to.equal('joined');
    expect(shareEvents(host)).to.deep.equal([]);
    expect(slot.childElementCount, 'no preview left').to.equal(0);
    expect(fake.liveTracks).to.equal(2);
    return { host, fake, session, error: session.error! };
  };

  it('by a browser that cannot share (a phone): share-unsupported, without asking the SDK', async () => {
    const { fake, session, error } = await refusal((f) => (f.script.shareSupported = false));
    expect(error.code).to.equal('share-unsupported');
    expect(error.message).to.match(/phones and tablets can watch a share but not send one/);
    expect(error.retryable).to.equal(false);
    expect(fake.calls.startShareScreen).to.deep.equal([]);
    expect(session.shareSupported).to.equal(false);
  });

  it('by a browser without getDisplayMedia', async () => {
    const media = navigator.mediaDevices;
    Object.defineProperty(media, 'getDisplayMedia', { value: undefined, configurable: true });
    try {
      const { fake, session, error } = await refusal(() => {});
      expect(error.code).to.equal('share-unsupported');
      expect(session.shareSupported).to.equal(false);
      expect(fake.calls.startShareScreen).to.deep.equal([]);
    } finally {
      delete (media as { getDisplayMedia?: unknown }).getDisplayMedia;
    }
    expect(typeof navigator.mediaDevices.getDisplayMedia).to.equal('function');
  });

  it('by the host, who lets only hosts share: share-locked, without asking the SDK', async () => {
    const { fake, error } = await refusal((f) => (f.script.shareLocked = true));
    expect(error.code).to.equal('share-locked');
    expect(error.message).to.equal('In this session, only the host can share their screen.');
    expect(fake.calls.startShareScreen).to.deep.equal([]);
  });

  it('not for a host when sharing is locked', async () => {
    const { fake, session } = await joined();
    fake.script.shareLocked = true;
    fake.updateUser(fake.selfId, { isHost: true });
    await session.toggleShare();
    expect(fake.calls.startShareScreen).to.have.length(1);
    expect(session.share.self).to.equal(true);
  });

  it("by the SDK, for the host's settings: share-locked, or share-taken while someone else shares", async () => {
    const locked = await refusal((f) => (f.script.startShareError = failure(6204, 'only host can start screen share')));
    expect(locked.error.code).to.equal('share-locked');
    const taken = await refusal((f) => (f.script.startShareError = failure(6204, 'only host can grab screen share')));
    expect(taken.error.code).to.equal('share-taken');
    expect(taken.error.message).to.contain('Try again when they have stopped');
  });

  it('by the participant closing the picker: a gentle share-dismissed, not a failure', async () => {
    const { host, error } = await refusal(
      (f) => (f.script.startShareError = failure(6200, 'user deny screen share', 'INVALID_OPERATION')),
    );
    expect(error.code).to.equal('share-dismissed');
    expect(error.retryable).to.equal(true);
    expect(error.message).to.equal('Nothing is shared: no screen, window or tab was chosen.');
    expect(error.message).to.not.match(/fail|error|denied|could not/i);
    expect(errors(host)).to.deep.equal(['share-dismissed']);
  });

  it("by getDisplayMedia's NotAllowedError: the picker closed, or the system refusing", async () => {
    const dismissed = await refusal(
      (f) => (f.script.startShareError = new DOMException('Permission denied', 'NotAllowedError')),
    );
    expect(dismissed.error.code).to.equal('share-dismissed');
    const system = await refusal(
      (f) => (f.script.startShareError = new DOMException('Permission denied by system', 'NotAllowedError')),
    );
    expect(system.error.code).to.equal('share-system-denied');
    const sdkSystem = await refusal((f) => (f.script.startShareError = failure(6201, 'Permission denied by system')));
    expect(sdkSystem.error.code).to.equal('share-system-denied');
    expect(sdkSystem.error.message).to.contain('Screen & System Audio Recording');
  });

  it('any other failure: share-failed with the reason', async () => {
    const { error } = await refusal((f) => (f.script.startShareError = failure(6205, 'you have already started screen share.')));
    expect(error.code).to.equal('share-failed');
    expect(error.message).to.contain('you have already started screen share');
    expect(error.retryable).to.equal(true);
  });

  it('a share that works clears the refusal, and dismissError clears one too', async () => {
    const { fake, session } = await refusal((f) => (f.script.startShareError = failure(6200, 'user deny screen share')));
    delete fake.script.startShareError;
    await session.toggleShare();
    expect(session.error).to.equal(undefined);
    fake.script.startShareError = failure(6200, 'user deny screen share');
    await session.toggleShare(); // stops
    await session.toggleShare(); // refused
    expect(session.error?.code).to.equal('share-dismissed');
    session.dismissError();
    expect(session.error).to.equal(undefined);
  });

  it('does nothing outside a session', async () => {
    const fake = new FakeZoom();
    const session = new SessionController(new TestHost(), { clientLoader: fake.loader });
    await session.toggleShare();
    expect(fake.calls.startShareScreen).to.deep.equal([]);
    expect(session.error).to.equal(undefined);
  });
});

describe('share and chat listeners', () => {
  it('adds one listener per share and chat event, and removes every one when the session ends', async () => {
    const { fake, session } = await joined();
    for (const event of [...SHARE_EVENTS, 'chat-on-message']) {
      expect(fake.listeners.get(event)?.size ?? 0, event).to.equal(1);
    }
    await session.leave();
    expect(fake.listenerCount).to.equal(0);
  });

  it('removes them when the host leaves the page, and when the connection fails', async () => {
    const first = await joined();
    await first.session.toggleShare();
    await first.host.remove();
    await until(() => first.fake.listenerCount === 0, 'listeners removed');
    await until(() => first.fake.liveTracks === 0, 'share and media stopped');

    const second = await joined();
    second.fake.emit('connection-change', { state: 'Fail', errorCode: 200 });
    await settle(10);
    expect(second.session.state).to.equal('failed');
    expect(second.fake.listenerCount).to.equal(0);
  });

  it('over many sessions with shares and messages, leaves no listener, track or share view behind', async () => {
    const { fake, session } = await joined();
    await session.leave();
    for (let i = 0; i < 30; i++) {
      await session.join(joinOptions());
      const slot = shareSlot();
      await session.attachShare(slot);
      fake.addUser(participant(GRACE.userId, GRACE.name));
      fake.peerStartsShare(GRACE.userId);
      fake.receiveChat(GRACE, `hello ${i}`);
      await session.sendChat(`hi ${i}`);
      if (i % 2 === 0) {
        fake.peerStopsShare(GRACE.userId);
        await session.toggleShare();
      }
      await session.leave();
      expect(fake.listenerCount).to.equal(0);
      expect(fake.liveTracks).to.equal(0);
      expect(slot.childElementCount).to.equal(0);
    }
    expect(fake.calls.detachShareView.length).to.equal(fake.calls.attachShareView.length);
  });

  itOwnsItsListeners('share', [...SHARE_EVENTS, 'user-removed']);
});

describe('the real SDK, for share', () => {
  it('has every share method the engine calls, and answers as the engine expects outside a session', async () => {
    const ZoomVideo = (await import('@zoom/videosdk')).default;
    expect(ZoomVideo.checkSystemRequirements().screen, 'desktop Chromium can share').to.equal(true);
    const client = ZoomVideo.createClient();
    const stream = client.getMediaStream();
    const methods = [
      'startShareScreen',
      'stopShareScreen',
      'isStartShareScreenWithVideoElement',
      'isShareLocked',
      'getActiveShareUserId',
      'attachShareView',
      'detachShareView',
    ] as const;
    for (const method of methods) expect(typeof stream[method], method).to.equal('function');
    expect(stream.getActiveShareUserId(), 'no share: 0, which the engine reads as none').to.equal(0);
    expect(stream.isShareLocked()).to.equal(false);
    expect(typeof stream.isStartShareScreenWithVideoElement()).to.equal('boolean');
  });
});
