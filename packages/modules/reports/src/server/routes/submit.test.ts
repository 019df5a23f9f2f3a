import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MARKT,
  mailTo,
  ok,
  photoBase64,
  type ReportsClient,
  refused,
  startReports,
} from './reports-testing.js';

let t: ReportsClient;
beforeAll(async () => {
  t = await startReports({ config: { limits: { perInstallationPerDay: 2, perAddressPerDay: 4 } } });
});
afterAll(() => t?.close());

describe('a resident reports a defect', () => {
  it('by address alone: gets a number, the department gets an e-mail, nothing is public yet', async () => {
    const submitted = await ok<{ publicId: string; status: string; moderation: string }>(
      t.resident('/', {
        json: {
          category: 'beleuchtung',
          address: 'Lange Straße 12',
          description: 'Die Laterne vor dem Haus ist seit Tagen dunkel.',
          email: 'anwohnerin@example.org',
        },
      }),
      201,
    );
    const year = new Date().getFullYear();
    expect(submitted.publicId).toMatch(new RegExp(`^${year}-\\d{5}$`));
    expect(submitted).toMatchObject({ status: 'new', moderation: 'pending' });

    // Street lighting routes to the Bauhof, whose mail names the report and links to it.
    const [mail] = await mailTo(t.server, 'bauhof@example.org');
    expect(mail?.subject).toBe(`Neue Meldung ${submitted.publicId}: Straßenbeleuchtung`);
    expect(mail?.body).toContain('Lange Straße 12');
    expect(mail?.body).toContain('Die Laterne vor dem Haus ist seit Tagen dunkel.');
    expect(mail?.body).toContain(
      `https://app.hagenow.example/admin/maengelmelder/${submitted.publicId}`,
    );
    expect(await mailTo(t.server, 'ordnungsamt@example.org')).toEqual([]);

    // Not public before review: neither its page nor the list shows it.
    await refused(t.resident(`/${submitted.publicId}`), 404, 'reports_not_found');
    const list = await ok<{ items: { publicId: string }[] }>(t.resident('/'));
    expect(list.items.map((r) => r.publicId)).not.toContain(submitted.publicId);
  });

  it('numbers reports one after the other within the year', async () => {
    const send = () =>
      ok<{ publicId: string }>(
        t.resident('/', { json: { category: 'muell', location: MARKT } }),
        201,
      );
    const [a, b] = [await send(), await send()];
    const number = (id: string) => Number(id.split('-')[1]);
    expect(number(b.publicId)).toBe(number(a.publicId) + 1);
    // Litter goes to the Ordnungsamt.
    expect((await mailTo(t.server, 'ordnungsamt@example.org')).length).toBeGreaterThanOrEqual(2);
  });

  it('takes a retry with the same Idempotency-Key as the same report, once', async () => {
    const key = crypto.randomUUID();
    const json = { category: 'sonstiges', address: 'Am Bahnhof 1', email: 'einmal@example.org' };
    const first = await ok<{ publicId: string }>(t.resident('/', { json, key }), 201);
    const again = await ok<{ publicId: string }>(t.resident('/', { json, key }), 201);
    expect(again.publicId).toBe(first.publicId);
    const other = await ok<{ publicId: string }>(t.resident('/', { json }), 201);
    expect(other.publicId).not.toBe(first.publicId);
    const { rows } = await t.server.db.query(
      `SELECT 1 FROM reports WHERE reporter_email = 'einmal@example.org'`,
    );
    expect(rows).toHaveLength(2);
  });

  it('keeps a photo, re-encoded, for staff only until it is released', async () => {
    const { publicId } = await ok<{ publicId: string }>(
      t.resident('/', {
        json: { category: 'strasse', location: MARKT, photo: await photoBase64() },
      }),
      201,
    );
    const staffPhoto = await t.staff('GET', `/reports/${publicId}/photo`);
    expect(staffPhoto.status).toBe(200);
    expect(staffPhoto.headers.get('content-type')).toBe('image/jpeg');
    await refused(t.resident(`/${publicId}/photo`), 404, 'reports_not_found');
  });

  it('refuses what is wrong with a 4xx naming the field, in German or English', async () => {
    await refused(
      t.resident('/', { json: { category: 'ufo', location: MARKT } }),
      400,
      'reports_category_unknown',
      'category',
    );
    await refused(
      t.resident('/', { json: { category: 'muell' } }),
      400,
      'reports_place_missing',
      'location',
    );
    await refused(
      t.resident('/', { json: { category: 'muell', location: { lat: 95, lon: 11 } } }),
      400,
      'validation_failed',
      'location.lat',
    );
    await refused(
      t.resident('/', { json: { category: 'muell', address: 'Markt 1', email: 'kein-at' } }),
      400,
      'validation_failed',
      'email',
    );
    await refused(
      t.resident('/', {
        json: { category: 'muell', address: 'Markt 1', description: 'x'.repeat(2001) },
      }),
      400,
      'validation_failed',
      'description',
    );
    const english = await refused(
      t.resident('/', {
        json: { category: 'muell', address: 'Markt 1', photo: 'bm90IGFuIGltYWdl' },
        lang: 'en',
      }),
      400,
      'reports_photo_unreadable',
      'photo',
    );
    expect(english.message).toMatch(/^The photo cannot be read/);
    await refused(
      t.resident('/', {
        json: { category: 'muell', address: 'Markt 1', installationId: crypto.randomUUID() },
      }),
      409,
      'reports_no_installation',
      'installationId',
    );
  });

  it('limits reports per device and per IP address, and counts refused ones not', async () => {
    const device = await t.device();
    const ip = '203.0.113.7';
    const send = (json: Record<string, unknown>) => t.resident('/', { json, ip });
    const report = { category: 'gruen', address: 'Stadtpark', installationId: device };
    // A wrong report is not counted.
    expect((await send({ ...report, category: 'ufo' })).status).toBe(400);
    expect((await send(report)).status).toBe(201);
    expect((await send(report)).status).toBe(201);
    // The device sees its own two reports, waiting for review, and nobody else's.
    const mine = await ok<{ items: { relation: string; moderation: string }[] }>(
      t.resident(`/installations/${device}`),
    );
    expect(mine.items.map((r) => [r.relation, r.moderation])).toEqual([
      ['reporter', 'pending'],
      ['reporter', 'pending'],
    ]);
    const res = await send(report);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    await refused(res, 429, 'reports_limit_per_installation', 'installationId');
    // The same address without a device reaches its own limit at four.
    expect((await send({ category: 'gruen', address: 'Stadtpark' })).status).toBe(201);
    expect((await send({ category: 'gruen', address: 'Stadtpark' })).status).toBe(201);
    const en = await refused(
      t.resident('/', { json: { category: 'gruen', address: 'Stadtpark' }, ip, lang: 'en' }),
      429,
      'reports_limit_per_address',
    );
    expect(en.message).toBe('Your IP address has sent 4 reports today already.');
  });

  it('takes a body as large as a 15 MB photo and refuses a larger one with 413', async () => {
    const huge = 'A'.repeat(22 * 1024 * 1024);
    const res = await t.resident('/', {
      json: { category: 'muell', address: 'Markt 1', photo: huge },
    });
    expect(res.status).toBe(413);
    // 15 MB and a bit as base64 gets past the body limit and is refused by the photo's own.
    const tooBig = 'A'.repeat(Math.ceil((15 * 1024 * 1024 + 3) / 3) * 4);
    await refused(
      t.resident('/', { json: { category: 'muell', address: 'Markt 1', photo: tooBig } }),
      413,
      'reports_photo_too_large',
      'photo',
    );
  });
});
