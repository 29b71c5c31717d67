/**
 * Host controls in the call (issue 13): a menu per participant row and one for everyone, shown
 * only while the SDK says this participant is host or manager, and the host's Leave choice (end the
 * session for everyone, or leave). Kept out of `stage.ts`, which only calls in here per row and
 * for the panel's header.
 *
 * Keyboard: the menu button has `aria-haspopup="menu"` and `aria-expanded`; opening moves focus
 * to the first item, arrows move between items, Escape closes and gives focus back to the button.
 * Removing someone and giving the host role away ask for confirmation first, naming the person;
 * the confirmation opens on Cancel, and the host's Leave choice on Leave: Enter pressed twice never
 * removes anyone, gives the host role away or ends the session for everyone.
 *
 * Parts:
 * @csspart host-menu-button - a participant's (or everyone's) menu button
 * @csspart host-menu - the open menu
 * @csspart host-menu-item - one of its items
 * @csspart leave-choice - the host's Leave choice
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ModerationInfo } from '../../session/slices/moderation.js';
import type { ParticipantInfo } from '../../session/types.js';
import type { HostAction } from '../../session/zoom-client.js';
import type { HostWords } from '../host-strings.js';

/** What the menus need of the session. */
export interface HostSession {
  readonly moderation: ModerationInfo;
  readonly raisedHands: readonly number[];
  moderate(action: HostAction, userId?: number): Promise<boolean>;
  lowerHand(target: number | 'all'): Promise<void>;
}

interface Item {
  key: string;
  label: string;
  run: () => unknown;
  /** Asks first, with these words. */
  confirm?: string;
  danger?: boolean;
}

export const LEAVE_CHOICE_ID = 'leave-choice';

/** Which menu is open and what waits for confirmation; renders the menus. */
export class HostMenus {
  private open: string | undefined;
  private confirming: string | undefined;
  /** The host's Leave choice shows. */
  leaveChoice = false;

  constructor(
    private readonly requestUpdate: () => void,
    private readonly root: () => ParentNode,
  ) {}

  /** Whether the controls show: the SDK's role only. */
  static shown(session: HostSession): boolean {
    return session.moderation.isHost || session.moderation.isManager;
  }

  reset(): void {
    this.open = this.confirming = undefined;
    this.leaveChoice = false;
  }

  /** The menu of one participant's row (nothing for oneself or when not host or manager). */
  row(p: ParticipantInfo, session: HostSession, w: HostWords): TemplateResult | typeof nothing {
    if (p.isSelf || !HostMenus.shown(session)) return nothing;
    const m = session.moderation;
    const act = (action: HostAction) => () => session.moderate(action, p.userId);
    const items: Item[] = [];
    if (session.raisedHands.includes(p.userId)) items.push({ key: 'lower-hand', label: w.actions['lower-hand'], run: () => session.lowerHand(p.userId) });
    items.push(p.audioMuted ? { key: 'ask-unmute', label: w.actions['ask-unmute'], run: act('ask-unmute') } : { key: 'mute', label: w.actions.mute, run: act('mute') });
    if (m.spotlighted.includes(p.userId)) items.push({ key: 'unspotlight', label: w.actions.unspotlight, run: act('unspotlight') });
    else if (p.videoOn) items.push({ key: 'spotlight', label: w.actions.spotlight, run: act('spotlight') });
    if (m.isHost) {
      items.push({ key: 'make-host', label: w.actions['make-host'], run: act('make-host'), confirm: w.confirmMakeHost(p.name) });
      items.push(
        m.managers.includes(p.userId)
          ? { key: 'revoke-manager', label: w.actions['revoke-manager'], run: act('revoke-manager') }
          : { key: 'make-manager', label: w.actions['make-manager'], run: act('make-manager') },
      );
    }
    if (!p.isHost) items.push({ key: 'remove', label: w.actions.remove, run: act('remove'), confirm: w.confirmRemove(p.name), danger: true });
    return this.menu(`menu-${p.userId}`, w.menuFor(p.name), '⋯', items, w);
  }

  /** The menu for everyone, in the panel's header. */
  everyone(session: HostSession, w: HostWords): TemplateResult | typeof nothing {
    if (!HostMenus.shown(session)) return nothing;
    const m = session.moderation;
    const act = (action: HostAction) => () => session.moderate(action);
    const items: Item[] = [
      { key: 'mute-all', label: w.actions['mute-all'], run: act('mute-all') },
      { key: 'ask-all-unmute', label: w.actions['ask-all-unmute'], run: act('ask-all-unmute') },
      m.shareLocked
        ? { key: 'unlock-share', label: w.actions['unlock-share'], run: act('unlock-share') }
        : { key: 'lock-share', label: w.actions['lock-share'], run: act('lock-share') },
      m.chatLocked
        ? { key: 'chat-everyone', label: w.actions['chat-everyone'], run: act('chat-everyone') }
        : { key: 'chat-no-one', label: w.actions['chat-no-one'], run: act('chat-no-one') },
    ];
    if (session.raisedHands.length > 0) items.unshift({ key: 'lower-all', label: w.lowerAll, run: () => session.lowerHand('all') });
    return this.menu('menu-everyone', w.everyoneMenu, w.everyoneMenu, items, w);
  }

