/**
 * The styles of the call's views, one module per view under `styles/`, adopted by the element when
 * the call module loads, so a page that shows only the form downloads none of them. The theme's
 * custom properties and parts are documented in `zoom-session.styles.ts`.
 */
import type { CSSResult } from 'lit';
import { captionsStyles } from './styles/captions.styles.js';
import { chatStyles } from './styles/chat.styles.js';
import { controlsStyles } from './styles/controls.styles.js';
import { crowdStyles } from './styles/crowd.styles.js';
import { errorStyles } from './styles/error.styles.js';
import { callMotionStyles } from './styles/motion.styles.js';
import { hostStyles } from './styles/host.styles.js';
import { noticesStyles } from './styles/notices.styles.js';
import { participantsStyles } from './styles/participants.styles.js';
import { previewExtrasStyles } from './styles/preview-extras.styles.js';
import { progressStyles } from './styles/progress.styles.js';
import { recordingStyles } from './styles/recording.styles.js';
import { shareStyles } from './styles/share.styles.js';
import { settingsStyles } from './styles/settings.styles.js';
import { stageStyles } from './styles/stage.styles.js';

/**
 * In cascade order (later wins between equal selectors); the reduced-motion and forced-colors
 * rules come last so they win over these.
 */
export const callStyles: CSSResult[] = [
  previewExtrasStyles,
  progressStyles,
  stageStyles,
  participantsStyles,
  crowdStyles,
  ...controlsStyles,
  errorStyles,
  shareStyles,
  noticesStyles,
  recordingStyles,
  chatStyles,
  hostStyles,
  captionsStyles,
  settingsStyles,
  callMotionStyles,
];

/**
 * Adds the call's style sheets after the form's (`adoptedStyleSheets`, as Lit adopts its own). Here,
 * in the call chunk, so the element's first chunk carries none of it.
 */
export function adoptCallStyles(root: ShadowRoot): void {
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...callStyles.map((s) => s.styleSheet!)];
}
