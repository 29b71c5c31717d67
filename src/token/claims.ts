import {
  IAT_BACKDATE_SECONDS,
  TOKEN_LIFETIME,
  checkSessionKey,
  checkSessionName,
  checkUserKey,
} from './rules.js';
import {
  GEO_REGIONS,
  TokenError,
  type EndpointFieldError,
  type TokenRequest,
  type VideoSdkClaims,
} from './types.js';

const isBinary = (v: unknown): v is 0 | 1 => v === 0 || v === 1;

/** Normalises `geoRegions` (a comma-joined string or an array) to Zoom's comma-joined form. */
function geoRegionList(geo: string | readonly string[]): string[] {
  const list = typeof geo === 'string' ? geo.split(',') : [...geo];
  return list.map((r) => r.trim().toUpperCase()).filter((r) => r !== '');
}

/**
 * Problems with a token request, in the shape of the `errors` list of Zoom's auth endpoint sample
 * (`{property, reason}`, property named as in the request body). Empty when the request is valid.
 * Field rules come from `rules.ts`.
 */
export function tokenRequestProblems(request: TokenRequest): EndpointFieldError[] {
  const errors: EndpointFieldError[] = [];
  const add = (property: string, reason: string) => errors.push({ property, reason });

  if (typeof request.sessionName !== 'string') add('sessionName', 'The session name is required.');
  else for (const p of checkSessionName(request.sessionName)) add('sessionName', p.message);

  if (request.role !== 0 && request.role !== 1) add('role', 'The role must be 0 (participant) or 1 (host).');

  const life = request.expirationSeconds;
  if (life !== undefined) {
    if (typeof life !== 'number' || !Number.isInteger(life)) {
      add('expirationSeconds', 'The token lifetime must be a whole number of seconds.');
    } else if (life < TOKEN_LIFETIME.min || life > TOKEN_LIFETIME.max) {
      add(
        'expirationSeconds',
        `The token lifetime must be between ${TOKEN_LIFETIME.min} and ${TOKEN_LIFETIME.max} seconds (30 minutes to 48 hours); it is ${life}.`,
      );
    }
  }
  if (request.userIdentity !== undefined) {
    if (typeof request.userIdentity !== 'string') add('userIdentity', 'The user identity must be text.');
    else for (const p of checkUserKey(request.userIdentity)) add('userIdentity', p.message);
  }
  if (request.sessionKey !== undefined) {
    if (typeof request.sessionKey !== 'string') add('sessionKey', 'The session key must be text.');
    else for (const p of checkSessionKey(request.sessionKey)) add('sessionKey', p.message);
  }
  if (request.geoRegions !== undefined) {
    const geo = request.geoRegions;
    if (typeof geo !== 'string' && !(Array.isArray(geo) && geo.every((g) => typeof g === 'string'))) {
      add('geoRegions', 'The geo regions must be a comma-separated string or a list.');
    } else {
      const unknown = geoRegionList(geo).filter((r) => !(GEO_REGIONS as readonly string[]).includes(r));
      if (unknown.length > 0) {
        add('geoRegions', `Unknown geo regions: ${unknown.join(', ')}. Use any of ${GEO_REGIONS.join(', ')}.`);
      }
    }
  }
  for (const key of [
    'cloudRecordingOption',
    'cloudRecordingElection',
    'videoWebRtcMode',
    'audioWebRtcMode',
  ] as const) {
    const v = request[key];
    if (v !== undefined && !isBinary(v)) add(key, `${key} must be 0 or 1.`);
  }
  const transcript = request.cloudRecordingTranscriptOption;
  if (transcript !== undefined && transcript !== 0 && transcript !== 1 && transcript !== 2) {
    add('cloudRecordingTranscriptOption', 'cloudRecordingTranscriptOption must be 0, 1 or 2.');
  }
  if (request.telemetryTrackingId !== undefined && typeof request.telemetryTrackingId !== 'string') {
    add('telemetryTrackingId', 'The telemetry tracking id must be text.');
  }
  return errors;
}

/**
 * The claims of a Video SDK JWT for a request: every claim Zoom reads, `version: 1`, `iat`
 * back-dated 30 s for clock skew, `exp = iat + lifetime` (default 2 h), WebRTC audio and video
 * unless the request asks for WebAssembly (0). Throws a `TokenError` (`token-request-invalid`, with
 * the field errors) when the request breaks a rule, rather than signing a token Zoom would refuse.
 *
 * @param nowSeconds the current time in seconds since the epoch
 */
export function buildClaims(
  request: TokenRequest,
  sdkKey: string,
  nowSeconds: number = Math.floor(Date.now() / 1000),
): VideoSdkClaims {
  if (typeof sdkKey !== 'string' || sdkKey.trim() === '') {
    throw new TokenError('token-signer-misconfigured', 'No Video SDK key is configured for signing tokens.');
  }
  const errors = tokenRequestProblems(request);
  if (errors.length > 0) {
    throw new TokenError(
      'token-request-invalid',
      `The token request is not valid: ${errors.map((e) => e.reason).join(' ')}`,
      { errors },
    );
  }
  const iat = Math.floor(nowSeconds) - IAT_BACKDATE_SECONDS;
  const claims: VideoSdkClaims = {
    app_key: sdkKey,
    role_type: request.role,
    tpc: request.sessionName,
    version: 1,
    iat,
    exp: iat + (request.expirationSeconds ?? TOKEN_LIFETIME.default),
    video_webrtc_mode: request.videoWebRtcMode ?? 1,
    audio_webrtc_mode: request.audioWebRtcMode ?? 1,
  };
  if (request.userIdentity) claims.user_key = request.userIdentity;
  if (request.sessionKey) claims.session_key = request.sessionKey;
  if (request.geoRegions !== undefined) {
    const geo = geoRegionList(request.geoRegions);
    if (geo.length > 0) claims.geo_regions = geo.join(',');
  }
  if (request.cloudRecordingOption !== undefined) claims.cloud_recording_option = request.cloudRecordingOption;
  if (request.cloudRecordingElection !== undefined) claims.cloud_recording_election = request.cloudRecordingElection;
  if (request.cloudRecordingTranscriptOption !== undefined) {
    claims.cloud_recording_transcript_option = request.cloudRecordingTranscriptOption;
  }
  if (request.telemetryTrackingId) claims.telemetry_tracking_id = request.telemetryTrackingId;
  return claims;
}
