import { expect } from '@open-wc/testing';
import { remoteTokenProvider } from '../../src/remote-provider.js';
import { TokenError, type TokenRequest } from '../../src/token/types.js';

const request: TokenRequest = { sessionName: 'Plenary', role: 0, videoWebRtcMode: 1, audioWebRtcMode: 1 };

describe('zoom-session-element/remote-provider (the light entry)', () => {
  it('gets a token as the main entry provider does, headers included, request after request', async () => {
    let calls = 0;
    const provider = remoteTokenProvider({
      url: '/test-token/ok',
      headers: () => ({ 'X-CSRF-Token': `csrf-${++calls}` }),
    });
    for (const expected of ['csrf-1', 'csrf-2']) {
      const token = await provider(request, new AbortController().signal);
      expect(token.split('.')).to.have.length(3);
      const last = await (await fetch('/test-token/last')).json();
      expect(last.csrf).to.equal(expected);
      expect(last.body).to.deep.equal(request);
    }
  });

  it('fails with the same TokenError', async () => {
    const error = await remoteTokenProvider({ url: '/test-token/forbidden' })(request, new AbortController().signal).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(TokenError);
    expect((error as TokenError).code).to.equal('token-endpoint-refused');
  });

  it('is cancelled by its signal before anything is sent', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await remoteTokenProvider({ url: '/test-token/ok' })(request, controller.signal).then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as TokenError).code).to.equal('token-aborted');
  });
});
