// The recording slice: the SDK's bare-string `recording-change`, told once per change and fired as
// `zoom-session-recording`; a host's start, pause, resume and stop through the fake's bundle rules;
// the SDK's refusals turned into a notice with their code.
import { expect } from '@open-wc/testing';
import { SessionController } from '../../../src/session/session-controller.js';
import { recordingStatusOf } from '../../../src/session/slices/recording.js';
import { itOwnsItsListeners, joined } from '../../support/engine-helpers.js';
import { FakeZoom } from '../../support/fake-zoom.js';
import { TestHost, joinOptions, recordingProvider } from '../../support/session-helpers.js';

const said = (session: SessionController) => session.notices.map((n) => [n.code, { ...n.params }]);

describe('recording', () => {
  it('reads the bundle’s bare strings, anything else is stopped', () => {
    expect(['Recording', 'Paused', 'Stopped', 'Ask', undefined, { status: 'Recording' }].map(recordingStatusOf)).to.deep.equal([
      'recording',
      'paused',
      'stopped',
      'stopped',
      'stopped',
      'stopped',
    ]);
  });

  it('shows and says each change once, fires zoom-session-recording, and goes when stopped', async () => {
    const { host, fake, session } = await joined();
    expect(session.recording).to.deep.equal({ status: 'stopped', canControl: false, busy: false });
    expect(said(session), 'a session not recorded says nothing').to.deep.equal([]);
    fake.recording.serverChange('Recording');
    fake.recording.serverChange('Recording');
    expect(session.recording.status).to.equal('recording');
    expect(said(session)).to.deep.equal([['recording', { status: 'recording' }]]);
    fake.recording.serverChange('Paused');
    expect(said(session), 'the old status is withdrawn').to.deep.equal([['recording', { status: 'paused' }]]);
    fake.recording.serverChange('Stopped');
    expect(session.recording.status).to.equal('stopped');
    expect(said(session)).to.deep.equal([['recording', { status: 'stopped' }]]);
    expect(host.of('zoom-session-recording').map((e) => e.status)).to.deep.equal(['recording', 'paused', 'stopped']);
    const [event] = host.of('zoom-session-recording');
    expect(event!.bubbles && event!.composed).to.equal(true);
  });

  it('says so at once when joining a session already recorded', async () => {
    const host = new TestHost();
    const fake = new FakeZoom();
    fake.recording.serverChange('Recording');
    const session = new SessionController(host, { clientLoader: fake.loader, tokenProvider: recordingProvider().provider, assets: '/sdk/lib' });
    expect(await session.join(joinOptions())).to.equal(true);
    expect(session.recording.status).to.equal('recording');
    expect(said(session)).to.deep.equal([['recording', { status: 'recording' }]]);
    expect(host.of('zoom-session-recording').map((e) => e.status)).to.deep.equal(['recording']);
    await session.leave();
    expect(session.recording.status, 'nothing outlives the session').to.equal('stopped');
  });

  it('lets a host start, pause, resume and stop', async () => {
    const { fake, session } = await joined();
    fake.updateUser(100, { isHost: true });
    expect(session.recording.canControl).to.equal(true);
    await session.controlRecording('start');
    expect(session.recording.status).to.equal('recording');
    await session.controlRecording('pause');
    expect(session.recording.status).to.equal('paused');
    await session.controlRecording('resume');
    expect(session.recording.status).to.equal('recording');
    await session.controlRecording('stop');
    expect(session.recording.status).to.equal('stopped');
    expect(fake.recording.calls).to.deep.equal(['start', 'pause', 'resume', 'stop']);
    expect(session.notices.some((n) => n.code === 'recording-refused')).to.equal(false);
  });

  it('gives no controls to an attendee, nor to a host whose account disallows recording', async () => {
    const { fake, session } = await joined();
    expect(session.recording.canControl, 'attendee').to.equal(false);
    fake.updateUser(100, { isManager: true });
    expect(session.recording.canControl, 'manager').to.equal(true);
    const other = new FakeZoom();
    other.recording.allowed = false;
    const s2 = new SessionController(new TestHost(), { clientLoader: other.loader, tokenProvider: recordingProvider().provider, assets: '/sdk/lib' });
    await s2.join(joinOptions());
    other.updateUser(100, { isHost: true });
    expect(s2.recording.canControl, 'account off').to.equal(false);
  });

  it('turns the SDK’s refusals into a notice with their code', async () => {
    const { fake, session } = await joined();
    await session.controlRecording('start');
    expect(said(session)).to.deep.equal([['recording-refused', { action: 'start', code: 5006 }]]);
    fake.updateUser(100, { isHost: true });
    await session.controlRecording('pause');
    expect(said(session).at(-1)).to.deep.equal(['recording-refused', { action: 'pause', code: 7202 }]);
    fake.recording.allowed = false;
    await session.controlRecording('start');
    expect(said(session).at(-1)).to.deep.equal(['recording-refused', { action: 'start', code: 7200 }]);
    expect(session.recording.status).to.equal('stopped');
    expect(session.recording.busy).to.equal(false);
  });

  itOwnsItsListeners('recording', ['recording-change']);
});
