/** The styles of the call's views, adopted by the element when the call module loads. */
import { chatStyles, errorStyles, progressStyles, shareStyles, stageStyles } from './zoom-session.styles.js';

export const callStyles = [progressStyles, stageStyles, errorStyles, shareStyles, chatStyles];
