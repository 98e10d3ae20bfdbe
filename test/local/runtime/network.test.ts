import * as net from 'net';
import { startListeningTestCloud, startTestCloud } from './support';
import type { ListeningTestCloud } from './support';

describe('the network guard', () => {
  let t: ListeningTestCloud;
  beforeAll(async () => {
    t = await startListeningTestCloud();
  });
  afterAll(() => t.close());

  it('fails a call that tried to reach beyond loopback, even when the function swallowed the error', async () => {
    const call = t.cloud.invoke('netcheck', {}, { openid: 'owner-net' });
    await expect(call).rejects.toMatchObject({ code: 'NETWORK_BLOCKED', errCode: -504002 });
    await expect(call).rejects.toThrow(/203\.0\.113\.7:80.*example\.com:80/);
  });

  it('reports each attempt with the function and the target', () => {
    expect(t.cloud.blockedConnections()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ target: '203.0.113.7', port: 80, functionName: 'netcheck', via: 'net.connect' }),
        expect.objectContaining({ target: 'example.com', port: 80, functionName: 'netcheck' }),
      ]),
    );
    expect(
      t.logs.some((line) => line.includes('blocked network access to 203.0.113.7:80 from function netcheck')),
    ).toBe(true);
  });

  it('answers the failure through the gateway as a function failure', async () => {
    const res = await fetch(`${t.url}/cloud/netcheck`, {
      method: 'POST',
      headers: { 'x-openid': 'owner-net' },
      body: '{}',
    });
    expect(res.status).toBe(500);
    expect(await res.json()).toMatchObject({ code: 'NETWORK_BLOCKED', errCode: -504002 });
  });

  it('lets a function reach loopback', async () => {
    await expect(
      t.cloud.invoke('netcheck', { loopbackUrl: `${t.url}/cloud/whoami` }, { openid: 'o' }),
    ).resolves.toEqual({ status: 405 });
  });

  it('guards code outside functions too while the cloud runs, and stops guarding once it closes', async () => {
    const tryConnect = () =>
      new Promise<string>((resolve) => {
        const socket = net.connect({ host: '198.51.100.9', port: 9, timeout: 300 });
        socket.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
        socket.on('timeout', () => {
          socket.destroy();
          resolve('timeout');
        });
        socket.on('connect', () => {
          socket.destroy();
          resolve('connected');
        });
      });
    expect(await tryConnect()).toBe('ERR_LOCAL_CLOUD_NETWORK_BLOCKED');

    const other = await startTestCloud();
    await other.close();
    // Another cloud closing must not lift this cloud's guard.
    expect(await tryConnect()).toBe('ERR_LOCAL_CLOUD_NETWORK_BLOCKED');
  });
});
