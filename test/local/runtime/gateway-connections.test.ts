/**
 * Clients that are slow, idle or gone: the gateway cuts off trickling and idle connections by its
 * timeouts (made short here) and logs a client that goes away mid-request in one line, not a stack.
 */
import * as net from 'net';
import { startListeningTestCloud } from './support';
import type { ListeningTestCloud } from './support';

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);

const SETTINGS = {
  headersTimeoutMs: 300,
  requestTimeoutMs: 600,
  uploadTimeoutMs: 5_000,
  keepAliveTimeoutMs: 300,
};

/** A raw connection: what the server sent, and whether it has closed the connection. */
interface Connection {
  socket: net.Socket;
  received(): string;
  closed(): boolean;
}

function connect(url: string): Promise<Connection> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    let received = '';
    let closed = false;
    const socket = net.connect(Number(port), '127.0.0.1', () =>
      resolve({ socket, received: () => received, closed: () => closed }),
    );
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    socket.on('close', () => (closed = true));
    socket.on('error', () => undefined); // a reset by the server shows as closed
    socket.once('error', reject);
  });
}

/** Polls `check` until it holds (every 20 ms); fails after `ms`. */
async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Sends `text` one byte every `everyMs` until the connection closes or the text is sent; answers the bytes sent. */
async function trickle(connection: Connection, text: string, everyMs: number): Promise<number> {
  let sent = 0;
  while (sent < text.length && !connection.closed()) {
    connection.socket.write(text[sent]);
    sent += 1;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return sent;
}

const statusOf = (response: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1]);
const bodyOf = (response: string) => JSON.parse(response.slice(response.indexOf('\r\n\r\n') + 4));

function multipartUpload(openid: string, bytes: Buffer): { head: string; body: Buffer } {
  const boundary = 'gatewaytestboundary';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="p.png"\r\ncontent-type: image/png\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const head =
    `POST /storage/upload HTTP/1.1\r\nhost: 127.0.0.1\r\nx-openid: ${openid}\r\n` +
    `content-type: multipart/form-data; boundary=${boundary}\r\ncontent-length: ${body.length}\r\n\r\n`;
  return { head, body };
}

describe('the gateway and slow, idle or vanishing clients', () => {
  let t: ListeningTestCloud;
  beforeAll(async () => {
    t = await startListeningTestCloud({}, SETTINGS);
    await t.cloud.database.handle('database.addCollection', { collectionName: 'users' });
    await t.cloud.database.handle('database.insertDocument', {
      collectionName: 'users',
      data: [JSON.stringify({ _id: 'slow-owner', roles: ['owner'] })],
    });
  });
  afterAll(() => t.close());

  it('answers 408 REQUEST_TIMEOUT and closes the connection when a function call trickles its body', async () => {
    const connection = await connect(t.url);
    const body = JSON.stringify({ tag: 'x'.repeat(200) });
    connection.socket.write(
      `POST /cloud/whoami HTTP/1.1\r\nhost: 127.0.0.1\r\nx-openid: slow-1\r\ncontent-length: ${body.length}\r\n\r\n`,
    );
    const sent = await trickle(connection, body, 25);
    await until(connection.closed);
    expect(sent).toBeLessThan(body.length);
    expect(statusOf(connection.received())).toBe(408);
    expect(bodyOf(connection.received())).toMatchObject({ code: 'REQUEST_TIMEOUT', errCode: -1 });
  });

  it('closes a connection whose headers trickle in, with 408', async () => {
    const connection = await connect(t.url);
    const headers = `GET / HTTP/1.1\r\nhost: 127.0.0.1\r\nx-padding: ${'p'.repeat(200)}\r\n\r\n`;
    const sent = await trickle(connection, headers, 25);
    await until(connection.closed);
    expect(sent).toBeLessThan(headers.length);
    expect(statusOf(connection.received())).toBe(408);
    expect(bodyOf(connection.received())).toMatchObject({ code: 'REQUEST_TIMEOUT' });
  });

  it('closes an idle keep-alive connection after the keep-alive timeout', async () => {
    const connection = await connect(t.url);
    connection.socket.write('GET /favicon.ico HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: keep-alive\r\n\r\n');
    await until(() => statusOf(connection.received()) === 200);
    expect(connection.closed()).toBe(false);
    await until(connection.closed);
  });

  it('gives an upload longer than a function call: a photo sent slowly past the request timeout is kept', async () => {
    const connection = await connect(t.url);
    const { head, body } = multipartUpload('slow-owner', PNG);
    connection.socket.write(head);
    const started = Date.now();
    // Trickle the body in pieces until the request timeout has passed, then send the rest.
    let sent = 0;
    while (Date.now() - started < SETTINGS.requestTimeoutMs + 200) {
      connection.socket.write(body.subarray(sent, sent + 4));
      sent += 4;
      await new Promise((r) => setTimeout(r, 50));
    }
    connection.socket.write(body.subarray(sent));
    await until(() => connection.received().includes('\r\n\r\n') && connection.received().endsWith('}'));
    expect(statusOf(connection.received())).toBe(200);
    expect(bodyOf(connection.received()).fileID).toMatch(/\.png$/);
    connection.socket.destroy();
  });
});

describe('the gateway and clients that go away mid-request', () => {
  let t: ListeningTestCloud;
  beforeAll(async () => {
    t = await startListeningTestCloud({}, { ...SETTINGS, disconnectLogIntervalMs: 1_000 });
  });
  afterAll(() => t.close());

  it('logs a client that goes away mid-body in one line without a stack, and counts the next ones in one more line', async () => {
    const from = t.logs.length;
    const goAwayMidBody = async () => {
      const connection = await connect(t.url);
      connection.socket.write(
        'POST /cloud/whoami HTTP/1.1\r\nhost: 127.0.0.1\r\nx-openid: gone-1\r\ncontent-length: 100\r\n\r\n{"tag":',
      );
      await new Promise((r) => setTimeout(r, 20)); // let the request reach the handler
      connection.socket.destroy();
    };
    await goAwayMidBody();
    await until(() => t.logs.length > from);
    await goAwayMidBody();
    await goAwayMidBody();
    await until(() => t.logs.length > from + 1);
    const lines = t.logs.slice(from);
    expect(lines).toEqual([
      '[local cloud] gateway: the client went away before POST /cloud/whoami was complete',
      '2 more incomplete requests in the last 1 s (not logged one by one)',
    ]);
    // The gateway still serves.
    const res = await fetch(`${t.url}/cloud/whoami`, { method: 'POST', headers: { 'x-openid': 'after' }, body: '{}' });
    expect(res.status).toBe(200);
  });
});
