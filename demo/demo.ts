// The demo page uses the element the way a page author would: one import, attributes in HTML,
// DOM events for the page. Around it: a playground that sets every attribute live, a choice of
// token provider, an event log, and a banner saying what the page runs on.
import '../src/define.js';
import type { ZoomSession } from '../src/element/zoom-session.js';
import { inspectToken } from '../src/token/inspect.js';
import type { TokenProvider } from '../src/token/types.js';

/** The key the Vite plugin signs with when no credentials are set (`DEMO_SDK_KEY` in src/server/vite-plugin.ts). */
const DEMO_SDK_KEY = 'demo-key-not-valid';
/** Where the Vite plugin mounts the token endpoint. */
const DEV_TOKEN_PATH = '/api/token';
const MAX_LOG_ITEMS = 200;

const $ = <T extends Element>(selector: string): T => {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`demo: ${selector} is missing from index.html`);
  return found;
};

let session = $<ZoomSession>('zoom-session');
const playground = $<HTMLFormElement>('#playground');
const attributeControls = [...playground.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-attr]')];
const signerKey = $<HTMLInputElement>('#signer-key');
const signerSecret = $<HTMLInputElement>('#signer-secret');
const stateOutput = $<HTMLOutputElement>('#state-output');
const markup = $<HTMLElement>('#markup');
const log = $<HTMLOListElement>('#event-log');
const banner = $<HTMLDivElement>('#mode-banner');
const modeText = $<HTMLParagraphElement>('#mode-text');
const isolationText = $<HTMLParagraphElement>('#isolation-text');

// ----- attributes ------------------------------------------------------------------------------

const isCheckbox = (c: HTMLInputElement | HTMLSelectElement): c is HTMLInputElement =>
  c instanceof HTMLInputElement && c.type === 'checkbox';

/** Shows the element's current attributes in the panel. */
function readAttributes(): void {
  for (const control of attributeControls) {
    const name = control.dataset['attr']!;
    if (isCheckbox(control)) control.checked = session.hasAttribute(name);
    else control.value = session.getAttribute(name) ?? '';
  }
}

/** One control changed: set its attribute, or remove it when the control is empty or unchecked. */
function applyAttribute(control: HTMLInputElement | HTMLSelectElement): void {
  const name = control.dataset['attr']!;
  if (isCheckbox(control)) session.toggleAttribute(name, control.checked);
  else if (control.value === '') session.removeAttribute(name);
  else session.setAttribute(name, control.value);
}

for (const control of attributeControls) {
  control.addEventListener(isCheckbox(control) || control instanceof HTMLSelectElement ? 'change' : 'input', () =>
    applyAttribute(control),
  );
}
// Enter in a text field would submit the panel's form (and reload the page): nothing to submit here.
playground.addEventListener('submit', (event) => event.preventDefault());

// ----- token provider --------------------------------------------------------------------------

/**
 * The dev signer with whatever key and secret are typed at the time of the join. The signer module
 * (and jose) loads only when this is chosen, as it would in a real page.
 */
const typedSigner: TokenProvider = async (request, signal) => {
  const { devSigner } = await import('../src/token/dev-signer.js');
  return devSigner({ sdkKey: signerKey.value.trim(), sdkSecret: signerSecret.value })(request, signal);
};

function providerChoice(): 'endpoint' | 'signer' {
  return playground.querySelector<HTMLInputElement>('input[name="provider"]:checked')?.value === 'signer'
    ? 'signer'
    : 'endpoint';
}

function applyProvider(): void {
  const signer = providerChoice() === 'signer';
  // The simulated client brings its own tokens (the fake accepts any well-formed one).
  if (document.body.dataset['client'] !== 'fake') session.tokenProvider = signer ? typedSigner : undefined;
  document.body.dataset['provider'] = signer ? 'signer' : 'endpoint';
  showMarkup();
  showMode();
}

for (const radio of playground.querySelectorAll<HTMLInputElement>('input[name="provider"]')) {
  radio.addEventListener('change', applyProvider);
}

// ----- methods ---------------------------------------------------------------------------------

for (const button of playground.querySelectorAll<HTMLButtonElement>('[data-method]')) {
  const method = button.dataset['method'] as 'join' | 'leave' | 'toggleAudio' | 'toggleVideo';
  button.addEventListener('click', async () => {
    const result = await session[method]();
    addLogItem('demo', `${method}() resolved${result === undefined ? '' : ` ${String(result)}`}`);
  });
}

/** A fresh element with the same attributes and properties: what `auto-join` needs to act. */
function recreate(): void {
  const fresh = document.createElement('zoom-session');
  for (const { name, value } of session.attributes) if (name !== 'state') fresh.setAttribute(name, value);
  fresh.tokenProvider = session.tokenProvider;
  fresh.clientLoader = session.clientLoader;
  if (session.strings) fresh.strings = session.strings;
  session.replaceWith(fresh);
  session = fresh;
  observeAttributes();
  stateOutput.value = session.state;
  addLogItem('demo', 'the element was re-created');
}
$<HTMLButtonElement>('#recreate').addEventListener('click', recreate);

