/**
 * The page's `captions` and `caption-lang` attributes, applied to a joined session (issue 14):
 * the caption language again whenever the page changes it, captions on once per session if asked.
 */
import type { SessionController } from '../session/session-controller.js';

export class CaptionAttributes {
  private captionsApplied = false;
  private langApplied = '';

  /** Called after each render; does nothing until the session is joined. */
  apply(session: SessionController, page: { captions: boolean; captionLang: string }): void {
    if (session.state !== 'joined') return;
    if (page.captionLang !== this.langApplied) {
      this.langApplied = page.captionLang;
      void session.setCaptionLanguage(page.captionLang || undefined);
    }
    if (this.captionsApplied) return;
    this.captionsApplied = true;
    if (page.captions) void session.setCaptions(true);
  }

  /** A new join applies both again. */
  reset(): void {
    this.captionsApplied = false;
    this.langApplied = '';
  }
}
