/**
 * The words of the notices about this browser's own media failing under the participant
 * (`active-media-failed`, `session/slices/media.ts`), English and French, by the SDK's
 * `ActiveMediaFailedCode`: what happened and what to do, never the code itself.
 */
import type { NoticeParams } from '../session/slices/notices.js';

type Said = (params: NoticeParams) => string;
type Kind = 'camera' | 'microphone' | 'share';

const kindOf = (p: NoticeParams): Kind => (p['kind'] === 'camera' ? 'camera' : p['kind'] === 'share' ? 'share' : 'microphone');
const codeOf = (p: NoticeParams): number => Number(p['code'] ?? 0);

function failedEn(p: NoticeParams): string {
  const kind = kindOf(p);
  const code = codeOf(p);
  if (kind === 'share') return 'Your screen share stopped working. Press Share screen to share again.';
  if (code === 204 || code === 205) return 'Your video stopped: the browser ran out of memory or graphics resources. Reload the page to get it back.';
  if (code === 103 || code === 203) {
    return `Your browser no longer lets the call use your ${kind}. Allow it in the site settings, then press the ${kind} button.`;
  }
  return `Your ${kind} stopped working (it may have been unplugged). Check it, then press the ${kind} button.`;
}

function failedFr(p: NoticeParams): string {
  const kind = kindOf(p);
  const code = codeOf(p);
  const device = kind === 'camera' ? 'votre caméra' : 'votre micro';
  const button = kind === 'camera' ? 'de la caméra' : 'du micro';
  if (kind === 'share') return 'Votre partage d’écran s’est arrêté. Appuyez sur Partager l’écran pour partager à nouveau.';
  if (code === 204 || code === 205) return 'Votre vidéo s’est arrêtée : le navigateur manque de mémoire ou de ressources graphiques. Rechargez la page pour la retrouver.';
  if (code === 103 || code === 203) {
    return `Votre navigateur ne laisse plus l’appel utiliser ${device}. Autorisez-${kind === 'camera' ? 'la' : 'le'} dans les réglages du site, puis appuyez sur le bouton ${button}.`;
  }
  return `${kind === 'camera' ? 'Votre caméra a' : 'Votre micro a'} cessé de fonctionner (${kind === 'camera' ? 'elle a' : 'il a'} peut-être été débranché${kind === 'camera' ? 'e' : ''}). Vérifiez-${kind === 'camera' ? 'la' : 'le'}, puis appuyez sur le bouton ${button}.`;
}

function pausedEn(p: NoticeParams): string {
  if (codeOf(p) === 107) return 'The sound of the call was interrupted. Click or tap anywhere on the page to resume.';
  return `Your ${kindOf(p) === 'camera' ? 'camera' : 'microphone'} paused. Click or tap anywhere on the page to resume it.`;
}

function pausedFr(p: NoticeParams): string {
  if (codeOf(p) === 107) return 'Le son de l’appel a été interrompu. Cliquez ou touchez n’importe où sur la page pour le reprendre.';
  return `${kindOf(p) === 'camera' ? 'Votre caméra est en pause' : 'Votre micro est en pause'}. Cliquez ou touchez n’importe où sur la page pour ${kindOf(p) === 'camera' ? 'la' : 'le'} reprendre.`;
}

export const mediaNoticesEn: Readonly<Record<'media-failed' | 'media-paused', Said>> = {
  'media-failed': failedEn,
  'media-paused': pausedEn,
};

export const mediaNoticesFr: Readonly<Record<'media-failed' | 'media-paused', Said>> = {
  'media-failed': failedFr,
  'media-paused': pausedFr,
};
