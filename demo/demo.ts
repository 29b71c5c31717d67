// The demo page uses the element the way a page author would: one import, attributes in HTML,
// DOM events for the page. Later work adds a playground panel for every attribute.
import '../src/define.js';

const log = document.querySelector<HTMLOListElement>('#event-log')!;
const session = document.querySelector('zoom-session')!;

for (const type of ['zoom-session-state', 'zoom-session-joined', 'zoom-session-left', 'zoom-session-error', 'zoom-session-participants']) {
  session.addEventListener(type, (event) => {
    const item = document.createElement('li');
    const detail = (event as CustomEvent).detail;
    item.textContent = `${new Date().toLocaleTimeString()} ${type}${detail === undefined ? '' : ` ${JSON.stringify(detail)}`}`;
    log.prepend(item);
  });
}
