// The pre-join form costs a page only the element's first chunk: the engine, its error catalog and
// the call's views load when a participant asks for the preview or the call. (This file must stay
// on its own page: another test's join would have loaded the call module already.)
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { ZoomSession } from '../../src/element/zoom-session.js';
import { FakeZoom } from '../support/fake-zoom.js';
import { until } from '../support/session-helpers.js';

const fetched = (file: string) =>
  performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.endsWith(file));

describe('<zoom-session> loading', () => {
  it('loads the session engine only when the participant asks for the preview', async () => {
    const el = await fixture<ZoomSession>(html`<zoom-session session-name="Plenary"></zoom-session>`);
    const fake = new FakeZoom();
    el.clientLoader = fake.loader;
    el.shadowRoot!.querySelector<HTMLInputElement>('#userName')!.value = 'Ada';
    await el.updateComplete;
    expect(fetched('/src/element/call.ts'), 'the call module before any click').to.equal(false);
    expect(fetched('/src/session/session-controller.ts')).to.equal(false);
    expect(fetched('/src/session/errors.ts')).to.equal(false);
    expect(el.state).to.equal('idle');

    el.shadowRoot!.querySelector<HTMLButtonElement>('#preview-camera-button')!.click();
    await until(() => fake.liveTracks === 1, 'the camera preview');
    expect(fetched('/src/element/call.ts')).to.equal(true);
    expect(fetched('/src/session/session-controller.ts')).to.equal(true);
    el.remove();
    await until(() => fake.liveTracks === 0, 'the preview released on removal');
  });
});
