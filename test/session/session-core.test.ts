// The session engine's core with the fake SDK: the state machine, single flight, checks before the
// network, the token, cancelling, timeouts, removal from the page, and the connection's events.
// Each slice has its own test file in ./slices/.
import { expect } from '@open-wc/testing';
import { SessionError, authorPart } from '../../src/session/errors.js';
import { SessionController, TOKEN_REUSE_MARGIN_SECONDS } from '../../src/session/session-controller.js';
import type { JoinOptions } from '../../src/session/types.js';
import { validateSessionInput } from '../../src/token/rules.js';
import { TokenError } from '../../src/token/types.js';
import { expectClean, setup, states } from '../support/engine-helpers.js';
import { FakeZoom, failure } from '../support/fake-zoom.js';
import { TestHost, joinOptions, recordingProvider, settle, until } from '../support/session-helpers.js';

describe('join and leave', () => {
  it('walks every step to joined, with one state event per step, then the joined event', async () => {
    const { host, fake, session } = setup();
    expect(session.state).to.equal('idle');
    const joined = await session.join(joinOptions());
    expect(joined).to.equal(true);
    expect(states(host)).to.deep.equal([
      'preparing:checking',
      'preparing:getting-token',
      'joining:loading',
      'joining:connecting',
      'joining:starting-audio',
      'joining:starting-video',
      'joined',
    ]);
    const [event] = host.of('zoom-session-joined');
    expect(event!.sessionName).to.equal('Plenary');
    expect(event!.userId).to.equal(fake.selfId);
    expect(event!.bubbles && event!.composed).to.equal(true);
    expect(session.step).to.equal(undefined);
    expect(session.error).to.equal(undefined);
    expect(fake.calls.join).to.have.length(1);
    const call = fake.calls.join[0]!;
    expect([call.topic, call.userName, call.passcode]).to.deep.equal(['Plenary', 'Ada', 'abc123']);
  });

  it('leaves: stops video and audio, leaves the SDK, removes its listeners, says why', async () => {
    const { host, fake, session } = setup();
    await session.join(joinOptions());
    expect(fake.listenerCount).to.be.greaterThan(0);
    expect(fake.liveTracks).to.equal(2);
    await session.leave();
    expect(session.state).to.equal('left');
    expect(states(host).slice(-2)).to.deep.equal(['leaving', 'left']);
    expect(host.of('zoom-session-left').map((e) => e.reason)).to.deep.equal(['user']);
    expect(fake.calls.leave).to.equal(1);
    expect(fake.calls.stopVideo).to.equal(1);
    expect(fake.calls.stopAudio).to.equal(1);
    expect(session.participants).to.deep.equal([]);
    expectClean(fake);
  });

  it('does not load the SDK before a join gets past its checks and token', async () => {
    const { fake, session } = setup({ tokens: recordingProvider({ error: new TokenError('token-endpoint-refused', 'No.') }) });
    expect(fake.calls.loads).to.equal(0);
    await session.join(joinOptions({ passcode: 'x'.repeat(11) }));
    await session.join(joinOptions());
    expect(session.state).to.equal('failed');
    expect(fake.calls.loads).to.equal(0);
  });

  it('single flight: a second join while one runs returns the same promise and joins once', async () => {
    const { fake, tokens, session } = setup();
    fake.script.joinDelayMs = 20;
    const first = session.join(joinOptions());
    const second = session.join(joinOptions({ sessionName: 'Other' }));
    expect(second).to.equal(first);
    expect(await first).to.equal(true);
    expect(fake.calls.join).to.have.length(1);
    expect(tokens.requests).to.have.length(1);
    expect(await session.join(joinOptions()), 'join while joined').to.equal(true);
    expect(fake.calls.join).to.have.length(1);
  });

  it('can join again after leaving, and after failing', async () => {
    const { fake, session } = setup();
    await session.join(joinOptions());
    await session.leave();
    expect(await session.join(joinOptions())).to.equal(true);
    await session.leave();
    fake.script.joinError = failure(200, 'connection error', 'JOIN_MEETING_FAILED');
    expect(await session.join(joinOptions())).to.equal(false);
    expect(session.state).to.equal('failed');
    delete fake.script.joinError;
    expect(await session.join(joinOptions())).to.equal(true);
    expect(session.error, 'a new join clears the old error').to.equal(undefined);
    expect(fake.calls.join).to.have.length(4);
  });
});

