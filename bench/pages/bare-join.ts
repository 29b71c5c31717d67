/**
 * The floor beside the join benchmark's (c) (bench/element.ts): a page with nothing but a Join
 * button (no Lit, no element, no SDK) whose click asks the same token endpoint for a token through
 * the same `remoteTokenProvider` the element uses for its `token-endpoint` attribute (the same
 * request, its answer read the same way). From the click to the token held is what any page pays
 * on this machine and browser for a click and one request.
 */
import { remoteTokenProvider } from '../../src/token/remote-provider.js';
import { sampleLog, watchJoinClicks } from './samples.js';

const samples = sampleLog();
window.benchSamples = samples;
const takeClick = watchJoinClicks();
const provider = remoteTokenProvider({ url: '/api/token' });
let clicks = 0;

document.querySelector('#join-button')!.addEventListener('click', async () => {
  const click = takeClick();
  const tokenStart = performance.now();
  // The element's request for a participant in WebRTC modes, a new session name each time.
  await provider({ sessionName: `bench-bare-${clicks++}`, role: 0, videoWebRtcMode: 1, audioWebRtcMode: 1 }, new AbortController().signal);
  const tokenEnd = performance.now();
  if (click !== undefined) samples.add({ click, join: tokenEnd, token: tokenEnd - tokenStart, tokenStart, tokenEnd });
});
