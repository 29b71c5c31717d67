// The chat slice: messages out and in, as plain text, the unread count, the length limit, the
// history limit, and Zoom's refusals.
import { expect } from '@open-wc/testing';
import { SessionController } from '../../../src/session/session-controller.js';
import { CHAT_HISTORY_LIMIT, CHAT_MAX_LENGTH } from '../../../src/session/types.js';
import { GRACE, LINUS, errors, itOwnsItsListeners, joined } from '../../support/engine-helpers.js';
import { FakeZoom, failure } from '../../support/fake-zoom.js';
import { TestHost, animationFrame, joinOptions, recordingProvider } from '../../support/session-helpers.js';

describe('chat', () => {
  it('sends to everyone as plain text and lists the message as its own', async () => {
    const { host, fake, session } = await joined();
    expect(session.chat).to.deep.equal({ messages: [], unread: 0 });
    expect(await session.sendChat('  Hello, everyone\nsecond line  ')).to.equal(true);
    expect(fake.calls.sendToAll).to.deep.equal(['Hello, everyone\nsecond line']);
    const [message] = session.chat.messages;
    expect(message).to.include({
      id: 'message-1',
      senderId: 100,
      senderName: 'Ada',
      text: 'Hello, everyone\nsecond line',
      self: true,
      private: false,
    });
    expect(message!.timestamp).to.be.closeTo(Date.now(), 5000);
    expect(session.chat.unread, 'own messages are not unread').to.equal(0);
    const [event] = host.of('zoom-session-chat');
    expect(event!.message).to.equal(message);
    expect(event!.bubbles && event!.composed).to.equal(true);
  });

  it('receives messages, counts the incoming ones as unread until markChatRead', async () => {
    const { host, fake, session } = await joined();
    const updates = host.updates;
    fake.receiveChat(GRACE, 'Hi Ada');
    fake.receiveChat(LINUS, 'Hello');
    await animationFrame();
    expect(host.updates - updates, 'two messages, one render').to.equal(1);
    await session.sendChat('Hi both');
    expect(session.chat.messages.map((m) => [m.senderName, m.text, m.self])).to.deep.equal([
      ['Grace Hopper', 'Hi Ada', false],
      ['Linus Torvalds', 'Hello', false],
      ['Ada', 'Hi both', true],
    ]);
    expect(session.chat.unread).to.equal(2);
    session.markChatRead();
    expect(session.chat.unread).to.equal(0);
    fake.receiveChat(GRACE, 'One more');
    expect(session.chat.unread).to.equal(1);
    expect(host.of('zoom-session-chat').map((e) => e.message.text)).to.deep.equal(['Hi Ada', 'Hello', 'Hi both', 'One more']);
  });

  it('lists its own message once when the SDK also delivers it as incoming', async () => {
    const { host, fake, session } = await joined();
    fake.script.chatEcho = true;
    await session.sendChat('Echo?');
    expect(session.chat.messages).to.have.length(1);
    expect(session.chat.messages[0]!.self).to.equal(true);
    expect(session.chat.unread).to.equal(0);
    expect(host.of('zoom-session-chat')).to.have.length(1);
  });

  it('marks a message sent to this participant only, and leaves out what is not text (files)', async () => {
    const { fake, session } = await joined();
    fake.receiveChat(GRACE, 'Just for you', { privately: true });
    fake.emit('chat-on-message', {
      id: 'file-1',
      file: { name: 'slides.pdf', size: 1000, type: 'application/pdf' },
      sender: { userId: 200, name: 'Grace Hopper' },
      receiver: { userId: 0, name: 'Everyone' },
      timestamp: Date.now(),
    });
    expect(session.chat.messages.map((m) => [m.text, m.private])).to.deep.equal([['Just for you', true]]);
  });

  it('keeps markup as the characters it is made of', async () => {
    const { fake, session } = await joined();
    const markup = '<img src=x onerror="window.__pwned = true"> <b>bold</b> &amp;';
    fake.receiveChat(GRACE, markup);
    await session.sendChat(markup);
    expect(session.chat.messages.map((m) => m.text)).to.deep.equal([markup, markup]);
    expect(fake.calls.sendToAll).to.deep.equal([markup]);
  });

  it(`refuses a message over ${CHAT_MAX_LENGTH} characters with a clear error, and sends nothing`, async () => {
    const { host, fake, session } = await joined();
    expect(await session.sendChat('x'.repeat(CHAT_MAX_LENGTH + 1))).to.equal(false);
    expect(fake.calls.sendToAll).to.deep.equal([]);
    expect(session.chat.messages).to.deep.equal([]);
    const error = session.error!;
    expect([error.code, error.source, error.field, error.retryable]).to.deep.equal(['chat-too-long', 'input', 'chat-input', true]);
    expect(error.message).to.equal('Messages can have at most 1000 characters; this one has 1001. Shorten it, then try again.');
    expect(errors(host)).to.deep.equal(['chat-too-long']);
    expect(session.state).to.equal('joined');
    // Characters as people see them: 1000 emoji are 2000 UTF-16 units, and fit.
    expect(await session.sendChat('😀'.repeat(CHAT_MAX_LENGTH))).to.equal(true);
    expect(await session.sendChat(`  ${'y'.repeat(CHAT_MAX_LENGTH)}\n`)).to.equal(true);
    expect(fake.calls.sendToAll).to.have.length(2);
    expect(session.error, 'a message sent clears the problem').to.equal(undefined);
  });

  it('sends nothing empty, and nothing outside a session', async () => {
    const fake = new FakeZoom();
    const session = new SessionController(new TestHost(), {
      clientLoader: fake.loader,
      tokenProvider: recordingProvider().provider,
    });
    expect(await session.sendChat('Hello?')).to.equal(false);
    await session.join(joinOptions());
    expect(await session.sendChat('   \n ')).to.equal(false);
    expect(fake.calls.sendToAll).to.deep.equal([]);
    expect(session.error).to.equal(undefined);
  });

  it('says so when the host turned chat off, or the message was not sent', async () => {
    const { host, fake, session } = await joined();
    fake.script.chatError = failure(7002, 'Insufficient chat privilege');
    expect(await session.sendChat('Anyone?')).to.equal(false);
    expect(session.error!.code).to.equal('chat-disabled');
    expect(session.error!.message).to.equal('The host has turned chat off for this session.');
    fake.script.chatError = new Error('IMPROPER_MEETING_STATE');
    expect(await session.sendChat('Anyone?')).to.equal(false);
    expect(session.error!.code).to.equal('chat-failed');
    expect(session.error!.message).to.contain('IMPROPER_MEETING_STATE');
    expect(errors(host)).to.deep.equal(['chat-disabled', 'chat-failed']);
    expect(session.chat.messages).to.deep.equal([]);
  });

  it(`keeps the last ${CHAT_HISTORY_LIMIT} messages, and forgets them when the session ends`, async () => {
    const { fake, session } = await joined();
    for (let i = 0; i < CHAT_HISTORY_LIMIT + 5; i++) fake.receiveChat(GRACE, `message ${i}`);
    expect(session.chat.messages).to.have.length(CHAT_HISTORY_LIMIT);
    expect(session.chat.messages[0]!.text).to.equal('message 5');
    expect(session.chat.unread).to.equal(CHAT_HISTORY_LIMIT + 5);
    await session.leave();
    expect(session.chat).to.deep.equal({ messages: [], unread: 0 });
    fake.receiveChat(GRACE, 'too late');
    expect(session.chat.messages).to.deep.equal([]);
  });

  itOwnsItsListeners('chat', ['chat-on-message']);
});

describe('the real SDK, for chat', () => {
  it('has the chat method the engine calls', async () => {
    const ZoomVideo = (await import('@zoom/videosdk')).default;
    expect(typeof ZoomVideo.createClient().getChatClient().sendToAll).to.equal('function');
  });
});
