import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, render } from 'lit';
import { en, fr, type Strings } from '../../../src/element/strings.js';
import {
  CHAT_IDS,
  chatLength,
  renderChatButton,
  renderChatPanel,
  type ChatButtonActions,
  type ChatButtonModel,
  type ChatPanelActions,
  type ChatPanelModel,
} from '../../../src/element/views/chat.js';
import { STAGE_IDS } from '../../../src/element/views/call-ids.js';
import { videoSlotSelector } from '../../../src/element/views/shared.js';
import {
  SHARE_IDS,
  SHARE_SLOT_SELECTOR,
  isShareFullscreen,
  renderShareButton,
  renderShareLayout,
  renderShareNotice,
  toggleShareFullscreen,
  type ShareButtonModel,
  type ShareLayoutActions,
  type ShareLayoutModel,
} from '../../../src/element/views/share.js';
import { renderStage, type StageActions, type StageModel } from '../../../src/element/views/stage.js';
import { sessionError } from '../../../src/session/errors.js';
import type { ChatMessage } from '../../../src/session/types.js';
import * as sample from '../../support/view-gallery.samples.js';
import {
  $,
  $$,
  expectAccessibleInBothSchemes,
  failOnLitWarnings,
  focused,
  mount,
  nameOf,
  recorder,
  tabStops,
  type ViewHost,
} from './helpers.js';

const noop = () => {};
const stageActions: StageActions = { toggleAudio: noop, toggleVideo: noop, toggleParticipants: noop, leave: noop };
const NOT_SHARING = { sharing: false, self: false };

/** The share layout around the stage, with the share and chat buttons in the control bar (before Leave). */
async function mountCall(
  options: {
    layout?: ShareLayoutModel;
    stage?: StageModel;
    share?: ShareButtonModel;
    chat?: ChatButtonModel;
    strings?: Strings;
    width?: number;
    actions?: Partial<ShareLayoutActions>;
  } = {},
) {
  const s = options.strings ?? en;
  const { actions, calls } = recorder<ShareLayoutActions & { toggleChat(): void }>(['toggleFullscreen', 'toggleShare', 'toggleChat']);
  const state = { layout: options.layout ?? sample.shareLayout(), stage: options.stage ?? sample.stage() };
  const layoutActions = { ...actions, ...options.actions };
  const view = () => renderShareLayout(state.layout, layoutActions, s, renderStage(sample.withPanel(state.stage, s), stageActions, s));
  const host = await mount(view, options.width ? { width: options.width } : {});
  const controls = $(host, '[part~="controls"]');
  render(
    html`${renderShareButton(options.share ?? sample.shareButton({ sharing: state.layout.share.self }), actions, s)}${renderChatButton(
      options.chat ?? sample.chatButton(),
      actions,
      s,
    )}`,
    controls,
    { renderBefore: $(host, `#${STAGE_IDS.leaveButton}`) },
  );
  const update = async (change: Partial<typeof state>) => {
    Object.assign(state, change);
    host.requestUpdate();
    await host.updateComplete;
  };
  return { host, calls, update };
}

