import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  LIMITS,
  SESSION_NAME_SYMBOLS,
  checkPasscode,
  checkSessionName,
  checkUserName,
  validateSessionInput,
  type InputProblemCode,
  type SessionInput,
} from '../../src/token/rules.js';
import { toSessionName } from '../../src/token/session-name.js';

const codes = (input: SessionInput) => validateSessionInput(input).map((p) => p.code);
const ok: SessionInput = { sessionName: 'Plenary', userName: 'Ada Lovelace' };

describe('validateSessionInput: boundaries', () => {
  const cases: Array<[string, Partial<SessionInput>, InputProblemCode[]]> = [
    ['all valid', {}, []],
    ['empty session name', { sessionName: '' }, ['session-name-missing']],
    ['blank session name', { sessionName: '   ' }, ['session-name-missing']],
    ['session name of 1', { sessionName: 'a' }, []],
    ['session name of 200', { sessionName: 'a'.repeat(200) }, []],
    ['session name of 201', { sessionName: 'a'.repeat(201) }, ['session-name-too-long']],
    ['session name with every allowed symbol', { sessionName: `x ${SESSION_NAME_SYMBOLS}` }, []],
    ['session name with a slash', { sessionName: 'a/b' }, ['session-name-invalid-characters']],
    ['session name with an apostrophe', { sessionName: "Ada's" }, ['session-name-invalid-characters']],
    ['session name with an accent', { sessionName: 'Café' }, ['session-name-invalid-characters']],
    ['session name with a quote', { sessionName: 'a"b' }, ['session-name-invalid-characters']],
    ['session name with a tab', { sessionName: 'a\tb' }, ['session-name-invalid-characters']],
    ['session name too long and invalid', { sessionName: '/'.repeat(201) }, ['session-name-too-long', 'session-name-invalid-characters']],
    ['empty user name', { userName: '' }, ['user-name-missing']],
    ['blank user name', { userName: ' \t ' }, ['user-name-missing']],
    ['user name of 200', { userName: 'b'.repeat(200) }, []],
    ['user name of 200 with spaces around', { userName: `  ${'b'.repeat(200)}  ` }, []],
    ['user name of 201', { userName: 'b'.repeat(201) }, ['user-name-too-long']],
    ['user name with accents and emoji', { userName: 'Zoë 👋' }, []],
    ['no passcode', { passcode: undefined }, []],
    ['empty passcode', { passcode: '' }, []],
    ['passcode of 10', { passcode: '0123456789' }, []],
    ['passcode of 11', { passcode: '01234567890' }, ['passcode-too-long']],
    ['passcode with space and tilde (32, 126)', { passcode: ' ~' }, []],
    ['passcode with code 31', { passcode: 'a\u001fb' }, ['passcode-invalid-characters']],
    ['passcode with code 127', { passcode: 'a\u007fb' }, ['passcode-invalid-characters']],
    ['passcode with é', { passcode: 'café' }, ['passcode-invalid-characters']],
    ['passcode of 11 non-ASCII', { passcode: 'é'.repeat(11) }, ['passcode-too-long', 'passcode-invalid-characters']],
    ['user key of 36', { userKey: 'k'.repeat(36) }, []],
    ['user key of 37', { userKey: 'k'.repeat(37) }, ['user-key-too-long']],
    ['session key of 36', { sessionKey: 's'.repeat(36) }, []],
    ['session key of 37', { sessionKey: 's'.repeat(37) }, ['session-key-too-long']],
    ['everything wrong', { sessionName: '', userName: '', passcode: 'x'.repeat(11), userKey: 'k'.repeat(37), sessionKey: 's'.repeat(37) },
      ['session-name-missing', 'user-name-missing', 'passcode-too-long', 'user-key-too-long', 'session-key-too-long']],
  ];
  for (const [name, change, expected] of cases) {
    it(name, () => assert.deepEqual(codes({ ...ok, ...change }), expected));
  }

  it('counts characters, not UTF-16 units', () => {
    assert.deepEqual(checkUserName('😀'.repeat(200)), []);
    assert.equal(checkUserName('😀'.repeat(201))[0]?.code, 'user-name-too-long');
  });

  it('says what is wrong in plain sentences, with the counts', () => {
    assert.equal(checkPasscode('x'.repeat(12))[0]?.message, 'The passcode can have at most 10 characters; it has 12.');
    assert.equal(checkSessionName('a'.repeat(205))[0]?.message, 'The session name can have at most 200 characters; it has 205.');
    assert.match(checkSessionName('Spring/Summer')[0]!.message, /cannot contain "\/"/);
    assert.match(checkPasscode('a\u0007')[0]!.message, /control character \(code 7\)/);
    assert.equal(validateSessionInput({ ...ok, userName: '' })[0]?.field, 'userName');
  });
});

