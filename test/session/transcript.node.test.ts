import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  ANNOUNCE_INTERVAL_MS,
  LINGER_MS,
  Transcript,
  clock,
  escapeVtt,
} from '../../src/session/slices/transcript.js';

/** A `caption-message` payload shaped like the 2.5.0 bundle's. */
const caption = (msgId: string, text: string, extra: Record<string, unknown> = {}) => ({
  msgId,
  userId: 16778240,
  displayName: 'Ada',
  avatar: '',
  text,
  source: 4,
  language: 0,
  timestamp: 1,
  done: false,
  ...extra,
});

describe('live captions', () => {
  it('replaces partials of one msgId by the whole sentence so far, then the final', () => {
    const t = new Transcript();
    assert.equal(t.receive(caption('a', 'Hello'), 0), true);
    assert.equal(t.receive(caption('a', 'Hello every'), 100), true);
    assert.equal(t.receive(caption('a', 'Hello everyone.', { done: true, msgType: 1 }), 900), true);
    assert.deepEqual(
      t.live(900).map((l) => [l.text, l.done]),
      [['Hello everyone.', true]],
    );
    assert.deepEqual(t.finals().map((l) => [l.text, l.start, l.end]), [['Hello everyone.', 0, 900]]);
    assert.equal(t.receive(caption('a', 'Hello everyone.', { done: true }), 950), false, 'a repeat changes nothing');
  });

  it('shows at most two lines, and a final goes after lingering', () => {
    const t = new Transcript();
    t.receive(caption('a', 'One.', { done: true }), 0);
    t.receive(caption('b', 'Two.', { done: true, userId: 2, displayName: 'Bo' }), 10);
    t.receive(caption('c', 'Three', { userId: 3 }), 20);
    assert.deepEqual(t.live(20).map((l) => l.text), ['Two.', 'Three']);
    assert.equal(t.nextLiveChangeAt(), 10 + LINGER_MS);
    assert.deepEqual(t.live(10 + LINGER_MS).map((l) => l.text), ['Three'], 'a partial stays');
  });

  it('ignores the error variant and malformed payloads', () => {
    const t = new Transcript();
    const ignored: unknown[] = [
      { error: 1, errorMessage: 'en to xx translation is not supported!', audioLanguage: 'en', translationLang: 'xx' },
      null,
      'text',
      caption('', 'x'),
      { ...caption('a', 'x'), msgId: undefined },
      { ...caption('a', 'x'), text: 5 },
      caption('z', '   '),
    ];
    for (const p of ignored) assert.equal(t.receive(p, 0), false, JSON.stringify(p));
    assert.deepEqual(t.live(0), []);
    assert.equal(t.toWebVTT(), 'WEBVTT\n');
    assert.equal(t.toText(), '');
  });

  it('ends a sentence left open when the same speaker starts another, and all at the end', () => {
    const t = new Transcript();
    t.receive(caption('a', 'Cut off'), 0);
    t.receive(caption('b', 'New one'), 500);
    assert.deepEqual(t.finals().map((l) => [l.text, l.end]), [['Cut off', 500]]);
    t.finishAll(800);
    assert.deepEqual(t.finals().map((l) => l.text), ['Cut off', 'New one']);
  });
});

describe('screen reader announcements', () => {
  it('announces finals only, at most once per interval, the latest lines', () => {
    const t = new Transcript();
    t.receive(caption('a', 'Partial'), 0);
    assert.equal(t.takeAnnouncement(0), undefined, 'partials are not read');
    t.receive(caption('a', 'Partial done.', { done: true }), 100);
    assert.equal(t.takeAnnouncement(100), 'Ada: Partial done.');
    t.receive(caption('b', 'Second.', { done: true }), 200);
    assert.equal(t.takeAnnouncement(200), undefined, 'too soon');
    assert.equal(t.nextAnnouncementAt(), 100 + ANNOUNCE_INTERVAL_MS);
    for (const id of ['c', 'd', 'e']) t.receive(caption(id, `${id}.`, { done: true, userId: 9, displayName: 'Cy' }), 300);
    assert.equal(t.takeAnnouncement(100 + ANNOUNCE_INTERVAL_MS), 'Cy: c. d. e.', 'the latest three, the name once');
    assert.equal(t.nextAnnouncementAt(), undefined);
  });
});