describe('checks before the network', () => {
  const cases: Array<[string, Partial<JoinOptions>]> = [
    ['empty session name', { sessionName: '' }],
    ['session name with a slash', { sessionName: 'a/b' }],
    ['empty user name', { userName: '   ' }],
    ['passcode of 11 characters', { passcode: '12345678901' }],
    ['passcode with a non-ASCII character', { passcode: 'pässe' }],
    ['user key of 37 characters', { userKey: 'k'.repeat(37) }],
  ];
  for (const [name, change] of cases) {
    it(`fails on ${name} with the rule's code and field, without asking for a token`, async () => {
      const { host, fake, tokens, session } = setup();
      const options = joinOptions(change);
      const [problem] = validateSessionInput(options);
      expect(await session.join(options)).to.equal(false);
      const error = session.error!;
      expect(error).to.be.instanceOf(SessionError);
      expect([error.code, error.field, error.source]).to.deep.equal([problem!.code, problem!.field, 'input']);
      expect(error.message).to.equal(problem!.message);
      expect(tokens.requests).to.have.length(0);
      expect(fake.calls.loads).to.equal(0);
      expect(host.of('zoom-session-error').map((e) => e.error)).to.deep.equal([error]);
      expect(states(host)).to.deep.equal(['preparing:checking', 'failed']);
    });
  }

  it('tells the page author to set token-endpoint when there is no token provider', async () => {
    const host = new TestHost();
    const fake = new FakeZoom();
    const session = new SessionController(host, { clientLoader: fake.loader });
    await session.join(joinOptions());
    expect(session.error!.code).to.equal('token-provider-missing');
    expect(session.error!.message).to.contain('token-endpoint');
    expect(fake.calls.loads).to.equal(0);
  });

  const tokenCases: Array<[string, Partial<JoinOptions>, Record<string, unknown>, string]> = [
    ['a token for another session', {}, { tpc: 'Another session' }, 'token-topic-mismatch'],
    ['an expired token', {}, { iat: 1000, exp: 1000 + 3600 }, 'token-expired'],
    ['a participant token when asked for host', { role: 'host' }, { role_type: 0 }, 'token-role-mismatch'],
    ['a token without version', {}, { version: undefined }, 'token-claim-missing'],
  ];
  for (const [name, change, claims, code] of tokenCases) {
    it(`refuses ${name} before loading the SDK (${code})`, async () => {
      const { fake, session } = setup({ tokens: recordingProvider({ claims }) });
      await session.join(joinOptions(change));
      expect(session.state).to.equal('failed');
      expect(session.error!.code).to.equal(code);
      expect(session.error!.source).to.equal('token');
      expect(fake.calls.loads).to.equal(0);
    });
  }

  it("passes a token service failure on with its code, and its message as the page author's note", async () => {
    const cause = new TokenError('token-endpoint-timeout', 'The token service did not answer.', { retryable: true });
    const { session } = setup({ tokens: recordingProvider({ error: cause }) });
    await session.join(joinOptions());
    const error = session.error!;
    expect([error.code, authorPart(error.message), error.retryable, error.cause]).to.deep.equal([
      'token-endpoint-timeout',
      cause.message,
      true,
      cause,
    ]);
  });
});

