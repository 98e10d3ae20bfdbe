import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startTestCloud } from './support';
import type { TestCloud } from './support';

describe('the gateway', () => {
  let t: TestCloud;
  let url: string;
  let staticRoot: string;
  beforeAll(async () => {
    staticRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'local-cloud-h5-'));
    fs.writeFileSync(path.join(staticRoot, 'index.html'), '<!doctype html><title>Estate Desk</title>');
    fs.mkdirSync(path.join(staticRoot, 'js'));
    fs.writeFileSync(path.join(staticRoot, 'js', 'app.1a2b3c4d.js'), 'console.log(1)');
    t = await startTestCloud({ staticRoot });
    ({ url } = await t.cloud.listen(0));
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(staticRoot, { recursive: true, force: true });
  });

  const post = (fn: string, body: string, headers: Record<string, string> = { 'x-openid': 'owner-gw' }) =>
    fetch(`${url}/cloud/${fn}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it("listens on loopback and answers the function's return value for the caller in x-openid", async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await post('whoami', JSON.stringify({ tag: 't1' }), { 'x-openid': 'owner-gw', 'x-unionid': 'u-gw' });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.tag).toBe('t1');
    expect(body.before).toMatchObject({ OPENID: 'owner-gw', UNIONID: 'u-gw', SOURCE: 'wx_client' });
  });

  it('answers 400 INVALID_JSON for a malformed body', async () => {
    const res = await post('whoami', '{"tag": ');
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.code).toBe('INVALID_JSON');
    expect(body.errMsg).toMatch(/^the request body is not valid JSON/);
  });

  it('answers 400 EVENT_NOT_OBJECT for JSON that is not an object', async () => {
    const res = await post('whoami', '[1,2]');
    expect(res.status).toBe(400);
    expect((await res.json()).code).toBe('EVENT_NOT_OBJECT');
  });

  it('runs the function without a caller when x-openid is absent, as an HTTP-triggered one: no OPENID, no APPID', async () => {
    const res = await post('whoami', JSON.stringify({ tag: 'anonymous' }), {});
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.tag).toBe('anonymous');
    expect(body.before.OPENID ?? '').toBe('');
    expect(body.before.APPID ?? '').toBe('');
    expect(body.before.SOURCE).toBe('wx_http');
    expect(body.userInfo).toBeUndefined();
  });

  it('still refuses an x-openid that is present but malformed with 400 INVALID_OPENID', async () => {
    for (const openid of ['has space', 'semi;colon', 'x'.repeat(129)]) {
      const res = await post('whoami', '{}', { 'x-openid': openid });
      expect(res.status).toBe(400);
      expect((await res.json()).code).toBe('INVALID_OPENID');
    }
  });

  it('answers 400 BAD_PATH for a path that is not valid percent-encoding, on every route, and logs no error', async () => {
    const logged = t.logs.length;
    const requests: Array<[string, string]> = [
      ['POST', '/cloud/%ZZ'],
      ['POST', '/cloud/who%E0%A4ami'],
      ['GET', '/storage/file/%ZZ'],
      ['POST', '/storage/upload%ZZ'],
      ['GET', '/files/uploads/%ZZ.png?expires=1&sign=x'],
      ['GET', '/js/%ZZ.js'],
      ['GET', '/pages/%E0%A4%A/index'],
    ];
    for (const [method, path] of requests) {
      const res = await fetch(`${url}${path}`, {
        method,
        headers: { 'x-openid': 'owner-gw' },
        body: method === 'POST' ? '{}' : undefined,
      });
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      expect(await res.json()).toMatchObject({ code: 'BAD_PATH', errCode: -1, errMsg: expect.any(String) });
    }
    expect(t.logs.slice(logged)).toEqual([]);
  });

  it('answers 404 FUNCTION_NOT_FOUND for an unknown function', async () => {
    const res = await post('nosuch', '{}');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 'FUNCTION_NOT_FOUND', errCode: -501000 });
  });

  it('reports an exception as the cloud does (-504002 functions execute fail, with the message) and keeps serving', async () => {
    const res = await post('boom', '{}');
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({
      code: 'FUNCTION_EXECUTE_FAIL',
      errCode: -504002,
      errMsg:
        'cloud.callFunction:fail Error: errCode: -504002 functions execute fail | errMsg: Error: boom: the pipe burst',
    });
    const next = await post('boom', JSON.stringify({ fine: true }));
    expect(next.status).toBe(200);
    expect(await next.json()).toEqual({ fine: true });
  });

  it('serves static files, and index.html for client routes but not for missing files', async () => {
    const asset = await fetch(`${url}/js/app.1a2b3c4d.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    const route = await fetch(`${url}/pages/my-requests/index`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>Estate Desk</title>');
    expect((await fetch(`${url}/js/missing.js`)).status).toBe(404);
    expect((await fetch(`${url}/..%2f..%2fetc%2fpasswd`)).status).toBe(400);
  });

  it("serves an icon at /favicon.ico: its own when the static folder has none, else the static folder's", async () => {
    const builtIn = await fetch(`${url}/favicon.ico`);
    expect(builtIn.status).toBe(200);
    expect(builtIn.headers.get('content-type')).toBe('image/x-icon');
    const bytes = Buffer.from(await builtIn.arrayBuffer());
    expect([...bytes.subarray(0, 4)]).toEqual([0, 0, 1, 0]); // an ICO file
    expect(bytes.readUInt16LE(4)).toBeGreaterThan(0); // with at least one image

    const own = Buffer.from([0, 0, 1, 0, 1, 0, 42]);
    fs.writeFileSync(path.join(staticRoot, 'favicon.ico'), own);
    try {
      const served = await fetch(`${url}/favicon.ico`);
      expect(Buffer.from(await served.arrayBuffer()).equals(own)).toBe(true);
    } finally {
      fs.rmSync(path.join(staticRoot, 'favicon.ico'));
    }
  });

  it('allows CORS for loopback origins only', async () => {
    const preflight = await fetch(`${url}/cloud/whoami`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://127.0.0.1:10086',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'x-openid',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:10086');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('x-openid');
    const foreign = await post('whoami', '{}', { 'x-openid': 'o', origin: 'https://evil.example' });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses to bind to a non-loopback address unless told explicitly', async () => {
    const other = await startTestCloud();
    try {
      await expect(other.cloud.listen(0, '0.0.0.0')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
      await expect(other.cloud.listen(0, '0.0.0.0')).rejects.toThrow(/not loopback/);
      await expect(other.cloud.listen(0, '192.168.1.10')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
      // Loopback in any spelling is fine. (A test never binds beyond loopback, so the explicit
      // allowNonLoopback path is left to the CLI's ALLOW_NON_LOOPBACK=1.)
      const bound = await other.cloud.listen(0, 'localhost');
      expect(bound.port).toBeGreaterThan(0);
    } finally {
      await other.close();
    }
  });
});
