// The captions slice: turned on through the fake's live transcription, `caption-message` chunks as
// the bundle emits them (same msgId, whole sentence so far, done at the end) replace each other,
// the refusals become a notice with their code, and the transcript holds the final lines with
// timestamps as WebVTT and text.
import { expect } from '@open-wc/testing';
import { GRACE, itOwnsItsListeners, joined } from '../../support/engine-helpers.js';
import { failure } from '../../support/fake-zoom.js';

describe('captions', () => {
  it('shows partials replaced by their final, and exports the final lines with timestamps', async () => {
    const { fake, session } = await joined();
    let now = 1_000_000;
    session.slices.captions.clock = () => now;
    fake.captions.speak('m1', GRACE.userId, GRACE.name, 'ignored while off', true);
    await session.setCaptions(true);
    expect(fake.captions.calls).to.deep.equal(['start']);
    expect(session.captions.on).to.equal(true);
    fake.captions.speak('m2', GRACE.userId, GRACE.name, 'Hello');
    now += 500;
    fake.captions.speak('m2', GRACE.userId, GRACE.name, 'Hello every');
    now += 1500;
    fake.captions.speak('m2', GRACE.userId, GRACE.name, 'Hello everyone.', true);
    expect(session.captions.lines.map((l) => [l.name, l.text, l.done])).to.deep.equal([[GRACE.name, 'Hello everyone.', true]]);
    expect(session.captions.announcement).to.contain('Hello everyone.');
    const vtt = session.transcript('vtt');
    expect(vtt).to.match(/^WEBVTT/);
    expect(vtt).to.contain(`<v ${GRACE.name}>Hello everyone.`);
    expect(vtt).to.not.contain('ignored while off');
    expect(vtt).to.not.contain('Hello every\n');
    expect(session.transcript('text')).to.match(/\d\d:\d\d:\d\d .*Hello everyone\./);
    await session.setCaptions(false);
    expect(session.captions.lines).to.deep.equal([]);
    expect(session.captions.hasTranscript, 'still downloadable').to.equal(true);
  });

  it('turns the SDK’s refusal into a notice with its code and stays off', async () => {
    const { fake, session } = await joined();
    fake.captions.startError = failure(7300, 'Live transcription is not enabled.');
    await session.setCaptions(true);
    expect(session.captions.on).to.equal(false);
    expect(session.notices.map((n) => [n.code, n.params['code']])).to.deep.equal([['captions-refused', 7300]]);
  });

  it('offers the session’s languages, sets the spoken one, and keeps captions on when a translation is refused', async () => {
    const { fake, session } = await joined();
    expect(session.captions.languages.spoken, 'nothing before captions are on').to.deep.equal([]);
    await session.setCaptionLanguage('fr');
    expect(fake.captions.calls, 'asked only once captions are on').to.deep.equal([]);
    await session.setCaptions(true);
    expect(fake.captions.calls).to.deep.equal(['start', 'translate:fr']);
    expect(session.captions.language).to.equal('fr');
    expect(session.captions.languages).to.deep.equal({ spoken: ['en', 'fr', 'de'], translations: { en: ['fr', 'de'], fr: ['en'] }, translation: true });
    await session.setSpokenLanguage('fr');
    expect(session.captions.spoken).to.equal('fr');
    expect(fake.captions.calls.slice(2), 'captions in the spoken language need no translation').to.deep.equal(['speak:fr', 'translate:undefined']);
    expect(session.captions.language).to.equal(undefined);
    await session.setSpokenLanguage('xx');
    expect(session.captions.spoken, 'unsupported: unchanged').to.equal('fr');
    expect(session.notices.map((n) => n.params['code'])).to.deep.equal([7302]);
    fake.captions.status.isLiveTranslationEnabled = false;
    await session.setCaptionLanguage('en');
    expect(session.captions.on).to.equal(true);
    expect(session.captions.language).to.equal(undefined);
    expect(session.notices.map((n) => n.params['code']).at(-1)).to.equal(7304);
  });

  itOwnsItsListeners('captions', ['caption-message']);
});
