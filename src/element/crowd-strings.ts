/**
 * The words of crowds (issue 12): layouts, gallery pages and the participants panel's search and
 * counts, English and French. Their own module (strings.ts is near its size limit), in the call
 * chunk; `crowdStrings(lang)` picks the table by the views' language.
 */
export interface CrowdStrings {
  layoutLabel: string;
  speakerView: string;
  galleryView: string;
  pagesLabel: string;
  previousPage: string;
  nextPage: string;
  pageOf: (page: number, count: number) => string;
  searchLabel: string;
  noMatch: (query: string) => string;
  inSession: (count: number) => string;
  camerasOn: (count: number) => string;
  handsRaised: (count: number) => string;
  matches: (count: number) => string;
}

const en: CrowdStrings = {
  layoutLabel: 'Layout',
  speakerView: 'Speaker',
  galleryView: 'Gallery',
  pagesLabel: 'Gallery pages',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  pageOf: (page, count) => `Page ${page} of ${count}`,
  searchLabel: 'Search participants',
  noMatch: (query) => `No one named “${query}”`,
  inSession: (n) => `${n} in session`,
  camerasOn: (n) => `${n} ${n === 1 ? 'camera' : 'cameras'} on`,
  handsRaised: (n) => `${n} ${n === 1 ? 'hand' : 'hands'} raised`,
  matches: (n) => `${n} ${n === 1 ? 'match' : 'matches'}`,
};

const fr: CrowdStrings = {
  layoutLabel: 'Disposition',
  speakerView: 'Intervenant',
  galleryView: 'Galerie',
  pagesLabel: 'Pages de la galerie',
  previousPage: 'Page précédente',
  nextPage: 'Page suivante',
  pageOf: (page, count) => `Page ${page} sur ${count}`,
  searchLabel: 'Search participants',
  noMatch: (query) => `Personne ne s’appelle «\u00a0${query}\u00a0»`,
  inSession: (n) => `${n} en séance`,
  camerasOn: (n) => `${n} ${n <= 1 ? 'caméra allumée' : 'caméras allumées'}`,
  handsRaised: (n) => `${n} ${n <= 1 ? 'main levée' : 'mains levées'}`,
  matches: (n) => `${n} ${n <= 1 ? 'résultat' : 'résultats'}`,
};

/** The crowd words for a language tag (`fr`, `fr-CA` -> French; anything else English). */
export function crowdStrings(lang: string): CrowdStrings {
  return lang.toLowerCase().split('-')[0] === 'fr' ? fr : en;
}