describe('share layout', () => {
  failOnLitWarnings();

  it("is a plain box around the stage while nobody shares, and keeps the stage's DOM as a share starts and stops", async () => {
    const { host, update } = await mountCall({ layout: sample.shareLayout({ share: NOT_SHARING }) });
    expect($$(host, `#${SHARE_IDS.region}`)).to.have.length(0);
    expect(getComputedStyle($(host, '[part~="share-layout"]')).display).to.equal('block');
    expect(getComputedStyle($(host, '[part~="stage"]')).display).to.equal('grid');
    const player = document.createElement('video-player');
    $(host, videoSlotSelector(102)).append(player);

    await update({ layout: sample.shareLayout() });
    expect($$(host, `#${SHARE_IDS.region}`)).to.have.length(1);
    expect(getComputedStyle($(host, '[part~="stage"]')).display).to.equal('contents');
    expect(player.isConnected, 'the video the engine put in a tile stays').to.equal(true);
    expect(player.parentElement).to.equal($(host, videoSlotSelector(102)));

    await update({ layout: sample.shareLayout({ share: NOT_SHARING }) });
    expect($$(host, `#${SHARE_IDS.region}`)).to.have.length(0);
    expect(player.isConnected).to.equal(true);
  });

  it("gives the share its own <video-player-container> with an empty slot for the engine", async () => {
    const { host } = await mountCall();
    const container = $(host, `#${SHARE_IDS.container}`);
    expect(container.localName).to.equal('video-player-container');
    expect(container.getAttribute('part')).to.equal('share-container');
    const slot = $(host, SHARE_SLOT_SELECTOR);
    expect(slot.parentElement).to.equal(container);
    expect(slot.childNodes).to.have.length(0);
    expect(container).to.not.equal($(host, `#${STAGE_IDS.videoContainer}`));
    expect(container.contains($(host, `#${STAGE_IDS.videoContainer}`))).to.equal(false);
  });

  it('shows the share large with the videos beside it on a wide element, under it on a narrow one', async () => {
    const layout = async (width: number, stage = sample.stage()) => {
      const { host } = await mountCall({ width, stage });
      const share = $(host, `#${SHARE_IDS.container}`).getBoundingClientRect();
      const videos = $(host, `#${STAGE_IDS.videoContainer}`).getBoundingClientRect();
      const controls = $(host, '[part~="controls"]').getBoundingClientRect();
      expect(controls.top, 'controls under the share and the videos').to.be.at.least(Math.max(share.bottom, videos.top));
      expect(share.width * share.height, 'the share is the big thing').to.be.greaterThan(videos.width * videos.height * 0.9);
      const where = videos.top >= share.bottom ? 'under' : videos.left >= share.right ? 'beside' : 'overlapping';
      return [where, getComputedStyle($(host, `#${STAGE_IDS.videoContainer}`)).gridTemplateColumns.split(' ').length];
    };
    expect(await layout(360)).to.deep.equal(['under', 2]);
    expect(await layout(1100)).to.deep.equal(['beside', 1]);
    expect(await layout(1100, sample.stage({ panelOpen: true })), 'two small columns over the panel').to.deep.equal(['beside', 2]);
  });

  it('puts the open participants panel beside the share, under the videos, on a wide element', async () => {
    const { host } = await mountCall({ width: 1100, stage: sample.stage({ panelOpen: true }) });
    const share = $(host, `#${SHARE_IDS.region}`).getBoundingClientRect();
    const videos = $(host, `#${STAGE_IDS.videoContainer}`).getBoundingClientRect();
    const panel = $(host, `#${STAGE_IDS.participantsPanel}`).getBoundingClientRect();
    expect(panel.left).to.be.at.least(share.right);
    expect(panel.top).to.be.at.least(videos.bottom);
  });

  it('says who shares: the label names the region, and a status region announces it', async () => {
    const { host, update } = await mountCall({ layout: sample.shareLayout({ share: NOT_SHARING }) });
    const status = $(host, '[part~="share-layout"] > [role="status"]');
    expect(status.textContent!.trim()).to.equal('');
    await update({ layout: sample.shareLayout() });
    expect($(host, '[part~="share-layout"] > [role="status"]'), 'the same region, so it is read').to.equal(status);
    expect(status.textContent!.trim()).to.equal('Grace Hopper is sharing their screen');
    const region = $(host, `#${SHARE_IDS.region}`);
    expect(region.getAttribute('aria-labelledby')).to.equal(SHARE_IDS.label);
    expect(nameOf($(host, `#${SHARE_IDS.label}`))).to.equal('Grace Hopper is sharing their screen');
    expect($$(host, `#${SHARE_IDS.stopButton}`), 'no Stop sharing over a share of someone else').to.have.length(0);
    await update({ layout: sample.shareLayout({ share: { sharing: true, userId: 999, userName: '', self: false } }) });
    expect(status.textContent!.trim()).to.equal('Someone is sharing their screen');
  });

  it('over its own share: "You are sharing your screen" and Stop sharing', async () => {
    const { host, calls } = await mountCall({ layout: sample.shareLayout({ share: sample.shareInfo(true) }) });
    expect(nameOf($(host, `#${SHARE_IDS.label}`))).to.equal('You are sharing your screen');
    const stop = $(host, `#${SHARE_IDS.stopButton}`);
    expect(nameOf(stop)).to.equal('Stop sharing');
    stop.click();
    expect(calls).to.deep.equal(['toggleShare()']);
    expect($(host, `#${SHARE_IDS.shareButton}`).getAttribute('aria-pressed')).to.equal('true');
  });

  it('reaches Full screen first with Tab, presses it with Enter and Space, and says Exit when full screen', async () => {
    const { host, calls, update } = await mountCall({ layout: sample.shareLayout({ share: sample.shareInfo(true) }) });
    expect(await tabStops(host, 4)).to.deep.equal([
      SHARE_IDS.stopButton,
      SHARE_IDS.fullscreenButton,
      STAGE_IDS.microphoneButton,
      STAGE_IDS.cameraButton,
    ]);
    $(host, `#${SHARE_IDS.fullscreenButton}`).focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    expect(calls).to.deep.equal(['toggleFullscreen()', 'toggleFullscreen()']);
    expect(nameOf($(host, `#${SHARE_IDS.fullscreenButton}`))).to.equal('Full screen');
    await update({ layout: sample.shareLayout({ fullscreen: true }) });
    expect(nameOf($(host, `#${SHARE_IDS.fullscreenButton}`))).to.equal('Exit full screen');
    await update({ layout: sample.shareLayout({ canFullscreen: false }) });
    expect($$(host, `#${SHARE_IDS.fullscreenButton}`)).to.have.length(0);
  });

  it('toggleShareFullscreen puts the share region in full screen from the keyboard, and takes it out', async () => {
    const toggles: Array<Promise<void>> = [];
    const root = () => host.shadowRoot!;
    const { host } = await mountCall({ actions: { toggleFullscreen: () => toggles.push(toggleShareFullscreen(root())) } });
    $(host, `#${SHARE_IDS.fullscreenButton}`).focus();
    await sendKeys({ press: 'Enter' }); // a key press: the user activation full screen needs
    await Promise.all(toggles);
    expect(host.shadowRoot!.fullscreenElement).to.equal($(host, `#${SHARE_IDS.region}`));
    expect(isShareFullscreen(host.shadowRoot!)).to.equal(true);
    await toggleShareFullscreen(host.shadowRoot!);
    expect(document.fullscreenElement).to.equal(null);
    expect(isShareFullscreen(host.shadowRoot!)).to.equal(false);
    await toggleShareFullscreen(host.shadowRoot!); // no user activation: refused, quietly
    expect(isShareFullscreen(host.shadowRoot!)).to.equal(false);
  });

  it('passes axe in light and dark, a share of someone else and its own with the panel open', async () => {
    const other = await mountCall();
    await expectAccessibleInBothSchemes(other.host);
    const own = await mountCall({
      layout: sample.shareLayout({ share: sample.shareInfo(true) }),
      stage: sample.stage({ panelOpen: true }),
    });
    await expectAccessibleInBothSchemes(own.host);
  });

  it('speaks French', async () => {
    const { host } = await mountCall({ strings: fr, layout: sample.shareLayout({ share: sample.shareInfo(true) }) });
    expect($(host, '[part~="share-layout"]').getAttribute('lang')).to.equal('fr');
    expect(nameOf($(host, `#${SHARE_IDS.label}`))).to.equal('Vous partagez votre écran');
    expect(nameOf($(host, `#${SHARE_IDS.stopButton}`))).to.equal('Arrêter le partage');
    expect(nameOf($(host, `#${SHARE_IDS.fullscreenButton}`))).to.equal('Plein écran');
    expect(nameOf($(host, `#${SHARE_IDS.shareButton}`))).to.equal('Partager l’écran');
    await expect(host).to.be.accessible();
  });
});

