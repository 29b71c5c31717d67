import { LIMITS, isSessionNameChar } from './rules.js';

/**
 * Turns arbitrary text (an event title with accents, slashes, apostrophes, emoji) into a valid
 * session name, deterministically: the same text always gives the same name, so every attendee of
 * one event page lands in the same session.
 *
 * Accents are removed (é -> e, ß -> ss), apostrophes are dropped (Women's -> Womens), other characters outside Zoom's set become a space,
 * runs of spaces collapse, and the result is cut to 200 characters. Text with nothing usable gives
 * `fallback` (which must itself be valid). Zoom compares names case-insensitively, so case is kept
 * for readability.
 */
export function toSessionName(text: string, fallback = 'session'): string {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[Ææ]/g, (c) => (c === 'Æ' ? 'AE' : 'ae'))
    .replace(/[Øø]/g, (c) => (c === 'Ø' ? 'O' : 'o'))
    .replace(/[Łł]/g, (c) => (c === 'Ł' ? 'L' : 'l'))
    .replace(/['’‘`´]/g, '');
  let out = '';
  for (const ch of folded) out += isSessionNameChar(ch) ? ch : ' ';
  out = out.replace(/ {2,}/g, ' ').trim();
  out = Array.from(out).slice(0, LIMITS.sessionName).join('').trim();
  return out === '' ? fallback : out;
}
