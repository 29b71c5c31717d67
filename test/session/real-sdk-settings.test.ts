// Settings against the real Zoom Video SDK in headless Chromium, offline: before joining, the engine
// asks the SDK (after init, from the self-hosted assets) what this browser can do, and a background
// preview starts only where it says yes: never an error after the fact. On this kind of machine
// (no GPU: SwiftShader; 2 cores) the 2.5.0 SDK says no, so the blurred preview itself cannot be
// seen here; on a machine with a GPU the same test starts it on a canvas.
import { expect } from '@open-wc/testing';
import { SessionController } from '../../src/session/session-controller.js';
import { TestHost, recordingProvider, settle } from '../support/session-helpers.js';

const ASSETS = '/node_modules/@zoom/videosdk/dist/lib';

describe('settings with the real Zoom Video SDK, offline', function () {
  this.timeout(60000);

  it('asks the SDK before joining, and previews a background only where it says yes', async () => {
    const host = new TestHost();
    const session = new SessionController(host, { assets: ASSETS, tokenProvider: recordingProvider().provider });
    await session.checkSettings();
    const verdict = session.settings.unsupported.background;
    console.log(
      `real SDK background support here: ${verdict ?? 'yes'} (cores ${navigator.hardwareConcurrency}, isolated ${crossOriginIsolated})`,
    );
    expect([undefined, 'platform']).to.include(verdict);
    const canvas = document.createElement('canvas');
    canvas.width = 640;
    canvas.height = 360;
    document.body.append(canvas);
    try {
      await session.chooseSettings({ background: 'blur' });
      await session.showBackground(canvas);
      await settle(20);
      expect(host.of('zoom-session-error').map((e) => e.error.code), 'no error after the fact').to.deep.equal([]);
      expect(session.slices.settings.previewing).to.equal(verdict === undefined);
    } finally {
      await session.showBackground(undefined);
      await session.dispose();
      canvas.remove();
    }
  });
});
