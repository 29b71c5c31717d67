/**
 * The token of a join: asked of the token provider (with the join's AbortSignal), checked against
 * the session before the SDK sees it, and kept for a rejoin while it stays valid long enough.
 */
import { inspectToken } from '../token/inspect.js';
import type { RoleType, TokenProvider, TokenRequest } from '../token/types.js';
import { abortable } from './async.js';
import type { JoinOptions } from './types.js';

/** A cached token is reused for a rejoin only while it stays valid this much longer. */
export const TOKEN_REUSE_MARGIN_SECONDS = 120;

export class JoinTokens {
  private cached: { key: string; token: string; exp: number } | undefined;

  /** A token for the join: the cached one while valid for a margin, else a new one, checked. */
  async get(options: JoinOptions, role: RoleType, provider: TokenProvider, signal: AbortSignal): Promise<string> {
    const request: TokenRequest = {
      sessionName: options.sessionName,
      role,
      videoWebRtcMode: options.videoMode === 'wasm' ? 0 : 1,
      audioWebRtcMode: options.audioMode === 'wasm' ? 0 : 1,
    };
    if (options.userKey) request.userIdentity = options.userKey;
    if (options.sessionKey) request.sessionKey = options.sessionKey;
    const key = JSON.stringify({ ...request, sessionName: request.sessionName.toLowerCase() });
    const now = Math.floor(Date.now() / 1000);
    const cached = this.cached;
    if (cached && cached.key === key && cached.exp - now > TOKEN_REUSE_MARGIN_SECONDS) return cached.token;
    this.cached = undefined;

    const token = await abortable(provider(request, signal), signal);
    const inspection = inspectToken(token, { sessionName: options.sessionName, role });
    if (inspection.problems.length > 0) throw inspection.problems;
    this.cached = { key, token, exp: inspection.claims['exp'] as number };
    return token;
  }

  /** Forgets the cached token (Zoom refused it, or the provider failed). */
  forget(): void {
    this.cached = undefined;
  }
}
