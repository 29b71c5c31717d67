// The real Zoom Video SDK in Chromium, offline: init from the SDK's own assets served by the test
// server, the preview of Chromium's fake camera and microphone, and joins answered by a local
// stand-in for Zoom's web endpoint (test/support/zoom-stand-in.js), as Zoom answers them.
import { expect } from '@open-wc/testing';
import { SessionController } from '../../src/session/session-controller.js';
import type { SessionError } from '../../src/session/errors.js';
import { TestHost, joinOptions, recordingProvider, until } from '../support/session-helpers.js';

const ASSETS = '/node_modules/@zoom/videosdk/dist/lib';

interface StandInState {
  available: boolean;
  unavailable: string | null;
  mode: string;
  connections: number;
  requests: Array<{ method: string; path: string; topic: string; userName: string; password: string; token: string }>;
}

async function standIn(
  mode: 'offline' | 'answer' | 'hang',
  answer?: { errorCode: number; errorMessage: string },
): Promise<StandInState> {
  const response = await fetch('/test-zoom/mode', {
    method: 'POST',
    body: JSON.stringify({ mode, answer, reset: true }),
  });
  const state = (await response.json()) as StandInState;
  expect(state.available, `the Zoom stand-in is not running: ${state.unavailable}`).to.equal(true);
  return state;
}

const standInState = async () => (await (await fetch('/test-zoom/state')).json()) as StandInState;

function realSession(joinTimeoutMs = 10000) {
  const host = new TestHost();
  const tokens = recordingProvider();
  const session = new SessionController(host, { assets: ASSETS, tokenProvider: tokens.provider, joinTimeoutMs });
  return { host, tokens, session };
}

async function failedJoin(session: SessionController): Promise<SessionError> {
  expect(await session.join(joinOptions())).to.equal(false);
  expect(session.state).to.equal('failed');
  return session.error!;
}

