import exifr from 'exifr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import notices from '../fixtures/notices-module.js';
import { createTestServer, type TestServer, testDatabases } from '../testing.js';
import { cameraJpeg, claimedLargePng } from './camera-photo.js';
import { IMAGE_CACHE_CONTROL } from './file-routes.js';
import { isStoredImage } from './store.js';

let t: TestServer;
let editor: Awaited<ReturnType<TestServer['loginAs']>>;

const upload = (body: BodyInit, headers: Record<string, string>, language = 'de') =>
  t.request('/api/images', {
    method: 'POST',
    body,
    // A browser sends its Origin with every upload; the CSRF check needs it for non-JSON bodies.
    headers: { Origin: 'http://localhost', 'Accept-Language': language, ...headers },
  });

async function refusal(res: Response) {
  const body = await res.json();
  return { status: res.status, code: body.code, field: body.field, message: body.message };
}

// Images live in bytea: every case runs on each test database.
describe.each(testDatabases())('images on %s', (database) => {
  beforeAll(async () => {
    t = await createTestServer({ modules: [notices], database });
    editor = await t.loginAs(['editor']);
  });
  afterAll(() => t.close());

  it('stores a camera photo in three widths, served with a year of caching and no metadata', async () => {
    const photo = await cameraJpeg(3000, 2000);
    const res = await upload(new Uint8Array(photo), {
      ...editor.headers,
      'Content-Type': 'image/jpeg',
    });
    expect(res.status).toBe(201);
    const image = await res.json();
    expect(image).toMatchObject({ width: 1600, height: 1067, widths: [480, 960, 1600] });
    expect(image.id).toMatch(/^[0-9a-f]{32}$/);
    expect(image.url).toBe(`/images/${image.id}-1600.webp`);

    for (const width of image.widths) {
      const file = await t.request(`/images/${image.id}-${width}.webp`);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('image/webp');
      expect(file.headers.get('cache-control')).toBe(IMAGE_CACHE_CONTROL);
      const bytes = Buffer.from(await file.arrayBuffer());
      const meta = await sharp(bytes).metadata();
      expect(meta.width).toBe(width);
      expect([meta.exif, meta.icc, meta.xmp]).toEqual([undefined, undefined, undefined]);
      // The GPS position is in the upload and nowhere in what is served.
      expect((await exifr.gps(photo))?.latitude).toBeCloseTo(53.425, 3);
      expect(bytes.includes(Buffer.from('Hagenow Camera Works'))).toBe(false);
    }
    // The same bytes as a form's file part are the same image.
    const form = new FormData();
    form.set('file', new File([new Uint8Array(photo)], 'markt.jpg', { type: 'image/jpeg' }));
    const again = await upload(form, editor.headers);
    expect(again.status).toBe(201);
    expect((await again.json()).id).toBe(image.id);
    const { rows } = await t.db.query<{ n: number }>(
      'select count(*)::int as n from city_app_images where id = $1',
      [image.id],
    );
    expect(rows[0]?.n).toBe(1);
  });

  it('keeps a small image at its own size and answers 304 to a known ETag', async () => {
    const small = await sharp({
      create: { width: 300, height: 200, channels: 3, background: '#06c' },
    })
      .png()
      .toBuffer();
    const image = await (await upload(new Uint8Array(small), editor.headers)).json();
    expect(image).toMatchObject({ width: 300, height: 200, widths: [300] });
    const first = await t.request(image.url);
    const etag = first.headers.get('etag') ?? '';
    const cached = await t.request(image.url, { headers: { 'If-None-Match': etag } });
    expect(cached.status).toBe(304);
    expect(cached.headers.get('cache-control')).toBe(IMAGE_CACHE_CONTROL);
    // What a module checks before content keeps an address: this image, in a width kept.
    expect(await isStoredImage(t.db, image.url)).toBe(true);
    for (const other of [
      `/images/${image.id}-480.webp`,
      `/images/${'0'.repeat(32)}-300.webp`,
      '/modules/experiment-space/3d-drucker.svg',
    ]) {
      expect(await isStoredImage(t.db, other)).toBe(false);
    }
    for (const path of [
      `/images/${image.id}-480.webp`,
      `/images/${'0'.repeat(32)}-300.webp`,
      `/images/${image.id}-300.jpg`,
    ]) {
      expect(await refusal(await t.request(path))).toMatchObject({
        status: 404,
        code: 'image_not_found',
      });
    }
  });

  it('is for staff with a role, after the first password change', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    expect((await upload(new Uint8Array(png), {})).status).toBe(401);
    const roleless = await t.loginAs([]);
    expect(await refusal(await upload(new Uint8Array(png), roleless.headers))).toMatchObject({
      status: 403,
      code: 'image_upload_forbidden',
    });
    // A module's role (here the fixture's clerk) edits that module's content.
    const clerk = await t.loginAs(['clerk']);
    expect((await upload(new Uint8Array(png), clerk.headers)).status).toBe(201);
    const { Cookie } = editor.headers;
    expect((await upload(new Uint8Array(png), { Cookie: Cookie as string })).status).toBe(403);
  });

  it('refuses what is no image, other formats, too many bytes and pixels, naming the field', async () => {
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } })
      .gif()
      .toBuffer();
    expect(await refusal(await upload(new Uint8Array(gif), editor.headers))).toEqual({
      status: 415,
      code: 'image_type',
      field: 'file',
      message: 'Bilder im Format gif können wir nicht annehmen; möglich sind JPEG, PNG und WebP.',
    });
    expect(await refusal(await upload(new Uint8Array(gif), editor.headers, 'en'))).toMatchObject({
      message: 'We cannot take images in gif format; JPEG, PNG and WebP are possible.',
    });
    expect(await refusal(await upload('', editor.headers))).toMatchObject({
      status: 400,
      code: 'image_missing',
      field: 'file',
    });
    expect(await refusal(await upload('kein Bild', editor.headers))).toMatchObject({
      status: 400,
      code: 'image_unreadable',
      field: 'file',
    });
    const big = new Uint8Array(15 * 1024 * 1024 + 1);
    expect(await refusal(await upload(big, editor.headers))).toMatchObject({
      status: 413,
      code: 'image_too_large',
      field: 'file',
      message: 'Das Bild ist 15 MB groß; höchstens 15 MB sind möglich.',
    });
    // More than the route buffers at all: the body limit stops it before it is read.
    const huge = new Uint8Array(17 * 1024 * 1024);
    expect((await upload(huge, editor.headers)).status).toBe(413);
    // Refused from the header, never decoded.
    const bomb = await claimedLargePng();
    expect(await refusal(await upload(new Uint8Array(bomb), editor.headers))).toMatchObject({
      status: 413,
      code: 'image_too_many_pixels',
      field: 'file',
    });
  });
});
