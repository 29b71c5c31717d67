/**
 * The slices of the session engine, wired to one another and listed in setup order: the one place
 * where a new slice is registered. The core listens to them and resets them in this order, and
 * releases them in reverse (so the share and the videos are detached before the camera and the
 * microphone stop, and all of it before the SDK is left).
 */
import { ChatSlice } from './chat.js';
import { HandsSlice } from './hands.js';
import { ModerationSlice } from './moderation.js';
import { MediaSlice } from './media.js';
import { NoticesSlice } from './notices.js';
import { PreviewSlice } from './preview.js';
import { AspectSlice } from './aspect.js';
import { CaptionsSlice } from './captions.js';
import { QualitySlice } from './quality.js';
import { RecordingSlice } from './recording.js';
import { RosterSlice } from './roster.js';
import { ShareSlice } from './share.js';
import type { Slice, SliceCore } from './slice.js';
import { VideoSlice } from './video.js';
import { SettingsSlice } from './settings.js';

/** The feature slices, by name. */
export interface SessionSlices {
  readonly notices: NoticesSlice;
  readonly media: MediaSlice;
  readonly roster: RosterSlice;
  readonly video: VideoSlice;
  readonly share: ShareSlice;
  readonly chat: ChatSlice;
  readonly preview: PreviewSlice;
  readonly recording: RecordingSlice;
  readonly quality: QualitySlice;
  readonly captions: CaptionsSlice;
  readonly hands: HandsSlice;
  readonly moderation: ModerationSlice;
  readonly aspect: AspectSlice;
  readonly settings: SettingsSlice;
}

/** Makes every slice over one core; what a slice needs of another it gets here, narrowly. */
export function createSlices(core: SliceCore): { slices: SessionSlices; ordered: readonly Slice[] } {
  const notices = new NoticesSlice(core);
  const media: MediaSlice = new MediaSlice(core, () => {
    const selfId = roster.self?.userId;
    return selfId === undefined ? Promise.resolve() : video.detach(selfId);
  }, notices);
  const roster: RosterSlice = new RosterSlice(
    core,
    media,
    (list) => video.sync(list),
    (userId) => video.forget(userId),
  );
  const video = new VideoSlice(
    core,
    (userId) => roster.hasVideo(userId),
    (userId) => roster.isSelf(userId),
  );
  const share = new ShareSlice(core, roster, notices);
  const chat = new ChatSlice(core, roster);
  // The preview lists the devices through the media slice; the settings slice checks stored ones against them.
  const preview = new PreviewSlice(core, {
    get devices() {
      return media.devices;
    },
    refreshDevices: async (skipPermissionCheck?: boolean) => {
      await media.refreshDevices(skipPermissionCheck);
      settings.devicesListed();
    },
  });
  const recording = new RecordingSlice(core, notices);
  const quality = new QualitySlice(core, notices, () => (media.videoOn ? media.toggleVideo() : undefined));
  const captions = new CaptionsSlice(core, notices);
  const hands = new HandsSlice(core, notices);
  const moderation = new ModerationSlice(core, notices);
  const aspect = new AspectSlice(core);
  const settings: SettingsSlice = new SettingsSlice(core, media, notices);
  media.options = { audio: () => settings.audioOptions(), video: () => settings.videoOptions() };
  return {
    slices: { notices, media, roster, video, share, chat, preview, recording, quality, captions, hands, moderation, aspect, settings },
    ordered: [notices, media, roster, video, share, chat, preview, recording, quality, captions, hands, moderation, aspect, settings],
  };
}
