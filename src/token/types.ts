/** Role in a Video SDK session, as the JWT's `role_type`: 1 host (or co-host), 0 participant. */
export type RoleType = 0 | 1;

/** Zoom's geo regions for `geo_regions`. */
export const GEO_REGIONS = ['AU', 'BR', 'CA', 'CN', 'DE', 'HK', 'IN', 'JP', 'MX', 'NL', 'SG', 'US'] as const;
export type GeoRegion = (typeof GEO_REGIONS)[number];

/**
 * What a token provider is asked for. Field names follow the JSON body of Zoom's auth endpoint
 * sample, so a remote provider can send it as it is.
 */
export interface TokenRequest {
  /** The session name; becomes `tpc`. */
  sessionName: string;
  /** 1 host, 0 participant. A token endpoint decides what it grants; this is only a request. */
  role: RoleType;
  /** Token lifetime in seconds, 1800 to 172800; default 7200. */
  expirationSeconds?: number | undefined;
  /** Becomes `user_key`: at most 36 characters. */
  userIdentity?: string | undefined;
  /** Becomes `session_key`: at most 36 characters. */
  sessionKey?: string | undefined;
  /** Comma-joined string or list of Zoom geo regions (`GEO_REGIONS`), any case. */
  geoRegions?: string | readonly string[] | undefined;
  cloudRecordingOption?: 0 | 1 | undefined;
  cloudRecordingElection?: 0 | 1 | undefined;
  cloudRecordingTranscriptOption?: 0 | 1 | 2 | undefined;
  /** 1 (default) for WebRTC video, 0 for WebAssembly video: becomes `video_webrtc_mode`. */
  videoWebRtcMode?: 0 | 1 | undefined;
  /** 1 (default) for WebRTC audio, 0 for WebAssembly audio: becomes `audio_webrtc_mode`. */
  audioWebRtcMode?: 0 | 1 | undefined;
  telemetryTrackingId?: string | undefined;
}

/**
 * Gets a signed Video SDK JWT for a request. Must reject promptly when `signal` aborts; every
 * failure should be a `TokenError` so the element can say what went wrong.
 */
export type TokenProvider = (request: TokenRequest, signal: AbortSignal) => Promise<string>;

/** The payload of a Video SDK JWT. */
export interface VideoSdkClaims {
  app_key: string;
  role_type: RoleType;
  tpc: string;
  version: 1;
  iat: number;
  exp: number;
  user_key?: string;
  session_key?: string;
  geo_regions?: string;
  cloud_recording_option?: 0 | 1;
  cloud_recording_election?: 0 | 1;
  cloud_recording_transcript_option?: 0 | 1 | 2;
  video_webrtc_mode: 0 | 1;
  audio_webrtc_mode: 0 | 1;
  telemetry_tracking_id?: string;
}

/** Stable codes of token failures. */
export type TokenErrorCode =
  | 'token-request-invalid'
  | 'token-endpoint-unreachable'
  | 'token-endpoint-timeout'
  | 'token-endpoint-refused'
  | 'token-endpoint-error'
  | 'token-endpoint-bad-response'
  | 'token-aborted'
  | 'token-csrf-missing'
  | 'token-signer-insecure-origin'
  | 'token-signer-misconfigured';

/** One field problem as Zoom's sample endpoint reports it in a 400 answer. */
export interface EndpointFieldError {
  property: string;
  reason: string;
}

/** A token could not be had. `message` is a sentence a participant or page author understands. */
export class TokenError extends Error {
  override readonly name = 'TokenError';
  readonly code: TokenErrorCode;
  /** True when trying again later may work (timeouts, outages). */
  readonly retryable: boolean;
  /** The HTTP status of the endpoint's answer, when there was one. */
  readonly status: number | undefined;
  /** The endpoint's own `errors` list, when it sent one. */
  readonly errors: EndpointFieldError[];

  constructor(
    code: TokenErrorCode,
    message: string,
    options: { retryable?: boolean; status?: number; errors?: EndpointFieldError[]; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.retryable = options.retryable ?? false;
    this.status = options.status;
    this.errors = options.errors ?? [];
  }
}
