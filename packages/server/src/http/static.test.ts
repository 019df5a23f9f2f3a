import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import notices from '../fixtures/notices-module.js';
import { createTestServer, type TestServer } from '../testing.js';

let t: TestServer;
let folder: string;
const html = { Accept: 'text/html,application/xhtml+xml' };
const bigScript = `export const towns = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `Ortsteil ${i}`))};`;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'city-app-web-'));
  const web = join(folder, 'web');
  mkdirSync(join(web, 'assets'), { recursive: true });
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>Muster App</title>');
  writeFileSync(join(web, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(join(web, 'manifest.webmanifest'), '{"name":"Muster App"}');
  writeFileSync(join(web, 'assets', 'index-3f9a1c.js'), 'console.log(1);');
  writeFileSync(join(web, 'assets', 'index-3f9a1c.css'), 'body{}');
  writeFileSync(join(web, 'assets', 'big-77aa01.js'), bigScript);
  writeFileSync(join(web, 'assets', 'photo-1.png'), Buffer.alloc(4096, 7));
  writeFileSync(join(web, 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(folder, 'secret.txt'), 'DATABASE_URL=postgres://geheim');
  t = await createTestServer({ webRoot: web, modules: [notices] });
});
afterAll(async () => {
  await t.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('the PWA', () => {
  it('compresses text files with brotli or gzip as the browser accepts, never images', async () => {
    const br = await t.request('/assets/big-77aa01.js', {
      headers: { 'Accept-Encoding': 'gzip, deflate, br' },
    });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    const brBody = Buffer.from(await br.arrayBuffer());
    expect(Number(br.headers.get('content-length'))).toBe(brBody.byteLength);
    expect(brBody.byteLength).toBeLessThan(bigScript.length / 3);
    expect(brotliDecompressSync(brBody).toString()).toBe(bigScript);

    const gz = await t.request('/assets/big-77aa01.js', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(bigScript);

    const plain = await t.request('/assets/big-77aa01.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(bigScript);

    const png = await t.request('/assets/photo-1.png', { headers: { 'Accept-Encoding': 'br' } });
    expect(png.headers.get('content-encoding')).toBeNull();
  });

  it('serves hashed assets for a year, immutable, with the right types', async () => {
    const js = await t.request('/assets/index-3f9a1c.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await js.text()).toBe('console.log(1);');
    expect((await t.request('/assets/index-3f9a1c.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
    expect((await t.request('/assets/logo.svg')).headers.get('content-type')).toBe('image/svg+xml');
  });

  it('revalidates index.html, sw.js and the manifest every time', async () => {
    for (const [path, type] of [
      ['/', 'text/html; charset=utf-8'],
      ['/index.html', 'text/html; charset=utf-8'],
      ['/sw.js', 'text/javascript; charset=utf-8'],
      ['/manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
    ]) {
      const res = await t.request(path as string);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe('no-cache');
      expect(res.headers.get('content-type'), path).toBe(type);
      expect(res.headers.get('content-security-policy'), path).toContain("script-src 'self'");
    }
  });

  it('gives each file an ETag and answers 304 while it is unchanged, the new file once it changed', async () => {
    const first = await t.request('/sw.js');
    const tag = first.headers.get('etag') ?? '';
    expect(tag).toMatch(/^"[\w-]{27}"$/);
    const again = await t.request('/sw.js', { headers: { 'If-None-Match': `"x", W/${tag}` } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('cache-control')).toBe('no-cache');
    expect(again.headers.get('content-type')).toBeNull();
    // A page for an unknown path is the shell with 404, never a 304.
    const shell = await t.request('/', { headers: html });
    const unknown = await t.request('/wp-login', {
      headers: { ...html, 'If-None-Match': shell.headers.get('etag') ?? '' },
    });
    expect(unknown.status).toBe(404);

    const file = join(folder, 'web', 'sw.js');
    writeFileSync(file, 'self.addEventListener("fetch", () => {}); // 2');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const changed = await t.request('/sw.js', { headers: { 'If-None-Match': tag } });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toBe('self.addEventListener("fetch", () => {}); // 2');
    expect(changed.headers.get('etag')).not.toBe(tag);
  });

  it('answers app routes with index.html, but not files, API paths or non-HTML requests', async () => {
    const route = await t.request('/notices/stadtfest-2025', { headers: html });
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>Muster App</title>');
    expect(route.headers.get('cache-control')).toBe('no-cache');
    expect((await t.request('/notices/stadtfest-2025')).status).toBe(404);
    expect((await t.request('/missing.png', { headers: html })).status).toBe(404);
    expect((await t.request('/assets/gone-123.js', { headers: html })).status).toBe(404);
    const api = await t.request('/api/unknown', { headers: html });
    expect(api.status).toBe(404);
    expect((await api.json()).code).toBe('not_found');
    expect((await t.request('/notices', { method: 'POST', headers: html })).status).toBe(404);
  });

  it("answers paths the app has no screen for with the shell and 404, the shell's and modules' screens with 200", async () => {
    for (const path of [
      '/',
      '/impressum',
      '/einstellungen/',
      '/admin',
      '/admin/benachrichtigungen',
      '/notices',
      '/notices/neu',
      '/admin/notices/entwurf/3',
    ])
      expect((await t.request(path, { headers: html })).status, path).toBe(200);
    for (const path of [
      '/news/stadtfest-2025',
      '/wp-login',
      '/impressum/x',
      '/noticesx',
      '/admin/x',
      // Under the module's paths, but none of the screens its manifest declares.
      '/notices/stadtfest-2025/bilder',
      '/admin/notices',
      '/admin/notices/entwurf',
    ]) {
      const res = await t.request(path, { headers: html });
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).toContain('<title>Muster App</title>');
    }
  });

  it('answers the home screen with index.html and other app routes with shell.html when the build wrote one', async () => {
    const web = join(folder, 'prerendered');
    mkdirSync(web);
    writeFileSync(
      join(web, 'index.html'),
      '<div id="root" data-city-prerendered="/ de"><h1>Start</h1></div>',
    );
    writeFileSync(join(web, 'shell.html'), '<div id="root"></div>');
    const own = await createTestServer({ webRoot: web });
    try {
      expect(await (await own.request('/', { headers: html })).text()).toContain('<h1>Start</h1>');
      const route = await own.request('/impressum', { headers: html });
      expect(await route.text()).toBe('<div id="root"></div>');
      expect(route.headers.get('cache-control')).toBe('no-cache');
      expect((await own.request('/shell.html')).headers.get('cache-control')).toBe('no-cache');
    } finally {
      await own.close();
    }
  });

  it('never leaves the web folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e%5c%2e%2e%5csecret.txt',
      '/%00secret.txt',
    ]) {
      const res = await t.request(`http://localhost${path}`, { headers: html });
      const body = await res.text();
      expect(body, path).not.toContain('geheim');
      expect([400, 404], path).toContain(res.status);
    }
  });
});