describe('the token request', () => {
  const modes: Array<[Partial<JoinOptions>, Record<string, unknown>]> = [
    [{}, { role: 0, videoWebRtcMode: 1, audioWebRtcMode: 1 }],
    [{ videoMode: 'wasm' }, { role: 0, videoWebRtcMode: 0, audioWebRtcMode: 1 }],
    [{ audioMode: 'wasm', role: 'host' }, { role: 1, videoWebRtcMode: 1, audioWebRtcMode: 0 }],
  ];
  for (const [change, expected] of modes) {
    it(`asks for ${JSON.stringify(expected)} given ${JSON.stringify(change)}`, async () => {
      const { tokens, session } = setup();
      expect(await session.join(joinOptions(change))).to.equal(true);
      expect(tokens.requests[0]).to.include(expected);
      expect(tokens.requests[0]!.sessionName).to.equal('Plenary');
      expect(tokens.signals[0]).to.be.instanceOf(AbortSignal);
    });
  }

  it('sends user and session keys when given', async () => {
    const { tokens, session } = setup();
    await session.join(joinOptions({ userKey: 'u-1', sessionKey: 's-1' }));
    expect(tokens.requests[0]).to.include({ userIdentity: 'u-1', sessionKey: 's-1' });
  });

  it('reuses a cached token for a rejoin while it stays valid', async () => {
    const { fake, tokens, session } = setup();
    await session.join(joinOptions());
    await session.leave();
    await session.join(joinOptions());
    expect(tokens.requests).to.have.length(1);
    expect(fake.calls.join[1]!.token).to.equal(fake.calls.join[0]!.token);
  });

  it('fetches a new token when the cached one expires within the margin', async () => {
    const now = () => Math.floor(Date.now() / 1000);
    // Valid now (inspect accepts it), but with less left than the reuse margin.
    const soon = TOKEN_REUSE_MARGIN_SECONDS / 2;
    const tokens = recordingProvider({
      claims: (_r, n) => (n === 1 ? { exp: now() + soon, iat: now() + soon - 1800 } : {}),
    });
    const { fake, session } = setup({ tokens });
    expect(await session.join(joinOptions())).to.equal(true);
    await session.leave();
    expect(await session.join(joinOptions())).to.equal(true);
    expect(tokens.requests).to.have.length(2);
    expect(fake.calls.join[1]!.token).to.equal(tokens.tokens[1]);
    expect(fake.calls.join[1]!.token).to.not.equal(fake.calls.join[0]!.token);
  });

  it('fetches a new token for another session or role', async () => {
    const { tokens, session } = setup();
    await session.join(joinOptions());
    await session.leave();
    await session.join(joinOptions({ sessionName: 'Workshop' }));
    await session.leave();
    await session.join(joinOptions({ sessionName: 'Workshop', role: 'host' }));
    expect(tokens.requests.map((r) => [r.sessionName, r.role])).to.deep.equal([
      ['Plenary', 0],
      ['Workshop', 0],
      ['Workshop', 1],
    ]);
  });

  it('forgets the token when Zoom rejects it', async () => {
    const { fake, tokens, session } = setup();
    fake.script.joinError = failure(200, 'The token has expired, is over 2 days old, or is ineffective.');
    await session.join(joinOptions());
    expect(session.error!.code).to.equal('token-expired');
    delete fake.script.joinError;
    await session.join(joinOptions());
    expect(tokens.requests).to.have.length(2);
  });
});

