import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { ZoomSession } from '../../src/element/zoom-session.js';

const field = (el: ZoomSession, id: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`);

async function type(el: ZoomSession, id: string, value: string) {
  const input = field(el, id)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function submit(el: ZoomSession) {
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="join-button"]')!.click();
  await el.updateComplete;
}

describe('<zoom-session>', () => {
  it('is registered as zoom-session and reflects its state', async () => {
    const el = await fixture<ZoomSession>(html`<zoom-session></zoom-session>`);
    expect(el).to.be.instanceOf(customElements.get('zoom-session')!);
    expect(el.getAttribute('state')).to.equal('idle');
  });

  it('asks only for what the page did not set', async () => {
    const el = await fixture<ZoomSession>(
      html`<zoom-session session-name="Plenary" user-name="Ada"></zoom-session>`,
    );
    expect(field(el, 'sessionName')).to.equal(null);
    expect(field(el, 'userName')).to.equal(null);
    expect(field(el, 'passcode')).to.not.equal(null);
    expect(el.input).to.deep.equal({ sessionName: 'Plenary', userName: 'Ada', passcode: '' });
  });

  it('shows each problem at its field on submit, linked with aria-describedby, and focuses the first', async () => {
    const el = await fixture<ZoomSession>(html`<zoom-session></zoom-session>`);
    await type(el, 'sessionName', 'a/b');
    await type(el, 'passcode', '12345678901');
    await submit(el);
    const session = field(el, 'sessionName')!;
    expect(session.getAttribute('aria-invalid')).to.equal('true');
    const described = session.getAttribute('aria-describedby')!;
    expect(el.shadowRoot!.getElementById(described)!.textContent).to.contain('cannot contain "/"');
    expect(el.shadowRoot!.getElementById('userName-problem')!.textContent).to.contain('Enter your name.');
    expect(el.shadowRoot!.getElementById('passcode-problem')!.textContent).to.contain(
      'at most 10 characters; it has 11',
    );
    expect(el.shadowRoot!.activeElement).to.equal(session);
  });

  it('updates problems as the user types once submitted', async () => {
    const el = await fixture<ZoomSession>(html`<zoom-session session-name="Plenary"></zoom-session>`);
    await submit(el);
    expect(el.shadowRoot!.getElementById('userName-problem')).to.not.equal(null);
    await type(el, 'userName', 'Grace');
    expect(el.shadowRoot!.getElementById('userName-problem')).to.equal(null);
    expect(el.validate()).to.deep.equal([]);
  });

  it('reports a bad attribute value of the page in an alert', async () => {
    const el = await fixture<ZoomSession>(
      html`<zoom-session session-name="Plenary" user-name="Ada" passcode="passcode-way-too-long"></zoom-session>`,
    );
    await submit(el);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('The passcode can have at most 10 characters; it has 21.');
  });

  it('follows attributes removed and set later', async () => {
    const el = await fixture<ZoomSession>(
      html`<zoom-session session-name="Plenary" user-name="Ada" token-endpoint="/t" assets="/lib" lang="fr"></zoom-session>`,
    );
    for (const name of ['session-name', 'token-endpoint', 'assets', 'lang']) el.removeAttribute(name);
    await el.updateComplete;
    expect([el.sessionName, el.tokenEndpoint, el.assets, el.language]).to.deep.equal(['', '', 'Global', 'en-US']);
    expect(field(el, 'sessionName'), 'a removed name is asked for').to.not.equal(null);
    expect(el.validate().map((p) => p.code)).to.deep.equal(['session-name-missing']);
    el.setAttribute('user-name', 'Grace');
    el.setAttribute('session-name', 'Plenary 2');
    await el.updateComplete;
    expect(field(el, 'sessionName'), 'set again by the page: no longer asked').to.equal(null);
    expect(el.input.sessionName).to.equal('Plenary 2');
  });

  it('keeps what the participant typed when the page sets the field later', async () => {
    const el = await fixture<ZoomSession>(html`<zoom-session session-name="Plenary"></zoom-session>`);
    await type(el, 'userName', 'Typed Name');
    el.userName = 'Page Name';
    await el.updateComplete;
    expect(field(el, 'userName')!.value).to.equal('Typed Name');
    expect(el.input.userName).to.equal('Typed Name');
  });

  it('is accessible', async () => {
    const el = await fixture<ZoomSession>(html`<zoom-session></zoom-session>`);
    await expect(el).to.be.accessible();
    await submit(el);
    await expect(el).to.be.accessible();
  });
});
