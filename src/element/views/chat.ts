/**
 * Chat views: the chat panel (messages, the message form) and the Chat button for the control bar,
 * with its unread count.
 *
 * Messages are plain text, always: they are rendered with Lit text bindings, so `<b>` or
 * `<img onerror>` in a message shows as those characters and never becomes markup; line breaks are
 * kept, and long words wrap. New incoming messages (not this browser's own) are read out politely
 * by a live region that sits beside the panel, so they are heard even while the panel is closed:
 * render the panel always, `open: false` hides it.
 *
 * DOM contract (see `CHAT_IDS`):
 * ```html
 * <section id="chat-panel" class="panel chat-panel" part="chat-panel" aria-labelledby="chat-title">
 *   <div part="chat-header"><p id="chat-title">Chat</p><button id="chat-close-button">×</button></div>
 *   <div id="chat-log" part="chat-log" tabindex="0"><ol part="chat-messages">
 *     <li part="chat-message [chat-message-self]">sender, time, text</li> ...
 *   </ol></div>                              <!-- or <p part="chat-empty"> without messages -->
 *   <form part="chat-form">
 *     <label for="chat-input">Message to everyone</label>
 *     <textarea id="chat-input" part="chat-input"></textarea> <button id="chat-send-button">Send</button>
 *     <p id="chat-hint">Enter sends; Shift+Enter starts a new line.</p> <span id="chat-counter">12 / 1000</span>
 *   </form>
 * </section>
 * <div id="chat-announcer" class="visually-hidden" aria-live="polite">Grace Hopper: hello</div>
 * ```
 * Keyboard: Tab reaches Close, the message list (to scroll it), the message field and Send. In the
 * field, Enter sends and Shift+Enter starts a new line; Escape anywhere in the panel closes it
 * (the element then moves focus back to the Chat button).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { ChatMessage } from '../../session/types.js';
import { chatParts } from './chat-links.js';
import type { ErrorFacts, Strings } from '../strings.js';
import { chatIcon, closeIcon, sendIcon } from './call-icons.js';

/** Ids of the chat views. */
export const CHAT_IDS = {
  panel: 'chat-panel',
  title: 'chat-title',
  /** The scrolling box around the message list (focusable, so the keyboard can scroll it). */
  log: 'chat-log',
  /** The message field (a `<textarea>`); also the `field` of a `chat-too-long` error. */
  input: 'chat-input',
  hint: 'chat-hint',
  counter: 'chat-counter',
  problem: 'chat-problem',
  /** Why nothing can be sent now (the host turned chat off). */
  locked: 'chat-locked',
  sendButton: 'chat-send-button',
  closeButton: 'chat-close-button',
  /** The polite live region that reads new incoming messages. */
  announcer: 'chat-announcer',
  /** The control bar's Chat button. */
  chatButton: 'chat-button',
} as const;

export interface ChatButtonModel {
  /** False when the page set `no-chat`: no button. */
  allowed: boolean;
  /** The chat panel is open. */
  open: boolean;
  /** Incoming messages not read yet (`session.chat.unread`). */
  unread: number;
}

export interface ChatButtonActions {
  /** Open or close the panel (opening it is when the element calls `session.markChatRead()`). */
  toggleChat(): void;
}

export interface ChatPanelModel {
  /** False when the page set `no-chat`: nothing is rendered. */
  allowed: boolean;
  /** False hides the panel (the announcer stays). */
  open: boolean;
  /** `session.chat.messages`. */
  messages: readonly ChatMessage[];
  /** What is typed in the message field (the element keeps it; `input` reports changes). */
  draft: string;
  /** The longest message, in characters (`CHAT_MAX_LENGTH`). */
  maxLength: number;
  /** The engine's last problem; a `chat-*` one (chat off, a message not sent) shows in the panel. */
  error?: ErrorFacts | undefined;
  /** While reconnecting or leaving: nothing can be sent. */
  disabled?: boolean | undefined;
  /** Why this participant may not send now (the host turned chat off): the form is disabled and says this. */
  locked?: string | undefined;
}

