/**
 * The words of raised hands and host controls (issue 13), English and French, apart from
 * `strings.ts` so that this feature does not grow the main table (it loads with the call chunk).
 * Chosen by the language of the element's strings (`Strings.lang`).
 */
import type { NoticeParams } from '../session/slices/notices.js';
import type { HostAction } from '../session/zoom-client.js';

export interface HostWords {
  raiseHand: string;
  lowerHand: string;
  handRaised: string;
  /** The heading of the raised hands at the top of the participants panel. */
  raisedHands: (n: number) => string;
  lowerAll: string;
  /** The label of a participant's menu button. */
  menuFor: (name: string) => string;
  actions: Readonly<Record<Exclude<HostAction, 'end-for-all' | 'chat-everyone' | 'chat-no-one' | 'unlock-share'>, string>> & {
    'unlock-share': string;
    'chat-everyone': string;
    'chat-no-one': string;
    'lower-hand': string;
  };
  /** Confirmations, naming the person. */
  confirmRemove: (name: string) => string;
  confirmMakeHost: (name: string) => string;
  confirm: string;
  cancel: string;
  /** The host's Leave choice. */
  leaveTitle: string;
  endForAll: string;
  leaveOnly: string;
  everyoneMenu: string;
  manager: string;
  /** Why the chat form is disabled (the chat privilege). */
  chatOff: string;
  /** Why the Share button is disabled (the share privilege). */
  shareLocked: string;
}

export const hostEn: HostWords = {
  raiseHand: 'Raise hand',
  lowerHand: 'Lower hand',
  handRaised: 'hand raised',
  raisedHands: (n) => `Raised hands (${n})`,
  lowerAll: 'Lower all hands',
  menuFor: (name) => `Actions for ${name}`,
  actions: {
    mute: 'Mute',
    'ask-unmute': 'Ask to unmute',
    spotlight: 'Spotlight video',
    unspotlight: 'Remove spotlight',
    'make-host': 'Make host',
    'make-manager': 'Make manager',
    'revoke-manager': 'Revoke manager',
    remove: 'Remove from session',
    'mute-all': 'Mute everyone',
    'ask-all-unmute': 'Ask everyone to unmute',
    'lock-share': 'Only hosts can share',
    'unlock-share': 'Everyone can share',
    'chat-everyone': 'Everyone can chat',
    'chat-no-one': 'Turn chat off',
    'lower-hand': 'Lower hand',
  },
  confirmRemove: (name) => `Remove ${name} from the session? They cannot join again.`,
  confirmMakeHost: (name) => `Make ${name} the host? You will no longer be the host.`,
  confirm: 'Confirm',
  cancel: 'Cancel',
  leaveTitle: 'Leave the session',
  endForAll: 'End the session for everyone',
  leaveOnly: 'Leave',
  everyoneMenu: 'Actions for everyone',
  manager: 'Manager',
  chatOff: 'The host turned chat off. You can read messages but not send them.',
  shareLocked: 'Only the host can share now.',
};

export const hostFr: HostWords = {
  raiseHand: 'Lever la main',
  lowerHand: 'Baisser la main',
  handRaised: 'main levée',
  raisedHands: (n) => `Mains levées (${n})`,
  lowerAll: 'Baisser toutes les mains',
  menuFor: (name) => `Actions pour ${name}`,
  actions: {
    mute: 'Couper le micro',
    'ask-unmute': 'Demander d’activer le micro',
    spotlight: 'Mettre la vidéo en avant',
    unspotlight: 'Retirer la mise en avant',
    'make-host': 'Nommer organisateur',
    'make-manager': 'Nommer coorganisateur',
    'revoke-manager': 'Retirer le rôle de coorganisateur',
    remove: 'Retirer de la session',
    'mute-all': 'Couper tous les micros',
    'ask-all-unmute': 'Demander à tous d’activer le micro',
    'lock-share': 'Seuls les organisateurs partagent',
    'unlock-share': 'Tout le monde peut partager',
    'chat-everyone': 'Tout le monde peut écrire',
    'chat-no-one': 'Fermer la discussion',
    'lower-hand': 'Baisser la main',
  },
  confirmRemove: (name) => `Retirer ${name} de la session ? Cette personne ne pourra pas revenir.`,
  confirmMakeHost: (name) => `Nommer ${name} organisateur ? Vous ne le serez plus.`,
  confirm: 'Confirmer',
  cancel: 'Annuler',
  leaveTitle: 'Quitter la session',
  endForAll: 'Terminer la session pour tous',
  leaveOnly: 'Quitter',
  everyoneMenu: 'Actions pour tous',
  manager: 'Coorganisateur',
  chatOff: 'L’organisateur a fermé la discussion. Vous pouvez lire les messages, mais pas en envoyer.',
  shareLocked: 'Seul l’organisateur peut partager maintenant.',
};

type PrivilegeNotices = Readonly<Record<'privilege-changed', (p: NoticeParams) => string>>;
const change = (p: NoticeParams) => String(p['change'] ?? '');

/** The notice when the host changes who may chat or share (`privilege-changed`). */
export const privilegeNoticesEn: PrivilegeNotices = {
  'privilege-changed': (p) =>
    (({
      'chat-off': 'The host turned chat off.',
      'chat-on': 'The host turned chat on again: you can send messages.',
      'share-locked': 'Only the host can share now.',
    }) as Record<string, string>)[change(p)] ?? 'Everyone can share their screen again.',
};

export const privilegeNoticesFr: PrivilegeNotices = {
  'privilege-changed': (p) =>
    (({
      'chat-off': 'L’organisateur a fermé la discussion.',
      'chat-on': 'L’organisateur a rouvert la discussion : vous pouvez écrire.',
      'share-locked': 'Seul l’organisateur peut partager maintenant.',
    }) as Record<string, string>)[change(p)] ?? 'Tout le monde peut de nouveau partager son écran.',
};

/** The words for the element's language (French for `fr`, else English). */
export function hostWords(lang: string): HostWords {
  return lang.toLowerCase().startsWith('fr') ? hostFr : hostEn;
}