describe('cancelling and removal', () => {
  it('leave() while getting the token aborts the request and loads nothing', async () => {
    const { host, fake, tokens, session } = setup({ tokens: recordingProvider({ hang: true }) });
    const joining = session.join(joinOptions());
    await until(() => session.step === 'getting-token', 'getting-token');
    await session.leave();
    expect(await joining).to.equal(false);
    expect(tokens.signals[0]!.aborted).to.equal(true);
    expect(session.state).to.equal('left');
    expect(host.of('zoom-session-left').map((e) => e.reason)).to.deep.equal(['cancelled']);
    expect(host.of('zoom-session-error')).to.have.length(0);
    expect(fake.calls.loads).to.equal(0);
    expect(fake.calls.join).to.have.length(0);
  });

  it('a join asked for while leaving joins once the leave is done', async () => {
    const { fake, session } = setup();
    await session.join(joinOptions());
    const leaving = session.leave();
    const rejoin = session.join(joinOptions());
    await leaving;
    expect(await rejoin).to.equal(true);
    expect([session.state, fake.calls.leave, fake.calls.join.length]).to.deep.equal(['joined', 1, 2]);
  });

  it('a join asked for while leaving waits for the leave, and a second leave cancels it', async () => {
    const { fake, session } = setup();
    await session.join(joinOptions());
    fake.stream.stopVideo = async () => {
      await settle(20);
      return '';
    };
    const leaving = session.leave();
    const rejoin = session.join(joinOptions());
    expect(session.state).to.equal('leaving');
    expect(session.leave()).to.equal(leaving);
    await leaving;
    expect(await rejoin).to.equal(false);
    expect(session.state).to.equal('left');
    expect(fake.calls.join).to.have.length(1);
  });

  it('leave() does not wait for a token provider that ignores its signal', async () => {
    const { session } = setup({ tokens: recordingProvider({ hang: true, ignoreAbort: true }) });
    const joining = session.join(joinOptions());
    await until(() => session.step === 'getting-token', 'getting-token');
    await session.leave();
    expect(await joining).to.equal(false);
    expect(session.state).to.equal('left');
  });

  it('leave() while the SDK joins gives up, and leaves the SDK if it gets in later', async () => {
    const { fake, session } = setup();
    fake.script.joinHangs = true;
    const joining = session.join(joinOptions());
    await until(() => session.step === 'connecting' && fake.calls.join.length === 1, 'connecting');
    await session.leave();
    expect(await joining).to.equal(false);
    expect(session.state).to.equal('left');
    expect(fake.listenerCount).to.equal(0);
    fake.settleJoin();
    await until(() => fake.calls.leave === 1, 'the late join to be left');
    expect(fake.inSession).to.equal(false);
    expect(session.state).to.equal('left');
    expect(fake.calls.startAudio).to.have.length(0);
    expectClean(fake);
  });

  it('leave() while audio starts leaves the SDK and starts no video', async () => {
    const { fake, session } = setup();
    let release: () => void = () => {};
    const original = fake.stream.startAudio;
    fake.stream.startAudio = async (options) => {
      await new Promise<void>((r) => (release = r));
      return original(options);
    };
    const joining = session.join(joinOptions());
    await until(() => session.step === 'starting-audio', 'starting-audio');
    const leaving = session.leave();
    release();
    await leaving;
    expect(await joining).to.equal(false);
    await settle(5);
    expect(session.state).to.equal('left');
    expect(fake.calls.leave).to.equal(1);
    expect(fake.calls.startVideo).to.have.length(0);
    expect(fake.listenerCount).to.equal(0);
  });

  it('removed from the page mid-join: no join left running, listeners removed, tracks stopped', async () => {
    const { host, fake, session } = setup();
    fake.script.joinHangs = true;
    await session.startPreview(document.createElement('video'));
    expect(fake.liveTracks).to.equal(2);
    const joining = session.join(joinOptions());
    await until(() => fake.calls.join.length === 1, 'the SDK join');
    await host.remove();
    expect(await joining).to.equal(false);
    await until(() => session.state === 'left', 'left');
    expect(host.of('zoom-session-left').map((e) => e.reason)).to.deep.equal(['disconnected']);
    fake.settleJoin();
    await until(() => fake.calls.leave === 1, 'the late join to be left');
    expectClean(fake);
  });

  it('removed from the page in a call: leaves and releases everything', async () => {
    const { host, fake, session } = setup();
    await session.join(joinOptions());
    await host.remove();
    await until(() => session.state === 'left', 'left');
    expect(fake.calls.leave).to.equal(1);
    expectClean(fake);
  });

  it('moved in the page (disconnected and connected at once) keeps the call', async () => {
    const { host, fake, session } = setup();
    await session.join(joinOptions());
    for (const c of host.controllers) c.hostDisconnected?.();
    for (const c of host.controllers) c.hostConnected?.();
    await settle(5);
    expect(session.state).to.equal('joined');
    expect(fake.calls.leave).to.equal(0);
  });

  it('fails with a timeout when the SDK join hears nothing, and leaves if it gets in later', async () => {
    const { fake, session } = setup({ joinTimeoutMs: 60 });
    fake.script.joinHangs = true;
    const started = performance.now();
    expect(await session.join(joinOptions())).to.equal(false);
    expect(performance.now() - started).to.be.below(1000);
    expect(session.error!.code).to.equal('join-timeout');
    expect(session.error!.retryable).to.equal(true);
    expect(fake.listenerCount).to.equal(0);
    fake.settleJoin();
    await until(() => fake.calls.leave === 1, 'the late join to be left');
    delete fake.script.joinHangs;
    expect(await session.join(joinOptions()), 'a retry works').to.equal(true);
  });

  it('a retry waits for a timed-out join to settle before joining again', async () => {
    const { fake, session } = setup({ joinTimeoutMs: 60 });
    fake.script.joinHangs = true;
    await session.join(joinOptions());
    const retry = session.join(joinOptions());
    await settle(20);
    expect(fake.calls.join, 'no second SDK join while the first may still get in').to.have.length(1);
    fake.settleJoin(failure(200, 'connection error'));
    await until(() => fake.calls.join.length === 2, 'the retry');
    fake.settleJoin();
    expect(await retry).to.equal(true);
  });

  it('fails with assets-unreachable when init hears nothing', async () => {
    const { fake, session } = setup({ joinTimeoutMs: 40 });
    fake.script.initDelayMs = 500;
    await session.join(joinOptions());
    expect(session.error!.code).to.equal('assets-unreachable');
    expect(fake.calls.join).to.have.length(0);
  });
});

