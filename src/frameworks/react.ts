/**
 * `zoom-session-element/react`: `<zoom-session>` in React 19's JSX, every attribute, property and
 * event typed. Type-only; bring it in once, e.g. in the file that imports
 * `zoom-session-element/define`:
 *
 *   import type {} from 'zoom-session-element/react';
 *
 * React 19 sets a prop as a property when the element has a property of that name (objects,
 * functions, camelCase names), as an attribute otherwise (kebab-case names), and listens to an
 * event for a prop named `on` + the event's exact name: `onzoom-session-joined`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ZoomSession } from '../element/zoom-session.js';
import type { ZoomSessionAttributes, ZoomSessionEventMap, ZoomSessionProperties } from './types.js';

/** `onzoom-session-joined={(event) => event.userId}`, one per event. */
export type ZoomSessionReactEvents = {
  [K in keyof ZoomSessionEventMap as `on${K}`]?: (event: ZoomSessionEventMap[K]) => void;
};

/** The props of `<zoom-session>` in React 19. */
export type ZoomSessionReactProps = DetailedHTMLProps<HTMLAttributes<ZoomSession>, ZoomSession> &
  ZoomSessionAttributes &
  ZoomSessionProperties &
  ZoomSessionReactEvents;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'zoom-session': ZoomSessionReactProps;
    }
  }
}
