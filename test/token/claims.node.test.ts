import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildClaims, tokenRequestProblems } from '../../src/token/claims.js';
import { TokenError, type TokenRequest } from '../../src/token/types.js';

const now = 1_790_000_000;
const base: TokenRequest = { sessionName: 'Plenary', role: 0 };

describe('buildClaims', () => {
  it('fills every required claim with version 1, a back-dated iat, 2 h lifetime and WebRTC modes', () => {
    assert.deepEqual(buildClaims(base, 'KEY', now), {
      app_key: 'KEY',
      role_type: 0,
      tpc: 'Plenary',
      version: 1,
      iat: now - 30,
      exp: now - 30 + 7200,
      video_webrtc_mode: 1,
      audio_webrtc_mode: 1,
    });
  });

  it('maps every optional field to its claim', () => {
    const claims = buildClaims(
      {
        sessionName: 'Plenary',
        role: 1,
        expirationSeconds: 1800,
        userIdentity: 'user-1',
        sessionKey: 'key-1',
        geoRegions: ['us', 'DE'],
        cloudRecordingOption: 1,
        cloudRecordingElection: 0,
        cloudRecordingTranscriptOption: 2,
        videoWebRtcMode: 0,
        audioWebRtcMode: 0,
        telemetryTrackingId: 'trace-9',
      },
      'KEY',
      now,
    );
    assert.deepEqual(claims, {
      app_key: 'KEY',
      role_type: 1,
      tpc: 'Plenary',
      version: 1,
      iat: now - 30,
      exp: now - 30 + 1800,
      user_key: 'user-1',
      session_key: 'key-1',
      geo_regions: 'US,DE',
      cloud_recording_option: 1,
      cloud_recording_election: 0,
      cloud_recording_transcript_option: 2,
      video_webrtc_mode: 0,
      audio_webrtc_mode: 0,
      telemetry_tracking_id: 'trace-9',
    });
  });

  it('accepts lifetimes at both ends of the window', () => {
    for (const life of [1800, 172800]) {
      const c = buildClaims({ ...base, expirationSeconds: life }, 'KEY', now);
      assert.equal(c.exp - c.iat, life);
    }
  });

  it('refuses lifetimes outside 1800 s to 48 h', () => {
    for (const life of [1799, 172801, 0, -5, 3600.5]) {
      assert.throws(
        () => buildClaims({ ...base, expirationSeconds: life }, 'KEY', now),
        (e: unknown) => e instanceof TokenError && e.code === 'token-request-invalid' && e.errors[0]?.property === 'expirationSeconds',
        String(life),
      );
    }
  });

  it('refuses a request that breaks the shared rules', () => {
    assert.throws(() => buildClaims({ ...base, sessionName: 'a/b' }, 'KEY', now), /cannot contain "\/"/);
    assert.throws(() => buildClaims({ ...base, role: 2 as 0 }, 'KEY', now), /role must be 0/);
    assert.throws(() => buildClaims({ ...base, sessionKey: 'x'.repeat(37) }, 'KEY', now), /at most 36/);
  });

  it('refuses to sign without a key', () => {
    assert.throws(() => buildClaims(base, '', now), (e: unknown) => e instanceof TokenError && e.code === 'token-signer-misconfigured');
  });
});

describe('tokenRequestProblems', () => {
  it('names each bad property as the sample endpoint does', () => {
    const problems = tokenRequestProblems({
      sessionName: '',
      role: 3 as 0,
      expirationSeconds: 10,
      userIdentity: 'u'.repeat(40),
      geoRegions: 'US,XX',
      videoWebRtcMode: 2 as 0,
      cloudRecordingTranscriptOption: 5 as 0,
    });
    assert.deepEqual(
      problems.map((p) => p.property),
      ['sessionName', 'role', 'expirationSeconds', 'userIdentity', 'geoRegions', 'videoWebRtcMode', 'cloudRecordingTranscriptOption'],
    );
    assert.match(problems.find((p) => p.property === 'geoRegions')!.reason, /XX/);
  });

  it('is empty for a valid request', () => {
    assert.deepEqual(tokenRequestProblems({ ...base, geoRegions: 'US, DE', expirationSeconds: 3600 }), []);
  });
});