describe('the real Zoom Video SDK, offline', function () {
  this.timeout(30000);

  after(async () => {
    await standIn('offline');
  });

  it('is served with JavaScript and WebAssembly MIME types from the self-hosted assets', async () => {
    for (const [file, type] of [
      ['js_media.min.js', /^(text|application)\/javascript/],
      ['net.wasm', /^application\/wasm/],
      ['video.simd.wasm', /^application\/wasm/],
      ['audio.simd.wasm', /^application\/wasm/],
    ] as const) {
      const response = await fetch(`${ASSETS}/${file}`, { method: 'HEAD' });
      expect(response.status, file).to.equal(200);
      expect(response.headers.get('content-type'), file).to.match(type);
    }
  });

  it('previews the fake camera and microphone, then releases them', async () => {
    const { host, session } = realSession();
    const video = document.createElement('video');
    video.muted = true;
    document.body.append(video);
    try {
      await session.startPreview(video);
      expect(host.of('zoom-session-error').map((e) => e.error.message)).to.deep.equal([]);
      expect(session.preview.videoOn).to.equal(true);
      expect(session.preview.audioOn).to.equal(true);
      expect(session.preview.cameras.length).to.be.greaterThan(0);
      expect(session.preview.microphones.length).to.be.greaterThan(0);
      await until(() => video.videoWidth > 0, 'camera frames', 15_000);
      const tracks = (video.srcObject as MediaStream).getTracks();
      expect(tracks.map((t) => t.readyState)).to.include('live');
      await until(() => session.preview.level > 0, 'a microphone level', 15_000);
      console.log(
        `real SDK preview: ${video.videoWidth}x${video.videoHeight}, microphone level ${session.preview.level.toFixed(2)}`,
      );
      await session.stopPreview();
      expect(tracks.map((t) => t.readyState)).to.deep.equal(tracks.map(() => 'ended'));
      expect([session.preview.videoOn, session.preview.audioOn]).to.deep.equal([false, false]);
    } finally {
      video.remove();
    }
  });

  it('fails a join that cannot reach Zoom with a clear network message, and can try again', async () => {
    await standIn('offline');
    const { host, session } = realSession();
    const started = performance.now();
    const error = await failedJoin(session);
    const firstMs = performance.now() - started;
    expect(error.code).to.equal('network');
    expect(error.source).to.equal('network');
    expect(error.message).to.contain('internet connection');
    expect(error.retryable).to.equal(true);
    expect(error.cause).to.include({ errorCode: 200, reason: 'connection error' });
    const steps = host.of('zoom-session-state').map((e) => e.step ?? e.state);
    expect(steps).to.include.members(['loading', 'connecting', 'failed']);
    const media = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((name) => name.endsWith('/js_media.min.js'));
    expect([...new Set(media)], 'the SDK loaded its media code from the self-hosted assets').to.deep.equal([
      new URL(`${ASSETS}/js_media.min.js`, document.baseURI).href,
    ]);
    const reached = (await standInState()).connections;
    expect(reached, 'the SDK tried to reach zoom.us').to.be.greaterThan(0);

    const again = performance.now();
    expect((await failedJoin(session)).code).to.equal('network');
    expect((await standInState()).connections, 'the retry reached out again').to.be.greaterThan(reached);
    console.log(
      `real SDK offline join: first ${Math.round(firstMs)} ms (with init), retry ${Math.round(performance.now() - again)} ms`,
    );
  });

  it('sends what Zoom expects, and maps "wrong passcode" to wrong-passcode', async () => {
    await standIn('answer', { errorCode: 3000, errorMessage: 'Meeting password is incorrect' });
    const { tokens, session } = realSession();
    const error = await failedJoin(session);
    const { requests } = await standInState();
    const lsdk = requests.find((r) => r.path === '/wc/lsdk')!;
    expect(lsdk, JSON.stringify(requests)).to.not.equal(undefined);
    console.log(`real SDK request to zoom.us: ${JSON.stringify({ ...lsdk, token: '…' })}`);
    // The SDK lowercases the topic (Zoom compares session names case-insensitively).
    expect([lsdk.method, lsdk.topic, lsdk.userName, lsdk.password, lsdk.token]).to.deep.equal([
      'POST',
      'plenary',
      'Ada',
      'abc123',
      tokens.tokens[0],
    ]);
    console.log(`real SDK, Zoom says 3000 "Meeting password is incorrect": ${JSON.stringify(error.cause)}`);
    expect((error.cause as { errorCode: number }).errorCode).to.equal(3004);
    expect([error.code, error.field, error.source]).to.deep.equal(['wrong-passcode', 'passcode', 'input']);
  });

  const answers: Array<[string, string, number, string]> = [
    ['an expired token', 'The java web token is expired or more than 2 days or ineffective.', 124, 'token-expired'],
    ['a topic it cannot parse', 'Parse lite sdk topic and pwd fail', 124, 'topic-invalid'],
    ['a token it cannot verify', 'Invalid signature', 124, 'token-rejected'],
  ];
  for (const [what, message, code, expected] of answers) {
    it(`maps Zoom's answer to ${what} to ${expected}, and gets a new token next time`, async () => {
      await standIn('answer', { errorCode: code, errorMessage: message });
      const { tokens, session } = realSession();
      const error = await failedJoin(session);
      console.log(`real SDK, Zoom says ${code} "${message}": ${JSON.stringify(error.cause)}`);
      expect(error.code).to.equal(expected);
      expect(error.source).to.equal('token');
      await failedJoin(session);
      expect(tokens.requests, 'a rejected token is not reused').to.have.length(2);
    });
  }

  it('names the URL it tried when the assets are not there (5001), without reaching Zoom', async () => {
    await standIn('offline');
    const host = new TestHost();
    const session = new SessionController(host, {
      assets: '/no-such-folder/lib',
      lang: 'fr-FR',
      tokenProvider: recordingProvider().provider,
    });
    const error = await failedJoin(session);
    console.log(`real SDK, missing assets: ${JSON.stringify(error.cause)}`);
    expect(error.code).to.equal('assets-unreachable');
    expect(error.message).to.contain(new URL('/no-such-folder/lib', document.baseURI).href);
    expect((error.cause as { errorCode: number }).errorCode).to.equal(5001);
    expect((await standInState()).connections).to.equal(0);
  });

  it('gives up on a join that hangs after joinTimeoutMs, and a second element cannot take the SDK meanwhile', async () => {
    await standIn('hang');
    const first = realSession(1500);
    const second = realSession();
    const joining = first.session.join(joinOptions());
    await until(() => first.session.step === 'connecting', 'connecting', 15_000);

    // One page, one SDK client: the second element must not disturb the first.
    expect(await second.session.join(joinOptions({ sessionName: 'Other' }))).to.equal(false);
    expect(second.session.error!.code).to.equal('session-in-use');
    expect(first.session.state).to.equal('joining');

    const started = performance.now();
    expect(await joining).to.equal(false);
    expect(first.session.error!.code).to.equal('join-timeout');
    expect(performance.now() - started).to.be.below(3000);

    // Zoom answers at last (the stand-in drops the hanging request): the SDK's join settles, the
    // first element lets go of the client, and the second one can try.
    await standIn('offline');
    let error: SessionError | undefined;
    for (let i = 0; i < 100 && error?.code !== 'network'; i++) {
      error = await failedJoin(second.session);
      if (error.code === 'session-in-use') await new Promise((r) => setTimeout(r, 50));
    }
    expect(error!.code).to.equal('network');
  });
});
