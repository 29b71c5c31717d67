/**
 * Chat: messages to everyone, sent and received as plain text, the last `CHAT_HISTORY_LIMIT` kept
 * for the session (forgotten when it ends), and the count of unread incoming ones.
 */
import { sessionError, toSessionError } from '../errors.js';
import { ZoomSessionChatEvent } from '../events.js';
import { CHAT_HISTORY_LIMIT, CHAT_MAX_LENGTH, type ChatInfo, type ChatMessage } from '../types.js';
import type { SdkChatMessage } from '../zoom-sdk.js';
import { Slice, type SdkListeners, type SliceCore } from './slice.js';
import type { RosterSlice } from './roster.js';

const NO_CHAT: ChatInfo = Object.freeze({ messages: Object.freeze([]) as readonly ChatMessage[], unread: 0 });

export class ChatSlice extends Slice {
  private chat: ChatInfo = NO_CHAT;
  private localIds = 0;

  constructor(
    core: SliceCore,
    private readonly roster: Pick<RosterSlice, 'self' | 'nameOf' | 'isSelf'>,
  ) {
    super(core);
  }

  override sdkListeners(): SdkListeners {
    return { 'chat-on-message': this.onMessage };
  }

  /** The chat since joining and the count of unread incoming messages. */
  get info(): ChatInfo {
    return this.chat;
  }

  /**
   * Sends a message to everyone, as plain text (trimmed; an empty one is not sent). Resolves `true`
   * once Zoom took it; a message over `CHAT_MAX_LENGTH` characters is refused before anything is
   * sent (`chat-too-long`), and Zoom's refusals are reported (`chat-disabled`, `chat-failed`).
   */
  async send(text: string): Promise<boolean> {
    const zoom = this.core.joined;
    if (this.core.state !== 'joined' || !zoom) return false;
    const message = String(text ?? '').trim();
    if (message === '') return false;
    const length = Array.from(message).length;
    if (length > CHAT_MAX_LENGTH) {
      this.core.report(sessionError('chat-too-long', { stage: 'chat' }, undefined, String(length)));
      return false;
    }
    let sent: SdkChatMessage | undefined;
    try {
      sent = await zoom.sendChatToAll(message);
    } catch (error) {
      this.core.report(toSessionError(error, { stage: 'chat' }));
      return false;
    }
    this.core.clearError('chat-');
    if (this.core.joined !== zoom) return true;
    const self = this.roster.self;
    this.add({
      id: this.idOf(sent),
      senderId: self?.userId ?? sent?.sender?.userId ?? 0,
      senderName: self?.name ?? sent?.sender?.name ?? '',
      text: message,
      timestamp: typeof sent?.timestamp === 'number' ? sent.timestamp : Date.now(),
      self: true,
      private: false,
    });
    return true;
  }

  /** The participant has seen the chat: no unread messages. */
  markRead(): void {
    if (this.chat.unread === 0) return;
    this.chat = { ...this.chat, unread: 0 };
    this.core.update();
  }

  /** One session's chat does not follow the participant into the next one. */
  override reset(): void {
    if (this.chat === NO_CHAT) return;
    this.chat = NO_CHAT;
    this.core.update();
  }

  /** Text messages only: a file or an empty message is left out (the element shows plain text). */
  private readonly onMessage = (payload: SdkChatMessage) => {
    if (!this.core.joined || typeof payload?.message !== 'string' || payload.message.trim() === '') return;
    const senderId = payload.sender?.userId ?? 0;
    const receiver = payload.receiver?.userId;
    this.add({
      id: this.idOf(payload),
      senderId,
      senderName: payload.sender?.name || this.roster.nameOf(senderId),
      text: payload.message,
      timestamp: typeof payload.timestamp === 'number' ? payload.timestamp : Date.now(),
      self: this.roster.isSelf(senderId),
      private: typeof receiver === 'number' && receiver !== 0,
    });
  };

  /** The SDK's message id, or a local one when it gave none. */
  private idOf(message: SdkChatMessage | undefined): string {
    return typeof message?.id === 'string' && message.id !== '' ? message.id : `local-${++this.localIds}`;
  }

  private add(message: ChatMessage): void {
    const { messages, unread } = this.chat;
    // The SDK may also deliver this browser's own message as an incoming one: once is enough.
    if (messages.some((m) => m.id === message.id)) return;
    this.chat = {
      messages: [...messages, message].slice(-CHAT_HISTORY_LIMIT),
      unread: message.self ? unread : unread + 1,
    };
    this.core.update();
    this.core.dispatch(new ZoomSessionChatEvent(message));
  }
}
