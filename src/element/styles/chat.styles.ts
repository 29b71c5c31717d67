/*
 * Chat (views/chat.ts). Parts:
 * @csspart chat-button - the control bar's Chat toggle
 * @csspart unread-badge - the unread count on it
 * @csspart chat-panel - the chat panel (id "chat-panel")
 * @csspart chat-header - its title and Close
 * @csspart chat-close-button - Close
 * @csspart chat-log - the scrolling box of messages (focusable, to scroll with the keyboard)
 * @csspart chat-messages - the list of messages
 * @csspart chat-message - one message; also chat-message-self
 * @csspart chat-message-self - a message this browser sent
 * @csspart chat-meta - sender and time
 * @csspart chat-sender - who sent it
 * @csspart chat-private - "privately to you"
 * @csspart chat-time - when
 * @csspart chat-text - the message, as plain text
 * @csspart chat-link - an http(s) address in a message, as a link (new tab, no referrer)
 * @csspart chat-empty - said while there is no message
 * @csspart chat-error - a message that could not be sent, chat turned off
 * @csspart chat-form - the message form
 * @csspart chat-label - the message field's label
 * @csspart chat-input - the message field (a textarea, id "chat-input")
 * @csspart chat-hint - how to send
 * @csspart chat-counter - characters typed and the limit
 * @csspart chat-problem - the message is over the limit
 * @csspart chat-send-button - Send
 * @csspart chat-locked - why nothing can be sent now (the host turned chat off)
 *
 * @cssproperty [--zoom-session-chat-height=22rem] - the most the message list grows before it scrolls
 */
import { css } from 'lit';

export const chatStyles = css`
  .chat-panel {
    display: grid;
    gap: var(--zoom-session-gap);
    align-content: start;
    min-width: 0;
  }
  /* In the call view the chat panel takes the participants panel's place: as a .panel, it is
     placed by the stage's and the share's styles. */
  .chat-header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--zoom-session-gap);
    margin-block: -6px;
  }
  .chat-close {
    padding: 0;
    border-color: transparent;
    background: transparent;
  }
  /* Column-reverse around one list: the view stays at the newest message as messages come. */
  .chat-log {
    display: flex;
    flex-direction: column-reverse;
    max-height: var(--zoom-session-chat-height, 22rem);
    overflow-y: auto;
    overscroll-behavior: contain;
    border-radius: calc(var(--zoom-session-radius) / 2);
  }
  .chat-log:focus-visible,
  .chat-input:focus-visible {
    outline: 3px solid var(--zoom-session-focus);
    outline-offset: 2px;
  }
  .chat-messages {
    display: grid;
    gap: 6px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chat-message {
    display: grid;
    gap: 2px;
    min-width: 0;
    padding: 6px 10px;
    border-radius: var(--zoom-session-radius);
    background: var(--zoom-session-bg);
  }
  .chat-message.self {
    background: color-mix(in srgb, var(--zoom-session-accent) 12%, var(--zoom-session-bg));
  }
  .chat-meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 8px;
    color: var(--zoom-session-muted);
    font-size: 0.8125em;
  }
  .chat-sender {
    min-width: 0;
    color: var(--zoom-session-fg);
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .chat-time {
    margin-inline-start: auto;
    font-variant-numeric: tabular-nums;
  }
  /* Plain text: line breaks kept, any long word or address wraps. */
  .chat-text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .chat-link {
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  .chat-empty {
    color: var(--zoom-session-muted);
    font-size: 0.875em;
  }
  .chat-form {
    display: grid;
    gap: 4px;
    min-width: 0;
  }
  .chat-label {
    font-size: 0.875em;
    font-weight: 600;
  }
  .chat-compose {
    display: flex;
    align-items: flex-end;
    gap: var(--zoom-session-gap);
    min-width: 0;
  }
  .chat-input {
    /* A definite width: field-sizing would otherwise widen the field to a long word. */
    flex: 1 1 10rem;
    width: 10rem;
    min-width: 0;
    min-height: 44px;
    max-height: 10rem;
    /* Grows with what is typed, where the browser can (the rows attribute elsewhere). */
    field-sizing: content;
    padding: 8px 10px;
    resize: vertical;
    font: inherit;
    color: inherit;
    background: var(--zoom-session-bg);
    border: 1px solid var(--zoom-session-border);
    border-radius: calc(var(--zoom-session-radius) / 2);
  }
  .chat-input[aria-invalid='true'] {
    border-color: var(--zoom-session-danger);
    border-width: 2px;
  }
  .chat-send {
    flex: none;
    padding-inline: 12px;
  }
  .chat-form-row {
    display: flex;
    align-items: baseline;
    gap: var(--zoom-session-gap);
  }
  .chat-hint {
    flex: 1 1 auto;
    color: var(--zoom-session-muted);
    font-size: 0.8125em;
  }
  .chat-counter {
    white-space: nowrap;
    color: var(--zoom-session-muted);
    font-size: 0.8125em;
    font-variant-numeric: tabular-nums;
  }
  .chat-counter.over {
    color: var(--zoom-session-danger);
    font-weight: 700;
  }
  .chat-locked {
    margin: 0;
    padding: 0.5em 0.75em;
    border-radius: var(--zoom-session-radius, 0.5rem);
    background: color-mix(in srgb, var(--zoom-session-muted) 14%, var(--zoom-session-surface));
    font-size: 0.875em;
  }
  .chat-problem,
  .chat-error {
    color: var(--zoom-session-danger);
    font-size: 0.875em;
  }
  .chat-send .icon {
    width: 1.25em;
    height: 1.25em;
  }
  .chat-button[aria-pressed='true'] {
    border-color: var(--zoom-session-accent);
    background: color-mix(in srgb, var(--zoom-session-accent) 14%, var(--zoom-session-surface));
  }
  .chat-button .unread {
    position: absolute;
    top: 2px;
    right: 2px;
    min-width: 1.25rem;
    padding: 0 4px;
    border-radius: 999px;
    background: var(--zoom-session-danger);
    color: var(--zoom-session-danger-fg);
    font-size: 0.6875rem;
    font-weight: 700;
    line-height: 1.25rem;
    text-align: center;
  }
  @media (forced-colors: active) {
    .chat-button .unread,
    .chat-message {
      border: 1px solid CanvasText;
    }
  }
`;
