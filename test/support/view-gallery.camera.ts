/**
 * The browser's fake camera for the view gallery (Chromium's `--use-fake-device-for-media-stream`),
 * opened once for every state, and the way to let go of what a state played.
 *
 * Every wait here is bounded: on a busy machine a `<video>` may take seconds to show its first
 * frame, and a `play()` whose element is replaced can stay pending; a state is shown without its
 * picture rather than never. `release` stops every `<video>` a state left (in shadow roots too):
 * players that were only removed from the page keep decoding until they are collected, and the
 * overflow test, which shows every state several times, slowed down with each pass until it
 * timed out.
 */

/** How long a `<video>` may take to show its first frame before the state is shown without it. */
const FIRST_FRAME_MS = 2000;

let stream: Promise<MediaStream | undefined> | undefined;

/** The fake camera, 640 by 360, opened on first use and shared by every state. */
export function camera(): Promise<MediaStream | undefined> {
  stream ??= navigator.mediaDevices?.getUserMedia({ video: { width: 640, height: 360 } }).catch(() => undefined) ??
    Promise.resolve(undefined);
  return stream;
}

/** Plays `media` in `video`, muted, and waits for its first frame (at most two seconds). */
export async function play(video: HTMLVideoElement, media: MediaStream): Promise<void> {
  video.muted = true;
  video.autoplay = true;
  video.srcObject = media;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, FIRST_FRAME_MS);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    if (video.readyState >= 2) done();
    else video.addEventListener('loadeddata', done, { once: true });
    video.play().catch(() => {});
  });
}

/** Stops every `<video>` under `root`, through shadow roots, so nothing keeps playing once it goes. */
export function release(root: ParentNode): void {
  for (const video of root.querySelectorAll('video')) {
    video.pause();
    video.srcObject = null;
  }
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) release(el.shadowRoot);
}
