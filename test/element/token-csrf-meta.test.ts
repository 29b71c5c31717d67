// token-csrf-meta: the built-in token provider sends the page's CSRF token (Indico's
// <meta name="csrf-token">) as X-CSRF-Token, read at each request, to a real endpoint that
// refuses requests without it, as Indico does.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { authorPart, participantPart } from '../../src/session/errors.js';
import { zoomSessionFixture } from '../support/element-fixture.js';

interface LastRequest {
  csrf: string | null;
  body: { sessionName: string } | null;
}
const last = async (): Promise<LastRequest> => (await fetch('/test-token/last')).json() as Promise<LastRequest>;

let meta: HTMLMetaElement | undefined;

function addMeta(name: string, content: string): HTMLMetaElement {
  meta = document.createElement('meta');
  meta.name = name;
  meta.content = content;
  document.head.append(meta);
  return meta;
}

/** No token provider: the element's own, from `token-endpoint`, is what is tested. */
async function element(sessionName: string, attributes: string) {
  const { el } = await zoomSessionFixture({
    attributes: `session-name="${sessionName}" user-name="Ada" no-preview ${attributes}`,
    provider: null,
  });
  return el;
}

describe('<zoom-session token-csrf-meta>', () => {
  afterEach(() => {
    meta?.remove();
    meta = undefined;
  });

  it('reflects the attribute and defaults to none', async () => {
    const el = await element('csrf-default', 'token-endpoint="/test-token/ok"');
    expect(el.tokenCsrfMeta).to.equal('');
    el.setAttribute('token-csrf-meta', 'csrf-token');
    expect(el.tokenCsrfMeta).to.equal('csrf-token');
    el.removeAttribute('token-csrf-meta');
    expect(el.tokenCsrfMeta).to.equal('');
  });

  it('sends the meta tag as X-CSRF-Token, read again at each request', async () => {
    const tag = addMeta('csrf-token', 'first-token');
    const el = await element('indico-event-42', 'token-endpoint="/test-token/csrf" token-csrf-meta="csrf-token"');
    expect(await el.join()).to.equal(true);
    expect(await last()).to.include({ csrf: 'first-token' });
    await el.leave();
    // The page renews its token (Indico: a new session after logging in): the next request of the
    // same provider (another session, so the last token is not reused) has it.
    tag.content = 'second-token';
    el.sessionName = 'indico-event-42-block-1';
    expect(await el.join()).to.equal(true);
    expect((await last()).csrf).to.equal('second-token');
    expect((await last()).body?.sessionName).to.equal('indico-event-42-block-1');
    await el.leave();
  });

  it('without the attribute sends no CSRF header, and the endpoint refuses as Indico does', async () => {
    addMeta('csrf-token', 'unused-token');
    const el = await element('indico-event-43', 'token-endpoint="/test-token/csrf"');
    expect(await el.join()).to.equal(false);
    const sent = await last();
    expect(sent.csrf).to.equal(null);
    expect(sent.body?.sessionName).to.equal('indico-event-43');
    expect(el.error?.code).to.equal('token-endpoint-refused');
    expect(el.error?.message).to.contain('HTTP 400').and.contain('problem with your current session');
  });

  it('says the meta tag is missing, sends nothing, and shows it accessibly in English and French', async function () {
    this.timeout(30000); // two axe runs on a shared machine
    const before = await last();
    const el = await element('indico-event-44', 'token-endpoint="/test-token/csrf" token-csrf-meta="csrf-token"');
    expect(await el.join()).to.equal(false);
    expect(el.error?.code).to.equal('token-csrf-missing');
    // The participant is told to tell the organizers; the page author's note names the tag and the attribute.
    expect(participantPart(el.error!.message)).to.contain("Tell the event's organizers").and.not.contain('csrf');
    expect(authorPart(el.error!.message)).to.contain('<meta name="csrf-token">').and.contain('token-csrf-meta');
    expect(el.error?.retryable).to.equal(false);
    expect(await last(), 'no request reached the endpoint').to.deep.equal(before);
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('#error-message')?.textContent).to.contain("Tell the event's organizers");
    expect(root.querySelector('[part="error-details"]')?.textContent).to.contain('<meta name="csrf-token">');
    await expect(el).to.be.accessible();

    el.setAttribute('lang', 'fr');
    await el.updateComplete;
    const fr = root.querySelector('[part="error"]')?.textContent ?? '';
    expect(fr).to.contain('L’appel vidéo n’a pas pu démarrer sur cette page').and.contain('les organisateurs de l’événement');
    expect(root.querySelector('[part="error-details"]')?.textContent).to.contain('token-csrf-meta');
    await expect(el).to.be.accessible();
  });

  it('matches the meta tag by name only, never as a CSS selector', async () => {
    addMeta('csrf"] , meta[name="x', 'odd-name-token');
    const el = await element('indico-event-45', `token-endpoint="/test-token/csrf" token-csrf-meta='csrf"] , meta[name="x'`);
    expect(await el.join()).to.equal(true);
    expect((await last()).csrf).to.equal('odd-name-token');
    await el.leave();
  });
});
