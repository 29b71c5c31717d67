import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LIMITS, validateSessionInput, type InputProblem, type SessionField } from '../token/rules.js';
import type { TokenProvider } from '../token/types.js';
import { styles } from './zoom-session.styles.js';

/** The element's lifecycle, reflected as the `state` attribute. */
export type ZoomSessionState =
  | 'idle'
  | 'preparing'
  | 'joining'
  | 'joined'
  | 'reconnecting'
  | 'leaving'
  | 'left'
  | 'failed';

type FormField = Extract<SessionField, 'sessionName' | 'userName' | 'passcode'>;

/**
 * A Zoom Video SDK session in one tag. This module only declares the class; `define.ts`
 * registers it as `<zoom-session>`.
 *
 * @summary Joins a Zoom Video SDK session and shows the call.
 *
 * @csspart form - the pre-join form
 * @csspart field - one labelled input with its problem
 * @csspart input - an input of the pre-join form
 * @csspart problem - the message under a field that breaks a rule
 * @csspart join-button - the Join button
 *
 * @cssproperty [--zoom-session-font=system-ui] - font family
 * @cssproperty [--zoom-session-bg=#ffffff] - background
 * @cssproperty [--zoom-session-fg=#1b1f24] - text color
 * @cssproperty [--zoom-session-accent=#0b5cff] - buttons and focus ring
 * @cssproperty [--zoom-session-danger=#c62828] - problems and errors
 * @cssproperty [--zoom-session-radius=8px] - corner radius
 * @cssproperty [--zoom-session-gap=8px] - spacing between tiles and fields
 */
export class ZoomSession extends LitElement {
  static override styles = styles;

  /** The Video SDK session name (the JWT's `tpc`). When set, the form does not ask for it. */
  @property({ attribute: 'session-name' }) sessionName = '';

  /** The participant's display name. When set, the form does not ask for it. */
  @property({ attribute: 'user-name' }) userName = '';

  /** The session passcode, at most 10 printable ASCII characters. Empty means none. */
  @property() passcode = '';

  /** URL of a token endpoint compatible with Zoom's auth endpoint sample. */
  @property({ attribute: 'token-endpoint' }) tokenEndpoint = '';

  /**
   * `participant` (default) or `host`: the role asked of the token provider, which decides what it
   * grants. Not named `role`: that is the ARIA role attribute of every element.
   */
  @property({ attribute: 'session-role' }) sessionRole: 'participant' | 'host' = 'participant';

  /** A token provider; overrides `token-endpoint`. */
  @property({ attribute: false }) tokenProvider: TokenProvider | undefined;

  /** Where the session stands. Read-only: reflected for CSS and pages. */
  @property({ reflect: true }) state: ZoomSessionState = 'idle';

  /** Values the participant typed, for the fields the page did not set. */
  @state() private typed: Partial<Record<FormField, string>> = {};

  /** Problems shown under the fields; filled on submit, then kept current as the user types. */
  @state() private problems: InputProblem[] = [];

  @state() private submitted = false;

  /** Which fields the form asks for: those the page left empty when the element was set up. */
  private asked: Set<FormField> = new Set();

  override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('sessionName') || changed.has('userName') || changed.has('passcode')) {
      this.asked = new Set(
        (['sessionName', 'userName', 'passcode'] as const).filter((f) => this[f] === '' || this.asked.has(f)),
      );
    }
  }

  /** The values a join would use: the page's attributes, else what was typed. */
  get input(): { sessionName: string; userName: string; passcode: string } {
    const pick = (f: FormField) => (this.asked.has(f) ? (this.typed[f] ?? '') : this[f]);
    return { sessionName: pick('sessionName'), userName: pick('userName'), passcode: pick('passcode') };
  }

  /** Checks every field; shows the problems and returns them (empty when all is well). */
  validate(): InputProblem[] {
    this.submitted = true;
    this.problems = validateSessionInput(this.input);
    return this.problems;
  }

  private onInput(field: FormField, event: Event): void {
    this.typed = { ...this.typed, [field]: (event.target as HTMLInputElement).value };
    if (this.submitted) this.problems = validateSessionInput(this.input);
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const problems = this.validate();
    if (problems.length > 0) {
      await this.updateComplete;
      const first = problems[0]!.field;
      this.renderRoot.querySelector<HTMLInputElement>(`#${first}`)?.focus();
    }
  }

  private renderField(field: FormField, label: string, type: string, hint?: string) {
    if (!this.asked.has(field)) return nothing;
    const problems = this.problems.filter((p) => p.field === field);
    const hintId = hint ? `${field}-hint` : undefined;
    const problemId = problems.length > 0 ? `${field}-problem` : undefined;
    const describedBy = [hintId, problemId].filter(Boolean).join(' ');
    return html`
      <div class="field" part="field">
        <label for=${field}>${label}</label>
        ${hint ? html`<span class="hint" id=${hintId!}>${hint}</span>` : nothing}
        <input
          id=${field}
          name=${field}
          part="input"
          type=${type}
          autocomplete=${field === 'userName' ? 'name' : 'off'}
          .value=${this.typed[field] ?? ''}
          aria-invalid=${problems.length > 0 ? 'true' : 'false'}
          aria-describedby=${ifDefined(describedBy || undefined)}
          @input=${(e: Event) => this.onInput(field, e)}
        />
        ${problems.length > 0
          ? html`<p class="problem" part="problem" id=${problemId!}>${problems.map((p) => p.message).join(' ')}</p>`
          : nothing}
      </div>
    `;
  }

  override render() {
    const pageProblems = this.problems.filter((p) => !this.asked.has(p.field as FormField));
    return html`
      <form part="form" novalidate @submit=${this.onSubmit}>
        ${this.renderField('sessionName', 'Session name', 'text')}
        ${this.renderField('userName', 'Your name', 'text')}
        ${this.renderField('passcode', 'Passcode', 'password', `At most ${LIMITS.passcode} characters.`)}
        ${pageProblems.length > 0
          ? html`<p class="problem" part="problem" role="alert">
              ${pageProblems.map((p) => p.message).join(' ')}
            </p>`
          : nothing}
        <button part="join-button" type="submit">Join</button>
      </form>
    `;
  }
}
