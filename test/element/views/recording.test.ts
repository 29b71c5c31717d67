// The recording view: the persistent indicator for everyone while recorded or paused, nothing when
// stopped for an attendee, the host's buttons by status in the tab order, words in both languages,
// and axe clean in both color schemes.
import { expect } from '@open-wc/testing';
import { en, fr } from '../../../src/element/strings.js';
import { renderRecording, type RecordingActions } from '../../../src/element/views/recording.js';
import type { RecordingInfo } from '../../../src/session/slices/recording.js';
import { $$, expectAccessibleInBothSchemes, failOnLitWarnings, mount, nameOf, recorder, tabStops } from './helpers.js';

const info = (over: Partial<RecordingInfo> = {}) => ({ status: 'stopped' as const, canControl: false, busy: false, disabled: false, ...over });

describe('recording view', () => {
  failOnLitWarnings();

  it('shows nothing to an attendee while not recorded, and the indicator while recorded or paused', async () => {
    const { actions } = recorder<RecordingActions>(['control']);
    let model: ReturnType<typeof info> = info();
    const host = await mount(() => renderRecording(model, actions, en));
    expect($$(host, '[part="recording"]')).to.have.length(0);
    for (const [status, words] of [
      ['recording', 'Recording'],
      ['paused', 'Recording paused'],
    ] as const) {
      model = info({ status });
      const again = await mount(() => renderRecording(model, actions, en));
      expect($$(again, '[part="recording-indicator"]').map((e) => e.textContent!.trim())).to.deep.equal([words]);
      expect($$(again, 'button'), 'no controls for an attendee').to.have.length(0);
    }
  });

  it('gives a host the buttons for the status, reachable with Tab, in French too', async () => {
    const { actions, calls } = recorder<RecordingActions>(['control']);
    const stopped = await mount(() => renderRecording(info({ canControl: true }), actions, en));
    expect($$(stopped, '[part~="recording-button"]').map(nameOf)).to.deep.equal(['Record']);
    const host = await mount(() => renderRecording(info({ status: 'recording', canControl: true }), actions, fr));
    expect($$(host, '[part~="recording-button"]').map(nameOf)).to.deep.equal(['Mettre l’enregistrement en pause', 'Arrêter l’enregistrement']);
    expect(await tabStops(host, 2)).to.deep.equal(['button recording-button', 'button recording-button']);
    for (const button of $$<HTMLButtonElement>(host, '[part~="recording-button"]')) button.click();
    expect(calls).to.deep.equal(['control("pause")', 'control("stop")']);
    const paused = await mount(() => renderRecording(info({ status: 'paused', canControl: true }), actions, en));
    expect($$(paused, '[part~="recording-button"]').map(nameOf)).to.deep.equal(['Resume recording', 'Stop recording']);
  });

  it('is accessible recording with a host’s controls, light and dark', async () => {
    const { actions } = recorder<RecordingActions>(['control']);
    const host = await mount(() => renderRecording(info({ status: 'recording', canControl: true }), actions, en), { width: 360 });
    await expectAccessibleInBothSchemes(host);
  });
});
