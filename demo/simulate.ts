/**
 * The demo's "Simulate SDK events" panel: with the simulated client (the test fake,
 * `test/support/fake-zoom.ts`, no network), each button makes the fake SDK emit one event with the
 * 2.5.0 bundle's payload, so a person can see every notice and prompt of the element. Loaded by
 * `demo/demo.ts` only under the dev server (`import.meta.env.DEV`): it is in no build, demo or
 * package.
 */
import { FakeZoom, participant } from '../test/support/fake-zoom.js';
import { recordingProvider } from '../test/support/session-helpers.js';
import type { TokenProvider } from '../src/token/types.js';

/** One simulated event: `run` makes the fake emit it and returns what to log. */
export interface Simulation {
  readonly id: string;
  readonly label: string;
  run(fake: FakeZoom, count: number): string;
}

let crowdIds = 0;

/** What a chosen device the session uses now is, to unplug (a fall-back notice needs a chosen one). */
function deviceInUse(fake: FakeZoom): string | undefined {
  const camera = fake.calls.startVideo.at(-1)?.cameraId;
  const microphone = fake.calls.startAudio.at(-1)?.microphoneId;
  return typeof camera === 'string' ? camera : microphone;
}

export const SIMULATIONS: readonly Simulation[] = [
  { id: 'host-mutes', label: 'Host mutes you', run: (f) => (f.hostMutes(), "current-audio-change {action:'muted', source:'passive(mute one)'}") },
  { id: 'audio-drops', label: 'Audio dropped', run: (f) => (f.audioDrops('microphone error'), "current-audio-change {action:'leave', source:'microphone error'}") },
  { id: 'ask-unmute', label: 'Host asks to unmute', run: (f) => (f.hostAsksUnmute('Unmute'), "host-ask-unmute-audio {reason:'Unmute'}") },
  { id: 'autoplay', label: 'Autoplay blocked', run: (f) => (f.autoplayFails(), 'auto-play-audio-failed (no payload)') },
  { id: 'camera-stopped', label: 'Camera stopped', run: (f) => (f.cameraStops('Stopped'), "video-capturing-change {state:'Stopped'}") },
  { id: 'camera-failed', label: 'Camera failed', run: (f) => (f.cameraStops('Failed'), "video-capturing-change {state:'Failed'}") },
  { id: 'media-failed', label: 'Active media failed (camera unplugged)', run: (f) => (f.mediaFails('video', 202), "active-media-failed {type:'video', code:202, message}") },
  { id: 'media-paused', label: 'Active media failed (tab in background)', run: (f) => (f.mediaFails('video', 207), "active-media-failed {type:'video', code:207, message}") },
  {
    id: 'share-stopped',
    label: 'Share stopped by host',
    run: (f) => {
      if (!f.sharing) return 'share your screen first (the Share screen button): only your own share can be stopped';
      f.stopShareFromOutside('PrivilegeChange');
      return "passively-stop-share {reason:'PrivilegeChange'}";
    },
  },
  {
    id: 'device-vanished',
    label: 'Device vanished',
    run: (f) => {
      const id = deviceInUse(f);
      if (!id) return 'choose a camera or microphone in the form before joining: only a chosen device falls back';
      f.unplug(id);
      return `${id} unplugged; device-change {}`;
    },
  },
  { id: 'chat-no-one', label: 'Chat: no one may chat', run: (f) => (f.emit('chat-privilege-change', { chatPrivilege: 4 }), 'chat-privilege-change {chatPrivilege:4}') },
  { id: 'chat-all', label: 'Chat: everyone may chat', run: (f) => (f.emit('chat-privilege-change', { chatPrivilege: 1 }), 'chat-privilege-change {chatPrivilege:1}') },
  { id: 'share-locked', label: 'Share: host only', run: (f) => (f.emit('share-privilege-change', { privilege: 1 }), 'share-privilege-change {privilege:1}') },
  { id: 'share-unlocked', label: 'Share: anyone', run: (f) => (f.emit('share-privilege-change', { privilege: 0 }), 'share-privilege-change {privilege:0}') },
  { id: 'recording-started', label: 'Recording started', run: (f) => (f.recording.serverChange('Recording'), "recording-change 'Recording'") },
  { id: 'recording-stopped', label: 'Recording stopped', run: (f) => (f.recording.serverChange('Stopped'), "recording-change 'Stopped'") },
  {
    id: 'poor-connection',
    label: 'Poor connection',
    run: (f) => {
      f.emit('network-quality-change', { userId: f.selfId, type: 'uplink', level: 0 });
      f.emit('network-quality-change', { userId: f.selfId, type: 'downlink', level: 1 });
      return 'network-quality-change {type:uplink, level:0} and {type:downlink, level:1} (the notice comes once it stays poor)';
    },
  },
  {
    id: 'caption',
    label: 'Caption message',
    run: (f) => {
      const id = `demo-${Date.now()}`;
      f.captions.speak(id, 200, 'Grace Hopper', 'Welcome, everyone', false);
      f.captions.speak(id, 200, 'Grace Hopper', 'Welcome, everyone, to the plenary.', true);
      return 'caption-message {msgId, text} twice, the second with the whole sentence and done:true';
    },
  },
  {
    id: 'crowd',
    label: 'Fill with N participants',
    run: (f, count) => {
      const n = Math.max(1, Math.min(1000, Math.floor(count) || 1));
      f.addCrowd(n, { cameraEvery: 3, firstId: 10_000 + crowdIds });
      crowdIds += n;
      return `${n} participants added (user-added in batches of 20), every third with camera on`;
    },
  },
];

/** A fake SDK as the demo starts it: two others in the session, one with camera on. */
export function createFake(): { fake: FakeZoom; tokenProvider: TokenProvider } {
  const fake = new FakeZoom();
  fake.users = [participant(200, 'Grace Hopper', { bVideoOn: true }), participant(300, 'Linus Torvalds')];
  return { fake, tokenProvider: recordingProvider().provider };
}

/**
 * Puts one button per simulation in `container` (and the count for the crowd); a press runs it on
 * `fake()` and logs what was emitted. Without a fake (the real SDK chosen) a press only says so.
 */
export function mountSimulatePanel(container: HTMLElement, fake: () => FakeZoom | undefined, log: (text: string) => void): void {
  const buttons = document.createElement('div');
  buttons.className = 'buttons';
  const count = document.createElement('input');
  count.type = 'number';
  count.id = 'simulate-count';
  count.min = '1';
  count.max = '1000';
  count.value = '300';
  const countLabel = document.createElement('label');
  countLabel.htmlFor = count.id;
  countLabel.textContent = 'N';
  count.style.inlineSize = '6em';
  const crowd = document.createElement('div');
  crowd.className = 'buttons';
  for (const simulation of SIMULATIONS) {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset['simulate'] = simulation.id;
    button.textContent = simulation.label;
    button.addEventListener('click', () => {
      const target = fake();
      log(target ? simulation.run(target, count.valueAsNumber) : 'choose the simulated client first');
    });
    (simulation.id === 'crowd' ? crowd : buttons).append(button);
  }
  crowd.prepend(countLabel, count);
  container.append(buttons, crowd);
}
