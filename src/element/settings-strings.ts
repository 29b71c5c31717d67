/**
 * The words of the settings panel (issue 17), English and French, in the call chunk;
 * `settingsStrings(lang)` picks the table by the views' language.
 */
import type { Unsupported } from '../session/slices/settings.js';

export interface SettingsStrings {
  button: string;
  title: string;
  close: string;
  devices: string;
  camera: string;
  microphone: string;
  speaker: string;
  defaultDevice: string;
  testSound: string;
  testSoundPlaying: string;
  background: string;
  backgroundNames: Record<string, string>;
  ownImage: string;
  chooseImage: string;
  ownImageRefused: string;
  ownImageNote: string;
  previewLabel: string;
  sound: string;
  noiseSuppression: string;
  noiseSuppressionHint: string;
  originalSound: string;
  originalSoundHint: string;
  video: string;
  mirror: string;
  mirrorHint: string;
  hd: string;
  /** Why a choice is off here. */
  why: (reason: Unsupported, what: 'background' | 'noiseSuppression' | 'hd' | 'speaker') => string;
  /** For the page's author: where the README says how to isolate a page. */
  isolationHelp: string;
}

const en: SettingsStrings = {
  button: 'Settings',
  title: 'Settings',
  close: 'Close settings',
  devices: 'Camera, microphone and speaker',
  camera: 'Camera',
  microphone: 'Microphone',
  speaker: 'Speaker',
  defaultDevice: 'Default',
  testSound: 'Play a test sound',
  testSoundPlaying: 'Playing a test sound…',
  background: 'Background',
  backgroundNames: { none: 'None', blur: 'Blur', dusk: 'Dusk', sea: 'Sea', paper: 'Paper', own: 'My image', page: 'Event' },
  ownImage: 'My image',
  chooseImage: 'Choose an image…',
  ownImageRefused: 'That file is not an image, or is larger than 15 MB.',
  ownImageNote: 'Your image stays on this device: it is never uploaded.',
  previewLabel: 'Your camera with this background',
  sound: 'Sound',
  noiseSuppression: 'Suppress background noise',
  noiseSuppressionHint: 'Keyboard, fans, dogs: others hear less of them.',
  originalSound: 'Original sound',
  originalSoundHint: 'For music: nothing is filtered (turns noise suppression off).',
  video: 'Video',
  mirror: 'Mirror my video',
  mirrorHint: 'Only you see it mirrored.',
  hd: 'HD video (720p)',
  why: (reason, what) => {
    if (reason === 'checking') return 'Checking what this browser can do…';
    if (reason === 'after-join') return 'Known once you have joined.';
    if (reason === 'unavailable') return 'Not available: the video tools could not be loaded.';
    if (reason === 'isolation') {
      return what === 'background'
        ? 'Not available on this page: with WebAssembly video it needs a cross-origin isolated page (COOP and COEP headers).'
        : 'Not available on this page: with WebAssembly audio it needs a cross-origin isolated page (COOP and COEP headers).';
    }
    if (what === 'hd') return 'Not available for this session’s account.';
    if (what === 'speaker') return 'This browser plays sound on its default speaker only.';
    return 'Not available in this browser or on this device.';
  },
  isolationHelp: 'For the page’s author: see “Headers: CSP, COOP and COEP” in the zoom-session-element README, or use WebRTC video and audio.',
};

const fr: SettingsStrings = {
  button: 'Réglages',
  title: 'Réglages',
  close: 'Fermer les réglages',
  devices: 'Caméra, micro et haut-parleur',
  camera: 'Caméra',
  microphone: 'Micro',
  speaker: 'Haut-parleur',
  defaultDevice: 'Par défaut',
  testSound: 'Jouer un son d’essai',
  testSoundPlaying: 'Son d’essai en cours…',
  background: 'Arrière-plan',
  backgroundNames: { none: 'Aucun', blur: 'Flou', dusk: 'Crépuscule', sea: 'Mer', paper: 'Papier', own: 'Mon image', page: 'Événement' },
  ownImage: 'Mon image',
  chooseImage: 'Choisir une image…',
  ownImageRefused: 'Ce fichier n’est pas une image, ou dépasse 15 Mo.',
  ownImageNote: 'Votre image reste sur cet appareil : elle n’est jamais envoyée.',
  previewLabel: 'Votre caméra avec cet arrière-plan',
  sound: 'Son',
  noiseSuppression: 'Supprimer les bruits de fond',
  noiseSuppressionHint: 'Clavier, ventilateur, chien : les autres les entendent moins.',
  originalSound: 'Son original',
  originalSoundHint: 'Pour la musique : rien n’est filtré (coupe la suppression des bruits).',
  video: 'Vidéo',
  mirror: 'Vidéo en miroir',
  mirrorHint: 'Vous seul la voyez en miroir.',
  hd: 'Vidéo HD (720p)',
  why: (reason, what) => {
    if (reason === 'checking') return 'Vérification des possibilités de ce navigateur…';
    if (reason === 'after-join') return 'Connu une fois la séance rejointe.';
    if (reason === 'unavailable') return 'Indisponible : les outils vidéo n’ont pas pu être chargés.';
    if (reason === 'isolation') {
      return what === 'background'
        ? 'Indisponible sur cette page : en vidéo WebAssembly, il faut une page isolée (en-têtes COOP et COEP).'
        : 'Indisponible sur cette page : en audio WebAssembly, il faut une page isolée (en-têtes COOP et COEP).';
    }
    if (what === 'hd') return 'Indisponible pour le compte de cette séance.';
    if (what === 'speaker') return 'Ce navigateur ne joue le son que sur le haut-parleur par défaut.';
    return 'Indisponible dans ce navigateur ou sur cet appareil.';
  },
  isolationHelp: 'Pour l’auteur de la page : voir « Headers: CSP, COOP and COEP » dans le README de zoom-session-element, ou utiliser la vidéo et l’audio WebRTC.',
};

/** The settings words for a language tag (`fr`, `fr-CA` -> French; anything else English). */
export function settingsStrings(lang: string): SettingsStrings {
  return lang.toLowerCase().split('-')[0] === 'fr' ? fr : en;
}
