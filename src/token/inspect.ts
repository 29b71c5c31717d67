import { decodeJwt, decodeProtectedHeader } from 'jose';
import { TOKEN_LIFETIME } from './rules.js';
import type { RoleType } from './types.js';

/** Stable codes of problems a token can have before it is sent to Zoom. */
export type TokenProblemCode =
  | 'token-malformed'
  | 'token-claim-missing'
  | 'token-version'
  | 'token-expired'
  | 'token-not-yet-valid'
  | 'token-lifetime'
  | 'token-topic-mismatch'
  | 'token-role-mismatch';

export interface TokenProblem {
  code: TokenProblemCode;
  /** The claim at fault, when one is. */
  claim?: string;
  message: string;
}

/** What a token is checked against. */
export interface TokenExpectation {
  sessionName: string;
  /** When given, `role_type` must equal it. */
  role?: RoleType | undefined;
}

export interface TokenInspection {
  /** The decoded payload (empty when the token could not be decoded). */
  claims: Record<string, unknown>;
  problems: TokenProblem[];
}

/** Clock difference tolerated between this device and the signer for `iat`. */
export const CLOCK_SKEW_SECONDS = 300;

const REQUIRED_CLAIMS = ['app_key', 'role_type', 'tpc', 'version', 'iat', 'exp'] as const;

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function duration(seconds: number): string {
  const s = Math.abs(Math.round(seconds));
  if (s < 120) return `${s} seconds`;
  if (s < 7200) return `${Math.round(s / 60)} minutes`;
  return `${Math.round(s / 3600)} hours`;
}

/**
 * Decodes a Video SDK JWT without the secret and checks it against the session about to be joined.
 * Zoom's SDK sends any token to Zoom's server and comes back with an opaque error; this gives the
 * reason first. It cannot check the signature (that needs the secret), only what the token says.
 *
 * @param nowSeconds the current time in seconds since the epoch
 */
export function inspectToken(
  token: string,
  expected: TokenExpectation,
  nowSeconds: number = Math.floor(Date.now() / 1000),
): TokenInspection {
  let claims: Record<string, unknown>;
  try {
    if (typeof token !== 'string' || token.split('.').length !== 3) throw new Error('not three parts');
    const header = decodeProtectedHeader(token);
    if (header.alg !== 'HS256') throw new Error(`alg ${String(header.alg)}`);
    claims = decodeJwt(token) as Record<string, unknown>;
  } catch {
    return {
      claims: {},
      problems: [
        {
          code: 'token-malformed',
          message: 'The token from the token service is not a valid Video SDK token (a signed HS256 JWT).',
        },
      ],
    };
  }

  const problems: TokenProblem[] = [];
  const missing = REQUIRED_CLAIMS.filter((c) => claims[c] === undefined || claims[c] === null || claims[c] === '');
  for (const claim of missing) {
    problems.push({
      code: 'token-claim-missing',
      claim,
      message: `The token has no "${claim}" claim, which Zoom requires.`,
    });
  }

  if (!missing.includes('version') && claims['version'] !== 1) {
    problems.push({
      code: 'token-version',
      claim: 'version',
      message: `The token's "version" claim must be 1; it is ${JSON.stringify(claims['version'])}.`,
    });
  }

  const { iat, exp } = claims;
  if (!missing.includes('exp') && !isNumber(exp)) {
    problems.push({ code: 'token-malformed', claim: 'exp', message: 'The token\'s "exp" claim is not a number.' });
  }
  if (!missing.includes('iat') && !isNumber(iat)) {
    problems.push({ code: 'token-malformed', claim: 'iat', message: 'The token\'s "iat" claim is not a number.' });
  }
  if (isNumber(exp) && exp <= nowSeconds) {
    problems.push({
      code: 'token-expired',
      claim: 'exp',
      message: `The token expired ${duration(nowSeconds - exp)} ago. Get a new one and try again.`,
    });
  }
  if (isNumber(iat) && iat > nowSeconds + CLOCK_SKEW_SECONDS) {
    problems.push({
      code: 'token-not-yet-valid',
      claim: 'iat',
      message: `The token is only valid in ${duration(iat - nowSeconds)}. Check that this device's clock is right.`,
    });
  }
  if (isNumber(iat) && isNumber(exp)) {
    const life = exp - iat;
    if (life < TOKEN_LIFETIME.min || life > TOKEN_LIFETIME.max) {
      problems.push({
        code: 'token-lifetime',
        claim: 'exp',
        message: `The token is valid for ${duration(life)}; Zoom accepts 30 minutes to 48 hours.`,
      });
    }
  }

  const tpc = claims['tpc'];
  if (!missing.includes('tpc')) {
    if (typeof tpc !== 'string' || tpc.toLowerCase() !== expected.sessionName.toLowerCase()) {
      problems.push({
        code: 'token-topic-mismatch',
        claim: 'tpc',
        message: `The token is for the session "${String(tpc)}", not "${expected.sessionName}".`,
      });
    }
  }

  const role = claims['role_type'];
  if (!missing.includes('role_type')) {
    if (role !== 0 && role !== 1) {
      problems.push({
        code: 'token-malformed',
        claim: 'role_type',
        message: `The token's "role_type" must be 0 or 1; it is ${JSON.stringify(role)}.`,
      });
    } else if (expected.role !== undefined && role !== expected.role) {
      const name = (r: number) => (r === 1 ? 'host' : 'participant');
      problems.push({
        code: 'token-role-mismatch',
        claim: 'role_type',
        message: `The token is for a ${name(role)}, but this page asked to join as a ${name(expected.role)}.`,
      });
    }
  }

  return { claims, problems };
}
