// The demo page uses the element the way a page author would: one import, attributes in HTML,
// DOM events for the page. Later work adds a playground panel for every attribute.
import '../src/define.js';

const log = document.querySelector<HTMLOListElement>('#event-log')!;
const session = document.querySelector('zoom-session')!;

for (const type of ['zoom-session-state', 'zoom-session-joined', 'zoom-session-left', 'zoom-session-error', 'zoom-session-participants']) {
  session.addEventListener(type, (event) => {
    const item = document.createElement('li');
    // Each event carries typed fields of its own (state, step, reason, error, participants, ...).
    const fields = Object.fromEntries(
      Object.entries(event).map(([key, value]) => [key, value instanceof Error ? { ...value, message: value.message } : value]),
    );
    item.textContent = `${new Date().toLocaleTimeString()} ${type} ${JSON.stringify(fields)}`;
    log.prepend(item);
  });
}
