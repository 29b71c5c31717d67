/**
 * The floor beside the join benchmark's (c) (bench/element.ts): a page with nothing but a Join
 * button (no Lit, no element, no SDK) whose click asks the same token endpoint for a token, with
 * the request the element's `remoteTokenProvider` sends (src/token/remote-provider.ts: the same
 * URL, method, headers, body and credentials) and its answer read the same way. From the click to
 * the token held is what any page pays on this machine and browser for a click and one request.
 */
import { sampleLog, watchJoinClicks } from './samples.js';

const samples = sampleLog();
window.benchSamples = samples;
const takeClick = watchJoinClicks();
let clicks = 0;

document.querySelector('#join-button')!.addEventListener('click', async () => {
  const click = takeClick();
  const tokenStart = performance.now();
  // The element's request: its `TokenRequest` for a participant in WebRTC modes, a new session name each time.
  const response = await fetch(new URL('/api/token', document.baseURI).href, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ sessionName: `bench-bare-${clicks++}`, role: 0, videoWebRtcMode: 1, audioWebRtcMode: 1 }),
    credentials: 'same-origin',
    signal: AbortSignal.timeout(10_000),
    cache: 'no-store',
  });
  await readSignature(response);
  const tokenEnd = performance.now();
  if (click !== undefined) samples.add({ click, join: tokenEnd, token: tokenEnd - tokenStart, tokenStart, tokenEnd });
});

/**
 * The answer's signature, read as `remoteTokenProvider` reads it (`readAnswer`): from the body's
 * stream, as soon as the text is a whole JSON object rather than when `response.json()` would
 * settle, the rest of the body drained in the background.
 */
async function readSignature(response: Response): Promise<string> {
  if (!response.ok || !response.body) throw new Error(`bare page: the token endpoint answered ${response.status}`);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    text += decoder.decode(value, { stream: !done });
    let answer: { signature?: unknown };
    try {
      answer = JSON.parse(text) as { signature?: unknown };
    } catch (cause) {
      if (done) throw new Error('bare page: the token endpoint did not answer JSON', { cause });
      continue;
    }
    const drain = (): void => void reader.read().then(({ done }) => done || drain(), () => undefined);
    if (!done) drain();
    if (typeof answer.signature !== 'string') throw new Error('bare page: no signature in the answer');
    return answer.signature;
  }
}
