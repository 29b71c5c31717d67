// The element wired to the session engine, with the fake SDK and real token endpoints.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { ZoomSession } from '../../src/element/zoom-session.js';
import { FakeZoom, participant } from '../support/fake-zoom.js';
import { nextEvent, recordingProvider, settle, until } from '../support/session-helpers.js';

const part = (el: ZoomSession, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

async function element(fake: FakeZoom, attributes = '') {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<zoom-session session-name="Plenary" user-name="Ada" ${attributes}></zoom-session>`;
  const el = wrapper.querySelector('zoom-session')!;
  el.clientLoader = fake.loader;
  await el.updateComplete;
  return el;
}

/** Turns the preview's camera and microphone on with their buttons, as a participant would. */
async function startPreview(el: ZoomSession) {
  el.shadowRoot!.querySelector<HTMLButtonElement>('#preview-camera-button')!.click();
  await until(() => el.shadowRoot!.querySelector('#preview-microphone-button') !== null, 'the preview controls');
  el.shadowRoot!.querySelector<HTMLButtonElement>('#preview-microphone-button')!.click();
}

describe('<zoom-session> with the session engine', () => {
  it('has the documented defaults and reads its attributes', async () => {
    const fake = new FakeZoom();
    const el = await element(fake);
    expect([el.assets, el.language, el.videoMode, el.audioMode, el.sessionRole]).to.deep.equal([
      'Global',
      'en-US',
      'webrtc',
      'webrtc',
      'participant',
    ]);
    expect([el.startMuted, el.startVideoOff, el.noPreview, el.autoJoin]).to.deep.equal([false, false, false, false]);
    const other = await element(
      fake,
      'assets="/lib" lang="de-DE" video-mode="wasm" audio-mode="wasm" session-role="host" start-muted start-video-off no-preview',
    );
    expect([other.assets, other.language, other.videoMode, other.audioMode, other.sessionRole]).to.deep.equal([
      '/lib',
      'de-DE',
      'wasm',
      'wasm',
      'host',
    ]);
    expect([other.startMuted, other.startVideoOff, other.noPreview]).to.deep.equal([true, true, true]);
    expect(part(other, 'preview'), 'no-preview shows no preview').to.equal(null);
    expect(part(el, 'preview')).to.not.equal(null);
    expect(fake.calls.loads, 'rendering loads no SDK').to.equal(0);
  });

  it('joins with the button, reflects the state, renders the call and dispatches composed events', async () => {
    const fake = new FakeZoom();
    fake.users = [participant(200, 'Grace', { bVideoOn: true })];
    const el = await element(fake);
    const tokens = recordingProvider();
    el.tokenProvider = tokens.provider;
    const seen: string[] = [];
    const onState = (e: Event) => {
      const event = e as GlobalEventHandlersEventMap['zoom-session-state'];
      seen.push(`${event.state}=${el.getAttribute('state')}`);
    };
    document.addEventListener('zoom-session-state', onState);
    try {
      const joined = nextEvent(document, 'zoom-session-joined');
      part(el, 'join-button')!.click();
      const event = await joined;
      expect(event.target).to.equal(el);
      expect(event.userId).to.equal(fake.selfId);
    } finally {
      document.removeEventListener('zoom-session-state', onState);
    }
    expect(seen.every((s) => s.split('=')[0] === s.split('=')[1]), 'attribute set before listeners run').to.equal(true);
    expect(el.state).to.equal('joined');
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('joined');
    expect(el.participants.map((p) => p.name)).to.deep.equal(['Ada', 'Grace']);
    const container = el.shadowRoot!.querySelector('video-player-container')!;
    await until(() => container.querySelectorAll('video-player').length === 2, 'two videos');
    expect([...container.querySelectorAll('video-player')].map((p) => p.getAttribute('node-id')).sort()).to.deep.equal(
      [String(fake.selfId), '200'].sort(),
    );
    await expect(el).to.be.accessible();
  });

  it('toggles audio and video, and leaves with the Leave button', async () => {
    const fake = new FakeZoom();
    const el = await element(fake);
    el.tokenProvider = recordingProvider().provider;
    expect(await el.join()).to.equal(true);
    await el.toggleAudio();
    await el.toggleVideo();
    expect([fake.calls.muteAudio, fake.calls.stopVideo]).to.deep.equal([1, 1]);
    await el.updateComplete;
    expect(part(el, 'microphone-button')!.getAttribute('aria-pressed')).to.equal('false');
    const left = nextEvent(el, 'zoom-session-left');
    part(el, 'leave-button')!.click();
    expect((await left).reason).to.equal('user');
    expect(el.state).to.equal('left');
    expect(fake.listenerCount).to.equal(0);
    expect(fake.liveTracks).to.equal(0);
  });

  it('says to set token-endpoint when there is no token provider', async () => {
    const fake = new FakeZoom();
    const el = await element(fake);
    const failed = nextEvent(el, 'zoom-session-error');
    void el.join();
    const { error } = await failed;
    expect(error.code).to.equal('token-provider-missing');
    expect(el.error).to.equal(error);
    await el.updateComplete;
    expect(part(el, 'error')!.textContent).to.contain('token-endpoint');
    expect(el.getAttribute('state')).to.equal('failed');
    expect(fake.calls.loads).to.equal(0);
  });

  it('asks a token-endpoint for the token, with the WebRTC modes and role', async () => {
    const fake = new FakeZoom();
    const el = await element(fake, 'token-endpoint="/test-token/ok" video-mode="wasm" session-role="host"');
    expect(await el.join()).to.equal(true);
    const last = await (await fetch('/test-token/last')).json();
    expect(last.body).to.deep.equal({ sessionName: 'Plenary', role: 1, videoWebRtcMode: 0, audioWebRtcMode: 1 });
    expect(fake.calls.join[0]!.token.split('.')).to.have.length(3);
    await el.leave();
  });

  it('shows field problems and fails without any network call', async () => {
    const fake = new FakeZoom();
    const el = await element(fake, 'passcode="way-too-long-passcode"');
    el.tokenProvider = recordingProvider().provider;
    expect(await el.join()).to.equal(false);
    expect(el.error!.code).to.equal('passcode-too-long');
    expect(el.error!.field).to.equal('passcode');
    expect(fake.calls.loads).to.equal(0);
  });

  it('auto-joins when asked', async () => {
    const fake = new FakeZoom();
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('zoom-session');
    el.setAttribute('session-name', 'Plenary');
    el.setAttribute('user-name', 'Ada');
    el.setAttribute('auto-join', '');
    el.clientLoader = fake.loader;
    el.tokenProvider = recordingProvider().provider;
    const joined = nextEvent(el, 'zoom-session-joined');
    wrapper.append(el);
    await joined;
    expect(el.state).to.equal('joined');
    el.remove();
    await until(() => fake.calls.leave === 1, 'leave on removal');
  });

  it('removed mid-join: the join stops, listeners are removed, tracks stopped', async () => {
    const fake = new FakeZoom();
    fake.script.joinHangs = true;
    const el = await element(fake);
    el.tokenProvider = recordingProvider().provider;
    await startPreview(el);
    await until(() => fake.liveTracks === 2, 'the preview');
    const joining = el.join();
    await until(() => fake.calls.join.length === 1, 'the SDK join');
    el.remove();
    expect(await joining).to.equal(false);
    expect(el.state).to.equal('left');
    fake.settleJoin();
    await until(() => fake.calls.leave === 1, 'the late join to be left');
    expect(fake.listenerCount).to.equal(0);
    expect(fake.liveTracks).to.equal(0);
  });

  it('previews the camera into its own <video>', async () => {
    const fake = new FakeZoom();
    const el = await element(fake);
    await startPreview(el);
    await until(() => fake.liveTracks === 2, 'the preview');
    await el.updateComplete;
    expect(part(el, 'preview-video')).to.be.instanceOf(HTMLVideoElement);
    await el.toggleVideo();
    expect(fake.liveTracks).to.equal(1);
    el.remove();
    await settle(10);
    expect(fake.liveTracks).to.equal(0);
  });
});
