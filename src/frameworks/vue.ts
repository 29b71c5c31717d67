/**
 * `zoom-session-element/vue`: `<zoom-session>` in Vue templates, typed for `vue-tsc` and editors
 * through Vue's `GlobalComponents`. Type-only; bring it in once, e.g. in `env.d.ts` or `main.ts`:
 *
 *   import type {} from 'zoom-session-element/vue';
 *
 * Attributes as written (`:session-name="name"`), objects as properties
 * (`:tokenProvider.prop="provider"`), events with `@` (`@zoom-session-joined="onJoined"`). The
 * template compiler must still be told the tag is a custom element (`isCustomElement`).
 */
import type { DefineComponent } from 'vue';
import type { CamelCase, ZoomSessionAttributes, ZoomSessionEventMap, ZoomSessionProperties } from './types.js';

/** `@zoom-session-joined` is the listener prop `onZoomSessionJoined`, one per event. */
export type ZoomSessionVueEvents = {
  [K in keyof ZoomSessionEventMap as `on${Capitalize<CamelCase<K>>}`]?: (event: ZoomSessionEventMap[K]) => void;
};

/** The props of `<zoom-session>` in a Vue template. */
export type ZoomSessionVueProps = ZoomSessionAttributes & ZoomSessionProperties & ZoomSessionVueEvents;

declare module 'vue' {
  interface GlobalComponents {
    'zoom-session': DefineComponent<ZoomSessionVueProps>;
  }
}