describe('the SDK', () => {
  it('resolves a relative assets path against the page and inits once per lang and assets', async () => {
    const { fake, session } = setup({ assets: 'vendor/zoom/lib/' });
    await session.join(joinOptions());
    await session.leave();
    await session.join(joinOptions());
    await session.leave();
    expect(fake.calls.init).to.deep.equal([
      { lang: 'en-US', assets: new URL('vendor/zoom/lib', document.baseURI).href },
    ]);
    session.assets = 'cdn';
    session.lang = 'de-DE';
    await session.join(joinOptions());
    expect(fake.calls.init[1]).to.deep.equal({ lang: 'de-DE', assets: 'CDN' });
    expect(fake.calls.createClient).to.equal(1);
  });

  it('a second controller sharing the one SDK client gets session-in-use and leaves the first alone', async () => {
    const first = setup();
    const host = new TestHost();
    const second = new SessionController(host, {
      clientLoader: first.fake.loader,
      tokenProvider: recordingProvider().provider,
    });
    await first.session.join(joinOptions());
    expect(await second.join(joinOptions())).to.equal(false);
    expect(second.error!.code).to.equal('session-in-use');
    expect(first.session.state).to.equal('joined');
    expect(first.fake.calls.join).to.have.length(1);
    expect(first.fake.calls.leave).to.equal(0);
    await first.session.leave();
    expect(await second.join(joinOptions())).to.equal(true);
    await second.leave();
  });

  it('reconnecting and back, following connection-change', async () => {
    const { host, fake, session } = setup();
    await session.join(joinOptions());
    fake.emit('connection-change', { state: 'Reconnecting', reason: 'failover' });
    expect(session.state).to.equal('reconnecting');
    fake.emit('connection-change', { state: 'Connected' });
    expect(session.state).to.equal('joined');
    expect(states(host).slice(-2)).to.deep.equal(['reconnecting', 'joined']);
  });

  const closes: Array<[string, Record<string, unknown>, string, string]> = [
    ['the host ends the session', { state: 'Closed', reason: 'ended by host' }, 'left', 'ended-by-host'],
    ['the host removes this participant', { state: 'Closed', reason: 'kicked by host' }, 'left', 'removed-by-host'],
    ['the session closes for no known reason', { state: 'Closed' }, 'failed', 'connection-closed'],
    ['the connection fails', { state: 'Fail', errorCode: 200, reason: 'connection error' }, 'failed', 'connection-lost'],
  ];
  for (const [name, payload, state, why] of closes) {
    it(`${name}: ${state} (${why}), everything released`, async () => {
      const { host, fake, session } = setup();
      await session.join(joinOptions());
      fake.emit('connection-change', payload);
      await until(() => session.state === state, state);
      if (state === 'left') expect(host.of('zoom-session-left').map((e) => e.reason)).to.deep.equal([why]);
      else expect(session.error!.code).to.equal(why);
      expectClean(fake);
    });
  }

  it('ignores connection Fail while joining: the join itself reports the failure once', async () => {
    const { host, fake, session } = setup();
    fake.script.joinError = failure(200, 'connection error', 'JOIN_MEETING_FAILED');
    await session.join(joinOptions());
    expect(host.of('zoom-session-error')).to.have.length(1);
    expect(session.error!.code).to.equal('network');
  });
});

describe('the core and its slices', () => {
  it('listens to connection-change itself; every other SDK listener belongs to a slice', async () => {
    const { fake, session } = setup();
    await session.join(joinOptions());
    const slices = Object.values(session.slices);
    expect(fake.listeners.get('connection-change')?.size).to.equal(1);
    expect(fake.listenerCount).to.equal(1 + slices.reduce((n, s) => n + s.listening, 0));
    await session.leave();
    expectClean(fake);
    expect(slices.map((s) => s.listening)).to.deep.equal(slices.map(() => 0));
  });

  it('keeps one API for the element: the slices answer through the controller', async () => {
    const { session } = setup();
    await session.join(joinOptions());
    const { roster, media, share, chat } = session.slices;
    expect(session.participants).to.equal(roster.participants);
    expect([session.audioMuted, session.videoOn]).to.deep.equal([media.audioMuted, media.videoOn]);
    expect(session.share).to.deep.equal(share.info);
    expect(session.chat).to.equal(chat.info);
    expect(session.preview, 'the same object until something changes').to.equal(session.preview);
  });
});
