import { expect } from '@open-wc/testing';
import { remoteTokenProvider } from '../../src/token/remote-provider.js';
import { TokenError, type TokenRequest } from '../../src/token/types.js';

const request: TokenRequest = { sessionName: 'Plenary', role: 0, videoWebRtcMode: 1, audioWebRtcMode: 1 };
const signal = () => new AbortController().signal;

async function failure(promise: Promise<unknown>): Promise<TokenError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the provider should have failed').to.be.instanceOf(TokenError);
  return error as TokenError;
}

describe('remoteTokenProvider (against real HTTP endpoints)', () => {
  it('POSTs the sample body as JSON with the page headers and returns the signature', async () => {
    const provider = remoteTokenProvider({
      url: '/test-token/ok',
      headers: () => ({ 'X-CSRF-Token': 'csrf-123' }),
    });
    const token = await provider(request, signal());
    expect(token.split('.')).to.have.length(3);
    const last = await (await fetch('/test-token/last')).json();
    expect(last.method).to.equal('POST');
    expect(last.contentType).to.equal('application/json');
    expect(last.csrf).to.equal('csrf-123');
    expect(last.body).to.deep.equal(request);
  });

  it('sends the request before the microtasks already queued when its headers are not a promise', async () => {
    // A join queues the element's render before it asks for a token: the request must not wait for it.
    const order: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (...args: Parameters<typeof fetch>) => {
      order.push('fetch');
      return realFetch(...args);
    };
    try {
      queueMicrotask(() => order.push('queued microtask'));
      const pending = remoteTokenProvider({ url: '/test-token/ok', headers: () => ({ 'X-CSRF-Token': 'csrf-sync' }) })(request, signal());
      order.push('provider returned');
      expect((await pending).split('.')).to.have.length(3);
      expect(order).to.deep.equal(['fetch', 'provider returned', 'queued microtask']);
    } finally {
      window.fetch = realFetch;
    }
    expect((await (await fetch('/test-token/last')).json()).csrf).to.equal('csrf-sync');
  });

  it('waits for headers given as a promise', async () => {
    const provider = remoteTokenProvider({
      url: '/test-token/ok',
      headers: async () => {
        await new Promise((done) => setTimeout(done, 10));
        return { 'X-CSRF-Token': 'csrf-later' };
      },
    });
    expect((await provider(request, signal())).split('.')).to.have.length(3);
    expect((await (await fetch('/test-token/last')).json()).csrf).to.equal('csrf-later');
  });

  it('returns the signature as soon as the JSON answer is whole, without waiting for the body to end', async () => {
    // The endpoint never ends its answer: reading it to the end would run into the timeout.
    const token = await remoteTokenProvider({ url: '/test-token/held-open', timeoutMs: 5000 })(request, signal());
    expect(token.split('.')).to.have.length(3);
    expect(JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))).tpc).to.equal('Plenary');
  });

  it('reports the endpoint errors list of a 400', async () => {
    const error = await failure(remoteTokenProvider({ url: '/test-token/errors' })(request, signal()));
    expect(error.code).to.equal('token-endpoint-refused');
    expect(error.status).to.equal(400);
    expect(error.errors).to.deep.equal([
      { property: 'sessionName', reason: 'Session name must be fewer than 200 characters.' },
    ]);
    expect(error.message).to.contain('Session name must be fewer than 200 characters.');
    expect(error.retryable).to.equal(false);
  });

  it('says the service refused on 403', async () => {
    const error = await failure(remoteTokenProvider({ url: '/test-token/forbidden' })(request, signal()));
    expect(error.code).to.equal('token-endpoint-refused');
    expect(error.message).to.contain('refused to give you a token');
    expect(error.message).to.contain('Only event managers can host.');
  });

  it('treats a 500 as a retryable service failure', async () => {
    const error = await failure(remoteTokenProvider({ url: '/test-token/server-error' })(request, signal()));
    expect(error.code).to.equal('token-endpoint-error');
    expect(error.status).to.equal(500);
    expect(error.retryable).to.equal(true);
    expect(error.message).to.contain('HTTP 500');
  });

  it('says so when the answer is not JSON', async () => {
    const error = await failure(remoteTokenProvider({ url: '/test-token/garbage' })(request, signal()));
    expect(error.code).to.equal('token-endpoint-bad-response');
    expect(error.message).to.contain('did not answer with JSON');
  });

  it('says so when the JSON has no signature', async () => {
    const error = await failure(remoteTokenProvider({ url: '/test-token/no-signature' })(request, signal()));
    expect(error.code).to.equal('token-endpoint-bad-response');
    expect(error.message).to.contain('"signature"');
  });

  it('says 404 means the address is wrong', async () => {
    const error = await failure(remoteTokenProvider({ url: '/test-token/nowhere' })(request, signal()));
    expect(error.code).to.equal('token-endpoint-refused');
    expect(error.message).to.contain('not found');
  });

  it('gives up after the timeout', async () => {
    const started = performance.now();
    const error = await failure(remoteTokenProvider({ url: '/test-token/slow', timeoutMs: 200 })(request, signal()));
    expect(error.code).to.equal('token-endpoint-timeout');
    expect(error.retryable).to.equal(true);
    expect(performance.now() - started).to.be.below(2500);
  });

  it('stops when the caller aborts', async () => {
    const controller = new AbortController();
    const pending = remoteTokenProvider({ url: '/test-token/slow' })(request, controller.signal);
    setTimeout(() => controller.abort(), 50);
    const error = await failure(pending);
    expect(error.code).to.equal('token-aborted');
  });

  it('says the service is unreachable when nothing listens', async () => {
    const error = await failure(remoteTokenProvider({ url: 'http://127.0.0.1:9/token' })(request, signal()));
    expect(error.code).to.equal('token-endpoint-unreachable');
    expect(error.retryable).to.equal(true);
    expect(error.message).to.contain('http://127.0.0.1:9/token');
  });
});
