/**
 * Every string the element's views show, in one table per language. English is the default;
 * French ships complete. A page can override any entry with a partial table merged over the
 * defaults: `stringsFor('fr', {join: 'Entrer'})`.
 *
 * Messages that carry values are functions. Messages that come from elsewhere in English (input
 * problems from `src/token/rules.ts`, `SessionError.message` from the session engine) pass through
 * `inputProblem` and `errorMessage`: English returns them unchanged, French translates the codes it
 * knows and falls back to a plain French sentence for the rest (the original English message then
 * stays readable in the error's Details).
 */
import { CHAT_MAX_LENGTH, type JoinStep } from '../session/types.js';
import { participantPart, type SessionErrorSource } from '../session/errors.js';
import { enPrejoin, mergeStrings, primaryLanguage, type PrejoinStrings } from './prejoin-strings.js';
import { NB, frPrejoin, inputMessageFr } from './prejoin-strings-fr.js';
import { errorFamily, type ErrorFamily } from './error-family.js';
import { captionsEn, captionsFr, type CaptionWords } from './captions-strings.js';
import { recordingEn, recordingFr, type RecordingWords } from './recording-strings.js';
import { noticeActionsEn, noticeActionsFr, noticesEn, noticesFr, type NoticeActionWords, type NoticeWords } from './notice-strings.js';

export { errorFamily, mergeStrings, type ErrorFamily, type PrejoinStrings };

/** What the views need to know of a failure to word it: a structural subset of `SessionError`. */
export interface ErrorFacts {
  code: string;
  message: string;
  source: SessionErrorSource;
  field?: string | undefined;
  retryable: boolean;
}

/** Why the participant is no longer in the session. */
export type LeftReason = 'left' | 'ended' | 'removed';

export interface Strings extends PrejoinStrings {
  // Joining
  step: (step: JoinStep) => string;
  preparing: string;
  leaving: string;
  cancel: string;

  // In the call
  videosLabel: string;
  controlsLabel: string;
  participantsButton: string;
  /** The participants panel's title with the count. */
  participants: (count: number) => string;
  leave: string;
  /** A participant's name with "(you)" for this browser's own participant. */
  selfName: (name: string) => string;
  host: string;
  muted: string;
  unmuted: string;
  cameraOn: string;
  cameraOff: string;
  speaking: string;
  reconnecting: string;

  // Screen share
  /** The control bar's share button (a toggle: pressed while this browser shares). */
  shareButton: string;
  /** The label over a share: who shares; `name` is empty when not known yet. */
  sharing: (name: string) => string;
  /** The label over this browser's own share. */
  sharingSelf: string;
  /** The name of the share region. */
  shareRegion: string;
  stopSharing: string;
  fullscreen: string;
  exitFullscreen: string;
  /** Closes a notice (a refused share). */
  dismiss: string;
  /** The session's notices, by code (`notice-strings.ts`). */
  notice: NoticeWords;
  /** The buttons of the notices. */
  noticeAction: NoticeActionWords;
  /** Cloud recording: the indicator and the host's buttons (`recording-strings.ts`). */
  recording: RecordingWords;
  /** Live captions: the CC button and the transcript downloads (`captions-strings.ts`). */
  captions: CaptionWords;

  // Chat
  /** The control bar's chat button, and the chat panel's title. */
  chatButton: string;
  /** The chat button's name while there are unread messages: "Chat, 3 unread". */
  chatUnread: (count: number) => string;
  chatClose: string;
  chatEmpty: string;
  /** The label of the message field. */
  chatInputLabel: string;
  /** How to send, under the message field. */
  chatHint: string;
  chatSend: string;
  /** The sender of this browser's own messages. */
  chatYou: string;
  /** Marks a message sent to this participant only. */
  chatPrivate: string;
  /** Characters typed and the limit: "12 / 1000". */
  chatCount: (count: number, max: number) => string;
  /** Shown while the draft is over the limit. */
  chatTooLong: (max: number) => string;
  /** What screen readers say when a message arrives. */
  chatAnnounce: (name: string, text: string) => string;

