import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Connection, TYPING_SEND_INTERVAL_MS } from '../../../main/resources/web/widget/connection.js';

class FakeSocket {
  constructor(url) {
    this.url = url;
    this.readyState = 0;
    this.sent = [];
    this.closed = false;
  }

  send(data) {
    this.sent.push(JSON.parse(data));
  }

  close() {
    this.closed = true;
  }

  serverOpens() {
    this.readyState = 1;
    this.onopen();
  }

  serverCloses(code) {
    this.readyState = 3;
    this.onclose({ code });
  }
}

/** A connection on fake sockets and timers; `reachable` says whether catch-ups reach the server. */
function harness({ reachable = true } = {}) {
  const sockets = [];
  const timers = [];
  const shown = [];
  const calls = { catchUp: 0, abandon: 0, handled: [] };
  let clock = 10_000;
  const session = {
    current: { conversationId: 'c_1', token: 't' },
    conversation: () => session.current,
    catchUp: async () => {
      calls.catchUp++;
      return reachable;
    },
    abandon: () => {
      calls.abandon++;
    },
    handle: (data) => {
      calls.handled.push(data);
      return JSON.parse(data).type;
    }
  };
  const connection = new Connection((c) => `ws://x/${c.conversationId}`, session, (on) => shown.push(on), {
    open: (url) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket;
    },
    hasSockets: true,
    setTimeout: (handler, ms) => {
      const timer = { handler, ms, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimeout: (timer) => {
      if (timer) {
        timer.cleared = true;
      }
    },
    random: () => 0,
    now: () => clock
  });
  const fire = async () => {
    const timer = timers.filter((t) => !t.cleared).shift();
    timer.cleared = true;
    await timer.handler();
  };
  return { connection, session, sockets, timers, shown, calls, fire, tick: (ms) => { clock += ms; } };
}

test('an opened stream catches up, and once more when the server greets it with the state', () => {
  const { connection, sockets, calls } = harness();
  connection.open();
  sockets[0].serverOpens();
  sockets[0].onmessage({ data: '{"type":"state","state":"bot"}' });
  sockets[0].onmessage({ data: '{"type":"state","state":"queued"}' });

  assert.equal(sockets[0].url, 'ws://x/c_1');
  assert.equal(calls.catchUp, 2, 'only the first state closes the subscription gap');
  assert.equal(calls.handled.length, 2);
});

test('a dropped stream is reopened after the backoff, once a catch-up reached the server', async () => {
  const { connection, sockets, timers, shown, fire } = harness();
  connection.open();
  sockets[0].serverOpens();
  sockets[0].serverCloses(1006);

  assert.equal(timers.at(-1).ms, 500);
  assert.deepEqual(shown.filter(Boolean), [], 'one quick retry shows no notice');
  await fire();
  assert.equal(sockets.length, 2);
  sockets[1].serverOpens();
  assert.equal(shown.at(-1), false);
});

test('while the server stays away the delay doubles and the user is told the widget is reconnecting', async () => {
  const { connection, sockets, timers, shown, fire } = harness({ reachable: false });
  connection.open();
  sockets[0].serverCloses(1006);
  await fire();
  await fire();

  assert.deepEqual(timers.map((t) => t.ms), [500, 1000, 2000]);
  assert.equal(shown.at(-1), true);
  assert.equal(sockets.length, 1, 'no socket is opened before a catch-up succeeds');
});

test('a stream closed because the conversation or token is unknown abandons it, without retrying', () => {
  for (const code of [4401, 4404]) {
    const { connection, sockets, timers, calls } = harness();
    connection.open();
    sockets[0].serverCloses(code);
    assert.equal(calls.abandon, 1, String(code));
    assert.equal(timers.length, 0, String(code));
  }
});

test('events from a socket that was replaced are ignored', () => {
  const { connection, sockets, calls } = harness();
  connection.open();
  connection.open();
  sockets[0].onmessage({ data: '{"type":"message"}' });
  sockets[0].serverCloses(1006);

  assert.equal(sockets[0].closed, true);
  assert.equal(calls.handled.length, 0);
  assert.equal(connection.connected, true);
});

test('without a conversation nothing is opened or retried', () => {
  const { connection, session, sockets, timers } = harness();
  session.current = null;
  connection.open();
  connection.scheduleReconnect();
  assert.equal(sockets.length, 0);
  assert.equal(timers.length, 0);
});

test('coming back online retries at once, from the first delay', async () => {
  const { connection, sockets, timers, fire } = harness({ reachable: false });
  connection.open();
  sockets[0].serverCloses(1006);
  await fire();
  connection.retryNow();

  assert.equal(timers.at(-2).cleared, true);
  assert.equal(timers.at(-1).ms, 500);
});

test('the typing hint goes out at most once per interval, and again at once after a send', () => {
  const { connection, sockets, tick } = harness();
  connection.open();
  connection.sendTyping();
  assert.equal(sockets[0].sent.length, 0, 'not before the socket is open');
  sockets[0].serverOpens();

  connection.sendTyping();
  connection.sendTyping();
  tick(TYPING_SEND_INTERVAL_MS - 1);
  connection.sendTyping();
  tick(1);
  connection.sendTyping();
  connection.resetTyping();
  connection.sendTyping();

  assert.equal(sockets[0].sent.length, 3);
  assert.deepEqual(sockets[0].sent[0], { type: 'typing', typing: true });
});
