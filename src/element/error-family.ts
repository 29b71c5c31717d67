/**
 * Sorts a failure into the family that decides the views' "what to do next" line (`strings.ts`
 * words each family in every language).
 */
import type { ErrorFacts } from './strings.js';

/**
 * The code family of a failure: the views pick a "what to do next" line by family. Families follow
 * the words in the codes of the session engine's catalog (`src/session/errors.ts`), of the token
 * providers and of the token inspector, so a new code in the same style finds its family.
 */
export type ErrorFamily =
  | 'input'
  | 'passcode'
  | 'cancelled'
  | 'token-config'
  | 'token-clock'
  | 'token-access'
  | 'token-unavailable'
  | 'assets'
  | 'not-started'
  | 'locked'
  | 'ended'
  | 'removed'
  | 'session-full'
  | 'unsupported'
  | 'duplicate'
  | 'network'
  | 'sdk'
  | 'media-permission'
  | 'media-device'
  | 'media'
  | 'share-unsupported'
  | 'share-not-allowed'
  | 'share'
  | 'chat-not-allowed'
  | 'chat';

/** Sorts a failure into the family that decides its "what to do next" line. */
export function errorFamily(error: ErrorFacts): ErrorFamily {
  const { code, source } = error;
  if (code.startsWith('share-')) {
    if (/unsupported/.test(code)) return 'share-unsupported';
    if (/locked|taken|by-host/.test(code)) return 'share-not-allowed';
    if (/view/.test(code)) return 'sdk';
    return 'share';
  }
  if (code.startsWith('chat-')) return /disabled/.test(code) ? 'chat-not-allowed' : 'chat';
  if (/abort|cancel/.test(code)) return 'cancelled';
  if (/wrong-passcode|passcode-(wrong|rejected|incorrect)/.test(code)) return 'passcode';
  if (source === 'input') return 'input';
  if (source === 'media') {
    if (/denied|permission|not-allowed|blocked/.test(code)) return 'media-permission';
    if (/missing|not-found|busy|in-use|not-readable/.test(code)) return 'media-device';
    return 'media';
  }
  if (/assets|load-failed/.test(code)) return 'assets';
  if (/invalid-parameters/.test(code)) return 'token-config';
  if (source === 'token' || code.startsWith('token-')) {
    if (/expired|not-yet-valid/.test(code)) return 'token-clock';
    if (/refused|forbidden|denied/.test(code)) return 'token-access';
    if (/unreachable|timeout|endpoint-error/.test(code)) return 'token-unavailable';
    return 'token-config';
  }
  if (/not-started/.test(code)) return 'not-started';
  if (/locked/.test(code)) return 'locked';
  if (/ended/.test(code)) return 'ended';
  if (/removed/.test(code)) return 'removed';
  if (/full|capacity/.test(code)) return 'session-full';
  if (/unsupported/.test(code)) return 'unsupported';
  if (/duplicate|in-use/.test(code)) return 'duplicate';
  if (source === 'network' || /network|connection|timeout/.test(code)) return 'network';
  return 'sdk';
}