describe('share and chat buttons in the control bar', () => {
  failOnLitWarnings();

  it('Share screen is a toggle; marked aria-disabled where the browser cannot share, and still says why when pressed', async () => {
    const { host, calls } = await mountCall({ share: sample.shareButton({ supported: false }) });
    const button = $(host, `#${SHARE_IDS.shareButton}`);
    expect(button.getAttribute('part')).to.equal('button control-button share-button');
    expect([nameOf(button), button.getAttribute('aria-pressed'), button.getAttribute('aria-disabled')]).to.deep.equal([
      'Share screen',
      'false',
      'true',
    ]);
    button.click();
    expect(calls, 'the engine reports share-unsupported').to.deep.equal(['toggleShare()']);
  });

  it('renders nothing for a page that set no-share or no-chat', async () => {
    const host = await mount(
      () =>
        html`<div class="controls">
          ${renderShareButton(sample.shareButton({ allowed: false }), { toggleShare: noop }, en)}
          ${renderChatButton(sample.chatButton({ allowed: false }), { toggleChat: noop }, en)}
          ${renderChatPanel(sample.chat({ allowed: false }), { input: noop, send: noop, close: noop }, en)}
        </div>`,
    );
    expect($(host, '.controls').children).to.have.length(0);
  });

  it('Chat shows the unread count as a badge, names it, and controls the panel', async () => {
    const { actions, calls } = recorder<ChatButtonActions>(['toggleChat']);
    let model = sample.chatButton({ unread: 3 });
    const host = await mount(
      () => html`${renderChatButton(model, actions, en)}${renderChatPanel(sample.chat({ open: false }), { input: noop, send: noop, close: noop }, en)}`,
    );
    const button = $(host, `#${CHAT_IDS.chatButton}`);
    expect(nameOf(button)).to.equal('Chat, 3 unread');
    expect($(host, '[part~="unread-badge"]').getAttribute('aria-hidden')).to.equal('true');
    expect(button.hasAttribute('aria-controls'), 'controls the panel while it shows').to.equal(false);
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    button.click();
    expect(calls).to.deep.equal(['toggleChat()']);
    await expect(host).to.be.accessible();
    model = sample.chatButton({ unread: 0, open: true });
    host.requestUpdate();
    await host.updateComplete;
    expect($$(host, '[part~="unread-badge"]')).to.have.length(0);
    expect(nameOf(button)).to.equal('Chat');
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(button.getAttribute('aria-controls')).to.equal(CHAT_IDS.panel);
    model = sample.chatButton({ unread: 150 });
    host.requestUpdate();
    await host.updateComplete;
    expect($(host, '[part~="unread-badge"]').textContent).to.equal('99+');
  });

  for (const width of [320, 360]) {
    it(`fits six buttons in ${width} px: icons only, names kept, targets 44 px`, async () => {
      const { host } = await mountCall({ width });
      const bar = $(host, '[part~="controls"]');
      const buttons = $$(host, '[part~="control-button"]');
      expect(buttons).to.have.length(6);
      expect(bar.scrollWidth).to.be.at.most(bar.clientWidth);
      for (const button of buttons) {
        const box = button.getBoundingClientRect();
        expect(box.width, button.id).to.be.at.least(44);
        expect(box.height, button.id).to.be.at.least(44);
        expect(box.right, button.id).to.be.at.most(bar.getBoundingClientRect().right + 0.5);
        expect(nameOf(button)).to.not.equal('');
      }
      expect(getComputedStyle($(host, `#${SHARE_IDS.shareButton} .label`)).clipPath).to.equal('inset(50%)');
      await expect(host).to.be.accessible();
    });
  }

  it('shows the labels when there is room', async () => {
    const { host } = await mountCall({ width: 1100 });
    expect(getComputedStyle($(host, `#${SHARE_IDS.shareButton} .label`)).clipPath).to.equal('none');
    expect(getComputedStyle($(host, `#${CHAT_IDS.chatButton} .label`)).clipPath).to.equal('none');
  });
});