  // Errors
  /** The sentence shown for a failure. */
  errorMessage: (error: ErrorFacts) => string;
  /** What the participant can do next, by the failure's source and code family. */
  nextStep: (error: ErrorFacts) => string;
  retry: string;
  edit: string;
  back: string;
  details: string;
  detailCode: string;
  detailSource: string;
  detailField: string;
  detailMessage: string;
  /** What only the page's author can act on (the engine's note after the participant's words). */
  detailAuthor: string;
  detailErrorCode: string;
  detailReason: string;
  detailType: string;
  detailStatus: string;

  // Left
  leftMessage: (reason: LeftReason) => string;
  /** Said after leaving, so nobody wonders whether the camera still runs. */
  devicesReleased: string;
  rejoin: string;
}

const EN_NEXT: Record<ErrorFamily, string> = {
  input: 'Correct it, then join again.',
  passcode: 'Check the passcode you were given, then try again.',
  cancelled: 'Join again when you are ready.',
  'token-config': "This page is not set up correctly. Tell the event's organizers; the details below help them fix it.",
  'token-clock': "Check that your device's date and time are right, then try again.",
  'token-access': "You may not have access to this session. Sign in, or ask the event's organizers for access.",
  'token-unavailable': "Try again in a moment; if it keeps happening, tell the event's organizers.",
  assets: "Check your internet connection, then try again; if it keeps failing, tell the event's organizers.",
  'not-started': 'Try again when the host has started the session.',
  locked: 'Ask the host to unlock the session, then try again.',
  ended: "Ask the event's organizers whether it will start again.",
  removed: "If you think this is a mistake, contact the event's organizers.",
  'session-full': 'Try again later, when someone has left.',
  unsupported: 'Open this page in a current version of Chrome, Edge, Firefox or Safari.',
  duplicate: 'Leave the other session (in this tab or another one), then try again.',
  network: 'Check your internet connection, then try again.',
  sdk: 'Try again. If it keeps failing, reload the page.',
  'media-permission':
    "Allow this page to use your camera and microphone in your browser's site settings, then try again.",
  'media-device': 'Close other apps that use your camera or microphone, or choose another device.',
  media: 'Check your camera and microphone, then try again.',
  'share-unsupported': 'To share your screen, join from a computer.',
  'share-not-allowed': 'Ask the host if you need to share your screen.',
  share: 'Choose Share screen again when you are ready.',
  'chat-not-allowed': 'Ask the host to turn chat on.',
  chat: 'Check your message, then send it again.',
};

/**
 * English messages from the session engine and the token providers usually end with what to do
 * next; the English hint is left out then, so the participant does not read the same advice twice.
 */
const GIVES_NEXT_STEP =
  /try again|join again|reload|organi[sz]er|check |allow it|connect one|close that|use a current|leave (it|that) first|it must answer/i;

