import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { en, fr } from '../../../src/element/strings.js';
import { renderPrejoin, type PrejoinActions, type PrejoinModel } from '../../../src/element/views/prejoin.js';
import { AUTOFOCUS_SELECTOR, PREJOIN_IDS } from '../../../src/element/views/shared.js';
import * as sample from '../../support/view-gallery.samples.js';
import {
  $,
  $$,
  expectAccessibleInBothSchemes,
  failOnLitWarnings,
  mount,
  nameOf,
  recorder,
  rerender,
  tabStops,
} from './helpers.js';

const ACTIONS: (keyof PrejoinActions)[] = [
  'input',
  'join',
  'toggleCamera',
  'toggleMicrophone',
  'selectCamera',
  'selectMicrophone',
];

function setup(model: PrejoinModel, strings = en, options: Parameters<typeof mount>[1] = {}) {
  const { actions, calls } = recorder<PrejoinActions>(ACTIONS);
  return mount(() => renderPrejoin(model, actions, strings), options).then((host) => ({ host, calls }));
}

describe('pre-join view', () => {
  failOnLitWarnings();

  it('runs with Lit in dev mode, so its warnings would be caught', () => {
    expect((globalThis as { litIssuedWarnings?: unknown }).litIssuedWarnings).to.be.instanceOf(Set);
  });

  it('asks for the fields the page did not set, each labelled, the passcode with its limit', async () => {
    const { host } = await setup(sample.prejoin({ fields: ['userName', 'passcode'] }));
    expect($$(host, 'input').map((i) => i.id)).to.deep.equal(['userName', 'passcode']);
    expect($(host, 'label[for="userName"]').textContent).to.equal('Your name');
    const passcode = $<HTMLInputElement>(host, '#passcode');
    expect(passcode.type).to.equal('password');
    expect(passcode.getAttribute('aria-describedby')).to.equal('passcode-hint');
    expect($(host, '#passcode-hint').textContent).to.equal('At most 10 characters.');
    expect(passcode.getAttribute('aria-invalid')).to.equal('false');
  });

  it('shows only the preview and Join when the page set every attribute', async () => {
    const { host } = await setup(sample.prejoinAllSet());
    expect($$(host, 'input')).to.have.length(0);
    expect($$(host, '[part~="preview"]')).to.have.length(1);
    expect(nameOf($(host, '#join-button'))).to.equal('Join');
    await expectAccessibleInBothSchemes(host);
  });

  it("shows each field's problem, linked by aria-describedby, and marks the first for focus", async () => {
    const model = sample.prejoinWithProblems();
    const { host } = await setup(model);
    const session = $<HTMLInputElement>(host, '#sessionName');
    expect(session.getAttribute('aria-invalid')).to.equal('true');
    expect(session.getAttribute('aria-describedby')).to.equal('sessionName-problem');
    expect($(host, '#sessionName-problem').textContent).to.contain('cannot contain "/"');
    expect($(host, '#userName-problem').textContent!.trim()).to.equal('Enter your name.');
    const passcode = $<HTMLInputElement>(host, '#passcode');
    expect(passcode.getAttribute('aria-describedby')).to.equal('passcode-hint passcode-problem');
    expect($(host, '#passcode-problem').textContent).to.contain('at most 10 characters; it has 11');
    expect($$(host, AUTOFOCUS_SELECTOR).map((e) => e.id)).to.deep.equal(['sessionName']);
    await expectAccessibleInBothSchemes(host);
  });

  it("reports a problem with the page's own attribute in an alert", async () => {
    const model = sample.prejoin({
      fields: ['userName'],
      values: { sessionName: 'a/b', userName: 'Ada', passcode: '' },
      problems: [{ field: 'sessionName', code: 'session-name-invalid-characters', message: 'Bad session name.' }],
    });
    const { host } = await setup(model);
    expect($(host, '[role="alert"]').textContent!.trim()).to.equal('Bad session name.');
    expect($<HTMLInputElement>(host, '#userName').getAttribute('aria-invalid')).to.equal('false');
  });

  it('gives the controller one muted, inline self-view <video> that stays while the camera is off', async () => {
    const { actions } = recorder<PrejoinActions>(ACTIONS);
    let model = sample.prejoin({ values: { sessionName: '', userName: 'Ada Lovelace', passcode: '' } });
    const host = await mount(() => renderPrejoin(model, actions, en));
    const video = $<HTMLVideoElement>(host, `#${PREJOIN_IDS.previewVideo}`);
    expect(video.getAttribute('part')).to.equal('preview-video');
    expect(video.muted).to.equal(true);
    expect(video.hasAttribute('playsinline')).to.equal(true);
    expect(video.hidden).to.equal(false);

    model = { ...model, preview: sample.preview({ videoOn: false }) };
    await rerender(host, () => renderPrejoin(model, actions, en));
    expect($(host, `#${PREJOIN_IDS.previewVideo}`)).to.equal(video);
    expect(video.hidden).to.equal(true);
    expect($(host, '[part~="preview-placeholder"]').textContent).to.contain('Your camera is off');
    expect($(host, '[part~="preview-placeholder"] .avatar').textContent).to.equal('AL');
  });

  it('shows no preview area without a preview', async () => {
    const { host } = await setup(sample.prejoin({ preview: undefined }));
    expect($$(host, 'video')).to.have.length(0);
    expect($$(host, '[role="meter"]')).to.have.length(0);
  });

  it('has camera and microphone toggles with aria-pressed', async () => {
    const { host, calls } = await setup(sample.prejoin({ preview: sample.preview({ videoOn: false, audioOn: true }) }));
    const mic = $(host, `#${PREJOIN_IDS.microphoneToggle}`);
    const cam = $(host, `#${PREJOIN_IDS.cameraToggle}`);
    expect([nameOf(mic), mic.getAttribute('aria-pressed')]).to.deep.equal(['Microphone', 'true']);
    expect([nameOf(cam), cam.getAttribute('aria-pressed')]).to.deep.equal(['Camera', 'false']);
    mic.click();
    cam.click();
    expect(calls).to.deep.equal(['toggleMicrophone()', 'toggleCamera()']);
  });

  it('shows the microphone level as a named meter from 0 to 1, only while the microphone is on', async () => {
    const { actions } = recorder<PrejoinActions>(ACTIONS);
    let model = sample.prejoin({ preview: sample.preview({ level: 0.42 }) });
    const host = await mount(() => renderPrejoin(model, actions, en));
    const meter = $(host, '[role="meter"]');
    expect(meter.getAttribute('aria-label')).to.equal('Microphone level');
    expect(meter.getAttribute('aria-valuemin')).to.equal('0');
    expect(meter.getAttribute('aria-valuemax')).to.equal('1');
    expect(meter.getAttribute('aria-valuenow')).to.equal('0.42');
    expect(meter.getAttribute('aria-valuetext')).to.equal('42%');
    const fill = meter.querySelector('.meter-fill')!;
    expect(fill.getBoundingClientRect().width / meter.clientWidth).to.be.closeTo(0.42, 0.02);

    model = { ...model, preview: sample.preview({ level: 3 }) };
    await rerender(host, () => renderPrejoin(model, actions, en));
    expect(meter.getAttribute('aria-valuenow')).to.equal('1');

    model = { ...model, preview: sample.preview({ audioOn: false }) };
    await rerender(host, () => renderPrejoin(model, actions, en));
    expect($$(host, '[role="meter"]')).to.have.length(0);
  });

  it('offers device choices only when there is more than one camera or microphone', async () => {
    const one = await setup(
      sample.prejoin({ preview: sample.preview({ cameras: sample.cameras.slice(0, 1), microphones: [] }) }),
    );
    expect($$(one.host, 'select')).to.have.length(0);

    const { host, calls } = await setup(sample.prejoin({ preview: sample.preview({ cameraId: 'cam-2' }) }));
    const camera = $<HTMLSelectElement>(host, `#${PREJOIN_IDS.cameraSelect}`);
    expect(camera.value).to.equal('cam-2');
    expect($(host, `label[for="${PREJOIN_IDS.cameraSelect}"]`).textContent).to.equal('Choose a camera');
    expect([...camera.options].map((o) => o.textContent!.trim())).to.deep.equal([
      'Integrated Camera',
      'USB Document Camera',
    ]);
    const mic = $<HTMLSelectElement>(host, `#${PREJOIN_IDS.microphoneSelect}`);
    mic.value = 'mic-2';
    mic.dispatchEvent(new Event('change'));
    expect(calls).to.deep.equal(['selectMicrophone("mic-2")']);
  });

  it('names devices without labels', async () => {
    const unlabeled = [
      { deviceId: 'a', label: '' },
      { deviceId: 'b', label: '' },
    ];
    const { host } = await setup(sample.prejoin({ preview: sample.preview({ cameras: unlabeled }) }));
    const options = [...$<HTMLSelectElement>(host, `#${PREJOIN_IDS.cameraSelect}`).options];
    expect(options.map((o) => o.textContent!.trim())).to.deep.equal(['Camera 1', 'Camera 2']);
  });

  it('reaches every control with Tab, in reading order', async () => {
    const { host } = await setup(sample.prejoin());
    expect(await tabStops(host, 8)).to.deep.equal([
      PREJOIN_IDS.microphoneToggle,
      PREJOIN_IDS.cameraToggle,
      PREJOIN_IDS.cameraSelect,
      PREJOIN_IDS.microphoneSelect,
      'sessionName',
      'userName',
      'passcode',
      PREJOIN_IDS.joinButton,
    ]);
  });

  it('types into fields, joins with Enter in a field or on Join, toggles with Space', async () => {
    const { host, calls } = await setup(sample.prejoin({ preview: sample.preview({ cameras: [], microphones: [] }) }));
    $(host, '#userName').focus();
    await sendKeys({ type: 'Al' });
    await sendKeys({ press: 'Enter' });
    $(host, '#join-button').focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    $(host, `#${PREJOIN_IDS.cameraToggle}`).focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Enter' });
    expect(calls).to.deep.equal([
      'input("userName", "A")',
      'input("userName", "Al")',
      'join()',
      'join()',
      'join()',
      'toggleCamera()',
      'toggleCamera()',
    ]);
  });

  it('changes the camera from the keyboard', async () => {
    const { host, calls } = await setup(sample.prejoin());
    $(host, `#${PREJOIN_IDS.cameraSelect}`).focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(calls).to.deep.equal(['selectCamera("cam-2")']);
  });

  it('does not join while busy, and says so', async () => {
    const { host, calls } = await setup(sample.prejoin({ busy: true }));
    const join = $(host, '#join-button');
    expect(join.getAttribute('aria-disabled')).to.equal('true');
    join.click();
    expect(calls).to.deep.equal([]);
  });

  it('takes its Join label and a header from slots', async () => {
    const { host } = await setup(sample.prejoin(), en, {
      children: html`<h3 slot="header">Plenary</h3>
        <span slot="join-label">Enter the plenary</span>`,
    });
    const label = $<HTMLSlotElement>(host, '#join-button slot[name="join-label"]');
    expect(label.assignedElements().map((e) => e.textContent)).to.deep.equal(['Enter the plenary']);
    const header = $<HTMLSlotElement>(host, 'slot[name="header"]');
    expect(header.assignedElements().map((e) => e.textContent)).to.deep.equal(['Plenary']);
    await expectAccessibleInBothSchemes(host);
  });

  it('speaks French when given the French table', async () => {
    const model = sample.prejoinWithProblems();
    const { host } = await setup(model, fr);
    expect($(host, '[part~="prejoin"]').getAttribute('lang')).to.equal('fr');
    expect($(host, 'label[for="passcode"]').textContent).to.equal('Code secret');
    expect($(host, '#passcode-hint').textContent).to.equal('10 caractères au plus.');
    expect($(host, '#passcode-problem').textContent!.trim()).to.equal(
      'Le code secret peut avoir au plus 10 caractères\u00a0; il en a 11.',
    );
    expect($(host, '#sessionName-problem').textContent).to.contain('ne peut pas contenir «\u00a0/\u00a0»');
    expect(nameOf($(host, '#join-button'))).to.equal('Rejoindre');
    await expectAccessibleInBothSchemes(host);
  });

  it('puts the preview beside the form when wide, above it when narrow', async () => {
    const columns = async (width: number) => {
      const { host } = await setup(sample.prejoin(), en, { width });
      return getComputedStyle($(host, '.prejoin-body')).gridTemplateColumns.split(' ').length;
    };
    expect(await columns(320)).to.equal(1);
    expect(await columns(900)).to.equal(2);
  });

  it('is accessible with an empty form and a preview', async () => {
    const { host } = await setup(sample.prejoin());
    await expectAccessibleInBothSchemes(host);
  });
});
