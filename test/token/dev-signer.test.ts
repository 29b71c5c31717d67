import { expect } from '@open-wc/testing';
import { jwtVerify } from 'jose';
import { devSigner, isLocalHostname } from '../../src/token/dev-signer.js';
import { inspectToken } from '../../src/token/inspect.js';
import { TokenError } from '../../src/token/types.js';

const secret = 'dev-secret-for-tests-0123456789abcdef';
const key = new TextEncoder().encode(secret);

describe('devSigner', () => {
  it('signs an HS256 token that verifies with the secret and carries every claim', async () => {
    const sign = devSigner({ sdkKey: 'my-sdk-key', sdkSecret: secret });
    const before = Math.floor(Date.now() / 1000);
    const token = await sign(
      { sessionName: 'Team Sync', role: 1, userIdentity: 'user-42', sessionKey: 'sk', videoWebRtcMode: 0 },
      new AbortController().signal,
    );
    const { payload, protectedHeader } = await jwtVerify(token, key, { algorithms: ['HS256'] });
    expect(protectedHeader).to.deep.equal({ alg: 'HS256', typ: 'JWT' });
    expect(payload).to.include({
      app_key: 'my-sdk-key',
      tpc: 'Team Sync',
      role_type: 1,
      version: 1,
      user_key: 'user-42',
      session_key: 'sk',
      video_webrtc_mode: 0,
      audio_webrtc_mode: 1,
    });
    expect(payload.iat).to.be.within(before - 31, before - 29 + 2);
    expect(payload.exp! - payload.iat!).to.equal(7200);
    expect(inspectToken(token, { sessionName: 'team sync', role: 1 }).problems).to.deep.equal([]);
  });

  it('a token signed with another secret does not verify', async () => {
    const token = await devSigner({ sdkKey: 'k', sdkSecret: 'another-secret-entirely-0000000000' })(
      { sessionName: 'x', role: 0 },
      new AbortController().signal,
    );
    let verified = true;
    try {
      await jwtVerify(token, key);
    } catch {
      verified = false;
    }
    expect(verified).to.equal(false);
  });

  it('refuses a request that breaks a rule instead of signing it', async () => {
    const sign = devSigner({ sdkKey: 'k', sdkSecret: secret });
    const error = await sign({ sessionName: 'bad/name', role: 0 }, new AbortController().signal).catch((e) => e);
    expect(error).to.be.instanceOf(TokenError);
    expect(error.code).to.equal('token-request-invalid');
    expect(error.errors[0].property).to.equal('sessionName');
  });

  it('rejects when already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await devSigner({ sdkKey: 'k', sdkSecret: secret })({ sessionName: 'x', role: 0 }, controller.signal).catch(
      (e) => e,
    );
    expect(error.code).to.equal('token-aborted');
  });

  it('knows which host names are local', () => {
    for (const host of ['localhost', 'LOCALHOST', '127.0.0.1', '[::1]', 'app.localhost']) {
      expect(isLocalHostname(host), host).to.equal(true);
    }
    for (const host of ['events.example', 'localhost.evil.com', '127.0.0.1.nip.io', '10.0.0.1', 'example.org']) {
      expect(isLocalHostname(host), host).to.equal(false);
    }
  });

  it('refuses to sign on a non-local origin; with allowInsecure it still needs a secure context', async () => {
    const frame = document.createElement('iframe');
    const url = new URL('/test/support/dev-signer-frame.html', location.href);
    url.hostname = 'events.example';
    const message = new Promise<MessageEvent>((resolve) => {
      window.addEventListener('message', function listen(event) {
        if (event.source === frame.contentWindow) {
          window.removeEventListener('message', listen);
          resolve(event);
        }
      });
    });
    frame.src = url.href;
    document.body.append(frame);
    try {
      const { data } = await message;
      expect(data.hostname).to.equal('events.example');
      expect(data.strict.ok).to.equal(false);
      expect(data.strict.code).to.equal('token-signer-insecure-origin');
      expect(data.strict.message).to.contain('events.example');
      // allowInsecure lifts the origin check, but http://events.example is not a secure context, so
      // there is no Web Crypto to sign with: the signer says so rather than failing obscurely.
      expect(data.insecure.ok).to.equal(false);
      expect(data.insecure.code).to.equal('token-signer-misconfigured');
      expect(data.insecure.message).to.contain('secure page');
    } finally {
      frame.remove();
    }
  });
});