describe('share notice', () => {
  failOnLitWarnings();

  it('says a refused share in a status region that is always there, gently for a closed picker', async () => {
    const { actions, calls } = recorder<{ dismiss(): void }>(['dismiss']);
    let error: Parameters<typeof renderShareNotice>[0] = sessionError('camera-denied');
    const host = await mount(() => renderShareNotice(error, actions, en));
    const notice = $(host, `#${SHARE_IDS.notice}`);
    expect(notice.getAttribute('role')).to.equal('status');
    expect(notice.textContent!.trim(), 'not a share problem: not said here').to.equal('');
    expect(notice.getBoundingClientRect().height).to.equal(0);

    error = sample.shareErrors.dismissed();
    host.requestUpdate();
    await host.updateComplete;
    expect($(host, `#${SHARE_IDS.notice}`)).to.equal(notice);
    expect(notice.classList.contains('gentle')).to.equal(true);
    expect(nameOf($(host, '[part~="share-notice-text"]'))).to.equal(
      'Nothing is shared: no screen, window or tab was chosen. Choose Share screen again when you are ready.',
    );
    await expectAccessibleInBothSchemes(host);
    $(host, `#${SHARE_IDS.dismissButton}`).click();
    expect(calls).to.deep.equal(['dismiss()']);
    expect(nameOf($(host, `#${SHARE_IDS.dismissButton}`))).to.equal('Dismiss');

    error = sample.shareErrors.locked();
    host.requestUpdate();
    await host.updateComplete;
    expect(notice.classList.contains('gentle')).to.equal(false);
    expect(nameOf($(host, '[part~="share-notice-text"]'))).to.equal(
      'In this session, only the host can share their screen. Ask the host if you need to share your screen.',
    );
  });

  it('speaks French', async () => {
    const host = await mount(() => renderShareNotice(sample.shareErrors.unsupported(), { dismiss: noop }, fr));
    expect(nameOf($(host, '[part~="share-notice-text"]'))).to.match(/^Ce navigateur ne peut pas partager d’écran/);
    expect(nameOf($(host, `#${SHARE_IDS.dismissButton}`))).to.equal('Fermer');
  });
});