/** English: the default table. */
export const en: Strings = {
  ...enPrejoin,
  step: (step) =>
    ({
      checking: 'Checking the session details…',
      'getting-token': 'Getting permission to join…',
      loading: 'Loading the video software…',
      connecting: 'Connecting to the session…',
      'starting-audio': 'Starting your microphone…',
      'starting-video': 'Starting your camera…',
    })[step],
  preparing: 'Getting ready…',
  leaving: 'Leaving the session…',
  cancel: 'Cancel',

  videosLabel: 'Videos',
  controlsLabel: 'Call controls',
  participantsButton: 'Participants',
  participants: (count) => `Participants (${count})`,
  leave: 'Leave',
  selfName: (name) => `${name} (you)`,
  host: 'Host',
  muted: 'Muted',
  unmuted: 'Microphone on',
  cameraOn: 'Camera on',
  cameraOff: 'Camera off',
  speaking: 'Speaking',
  reconnecting: 'Connection lost. Reconnecting…',

  shareButton: 'Share screen',
  sharing: (name) => (name ? `${name} is sharing their screen` : 'Someone is sharing their screen'),
  sharingSelf: 'You are sharing your screen',
  shareRegion: 'Shared screen',
  stopSharing: 'Stop sharing',
  fullscreen: 'Full screen',
  exitFullscreen: 'Exit full screen',
  dismiss: 'Dismiss',
  notice: noticesEn,
  noticeAction: noticeActionsEn,
  recording: recordingEn,
  captions: captionsEn,

  chatButton: 'Chat',
  chatUnread: (count) => `Chat, ${count} unread`,
  chatClose: 'Close chat',
  chatEmpty: 'No messages yet. Messages go to everyone in the session.',
  chatInputLabel: 'Message to everyone',
  chatHint: 'Enter sends; Shift+Enter starts a new line.',
  chatSend: 'Send',
  chatYou: 'You',
  chatPrivate: 'privately to you',
  chatCount: (count, max) => `${count} / ${max}`,
  chatTooLong: (max) => `Messages can have at most ${max} characters. Shorten this one to send it.`,
  chatAnnounce: (name, text) => `${name}: ${text}`,

  errorMessage: (error) => participantPart(error.message),
  nextStep: (error) => (GIVES_NEXT_STEP.test(participantPart(error.message)) ? '' : EN_NEXT[errorFamily(error)]),
  retry: 'Try again',
  edit: 'Edit',
  back: 'Back',
  details: 'Details',
  detailCode: 'Code',
  detailSource: 'Source',
  detailField: 'Field',
  detailMessage: 'Message',
  detailAuthor: 'For the page author',
  detailErrorCode: 'SDK error code',
  detailReason: 'Reason',
  detailType: 'Type',
  detailStatus: 'HTTP status',

  leftMessage: (reason) =>
    ({
      left: 'You left the session',
      ended: 'The session has ended',
      removed: 'You were removed from the session',
    })[reason],
  devicesReleased: 'Your camera and microphone are off.',
  rejoin: 'Rejoin',
};

const FR_DEVICE = { camera: 'votre caméra', microphone: 'votre micro', media: 'votre caméra et votre micro' };

/** A problem only the page's author can fix (the hint says to tell the organizers). */
const FR_PAGE_SETUP = 'L’appel vidéo n’a pas pu démarrer sur cette page.';