// ----- SDK client: the real SDK, or the test suite's fake with the simulate panel ----------------

/** The simulate panel's module, under the dev server only: a build drops this import. */
const loadSimulator = import.meta.env.DEV ? () => import('./simulate.js') : undefined;
const simulatePanel = $<HTMLFieldSetElement>('#simulate');
let simulated: Awaited<ReturnType<NonNullable<typeof loadSimulator>>> | undefined;
let fake: ReturnType<NonNullable<typeof simulated>['createFake']> | undefined;

async function applyClient(): Promise<void> {
  const wantFake = playground.querySelector<HTMLInputElement>('input[name="client"]:checked')?.value === 'fake';
  if (wantFake && !loadSimulator) {
    $<HTMLInputElement>('#client-real').checked = true;
    addLogItem('demo', 'the simulated client exists only under npm start (the dev server)', 'bad');
    return;
  }
  if (wantFake && loadSimulator) {
    simulated ??= await loadSimulator();
    if (!fake) {
      fake = simulated.createFake();
      simulated.mountSimulatePanel(simulatePanel, () => fake?.fake, (text) => addLogItem('simulate', text));
    }
  }
  simulatePanel.disabled = !wantFake;
  document.body.dataset['client'] = wantFake ? 'fake' : 'real';
  recreate();
  if (wantFake && fake) {
    session.clientLoader = fake.fake.loader;
    session.tokenProvider = fake.tokenProvider;
  } else {
    session.clientLoader = undefined;
    applyProvider();
  }
}

for (const radio of playground.querySelectorAll<HTMLInputElement>('input[name="client"]')) {
  radio.addEventListener('change', () => void applyClient());
}

// ----- markup ----------------------------------------------------------------------------------

// Attributes can change from elsewhere too (devtools, the element's own `state`): keep the panel true.
const attributeObserver = new MutationObserver((records) => {
  if (records.every((r) => r.attributeName === 'state')) return;
  showMarkup();
  readAttributes();
});

function observeAttributes(): void {
  attributeObserver.disconnect();
  attributeObserver.observe(session, { attributes: true });
  showMarkup();
}

/** The element as a page author would write it, with the provider as a property when it is one. */
function showMarkup(): void {
  const attributes = [...session.attributes]
    .filter(({ name }) => name !== 'state' && name !== 'id')
    .map(({ name, value }) => (value === '' && name !== 'passcode' ? `  ${name}` : `  ${name}="${value.replaceAll('"', '&quot;')}"`));
  let text = `<zoom-session${attributes.length ? `\n${attributes.join('\n')}\n` : ''}></zoom-session>`;
  if (providerChoice() === 'signer') {
    text +=
      '\n<script type="module">\n' +
      "  import { devSigner } from 'zoom-session-element/dev-signer'; // local development only\n" +
      "  document.querySelector('zoom-session').tokenProvider = devSigner({ sdkKey, sdkSecret });\n" +
      '</script>';
  }
  markup.textContent = text;
}

// ----- event log -------------------------------------------------------------------------------

const started = performance.now();

function addLogItem(type: string, text: string, kind = ''): void {
  const item = document.createElement('li');
  if (kind) item.dataset['kind'] = kind;
  const time = document.createElement('time');
  time.textContent = `+${Math.round(performance.now() - started)} ms`;
  const name = document.createElement('code');
  name.textContent = type;
  item.append(time, ' ', name, ' ', text);
  log.prepend(item);
  while (log.children.length > MAX_LOG_ITEMS) log.lastElementChild!.remove();
}

// Listening on the document: the events bubble and are composed, and a re-created element needs
// no new listeners.
document.addEventListener('zoom-session-state', (e) => {
  stateOutput.value = e.state;
  addLogItem(e.type, `state=${e.state}${e.step ? ` step=${e.step}` : ''}`);
});
document.addEventListener('zoom-session-joined', (e) => {
  addLogItem(e.type, `sessionName=${JSON.stringify(e.sessionName)} userId=${e.userId ?? '(unknown)'}`, 'good');
});
document.addEventListener('zoom-session-left', (e) => addLogItem(e.type, `reason=${e.reason}`));
document.addEventListener('zoom-session-error', (e) => {
  const { code, message, source, retryable, field } = e.error;
  addLogItem(
    e.type,
    `${code}: ${message} (source=${source}${field ? ` field=${field}` : ''}, retryable=${retryable})`,
    'bad',
  );
  // The SDK's raw answer, for developers.
  console.info('[demo] zoom-session-error', e.error, 'cause:', e.error.cause);
});
document.addEventListener('zoom-session-participants', (e) => {
  const names = e.participants.map((p) => `${p.name}${p.isSelf ? ' (you)' : ''}`).join(', ');
  addLogItem(e.type, `${e.participants.length} participant${e.participants.length === 1 ? '' : 's'}${names ? `: ${names}` : ''}`);
});