describe('export', () => {
  it('writes WebVTT with cue times from the start, voice tags and escaped text', () => {
    const t = new Transcript({ startedAt: 1_000 });
    t.receive(caption('a', 'Fish & <chips> --> now', { done: true, displayName: 'A <b>&</b>' }), 3_723_004 + 1_000);
    t.receive(caption('b', 'Hi', { done: false, userId: 2, displayName: 'Bo' }), 3_730_000);
    t.receive(caption('b', 'Hi\nthere', { done: true, userId: 2, displayName: 'Bo' }), 3_732_500);
    assert.equal(
      t.toWebVTT(),
      'WEBVTT\n\n' +
        '1\n01:02:03.004 --> 01:02:04.004\n<v A &lt;b&gt;&amp;&lt;/b&gt;>Fish &amp; &lt;chips&gt; --&gt; now\n\n' +
        '2\n01:02:09.000 --> 01:02:11.500\n<v Bo>Hi there\n',
    );
    assert.equal(t.toText(), '01:02:03 A <b>&</b>: Fish & <chips> --> now\n01:02:09 Bo: Hi there\n');
  });

  it('keeps a speaker name that ends in hyphens from making a cue timing arrow', () => {
    // fast-check's counterexample: a name "--" closed by the voice tag's ">" wrote "-->" in the cue text.
    const t = new Transcript({ startedAt: 0 });
    t.receive(caption('a', '!', { done: true, displayName: '--' }), 0);
    t.receive(caption('b', 'ok', { done: true, userId: 2, displayName: '   ' }), 0);
    assert.equal(t.toWebVTT(), 'WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.000\n<v -- >!\n\n2\n00:00:00.000 --> 00:00:01.000\nok\n');
  });

  it('keeps every cue well formed whatever people say', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string(), fc.string({ minLength: 1 }), fc.nat(10_000)), { minLength: 1, maxLength: 10 }),
        (said) => {
          const t = new Transcript({ startedAt: 0 });
          let now = 0;
          said.forEach(([name, text, dt], i) => {
            now += dt;
            t.receive(caption(`m${i}`, text, { done: true, displayName: name, userId: i }), now);
          });
          const vtt = t.toWebVTT();
          assert.ok(vtt.startsWith('WEBVTT\n'));
          const blocks = vtt.split('\n\n').slice(1);
          assert.equal(blocks.length, t.finals().length);
          for (const block of blocks) {
            const [id, timing, body, ...rest] = block.replace(/\n$/, '').split('\n');
            assert.match(id!, /^\d+$/);
            const m = /^(\d{2,}):(\d{2}):(\d{2})\.(\d{3}) --> (\d{2,}):(\d{2}):(\d{2})\.(\d{3})$/.exec(timing!);
            assert.ok(m, timing);
            const ms = (a: string[]) => ((+a[0]! * 60 + +a[1]!) * 60 + +a[2]!) * 1000 + +a[3]!;
            assert.ok(ms(m.slice(5, 9)) > ms(m.slice(1, 5)));
            assert.deepEqual(rest, []);
            assert.ok(!body!.replace(/^<v [^<>]*>/, '').includes('<'));
            assert.ok(!body!.includes('-->'));
          }
        },
      ),
    );
  });

  it('formats clock times', () => {
    assert.equal(clock(3_723_004, true), '01:02:03.004');
    assert.equal(clock(360_000_000, true), '100:00:00.000');
    assert.equal(clock(-5, false), '00:00:00');
    assert.equal(escapeVtt(' a\n\nb <c> '), 'a b &lt;c&gt;');
  });
});
