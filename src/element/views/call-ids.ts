/**
 * Ids in the views only the call chunk renders (the call, joining, error and left views). Apart
 * from `shared.ts`, which the form uses too, so the element's first chunk carries none of them.
 */

/** Ids in the call view. */
export const STAGE_IDS = {
  /** The `<video-player-container>` that holds every tile. */
  videoContainer: 'video-container',
  participantsPanel: 'participants-panel',
  microphoneButton: 'microphone-button',
  cameraButton: 'camera-button',
  participantsButton: 'participants-button',
  leaveButton: 'leave-button',
} as const;

/** Ids in the joining, error and left views. */
export const STATUS_IDS = {
  cancelButton: 'cancel-button',
  errorMessage: 'error-message',
  retryButton: 'retry-button',
  editButton: 'edit-button',
  backButton: 'back-button',
  rejoinButton: 'rejoin-button',
} as const;
