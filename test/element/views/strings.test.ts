import { expect } from '@open-wc/testing';
import { en, errorFamily, fr, mergeStrings, stringsFor, type Strings } from '../../../src/element/strings.js';
import { CATALOG_CODES, SessionError, sessionError } from '../../../src/session/errors.js';
import type { JoinStep } from '../../../src/session/types.js';
import { validateSessionInput, type InputProblemCode } from '../../../src/token/rules.js';

const STEPS: JoinStep[] = ['checking', 'getting-token', 'loading', 'connecting', 'starting-audio', 'starting-video'];

describe('strings', () => {
  it('picks a table by language prefix and falls back to English', () => {
    expect(stringsFor('fr')).to.equal(fr);
    expect(stringsFor('fr-CA')).to.equal(fr);
    expect(stringsFor('FR_be')).to.equal(fr);
    expect(stringsFor('de-CH')).to.equal(en);
    expect(stringsFor('')).to.equal(en);
    expect(stringsFor(undefined)).to.equal(en);
    expect(stringsFor(null)).to.equal(en);
  });

  it('merges a partial override over the defaults, ignoring undefined and unknown keys', () => {
    const s = stringsFor('fr', { join: 'Entrer', participants: (n) => `${n} personnes` });
    expect(s.join).to.equal('Entrer');
    expect(s.participants(3)).to.equal('3 personnes');
    expect(s.cancel).to.equal('Annuler');
    const fromJs = mergeStrings(en, { join: undefined, nope: 'x' } as unknown as Partial<Strings>);
    expect(fromJs.join).to.equal('Join');
    expect(fromJs).to.not.have.property('nope');
    expect(en.join).to.equal('Join');
  });

  it('ships French complete: every entry differs from English where the words do', () => {
    expect(Object.keys(fr).sort()).to.deep.equal(Object.keys(en).sort());
    const same = Object.keys(en).filter(
      (k) => typeof en[k as keyof Strings] === 'string' && en[k as keyof Strings] === fr[k as keyof Strings],
    );
    // Words that are the same in both languages.
    expect(same.sort()).to.deep.equal(['detailCode', 'detailMessage', 'detailType', 'participantsButton']);
    for (const step of STEPS) {
      expect(fr.step(step)).to.be.a('string').and.not.equal(en.step(step));
    }
    expect(fr.participants(2)).to.equal('Participants (2)');
    expect(fr.selfName('Ada')).to.equal('Ada (vous)');
    expect(fr.deviceFallback('microphone', 2)).to.equal('Micro 2');
  });

  it('words every input problem of the rules in French, with the counts', () => {
    const values = {
      sessionName: 'x'.repeat(201) + '/',
      userName: ' ',
      passcode: 'é'.repeat(11),
      userKey: 'k'.repeat(37),
      sessionKey: 's'.repeat(37),
    };
    const problems = [...validateSessionInput(values), ...validateSessionInput({ ...values, userName: 'u'.repeat(201) })];
    const codes = new Set(problems.map((p) => p.code));
    expect(codes.size).to.equal(8);
    for (const p of problems) {
      const value = values[p.field];
      const text = fr.inputProblem(p, p.code === 'user-name-too-long' ? 'u'.repeat(201) : value);
      expect(text, p.code).to.not.equal(p.message);
      expect(text, p.code).to.not.match(/\b(the|cannot|characters)\b/);
    }
    const missing: InputProblemCode = 'session-name-missing';
    expect(fr.inputProblem({ field: 'sessionName', code: missing, message: '' })).to.equal('Saisissez un nom de session.');
    expect(fr.inputProblem(problems.find((p) => p.code === 'session-name-too-long')!, values.sessionName)).to.equal(
      'Le nom de session peut avoir au plus 200 caractères\u00a0; il en a 202.',
    );
    expect(fr.inputProblem(problems.find((p) => p.code === 'passcode-invalid-characters')!, values.passcode)).to.contain(
      '«\u00a0é\u00a0»',
    );
    expect(en.inputProblem(problems[0]!, values.sessionName)).to.equal(problems[0]!.message);
  });

  it("words every code of the engine's catalog in French", () => {
    const generic = new Set(
      (['input', 'token', 'sdk', 'network', 'media'] as const).map((source) =>
        fr.errorMessage({ code: 'no-such-code', source, message: 'x', retryable: false }),
      ),
    );
    for (const code of CATALOG_CODES) {
      const error = sessionError(code);
      const text = fr.errorMessage(error);
      expect(generic.has(text), `${code}: ${text}`).to.equal(false);
      expect(fr.nextStep(error), code).to.not.equal('');
    }
    // A token provider's code the page's setup causes: French words, and the organizers to tell.
    const csrf = new SessionError({ code: 'token-csrf-missing', source: 'token', message: 'x', retryable: false });
    expect(generic.has(fr.errorMessage(csrf)), fr.errorMessage(csrf)).to.equal(false);
    expect(fr.nextStep(csrf)).to.contain('les organisateurs de l’événement');
    expect(en.nextStep(csrf)).to.contain("Tell the event's organizers");
  });

  it('sorts failures into "what to do next" families', () => {
    const family = (code: Parameters<typeof sessionError>[0]) => errorFamily(sessionError(code));
    expect(family('wrong-passcode')).to.equal('passcode');
    expect(family('cancelled')).to.equal('cancelled');
    expect(family('camera-denied')).to.equal('media-permission');
    expect(family('microphone-busy')).to.equal('media-device');
    expect(family('assets-unreachable')).to.equal('assets');
    expect(family('token-rejected')).to.equal('token-config');
    expect(family('token-expired')).to.equal('token-clock');
    expect(family('session-full')).to.equal('session-full');
    expect(family('session-in-use')).to.equal('duplicate');
    expect(family('connection-lost')).to.equal('network');
    expect(family('sdk-error')).to.equal('sdk');
    const input = new SessionError({ code: 'passcode-too-long', source: 'input', field: 'passcode', message: 'x' });
    expect(errorFamily(input)).to.equal('input');
    const refused = new SessionError({ code: 'token-endpoint-refused', source: 'token', message: 'x' });
    expect(errorFamily(refused)).to.equal('token-access');
    const unreachable = new SessionError({ code: 'token-endpoint-unreachable', source: 'network', message: 'x' });
    expect(errorFamily(unreachable)).to.equal('token-unavailable');
  });

  it('gives an English hint only when the message does not already say what to do', () => {
    const bare = new SessionError({ code: 'session-ended', source: 'sdk', message: 'The session has ended.' });
    expect(en.nextStep(bare)).to.equal("Ask the event's organizers whether it will start again.");
    expect(en.nextStep(sessionError('network'))).to.equal('');
    expect(en.errorMessage(sessionError('network'))).to.equal(sessionError('network').message);
  });

  it("shows the participant only the words meant for them; the page author's note stays out", () => {
    const setup = sessionError('token-rejected');
    expect(en.errorMessage(setup)).to.equal(
      "The video call could not start on this page. Tell the event's organizers; the details below help them fix it.",
    );
    expect(en.nextStep(setup), 'the message already says what to do').to.equal('');
    expect(fr.errorMessage(setup)).to.equal('L’appel vidéo n’a pas pu démarrer sur cette page.');
    expect(fr.nextStep(setup)).to.contain('Prévenez les organisateurs de l’événement');
    const params = sessionError('invalid-parameters', {}, undefined, 'The maximum length of password is 10');
    expect(en.errorMessage(params)).to.not.contain('password');
    expect(fr.errorMessage(params)).to.equal('L’appel vidéo n’a pas pu démarrer sur cette page.');
    expect(fr.nextStep(params)).to.contain('organisateurs');
  });
});
