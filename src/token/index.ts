export * from './rules.js';
export * from './types.js';
export { toSessionName } from './session-name.js';
export { buildClaims, tokenRequestProblems } from './claims.js';
export { inspectToken, CLOCK_SKEW_SECONDS } from './inspect.js';
export type { TokenExpectation, TokenInspection, TokenProblem, TokenProblemCode } from './inspect.js';
export { remoteTokenProvider, DEFAULT_TOKEN_TIMEOUT_MS } from './remote-provider.js';
export type { RemoteTokenProviderOptions } from './remote-provider.js';
export { csrfMetaHeaders, CSRF_HEADER } from './csrf-meta.js';