/** French wording of what happened, by code: the engine's catalog, the token providers, the inspector. */
const FR_MESSAGES: Record<string, string> = {
  // Token inspector (src/token/inspect.ts)
  'token-malformed': FR_PAGE_SETUP,
  'token-claim-missing': FR_PAGE_SETUP,
  'token-version': FR_PAGE_SETUP,
  'token-expired': 'Zoom n’a pas pu vérifier votre autorisation de rejoindre la session.',
  'token-not-yet-valid': 'Zoom n’a pas pu vérifier votre autorisation de rejoindre la session.',
  'token-lifetime': FR_PAGE_SETUP,
  'token-topic-mismatch': FR_PAGE_SETUP,
  'token-role-mismatch': FR_PAGE_SETUP,
  // Token providers (src/token/types.ts)
  'token-request-invalid': FR_PAGE_SETUP,
  'token-endpoint-unreachable': 'L’autorisation de rejoindre n’a pas pu être obtenue du service de connexion de cette page.',
  'token-endpoint-timeout': 'Le service de connexion de cette page n’a pas répondu à temps.',
  'token-endpoint-refused': 'Le service de connexion de cette page ne vous a pas laissé rejoindre la session.',
  'token-endpoint-error': 'L’autorisation de rejoindre n’a pas pu être obtenue du service de connexion de cette page.',
  'token-endpoint-bad-response': FR_PAGE_SETUP,
  'token-aborted': 'La demande de jeton a été annulée.',
  'token-csrf-missing': FR_PAGE_SETUP,
  'token-signer-insecure-origin': FR_PAGE_SETUP,
  'token-signer-misconfigured': FR_PAGE_SETUP,
  // The session engine's catalog (src/session/errors.ts)
  'token-provider-missing': FR_PAGE_SETUP,
  cancelled: 'La connexion a été annulée.',
  'session-in-use': 'Un autre appel vidéo Zoom est déjà en cours sur cette page.',
  'sdk-load-failed': 'Le logiciel d’appel vidéo n’a pas pu être téléchargé.',
  'sdk-load-timeout': 'Le logiciel d’appel vidéo n’a pas fini de se télécharger à temps.',
  'assets-unreachable': 'Le logiciel d’appel vidéo n’a pas pu charger ses fichiers.',
  'browser-unsupported': 'Ce navigateur ne peut pas faire d’appels vidéo Zoom.',
  'invalid-parameters': FR_PAGE_SETUP,
  network: 'Impossible de se connecter à Zoom.',
  'join-timeout': 'Zoom n’a pas répondu à temps pendant la connexion à la session.',
  'sdk-timeout': 'Zoom a mis trop de temps à répondre.',
  'token-rejected': FR_PAGE_SETUP,
  'topic-invalid': FR_PAGE_SETUP,
  'session-key-rejected': FR_PAGE_SETUP,
  'account-invalid': FR_PAGE_SETUP,
  'wrong-passcode': 'Le code secret est incorrect.',
  'role-rejected': FR_PAGE_SETUP,
  'session-not-started': 'La session n’a pas encore commencé.',
  'session-ended': 'La session est terminée.',
  'session-full': 'La session est complète.',
  'session-locked': 'L’hôte a verrouillé la session.',
  'removed-by-host': 'L’hôte vous a retiré de la session.',
  'duplicate-join': 'Cette page est déjà dans une session Zoom, ou en train d’en rejoindre une.',
  'connection-lost': 'La connexion à la session a été perdue.',
  'connection-closed': 'La session a été fermée.',
  'join-failed': 'Zoom n’a pas pu démarrer la session.',
  'sdk-error': 'Une erreur s’est produite dans le logiciel d’appel vidéo.',
  unexpected: 'Une erreur inattendue s’est produite.',
  'share-unsupported': `Ce navigateur ne peut pas partager d’écran${NB}: les téléphones et les tablettes peuvent regarder un partage, mais pas en envoyer.`,
  'share-dismissed': `Rien n’est partagé${NB}: aucun écran, aucune fenêtre ni aucun onglet n’a été choisi.`,
  'share-system-denied': `Votre ordinateur n’autorise pas ce navigateur à enregistrer l’écran. Autorisez-le dans les réglages de confidentialité du système (sur un Mac${NB}: Réglages Système, Confidentialité et sécurité, Enregistrement de l’écran et de l’audio du système).`,
  'share-locked': 'Dans cette session, seul l’hôte peut partager son écran.',
  'share-taken': 'Quelqu’un d’autre partage son écran, et seul l’hôte peut prendre la main.',
  'share-stopped-by-host': 'Votre partage d’écran a été arrêté par l’hôte.',
  'share-failed': 'Votre écran n’a pas pu être partagé.',
  'share-view-failed': 'L’écran partagé n’a pas pu être affiché.',
  'chat-too-long': `Un message peut avoir au plus ${CHAT_MAX_LENGTH}${NB}caractères.`,
  'chat-disabled': 'L’hôte a désactivé la discussion dans cette session.',
  'chat-failed': 'Votre message n’a pas pu être envoyé.',
  ...Object.fromEntries(
    (['camera', 'microphone', 'media'] as const).flatMap((d) => [
      [`${d}-denied`, `Ce navigateur n’a pas le droit d’utiliser ${FR_DEVICE[d]}.`],
      [
        `${d}-missing`,
        { camera: 'Aucune caméra n’a été trouvée.', microphone: 'Aucun micro n’a été trouvé.', media: 'Aucune caméra ni aucun micro n’a été trouvé.' }[d],
      ],
      [`${d}-busy`, `Une autre application ou un autre onglet utilise ${FR_DEVICE[d]}.`],
      [`${d}-failed`, `Impossible de démarrer ${FR_DEVICE[d]}.`],
    ]),
  ),
};