describe('rules: properties', () => {
  const printable = fc.integer({ min: 32, max: 126 }).map((c) => String.fromCharCode(c));
  const allowedSessionChar = fc.constantFrom(
    ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 ',
    ...SESSION_NAME_SYMBOLS,
  );

  it('accepts every passcode of up to 10 printable ASCII characters', () => {
    fc.assert(
      fc.property(fc.array(printable, { maxLength: LIMITS.passcode }), (chars) => {
        assert.deepEqual(checkPasscode(chars.join('')), []);
      }),
    );
  });

  it('refuses every passcode longer than 10 characters', () => {
    fc.assert(
      fc.property(fc.array(printable, { minLength: LIMITS.passcode + 1, maxLength: 40 }), (chars) => {
        assert.ok(checkPasscode(chars.join('')).some((p) => p.code === 'passcode-too-long'));
      }),
    );
  });

  it('refuses every passcode with a character outside 32 to 126', () => {
    const outside = fc.oneof(
      fc.integer({ min: 0, max: 31 }),
      fc.integer({ min: 127, max: 0x10ffff }).filter((c) => c < 0xd800 || c > 0xdfff),
    );
    fc.assert(
      fc.property(fc.array(printable, { maxLength: 4 }), outside, fc.array(printable, { maxLength: 4 }), (a, c, b) => {
        const passcode = a.join('') + String.fromCodePoint(c) + b.join('');
        assert.ok(checkPasscode(passcode).some((p) => p.code === 'passcode-invalid-characters'));
      }),
    );
  });

  it('accepts every non-blank session name of up to 200 allowed characters', () => {
    fc.assert(
      fc.property(
        fc.array(allowedSessionChar, { minLength: 1, maxLength: LIMITS.sessionName }).filter((a) => a.join('').trim() !== ''),
        (chars) => assert.deepEqual(checkSessionName(chars.join('')), []),
      ),
    );
  });

  it('refuses a session name with any character outside the set', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }), fc.string({ maxLength: 5 }), (bad, rest) => {
        fc.pre(!/^[A-Za-z0-9 !#$%&()+\-:;<=.>?@[\]^_{}|~,\\]*$/.test(bad));
        const problems = checkSessionName(`ok${bad}${rest}`);
        assert.ok(problems.some((p) => p.code === 'session-name-invalid-characters'));
      }),
    );
  });

  it('toSessionName always gives a valid name, and the same one for the same text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const name = toSessionName(text);
        assert.deepEqual(checkSessionName(name), [], `${JSON.stringify(text)} -> ${JSON.stringify(name)}`);
        assert.equal(toSessionName(text), name);
      }),
      { numRuns: 500 },
    );
  });

  it('toSessionName keeps names that are already valid', () => {
    fc.assert(
      fc.property(
        fc.array(allowedSessionChar, { minLength: 1, maxLength: 200 }).map((a) => a.join('').replace(/ {2,}/g, ' ').trim()).filter((s) => s !== ''),
        (name) => assert.equal(toSessionName(name), name),
      ),
    );
  });
});

describe('toSessionName', () => {
  const cases: Array<[string, string]> = [
    ['Café Scientifique: Élan & Ökologie', 'Cafe Scientifique: Elan & Okologie'],
    ["Women's Workshop 2026", 'Womens Workshop 2026'],
    ['Spring/Summer School — Day 1', 'Spring Summer School Day 1'],
    ['Straße "Quotes"', 'Strasse Quotes'],
    ['Łódź  Æther  Øresund', 'Lodz AEther Oresund'],
    ['日本語', 'session'],
    ['', 'session'],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text)} -> ${JSON.stringify(expected)}`, () => assert.equal(toSessionName(text), expected));
  }
  it('cuts to 200 characters', () => {
    assert.equal(toSessionName('ab '.repeat(150)).length <= 200, true);
  });
  it('uses the fallback when nothing is left', () => {
    assert.equal(toSessionName('///', 'indico-event-42'), 'indico-event-42');
  });
});