/** A chat panel whose draft follows what is typed, as the element keeps it. */
async function mountChat(initial: Partial<ChatPanelModel> = {}, options: { width?: number; strings?: Strings } = {}) {
  let model = sample.chat(initial);
  const calls: string[] = [];
  const mounted: { host?: ViewHost } = {};
  const refresh = async (change: Partial<ChatPanelModel> = {}) => {
    model = { ...model, ...change };
    mounted.host!.requestUpdate();
    await mounted.host!.updateComplete;
  };
  const actions: ChatPanelActions = {
    input: (text) => void refresh({ draft: text }),
    send: (text) => {
      calls.push(`send(${JSON.stringify(text)})`);
      void refresh({ draft: '' });
    },
    close: () => calls.push('close()'),
  };
  const host = await mount(
    () => html`${renderChatPanel(model, actions, options.strings ?? en)}`,
    options.width ? { width: options.width } : {},
  );
  mounted.host = host;
  return { host, calls, refresh, model: () => model };
}

const message = (id: string, text: string, extra: Partial<ChatMessage> = {}): ChatMessage => ({
  id,
  senderId: 102,
  senderName: 'Grace Hopper',
  text,
  timestamp: Date.UTC(2026, 3, 14, 9, 30),
  self: false,
  private: false,
  ...extra,
});