const FR_BY_SOURCE: Record<SessionErrorSource, string> = {
  input: 'Une information saisie n’est pas valable.',
  token: 'L’autorisation de rejoindre la session n’a pas pu être obtenue.',
  sdk: 'La session n’a pas pu être rejointe.',
  network: 'La connexion au réseau a échoué.',
  media: 'La caméra ou le micro n’a pas pu être utilisé.',
};

const FR_NEXT: Record<ErrorFamily, string> = {
  input: 'Corrigez-la, puis rejoignez à nouveau.',
  passcode: 'Vérifiez le code secret qui vous a été donné, puis réessayez.',
  cancelled: 'Rejoignez la session quand vous serez prêt.',
  'token-config': `Cette page n’est pas bien configurée. Prévenez les organisateurs de l’événement${NB}; les détails ci-dessous les aideront à corriger le problème.`,
  'token-clock': 'Vérifiez la date et l’heure de votre appareil, puis réessayez.',
  'token-access':
    'Vous n’avez peut-être pas accès à cette session. Connectez-vous, ou demandez l’accès aux organisateurs de l’événement.',
  'token-unavailable': `Réessayez dans un instant${NB}; si le problème persiste, prévenez les organisateurs de l’événement.`,
  assets: `Vérifiez votre connexion Internet, puis réessayez${NB}; si le problème persiste, prévenez les organisateurs de l’événement.`,
  'not-started': 'Réessayez quand l’hôte aura démarré la session.',
  locked: 'Demandez à l’hôte de déverrouiller la session, puis réessayez.',
  ended: 'Demandez aux organisateurs de l’événement si elle reprendra.',
  removed: 'Si vous pensez que c’est une erreur, contactez les organisateurs de l’événement.',
  'session-full': 'Réessayez plus tard, quand quelqu’un sera parti.',
  unsupported: 'Ouvrez cette page dans une version récente de Chrome, Edge, Firefox ou Safari.',
  duplicate: 'Quittez l’autre session (dans cet onglet ou un autre), puis réessayez.',
  network: 'Vérifiez votre connexion Internet, puis réessayez.',
  sdk: 'Réessayez. Si le problème persiste, rechargez la page.',
  'media-permission':
    'Autorisez cette page à utiliser votre caméra et votre micro dans les réglages du site de votre navigateur, puis réessayez.',
  'media-device':
    'Fermez les autres applications qui utilisent votre caméra ou votre micro, ou choisissez un autre appareil.',
  media: 'Vérifiez votre caméra et votre micro, puis réessayez.',
  'share-unsupported': 'Pour partager votre écran, rejoignez la session depuis un ordinateur.',
  'share-not-allowed': 'Demandez à l’hôte si vous devez partager votre écran.',
  share: `Choisissez «${NB}Partager l’écran${NB}» quand vous serez prêt.`,
  'chat-not-allowed': 'Demandez à l’hôte d’activer la discussion.',
  chat: 'Vérifiez votre message, puis envoyez-le à nouveau.',
};

