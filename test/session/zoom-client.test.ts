import { expect } from '@open-wc/testing';
import { resolveAssets } from '../../src/session/assets.js';
import { ZoomClient } from '../../src/session/zoom-client.js';
import { FakeZoom, failure } from '../support/fake-zoom.js';

describe('resolveAssets', () => {
  const base = 'https://events.example/conf/2025/page.html';
  const table: Array<[string, string]> = [
    ['Global', 'Global'],
    ['global', 'Global'],
    ['CDN', 'CDN'],
    ['cn', 'CN'],
    ['', 'Global'],
    ['/lib', 'https://events.example/lib'],
    ['lib/', 'https://events.example/conf/2025/lib'],
    ['../static/zoom/lib', 'https://events.example/conf/static/zoom/lib'],
    ['https://cdn.example/zoom/lib/', 'https://cdn.example/zoom/lib'],
  ];
  for (const [assets, expected] of table) {
    it(`${JSON.stringify(assets)} -> ${expected}`, () => {
      expect(resolveAssets(assets, base)).to.equal(expected);
    });
  }

  it('resolves against the page by default', () => {
    expect(resolveAssets('/node_modules/x')).to.equal(new URL('/node_modules/x', document.baseURI).href);
  });
});

describe('ZoomClient', () => {
  it('loads the SDK only when asked, once', async () => {
    const fake = new FakeZoom();
    const zoom = new ZoomClient(fake.loader);
    expect(fake.calls.loads).to.equal(0);
    await Promise.all([zoom.loadClient(), zoom.loadClient(), zoom.devices()]);
    expect(fake.calls.loads).to.equal(1);
    expect(fake.calls.createClient).to.equal(1);
  });

  it('accepts a loader that resolves to the module namespace', async () => {
    const fake = new FakeZoom();
    const zoom = new ZoomClient(async () => ({ default: fake.module }) as never);
    expect(await zoom.loadClient()).to.equal(fake.client);
  });

  it('tries a failed load again', async () => {
    const fake = new FakeZoom();
    let fail = true;
    const zoom = new ZoomClient(async () => {
      if (fail) throw new TypeError('Failed to fetch dynamically imported module');
      return fake.loader();
    });
    const error = await zoom.load().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(TypeError);
    fail = false;
    await zoom.loadClient();
    expect(fake.calls.loads).to.equal(1);
  });

  it('inits once per client, language and assets; a failed init is tried again', async () => {
    const fake = new FakeZoom();
    const a = new ZoomClient(fake.loader);
    const b = new ZoomClient(fake.loader);
    await Promise.all([a.init('en-US', 'CDN'), b.init('en-US', 'CDN')]);
    expect(fake.calls.init).to.have.length(1);
    fake.script.initError = failure(5001, 'dependent assets are not accessible', 'INVALID_PARAMETERS');
    const error = await a.init('de-DE', 'CDN').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).to.equal(fake.script.initError);
    delete fake.script.initError;
    await a.init('de-DE', 'CDN');
    expect(fake.calls.init.map((c) => c.lang)).to.deep.equal(['en-US', 'de-DE', 'de-DE']);
  });

  it('removes exactly the listener each unsubscribe names, once', async () => {
    const fake = new FakeZoom();
    const zoom = new ZoomClient(fake.loader);
    await zoom.loadClient();
    const foreign = () => {};
    fake.client.on('user-added', foreign);
    let heard = 0;
    const offUsers = zoom.on('user-added', () => heard++);
    const offConnection = zoom.on('connection-change', () => heard++);
    expect(fake.listenerCount).to.equal(3);
    fake.emit('user-added', []);
    offUsers();
    offUsers(); // a second call removes nothing more
    fake.emit('user-added', []);
    expect(heard).to.equal(1);
    expect(fake.listenerCount).to.equal(2);
    expect(fake.listeners.get('user-added')!.has(foreign), "someone else's listener stays").to.equal(true);
    offConnection();
    expect(fake.listenerCount).to.equal(1);
  });

  it('lets one adapter at a time hold the one SDK client', async () => {
    const fake = new FakeZoom();
    const a = new ZoomClient(fake.loader);
    const b = new ZoomClient(fake.loader);
    await Promise.all([a.loadClient(), b.loadClient()]);
    a.acquire();
    a.acquire();
    expect(() => b.acquire()).to.throw().with.property('code', 'session-in-use');
    a.release();
    b.acquire();
    expect([a.holdsClient, b.holdsClient]).to.deep.equal([false, true]);
    b.release();
  });

  it('refuses a client already in a session it did not start', async () => {
    const fake = new FakeZoom();
    const zoom = new ZoomClient(fake.loader);
    await zoom.loadClient();
    fake.inSession = true;
    expect(() => zoom.acquire()).to.throw().with.property('code', 'session-in-use');
  });

  it('throws the failures the SDK resolves with', async () => {
    const fake = new FakeZoom();
    const zoom = new ZoomClient(fake.loader);
    await zoom.loadClient();
    const refused = failure(6111, 'render limit');
    fake.stream.attachVideo = async () => refused;
    const error = await zoom.attachVideo(1).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).to.equal(refused);
  });
});