  /** The host's Leave choice: end for everyone, or leave; Escape or Cancel closes it. */
  leave(session: HostSession, leave: () => unknown, w: HostWords): TemplateResult | typeof nothing {
    if (!this.leaveChoice) return nothing;
    const close = () => {
      this.leaveChoice = false;
      this.requestUpdate();
      (this.root().querySelector('#leave-button') as HTMLElement | null)?.focus();
    };
    return html`<div
      id=${LEAVE_CHOICE_ID}
      class="leave-choice"
      part="leave-choice"
      role="group"
      aria-label=${w.leaveTitle}
      @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && close()}
    >
      <button type="button" class="control danger" part="button" data-leave="end" @click=${() => void session.moderate('end-for-all')}>
        ${w.endForAll}
      </button>
      <button type="button" class="control" part="button" data-leave="leave" @click=${() => void leave()}>${w.leaveOnly}</button>
      <button type="button" class="control" part="button" data-leave="cancel" @click=${close}>${w.cancel}</button>
    </div>`;
  }

  /** Opens the Leave choice (the host pressed Leave) and focuses Leave, the safe choice. */
  showLeaveChoice(): void {
    this.leaveChoice = true;
    this.requestUpdate();
    this.focusLater(`#${LEAVE_CHOICE_ID} [data-leave=leave]`);
  }

  private menu(id: string, label: string, face: string, items: Item[], w: HostWords): TemplateResult {
    const open = this.open === id;
    const waiting = open ? items.find((i) => `${id}:${i.key}` === this.confirming) : undefined;
    const shown: Item[] = waiting
      ? [
          { key: 'confirm', label: w.confirm, run: waiting.run, danger: true },
          { key: 'cancel', label: w.cancel, run: () => undefined },
        ]
      : items;
    const button = () => this.root().querySelector<HTMLElement>(`#${id}-button`);
    const close = () => {
      this.open = this.confirming = undefined;
      this.requestUpdate();
      button()?.focus();
    };
    const choose = (item: Item) => {
      if (!waiting && item.confirm) {
        this.confirming = `${id}:${item.key}`;
        this.requestUpdate();
        this.focusLater(`#${id} [data-item=cancel]`);
        return;
      }
      close();
      void item.run();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        close();
        return;
      }
      if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
      e.preventDefault();
      const all = [...(e.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[role=menuitem]')];
      const at = all.indexOf(e.target as HTMLElement);
      all[(at + (e.key === 'ArrowDown' ? 1 : all.length - 1)) % all.length]?.focus();
    };
    return html`<span class="host-menu-wrap">
      <button
        id="${id}-button"
        type="button"
        class="host-menu-button"
        part="button host-menu-button"
        aria-haspopup="menu"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${id}
        aria-label=${label}
        @click=${() => {
          this.open = open ? undefined : id;
          this.confirming = undefined;
          this.requestUpdate();
          if (!open) this.focusLater(`#${id} [role=menuitem]`);
        }}
      >
        <span aria-hidden="true">${face}</span>
      </button>
      ${open
        ? html`<div class="host-menu-pop" @keydown=${onKey}>
            ${waiting ? html`<p id="${id}-confirm" class="host-menu-confirm">${waiting.confirm}</p>` : nothing}
            <ul id=${id} class="host-menu" part="host-menu" role="menu" aria-label=${label} aria-describedby=${waiting ? `${id}-confirm` : nothing}>
              ${shown.map(
                (item) => html`<li role="none">
                  <button
                    type="button"
                    role="menuitem"
                    class="host-menu-item ${item.danger ? 'destructive' : ''}"
                    part="host-menu-item"
                    data-item=${item.key}
                    @click=${() => choose(item)}
                  >
                    ${item.label}
                  </button>
                </li>`,
              )}
            </ul>
          </div>`
        : nothing}
    </span>`;
  }

  private focusLater(selector: string): void {
    void Promise.resolve()
      .then(() => new Promise((resolve) => requestAnimationFrame(resolve)))
      .then(() => this.root().querySelector<HTMLElement>(selector)?.focus());
  }
}
