import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chatParts, type ChatPart } from '../../src/element/views/chat-links.js';

const link = (text: string, href = text): ChatPart => ({ text, href });
const joined = (parts: ChatPart[]) => parts.map((p) => (typeof p === 'string' ? p : p.text)).join('');

describe('chatParts: links in chat messages', () => {
  it('makes http and https addresses links, and leaves the rest as text', () => {
    assert.deepEqual(chatParts('Slides: https://events.example/slides and http://old.example/x?a=1#b too'), [
      'Slides: ',
      link('https://events.example/slides'),
      ' and ',
      link('http://old.example/x?a=1#b'),
      ' too',
    ]);
    assert.deepEqual(chatParts('HTTPS://Events.Example/A'), [link('HTTPS://Events.Example/A', 'https://events.example/A')]);
    assert.deepEqual(chatParts('no links here'), ['no links here']);
    assert.deepEqual(chatParts(''), []);
  });

  it('keeps the punctuation that ends a sentence out of the link', () => {
    assert.deepEqual(chatParts('See https://events.example/room.'), ['See ', link('https://events.example/room'), '.']);
    assert.deepEqual(chatParts('Is it https://events.example/a?!'), ['Is it ', link('https://events.example/a'), '?!']);
    assert.deepEqual(chatParts('(see https://events.example/a), then'), [
      '(see ',
      link('https://events.example/a'),
      '), then',
    ]);
    assert.deepEqual(chatParts('«https://events.example/a»'), ['«', link('https://events.example/a'), '»']);
    // A bracket the address opened stays in it.
    assert.deepEqual(chatParts('https://en.wikipedia.example/wiki/Lit_(library).'), [
      link('https://en.wikipedia.example/wiki/Lit_(library)'),
      '.',
    ]);
  });

  it('never links another scheme: javascript:, data:, file:, ftp:, or markup', () => {
    for (const text of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(document.cookie)//https://events.example',
      'data:text/html,<script>alert(1)</script>',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'file:///etc/passwd',
      'ftp://files.example/a',
      'xhttps://events.example',
      '<a href="javascript:alert(1)">https</a>',
    ]) {
      const parts = chatParts(text);
      assert.ok(
        parts.every((p) => typeof p === 'string' || p.href.startsWith('https://events.example')),
        `${text}: ${JSON.stringify(parts)}`,
      );
      assert.equal(joined(parts), text);
    }
    assert.deepEqual(chatParts('javascript:alert(1)'), ['javascript:alert(1)']);
    assert.deepEqual(chatParts('data:text/html,<b>x</b>'), ['data:text/html,<b>x</b>']);
  });

  it('stops at markup characters, so the link never carries an attribute or a tag', () => {
    assert.deepEqual(chatParts('https://events.example/"onmouseover="alert(1)'), [
      link('https://events.example/'),
      '"onmouseover="alert(1)',
    ]);
    assert.deepEqual(chatParts('<https://events.example/a>'), ['<', link('https://events.example/a'), '>']);
  });

  it('leaves look-alike Unicode as text: other scripts in the host, scheme or slashes, hidden characters', () => {
    for (const text of [
      'https://evеnts.example/login', // Cyrillic е in the host
      'https://xn--evnts-3ve.example/login', // the same host, already in punycode
      'httpѕ://events.example', // Cyrillic ѕ in the scheme
      'ｈｔｔｐｓ://events.example', // full-width letters
      'https:／／events.example', // full-width slashes
      'https://events.example\u2044evil.example', // a fraction slash is a character of the host
      'https://bank.example@evil.example/', // a user name that looks like the host
    ]) {
      const parts = chatParts(text);
      assert.ok(parts.every((p) => typeof p === 'string'), `${text}: ${JSON.stringify(parts)}`);
      assert.equal(joined(parts), text);
    }
    // Invisible characters end the address: the part before them is all the link opens.
    assert.deepEqual(chatParts('https://events.example\u202Egro.live'), [link('https://events.example', 'https://events.example/'), '\u202Egro.live']);
    assert.deepEqual(chatParts('https://events.example\u200B.evil.example'), [
      link('https://events.example', 'https://events.example/'),
      '\u200B.evil.example',
    ]);
  });

  it('keeps non-ASCII paths, and gives back the whole message in order', () => {
    const text = 'Résumé: https://events.example/café?q=été — merci !';
    const parts = chatParts(text);
    assert.deepEqual(parts[1], link('https://events.example/café?q=été', 'https://events.example/caf%C3%A9?q=%C3%A9t%C3%A9'));
    assert.equal(joined(parts), text);
  });
});
