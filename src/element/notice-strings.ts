/**
 * The words of the session's notices (`session/slices/notices.ts`), English and French, apart from
 * `strings.ts` so that each feature adds its notices here without growing the main table. A notice
 * code without words here fails the type check; a page overrides them like any other words
 * (`strings.notice`, `strings.noticeAction`).
 */
import type { NoticeAction, NoticeCode, NoticeParams } from '../session/slices/notices.js';
import { captionNoticesEn, captionNoticesFr } from './captions-strings.js';
import { mediaNoticesEn, mediaNoticesFr } from './media-notice-strings.js';
import { recordingNoticesEn, recordingNoticesFr } from './recording-strings.js';
import { privilegeNoticesEn, privilegeNoticesFr } from './host-strings.js';

export type NoticeWords = Readonly<Record<NoticeCode, (params: NoticeParams) => string>>;
export type NoticeActionWords = Readonly<Record<NoticeAction, string>>;

const text = (params: NoticeParams, key: string): string => String(params[key] ?? '');

function refusedEn(code: string): string {
  if (code === '5006') return 'Only a host or a manager can do that.';
  if (code === '5007') return 'Only the host can do that.';
  if (code === '6001') return 'That participant is no longer in the session, or has no video on.';
  if (code === '6117') return 'That video is already spotlighted, or not spotlighted.';
  return `Zoom refused that (${code}).`;
}

function refusedFr(code: string): string {
  if (code === '5006') return 'Seul un organisateur ou un coorganisateur peut faire cela.';
  if (code === '5007') return 'Seul l’organisateur peut faire cela.';
  if (code === '6001') return 'Cette personne n’est plus dans la session, ou sa caméra est coupée.';
  if (code === '6117') return 'Cette vidéo est déjà mise en avant, ou ne l’est pas.';
  return `Zoom a refusé (${code}).`;
}

export const noticesEn: NoticeWords = {
  ...recordingNoticesEn,
  ...captionNoticesEn,
  ...privilegeNoticesEn,
  ...mediaNoticesEn,
  'connection-poor': () => 'Your connection is poor, so your video may stall. Turning your camera off may help.',
  'host-muted-you': () => 'The host muted you. Press the microphone button when you want to speak.',
  'host-asks-unmute': () => 'The host asks you to unmute your microphone.',
  'sound-blocked': () => 'Your browser blocked the sound of the call.',
  'microphone-stopped': () => 'Your microphone stopped. Check that it is plugged in, then press the microphone button.',
  'camera-stopped': () => 'Your camera stopped. Check that it is plugged in and not used by another app, then press the camera button.',
  'share-stopped-by-host': () => 'The host stopped your screen share.',
  'hand-lowered-by-host': () => 'The host lowered your hand.',
  'hand-not-sent': () => 'Your hand could not be shown to the others just now. Try again in a moment.',
  spotlighted: () => 'The host spotlighted your video: everyone sees it first.',
  'role-given': (p) => (text(p, 'role') === 'host' ? 'You are now the host.' : 'You are now a manager of this session.'),
  'host-action-refused': (p) => refusedEn(text(p, 'code')),
  'device-fell-back': (p) =>
    `The ${text(p, 'kind') === 'camera' ? 'camera' : text(p, 'kind') === 'speaker' ? 'speaker' : 'microphone'} you chose is no longer there: the default one is used.`,
};

export const noticeActionsEn: NoticeActionWords = {
  unmute: 'Unmute',
  'stay-muted': 'Stay muted',
  'enable-sound': 'Turn on sound',
  dismiss: 'Dismiss',
  'camera-off': 'Turn camera off',
};

export const noticesFr: NoticeWords = {
  ...recordingNoticesFr,
  ...captionNoticesFr,
  ...privilegeNoticesFr,
  ...mediaNoticesFr,
  'connection-poor': () =>
    'Votre connexion est faible : votre vidéo peut se figer. Couper votre caméra peut aider.',
  'host-muted-you': () => 'L’organisateur a coupé votre micro. Appuyez sur le bouton du micro quand vous voulez parler.',
  'host-asks-unmute': () => 'L’organisateur vous demande d’activer votre micro.',
  'sound-blocked': () => 'Votre navigateur a bloqué le son de l’appel.',
  'microphone-stopped': () =>
    'Votre micro s’est arrêté. Vérifiez qu’il est branché, puis appuyez sur le bouton du micro.',
  'camera-stopped': () =>
    'Votre caméra s’est arrêtée. Vérifiez qu’elle est branchée et qu’aucune autre application ne l’utilise, puis appuyez sur le bouton de la caméra.',
  'share-stopped-by-host': () => 'L’organisateur a arrêté le partage de votre écran.',
  'hand-lowered-by-host': () => 'L’organisateur a baissé votre main.',
  'hand-not-sent': () => 'Votre main n’a pas pu être montrée aux autres. Réessayez dans un instant.',
  spotlighted: () => 'L’organisateur a mis votre vidéo en avant : tout le monde la voit en premier.',
  'role-given': (p) =>
    text(p, 'role') === 'host' ? 'Vous êtes maintenant l’organisateur.' : 'Vous êtes maintenant coorganisateur de cette session.',
  'host-action-refused': (p) => refusedFr(text(p, 'code')),
  'device-fell-back': (p) =>
    text(p, 'kind') === 'camera'
      ? 'La caméra choisie n’est plus là : celle par défaut est utilisée.'
      : text(p, 'kind') === 'speaker'
        ? 'Le haut-parleur choisi n’est plus là : celui par défaut est utilisé.'
        : 'Le micro choisi n’est plus là : celui par défaut est utilisé.',
};

export const noticeActionsFr: NoticeActionWords = {
  unmute: 'Activer le micro',
  'stay-muted': 'Rester muet',
  'enable-sound': 'Activer le son',
  dismiss: 'Fermer',
  'camera-off': 'Couper la caméra',
};