export interface ChatPanelActions {
  /** The message field changed. */
  input(text: string): void;
  /** Send this message (`session.sendChat(text)`; clear the draft when it resolves true). Only called with text that has something in it and fits the limit. */
  send(text: string): void;
  /** Close the panel (the close button, Escape). */
  close(): void;
}

/** Characters as people see them (code points) of what would be sent: blanks at either end do not count. */
export function chatLength(text: string): number {
  return Array.from(text.trim()).length;
}

/** How much of a message the announcer reads: the rest is in the panel. */
const ANNOUNCE_MAX = 280;

const timeFormats = new Map<string, Intl.DateTimeFormat>();
function timeOf(timestamp: number, lang: string): string {
  let format = timeFormats.get(lang);
  if (!format) timeFormats.set(lang, (format = new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit' })));
  return format.format(timestamp);
}

/** A message as text nodes, with its http(s) addresses as links that open in a new tab. */
function renderText(text: string): Array<string | TemplateResult> {
  return chatParts(text).map((part) =>
    typeof part === 'string'
      ? part
      : html`<a class="chat-link" part="chat-link" href=${part.href} target="_blank" rel="noopener noreferrer">${part.text}</a>`,
  );
}

function renderMessage(m: ChatMessage, s: Strings): TemplateResult {
  const when = new Date(m.timestamp);
  const valid = !Number.isNaN(when.getTime());
  return html`
    <li class="chat-message ${m.self ? 'self' : ''}" part=${m.self ? 'chat-message chat-message-self' : 'chat-message'}>
      <p class="chat-meta" part="chat-meta">
        <span class="chat-sender" part="chat-sender">${m.self ? s.chatYou : m.senderName}</span>
        ${m.private ? html`<span class="chat-private" part="chat-private">(${s.chatPrivate})</span>` : nothing}
        ${valid
          ? html`<time class="chat-time" part="chat-time" datetime=${when.toISOString()}>${timeOf(m.timestamp, s.lang)}</time>`
          : nothing}
      </p>
      <p class="chat-text" part="chat-text">${renderText(m.text)}</p>
    </li>
  `;
}

/** The polite live region: the newest incoming message, re-created for each new one so it is read. */
function renderAnnouncer(messages: readonly ChatMessage[], s: Strings): TemplateResult {
  let last: ChatMessage | undefined;
  for (let i = messages.length - 1; i >= 0 && !last; i--) if (!messages[i]!.self) last = messages[i];
  const text = last ? Array.from(last.text) : [];
  const said = text.length > ANNOUNCE_MAX ? `${text.slice(0, ANNOUNCE_MAX).join('')}…` : text.join('');
  return html`<div id=${CHAT_IDS.announcer} class="visually-hidden" aria-live="polite">
    ${last ? keyed(last.id, html`<p>${s.chatAnnounce(last.senderName, said)}</p>`) : nothing}
  </div>`;
}

function onKeydown(event: KeyboardEvent): void {
  if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
  event.preventDefault();
  (event.target as HTMLTextAreaElement).form?.requestSubmit();
}

/** The chat panel and, beside it, the live region that reads new incoming messages. */
export function renderChatPanel(
  model: ChatPanelModel,
  actions: ChatPanelActions,
  strings: Strings,
): TemplateResult | typeof nothing {
  if (!model.allowed) return nothing;
  const s = strings;
  const length = chatLength(model.draft);
  const over = length > model.maxLength;
  const disabled = model.disabled === true || model.locked !== undefined;
  const error = model.error?.code.startsWith('chat-') && !(over && model.error.code === 'chat-too-long') ? model.error : undefined;
  const describedBy = [model.locked ? CHAT_IDS.locked : '', CHAT_IDS.hint, CHAT_IDS.counter, over ? CHAT_IDS.problem : '']
    .filter(Boolean)
    .join(' ');

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const field = form.querySelector<HTMLTextAreaElement>(`#${CHAT_IDS.input}`)!;
    const text = field.value;
    const size = chatLength(text);
    if (!disabled && size > 0 && size <= model.maxLength) actions.send(text);
    field.focus();
  };

  return html`
    <section
      id=${CHAT_IDS.panel}
      class="panel chat-panel"
      part="chat-panel"
      aria-labelledby=${CHAT_IDS.title}
      lang=${s.lang}
      ?hidden=${!model.open}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault();
          actions.close();
        }
      }}
    >
      <div class="chat-header" part="chat-header">
        <p id=${CHAT_IDS.title} class="panel-title" part="panel-title">${s.chatButton}</p>
        <button
          id=${CHAT_IDS.closeButton}
          type="button"
          class="chat-close"
          part="button chat-close-button"
          aria-label=${s.chatClose}
          @click=${() => actions.close()}
        >
          ${closeIcon()}
        </button>
      </div>
      ${model.messages.length === 0
        ? html`<p class="chat-empty" part="chat-empty">${s.chatEmpty}</p>`
        : html`<div id=${CHAT_IDS.log} class="chat-log" part="chat-log" tabindex="0" role="group" aria-labelledby=${CHAT_IDS.title}>
            <ol class="chat-messages" part="chat-messages">
              ${repeat(
                model.messages,
                (m) => m.id,
                (m) => renderMessage(m, s),
              )}
            </ol>
          </div>`}
      ${error ? html`<p class="chat-error" part="chat-error" role="alert">${s.errorMessage(error)}</p>` : nothing}
      <form class="chat-form" part="chat-form" @submit=${submit}>
        ${model.locked ? html`<p id=${CHAT_IDS.locked} class="chat-locked" part="chat-locked">${model.locked}</p>` : nothing}
        <label class="chat-label" part="chat-label" for=${CHAT_IDS.input}>${s.chatInputLabel}</label>
        <div class="chat-compose">
          <textarea
            id=${CHAT_IDS.input}
            name="message"
            class="chat-input"
            part="chat-input"
            rows="2"
            aria-describedby=${describedBy}
            aria-invalid=${over ? 'true' : 'false'}
            ?disabled=${disabled}
            .value=${live(model.draft)}
            @input=${(e: InputEvent) => actions.input((e.target as HTMLTextAreaElement).value)}
            @keydown=${onKeydown}
          ></textarea>
          <button
            id=${CHAT_IDS.sendButton}
            type="submit"
            class="primary chat-send"
            part="button chat-send-button"
            ?disabled=${disabled}
          >
            ${sendIcon()}<span>${s.chatSend}</span>
          </button>
        </div>
        ${over
          ? html`<p id=${CHAT_IDS.problem} class="chat-problem" part="chat-problem" role="alert">${s.chatTooLong(model.maxLength)}</p>`
          : nothing}
        <div class="chat-form-row">
          <p id=${CHAT_IDS.hint} class="chat-hint" part="chat-hint">${s.chatHint}</p>
          <span id=${CHAT_IDS.counter} class="chat-counter ${over ? 'over' : ''}" part="chat-counter"
            >${s.chatCount(length, model.maxLength)}</span
          >
        </div>
      </form>
    </section>
    ${renderAnnouncer(model.messages, s)}
  `;
}

/**
 * The control bar's Chat button: pressed while the panel is open (and then `aria-controls` it),
 * with the unread count as a badge and in its name ("Chat, 3 unread").
 */
export function renderChatButton(
  model: ChatButtonModel,
  actions: ChatButtonActions,
  strings: Strings,
): TemplateResult | typeof nothing {
  if (!model.allowed) return nothing;
  const unread = Math.max(0, Math.floor(model.unread));
  return html`
    <button
      id=${CHAT_IDS.chatButton}
      type="button"
      class="control chat-button"
      part="button control-button chat-button"
      aria-pressed=${model.open ? 'true' : 'false'}
      aria-controls=${model.open ? CHAT_IDS.panel : nothing}
      aria-label=${unread > 0 ? strings.chatUnread(unread) : nothing}
      @click=${() => actions.toggleChat()}
    >
      ${chatIcon()}<span class="label">${strings.chatButton}</span>
      ${unread > 0
        ? html`<span class="unread" part="unread-badge" aria-hidden="true">${unread > 99 ? '99+' : unread}</span>`
        : nothing}
    </button>
  `;
}