describe('chat panel', () => {
  failOnLitWarnings();

  it('lists messages: sender (You for its own), time, text; a private one says so', async () => {
    const { host } = await mountChat();
    const panel = $(host, `#${CHAT_IDS.panel}`);
    expect(panel.getAttribute('aria-labelledby')).to.equal(CHAT_IDS.title);
    expect(nameOf($(host, `#${CHAT_IDS.title}`))).to.equal('Chat');
    const items = $$(host, '[part~="chat-message"]');
    expect(items).to.have.length(sample.chatMessages.length);
    expect(items.map((li) => li.querySelector('[part~="chat-sender"]')!.textContent)).to.deep.equal([
      'Grace Hopper',
      'You',
      'Katherine Johnson',
      'Émilie du Châtelet',
      'Grace Hopper',
    ]);
    expect(items[1]!.getAttribute('part')).to.equal('chat-message chat-message-self');
    expect(items[3]!.querySelector('[part~="chat-private"]')!.textContent).to.equal('(privately to you)');
    const time = items[0]!.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2026-04-14T09:02:00.000Z');
    expect(time.textContent).to.match(/\d/);
    expect(items[2]!.querySelector('[part~="chat-text"]')!.textContent).to.equal(
      'A question for later:\nhow were the trajectories checked by hand?',
    );
    expect(getComputedStyle(items[2]!.querySelector('.chat-text')!).whiteSpace).to.equal('pre-wrap');
  });

  it('shows markup in a message as text, never as markup', async () => {
    const win = window as unknown as { pwned?: boolean };
    delete win.pwned;
    const markup = '<img src=x onerror="window.pwned = true"><b>bold</b><script>window.pwned = true</script>';
    const { host } = await mountChat({
      messages: [message('x1', markup), message('x2', `${markup} (mine)`, { self: true })],
    });
    const texts = $$(host, '[part~="chat-text"]');
    expect(texts.map((t) => t.textContent)).to.deep.equal([markup, `${markup} (mine)`]);
    for (const t of texts) expect(t.children, 'no element made from a message').to.have.length(0);
    expect(host.shadowRoot!.querySelectorAll('img, b, script')).to.have.length(0);
    expect($(host, `#${CHAT_IDS.announcer}`).textContent).to.contain('<img src=x');
    await new Promise((r) => setTimeout(r, 50));
    expect(win.pwned).to.equal(undefined);
  });

  it('makes http(s) addresses links to a new tab without opener or referrer, and nothing else', async () => {
    const text = 'Slides at https://events.example/slides. Not javascript:alert(1) nor data:text/html,<b>x</b> nor https://evеnts.example';
    const { host } = await mountChat({ messages: [message('u1', text)] });
    const body = $(host, '[part~="chat-text"]');
    expect(body.textContent, 'the message reads as sent').to.equal(text);
    const links = [...body.querySelectorAll('a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.target, a.rel, a.part.value])).to.deep.equal([
      ['https://events.example/slides', 'https://events.example/slides', '_blank', 'noopener noreferrer', 'chat-link'],
    ]);
    expect(body.querySelectorAll('b')).to.have.length(0);
    await expect(host).to.be.accessible();
  });

  it('wraps long words and addresses instead of overflowing, at 320 px', async () => {
    const long = `https://events.example/${'a-very-long-path-segment-'.repeat(8)}end and ${'W'.repeat(80)}`;
    const { host } = await mountChat({ messages: [message('l1', long)] }, { width: 320 });
    const text = $(host, '[part~="chat-text"]');
    expect(getComputedStyle(text).overflowWrap).to.equal('anywhere');
    expect(text.scrollWidth).to.be.at.most(text.clientWidth);
    const panel = $(host, `#${CHAT_IDS.panel}`);
    expect(panel.scrollWidth).to.be.at.most(panel.clientWidth);
  });

  it('reads new incoming messages politely, not its own, even with the panel closed', async () => {
    const { host, refresh } = await mountChat({ open: false, messages: [message('a', 'First')] });
    expect($(host, `#${CHAT_IDS.panel}`).hidden).to.equal(true);
    const announcer = $(host, `#${CHAT_IDS.announcer}`);
    expect(announcer.getAttribute('aria-live')).to.equal('polite');
    expect(announcer.closest('[hidden]')).to.equal(null);
    expect(announcer.textContent!.trim()).to.equal('Grace Hopper: First');
    const first = announcer.querySelector('p');

    await refresh({ messages: [message('a', 'First'), message('b', 'Mine', { self: true, senderName: 'Ada' })] });
    expect(announcer.querySelector('p'), 'its own message is not read').to.equal(first);

    await refresh({ messages: [message('a', 'First'), message('b', 'Mine', { self: true }), message('c', 'First')] });
    const again = announcer.querySelector('p');
    expect(again, 'the same words again are a new message: read again').to.not.equal(first);
    expect(announcer.textContent!.trim()).to.equal('Grace Hopper: First');

    await refresh({ messages: [message('d', 'x'.repeat(400), { senderName: 'Linus' })] });
    expect(announcer.textContent!.trim()).to.equal(`Linus: ${'x'.repeat(280)}…`);
    expect($$(host, '[aria-live]'), 'the only live region: the list itself is not one').to.have.length(1);
  });

  it('keyboard: Tab reaches Close, the messages, a link in them, the field and Send; Enter sends, Shift+Enter starts a new line', async () => {
    const { host, calls, model } = await mountChat();
    expect(await tabStops(host, 5)).to.deep.equal([
      CHAT_IDS.closeButton,
      CHAT_IDS.log,
      'chat-link',
      CHAT_IDS.input,
      CHAT_IDS.sendButton,
    ]);
    $(host, `#${CHAT_IDS.input}`).focus();
    await sendKeys({ type: 'Hello' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ type: 'world' });
    expect(model().draft).to.equal('Hello\nworld');
    expect(calls, 'Shift+Enter did not send').to.deep.equal([]);
    expect($(host, `#${CHAT_IDS.counter}`).textContent).to.equal('11 / 1000');
    await sendKeys({ press: 'Enter' });
    await host.updateComplete;
    expect(calls).to.deep.equal(['send("Hello\\nworld")']);
    expect($<HTMLTextAreaElement>(host, `#${CHAT_IDS.input}`).value, 'cleared by the element').to.equal('');
    expect(focused(host), 'focus stays in the field').to.equal(CHAT_IDS.input);
    await sendKeys({ type: 'Again' });
    $(host, `#${CHAT_IDS.sendButton}`).focus();
    await sendKeys({ press: 'Enter' });
    expect(calls).to.deep.equal(['send("Hello\\nworld")', 'send("Again")']);
    expect(focused(host), 'back to the field after Send').to.equal(CHAT_IDS.input);
  });

  it('sends nothing empty or over the limit: the counter, the problem and the field say why', async () => {
    const { host, calls, refresh } = await mountChat();
    const field = $<HTMLTextAreaElement>(host, `#${CHAT_IDS.input}`);
    field.focus();
    await sendKeys({ type: '   ' });
    await sendKeys({ press: 'Enter' });
    expect(calls).to.deep.equal([]);
    expect($$(host, `#${CHAT_IDS.problem}`)).to.have.length(0);
    expect(field.getAttribute('aria-invalid')).to.equal('false');

    await refresh({ draft: 'é'.repeat(1001) });
    const problem = $(host, `#${CHAT_IDS.problem}`);
    expect(problem.getAttribute('role')).to.equal('alert');
    expect(nameOf(problem)).to.equal('Messages can have at most 1000 characters. Shorten this one to send it.');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(field.getAttribute('aria-describedby')!.split(' ')).to.include.members([CHAT_IDS.counter, CHAT_IDS.problem, CHAT_IDS.hint]);
    const counter = $(host, `#${CHAT_IDS.counter}`);
    expect([counter.textContent, counter.classList.contains('over')]).to.deep.equal(['1001 / 1000', true]);
    const panel = $(host, `#${CHAT_IDS.panel}`);
    expect(panel.scrollWidth, 'a long word in the field does not widen the panel').to.be.at.most(panel.clientWidth);
    field.focus();
    await sendKeys({ press: 'Enter' });
    $(host, `#${CHAT_IDS.sendButton}`).click();
    expect(calls, 'nothing sent').to.deep.equal([]);
    await expectAccessibleInBothSchemes(host);

    await refresh({ draft: `  ${'😀'.repeat(1000)}\n` });
    expect($$(host, `#${CHAT_IDS.problem}`), '1000 characters (2000 UTF-16 units) fit').to.have.length(0);
    expect(chatLength(`  ${'😀'.repeat(1000)}\n`)).to.equal(1000);
    $(host, `#${CHAT_IDS.sendButton}`).click();
    expect(calls).to.have.length(1);
  });

  it('closes with its Close button and with Escape', async () => {
    const { host, calls } = await mountChat();
    $(host, `#${CHAT_IDS.closeButton}`).click();
    expect(nameOf($(host, `#${CHAT_IDS.closeButton}`))).to.equal('Close chat');
    $(host, `#${CHAT_IDS.input}`).focus();
    await sendKeys({ press: 'Escape' });
    expect(calls).to.deep.equal(['close()', 'close()']);
  });

  it("shows the engine's chat problems as an alert, and no other problem", async () => {
    const { host, refresh } = await mountChat({ error: sessionError('camera-denied') });
    expect($$(host, '[part~="chat-error"]')).to.have.length(0);
    await refresh({ error: sessionError('chat-disabled') });
    const error = $(host, '[part~="chat-error"]');
    expect([error.getAttribute('role'), nameOf(error)]).to.deep.equal(['alert', 'The host has turned chat off for this session.']);
    await refresh({ error: sessionError('chat-too-long', {}, undefined, '1200'), draft: 'x'.repeat(1200) });
    expect($$(host, '[role="alert"]'), 'the limit said once').to.have.length(1);
  });

  it('says there is no message yet, and disables sending while reconnecting', async () => {
    const { host, calls } = await mountChat({ messages: [], disabled: true, draft: 'Hello' });
    expect(nameOf($(host, '[part~="chat-empty"]'))).to.equal('No messages yet. Messages go to everyone in the session.');
    expect($$(host, `#${CHAT_IDS.log}`)).to.have.length(0);
    expect($<HTMLTextAreaElement>(host, `#${CHAT_IDS.input}`).disabled).to.equal(true);
    expect($<HTMLButtonElement>(host, `#${CHAT_IDS.sendButton}`).disabled).to.equal(true);
    $(host, 'form').dispatchEvent(new SubmitEvent('submit', { cancelable: true }));
    expect(calls).to.deep.equal([]);
    await expectAccessibleInBothSchemes(host);
  });

  it('passes axe in light and dark with messages, at 360 and 1100 px', async () => {
    await expectAccessibleInBothSchemes((await mountChat({ draft: 'See you at the break' }, { width: 360 })).host);
    await expectAccessibleInBothSchemes((await mountChat({}, { width: 1100 })).host);
  });

  it('keeps the newest message in view as messages come', async () => {
    const many = Array.from({ length: 40 }, (_, i) => message(`m${i}`, `Message number ${i}`));
    const { host, refresh } = await mountChat({ messages: many.slice(0, 30) });
    const log = $(host, `#${CHAT_IDS.log}`);
    const last = () => $$(host, '[part~="chat-message"]').at(-1)!.getBoundingClientRect();
    expect(log.scrollHeight).to.be.greaterThan(log.clientHeight);
    expect(last().bottom).to.be.at.most(log.getBoundingClientRect().bottom + 1);
    await refresh({ messages: many });
    expect(last().bottom).to.be.at.most(log.getBoundingClientRect().bottom + 1);
    expect(last().top).to.be.at.least(log.getBoundingClientRect().top);
  });

  it('speaks French', async () => {
    const { host } = await mountChat({ draft: 'x'.repeat(1001) }, { strings: fr });
    expect($(host, `#${CHAT_IDS.panel}`).getAttribute('lang')).to.equal('fr');
    expect(nameOf($(host, `#${CHAT_IDS.title}`))).to.equal('Discussion');
    expect(nameOf($(host, `#${CHAT_IDS.sendButton}`))).to.equal('Envoyer');
    expect(nameOf($(host, 'label'))).to.equal('Message à tout le monde');
    expect(nameOf($(host, `#${CHAT_IDS.problem}`))).to.equal(
      'Un message peut avoir au plus 1000 caractères. Raccourcissez celui-ci pour l’envoyer.',
    );
    expect($$(host, '[part~="chat-sender"]')[1]!.textContent).to.equal('Vous');
    await expect(host).to.be.accessible();
  });

  it("fits its longer French words in 320 px, in the call view's padding", async () => {
    const actions = { input: noop, send: noop, close: noop };
    const model = sample.chat({ draft: 'On se voit à la pause' });
    const host = await mount(() => html`<div style="padding: 16px">${renderChatPanel(model, actions, fr)}</div>`, { width: 320 });
    const panel = $(host, `#${CHAT_IDS.panel}`);
    expect(panel.scrollWidth).to.be.at.most(panel.clientWidth);
    expect($(host, `#${CHAT_IDS.sendButton}`).getBoundingClientRect().right).to.be.at.most(panel.getBoundingClientRect().right);
  });
});