$<HTMLButtonElement>('#clear-log').addEventListener('click', () => log.replaceChildren());

// ----- mode banner -----------------------------------------------------------------------------

type EndpointMode =
  | { kind: 'checking' }
  | { kind: 'demo' }
  | { kind: 'live'; key: string }
  | { kind: 'unavailable'; why: string };

let endpointMode: EndpointMode = { kind: 'checking' };

/**
 * Asks the dev server's token endpoint for a participant token and reads the SDK key it was signed
 * with (a JWT's payload is readable without the secret): the plugin's demo key means demo mode.
 */
async function checkEndpoint(): Promise<EndpointMode> {
  const sessionName = 'demo-mode-check';
  try {
    const response = await fetch(DEV_TOKEN_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ sessionName, role: 0 }),
    });
    if (!response.ok) return { kind: 'unavailable', why: `it answered ${response.status}` };
    const { signature } = (await response.json()) as { signature?: unknown };
    if (typeof signature !== 'string') return { kind: 'unavailable', why: 'its answer has no token' };
    const key = inspectToken(signature, { sessionName }).claims['app_key'];
    if (key === DEMO_SDK_KEY) return { kind: 'demo' };
    return { kind: 'live', key: typeof key === 'string' ? key : '?' };
  } catch {
    return { kind: 'unavailable', why: 'it could not be reached' };
  }
}

function setParagraph(target: HTMLElement, parts: Array<string | [tag: 'strong' | 'code', text: string]>): void {
  target.replaceChildren(
    ...parts.map((part) => {
      if (typeof part === 'string') return part;
      const node = document.createElement(part[0]);
      node.textContent = part[1];
      return node;
    }),
  );
}

function showMode(): void {
  if (providerChoice() === 'signer') {
    banner.dataset['mode'] = 'signer';
    setParagraph(modeText, [
      ['strong', 'Dev signer: local development only.'],
      ' Tokens are signed in this page with the SDK key and secret typed in the playground; the secret is in the page. ',
      'Joins work only with real Video SDK credentials and a route to Zoom.',
    ]);
    return;
  }
  banner.dataset['mode'] = endpointMode.kind;
  switch (endpointMode.kind) {
    case 'checking':
      setParagraph(modeText, [['strong', 'Checking the token endpoint…']]);
      break;
    case 'demo':
      setParagraph(modeText, [
        ['strong', 'Demo credentials.'],
        ' No ',
        ['code', 'ZOOM_VIDEO_SDK_KEY'],
        ' / ',
        ['code', 'ZOOM_VIDEO_SDK_SECRET'],
        ' is set, so ',
        ['code', DEV_TOKEN_PATH],
        ' signs with the demo key ',
        ['code', DEMO_SDK_KEY],
        '. Everything works up to the join, which Zoom refuses. To join for real, set both (in the environment or ',
        ['code', '.env.local'],
        ') and restart ',
        ['code', 'npm start'],
        '.',
      ]);
      break;
    case 'live':
      setParagraph(modeText, [
        ['strong', 'Your Video SDK credentials.'],
        ' ',
        ['code', DEV_TOKEN_PATH],
        ' signs with the SDK key ',
        ['code', `${endpointMode.key.slice(0, 4)}…`],
        ' from ',
        ['code', 'ZOOM_VIDEO_SDK_KEY'],
        '. Joins go to Zoom.',
      ]);
      break;
    case 'unavailable':
      setParagraph(modeText, [
        ['strong', 'No token endpoint.'],
        ` ${DEV_TOKEN_PATH} did not give a token (${endpointMode.why}). Run the page with `,
        ['code', 'npm start'],
        ' or ',
        ['code', 'vite preview'],
        ' (the Vite plugin serves it), or choose the dev signer.',
      ]);
      break;
  }
}

function showIsolation(): void {
  const isolated = window.crossOriginIsolated;
  banner.dataset['isolated'] = String(isolated);
  setParagraph(isolationText, [
    ['code', `crossOriginIsolated: ${isolated}`],
    isolated
      ? '. COOP/COEP headers are on: in WebAssembly mode the SDK can render up to 9 videos. '
      : '. No COOP/COEP headers: in WebAssembly mode the SDK renders 1 video; WebRTC mode (the default) needs neither. ',
    isolated ? 'They come from ' : 'Start with ',
    ['code', 'ZOOM_SESSION_COI=1 npm start'],
    isolated ? '; a plain npm start leaves them off.' : ' to turn them on.',
  ]);
}

// ----- start -----------------------------------------------------------------------------------

readAttributes();
observeAttributes();
applyProvider();
showIsolation();
stateOutput.value = session.state;
void checkEndpoint().then((mode) => {
  endpointMode = mode;
  showMode();
});