/** French: complete. */
export const fr: Strings = {
  ...frPrejoin,
  step: (step) =>
    ({
      checking: 'Vérification des informations de la session…',
      'getting-token': 'Obtention de l’autorisation de rejoindre…',
      loading: 'Chargement du logiciel vidéo…',
      connecting: 'Connexion à la session…',
      'starting-audio': 'Démarrage de votre micro…',
      'starting-video': 'Démarrage de votre caméra…',
    })[step],
  preparing: 'Préparation…',
  leaving: 'Sortie de la session…',
  cancel: 'Annuler',

  videosLabel: 'Vidéos',
  controlsLabel: 'Commandes de l’appel',
  participantsButton: 'Participants',
  participants: (count) => `Participants (${count})`,
  leave: 'Quitter',
  selfName: (name) => `${name} (vous)`,
  host: 'Hôte',
  muted: 'Micro coupé',
  unmuted: 'Micro ouvert',
  cameraOn: 'Caméra allumée',
  cameraOff: 'Caméra coupée',
  speaking: 'Parle',
  reconnecting: 'Connexion perdue. Reconnexion…',

  shareButton: 'Partager l’écran',
  sharing: (name) => (name ? `${name} partage son écran` : 'Quelqu’un partage son écran'),
  sharingSelf: 'Vous partagez votre écran',
  shareRegion: 'Écran partagé',
  stopSharing: 'Arrêter le partage',
  fullscreen: 'Plein écran',
  exitFullscreen: 'Quitter le plein écran',
  dismiss: 'Fermer',
  notice: noticesFr,
  noticeAction: noticeActionsFr,
  recording: recordingFr,
  captions: captionsFr,

  chatButton: 'Discussion',
  chatUnread: (count) => `Discussion, ${count}${NB}${count > 1 ? 'messages non lus' : 'message non lu'}`,
  chatClose: 'Fermer la discussion',
  chatEmpty: 'Aucun message pour l’instant. Les messages sont envoyés à tout le monde dans la session.',
  chatInputLabel: 'Message à tout le monde',
  chatHint: `Entrée envoie${NB}; Maj+Entrée passe à la ligne.`,
  chatSend: 'Envoyer',
  chatYou: 'Vous',
  chatPrivate: 'en privé, pour vous',
  chatCount: (count, max) => `${count} / ${max}`,
  chatTooLong: (max) => `Un message peut avoir au plus ${max}${NB}caractères. Raccourcissez celui-ci pour l’envoyer.`,
  chatAnnounce: (name, text) => `${name}${NB}: ${text}`,

  errorMessage: (error) =>
    (error.source === 'input' ? inputMessageFr(error.code) : undefined) ??
    FR_MESSAGES[error.code] ??
    FR_BY_SOURCE[error.source],
  nextStep: (error) => FR_NEXT[errorFamily(error)],
  retry: 'Réessayer',
  edit: 'Modifier',
  back: 'Retour',
  details: 'Détails',
  detailCode: 'Code',
  detailSource: 'Origine',
  detailField: 'Champ',
  detailMessage: 'Message',
  detailAuthor: 'Pour l’auteur de la page',
  detailErrorCode: 'Code d’erreur du SDK',
  detailReason: 'Raison',
  detailType: 'Type',
  detailStatus: 'Statut HTTP',

  leftMessage: (reason) =>
    ({
      left: 'Vous avez quitté la session',
      ended: 'La session est terminée',
      removed: 'Vous avez été retiré de la session',
    })[reason],
  devicesReleased: 'Votre caméra et votre micro sont coupés.',
  rejoin: 'Rejoindre à nouveau',
};

/** The shipped tables by primary language subtag. */
// Without a prototype: `lang="constructor"` finds no table (own properties only), so English.
export const STRINGS: Readonly<Record<string, Strings>> = { __proto__: null, en, fr } as never;

/**
 * The table for a BCP 47 language tag, by its primary subtag (`fr-CA` and `fr` give French),
 * English for any language not shipped or no language at all, with `overrides` merged over it.
 * The element passes its own `lang`, else the closest `lang` of the page.
 */
export function stringsFor(lang: string | null | undefined, overrides?: Partial<Strings>): Strings {
  return mergeStrings(STRINGS[primaryLanguage(lang)] ?? en, overrides);
}
