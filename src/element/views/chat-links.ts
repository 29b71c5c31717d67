/**
 * Links in chat messages: `http://` and `https://` addresses become links, nothing else does.
 * Everything around them, and every address this refuses, stays plain text (Lit puts it in text
 * nodes, never markup).
 *
 * A small function rather than a linkify library: the rule is one scheme pair written out in full,
 * so the work is finding where an address ends and refusing the deceptive ones, which a library's
 * fuzzy matching (bare domains, e-mail addresses, its own list of top-level domains) would only add to.
 */

/** A piece of a message: plain text, or a link with the address as written and its parsed `href`. */
export type ChatPart = string | { text: string; href: string };

/**
 * An address starts at `http://` or `https://` (ASCII letters, any case) not glued to a word before
 * it, and runs until a blank, a control or invisible formatting character, or `<`, `>`, `"`, which
 * cannot be part of a typed address.
 */
const ADDRESS = /(^|[^\p{L}\p{N}_])(https?:\/\/[^\s\p{Cc}\p{Cf}<>"]+)/giu;

/** Ends of a sentence around an address: never its last character. */
const TRAILING = /[.,;:!?'’”»]+$/u;
const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/** Cuts sentence punctuation and a closing bracket that opened before the address off its end. */
function trimEnd(candidate: string): string {
  let text = candidate;
  for (;;) {
    const before = text;
    text = text.replace(TRAILING, '');
    const last = text.at(-1);
    const opener = last === undefined ? undefined : CLOSERS[last];
    if (opener !== undefined && count(text, opener) < count(text, last!)) text = text.slice(0, -1);
    if (text === before) return text;
  }
}

const count = (text: string, ch: string) => text.split(ch).length - 1;

/**
 * The `href` for an address, or `undefined` to leave it as text: not a URL, a host beyond ASCII
 * (look-alike letters from other scripts show one name and open another), or a user name or
 * password before the host (`https://bank.example@elsewhere.example` opens elsewhere.example).
 */
function hrefOf(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username || url.password || url.hostname === '') return undefined;
  const host = text.slice(text.indexOf('//') + 2).split(/[/?#]/, 1)[0]!;
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(host) || url.hostname.includes('xn--')) return undefined;
  return url.href;
}

/** Splits a message into text and links, in order; joined back, the parts' texts are the message. */
export function chatParts(message: string): ChatPart[] {
  const parts: ChatPart[] = [];
  let rest = 0;
  for (const match of message.matchAll(ADDRESS)) {
    const start = match.index + match[1]!.length;
    const text = trimEnd(match[2]!);
    const href = hrefOf(text);
    if (href === undefined) continue;
    if (start > rest) parts.push(message.slice(rest, start));
    parts.push({ text, href });
    rest = start + text.length;
  }
  if (rest < message.length) parts.push(message.slice(rest));
  return parts;
}
