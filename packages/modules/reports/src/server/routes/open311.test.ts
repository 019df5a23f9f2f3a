import { testDatabases } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../categories/category.js';
import { apiKey, open311Get, open311Refused, parseXml, postRequest } from './open311-testing.js';
import {
  MARKT,
  mailTo,
  ok,
  photoBase64,
  type ReportsClient,
  startReports,
} from './reports-testing.js';

type Request = Record<string, unknown> & { service_request_id: string; status: string };

// Through HTTP on PGlite, and on PostgreSQL too where the test run has one (`with-postgres`).
describe.each(testDatabases())('Open311 on %s', (database) => {
  let t: ReportsClient;
  let key: string;
  beforeAll(async () => {
    t = await startReports({ database });
    key = (await apiKey(t)).key;
  });
  afterAll(() => t?.close());

  const requests = (query = '') => ok<Request[]>(open311Get(t, `/v2/requests.json${query}`));

  describe('Open311 discovery and services', () => {
    it('points clients to the v2 endpoint in both formats', async () => {
      const doc = await ok<{
        endpoints: { url: string; formats: string[]; specification: string }[];
        key_service: string;
      }>(open311Get(t, '/discovery.json'));
      expect(doc.endpoints).toEqual([
        expect.objectContaining({
          url: 'https://app.hagenow.example/open311/v2',
          formats: ['application/json', 'text/xml'],
          specification: 'http://wiki.open311.org/GeoReport_v2',
        }),
      ]);
      expect(doc.key_service).toContain('Stadtverwaltung');
      const res = await t.server.request('/open311/v2/services.json', {
        headers: { Origin: 'https://karte.landkreis.example' },
      });
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
    });

    it('lists the town’s categories as services, in the request’s language', async () => {
      const de = await ok<
        { service_code: string; service_name: string; group: string; metadata: boolean }[]
      >(open311Get(t, '/v2/services.json'));
      // The town's categories (here the defaults), in the town's order.
      expect(de.map((s) => s.service_code)).toEqual(DEFAULT_CATEGORIES.map((c) => c.id));
      expect(de).toHaveLength(7);
      expect(de[0]).toMatchObject({
        service_name: 'Straßenschaden',
        group: 'Bauhof',
        metadata: false,
      });
      const en = await ok<{ service_name: string }[]>(open311Get(t, '/v2/services.json', 'en'));
      expect(en[0]?.service_name).toBe('Road damage');
      const xml = parseXml(await (await open311Get(t, '/v2/services.xml')).text(), ['service']);
      expect((xml.services as { service: unknown[] }).service).toHaveLength(7);
    });

    it('defines each service without attributes, and refuses an unknown one', async () => {
      expect(await ok(open311Get(t, '/v2/services/strasse.json'))).toEqual({
        service_code: 'strasse',
        attributes: [],
      });
      const error = await open311Refused(open311Get(t, '/v2/services/raketen.json'), 404);
      expect(error.description).toBe(
        'service_code: Einen Dienst „raketen“ gibt es in dieser Stadt nicht.',
      );
      const xml = await open311Get(t, '/v2/services/raketen.xml', 'en');
      expect(xml.status).toBe(404);
      expect(parseXml(await xml.text())).toEqual({
        errors: {
          error: {
            code: '404',
            description: 'service_code: There is no service "raketen" in this town.',
          },
        },
      });
    });

    it('answers an unknown format or address with the standard’s error list', async () => {
      await open311Refused(open311Get(t, '/v2/services.csv'), 404);
      const unknown = await open311Refused(open311Get(t, '/v2/tickets.json'), 404);
      expect(unknown.description).toBe('Unter /open311/v2/tickets.json gibt es nichts.');
      await open311Refused(open311Get(t, '/v3/services.json'), 404);
    });
  });

  describe('Open311 requests: a round trip', () => {
    it('creates a report like a resident’s: pending, the department mailed, public after review', async () => {
      const res = await postRequest(t, {
        api_key: key,
        service_code: 'beleuchtung',
        lat: String(MARKT.lat),
        long: String(MARKT.lon),
        description: 'Laterne vor Haus 3 flackert',
        email: 'melder@example.org',
        first_name: 'Erika',
        phone: '0383 1234',
        media_url: 'https://example.org/foto.jpg',
      });
      expect(res.status).toBe(201);
      const [created] = (await res.json()) as {
        service_request_id: string;
        service_notice: string;
      }[];
      expect(created?.service_request_id).toMatch(/^\d{4}-\d{5}$/);
      expect(created?.service_notice).toContain('media_url');
      const id = created?.service_request_id as string;

      // Nothing is public before review; the department heard of it in the same transaction.
      expect((await requests()).map((r) => r.service_request_id)).not.toContain(id);
      await open311Refused(open311Get(t, `/v2/requests/${id}.json`), 404);
      const mail = await mailTo(t.server, 'bauhof@example.org');
      expect(mail.some((m) => m.body.includes(id))).toBe(true);
      const staffView = await ok<{ reporterEmail: string; category: string; language: string }>(
        t.staff('GET', `/reports/${id}`),
      );
      expect(staffView).toMatchObject({
        reporterEmail: 'melder@example.org',
        category: 'beleuchtung',
        language: 'de',
      });

      await ok(t.staff('POST', `/reports/${id}/moderation`, { state: 'public' }));
      const [request] = await requests(`?service_request_id=${id}`);
      expect(request).toEqual({
        service_request_id: id,
        status: 'open',
        status_notes: null,
        service_name: 'Straßenbeleuchtung',
        service_code: 'beleuchtung',
        description: 'Laterne vor Haus 3 flackert',
        agency_responsible: 'Bauhof',
        service_notice: null,
        requested_datetime: expect.any(String),
        updated_datetime: expect.any(String),
        expected_datetime: null,
        address: null,
        address_id: null,
        zipcode: null,
        lat: MARKT.lat,
        long: MARKT.lon,
        media_url: null,
      });
      // Contact data never leaves the town hall, in either format.
      const xml = await (await open311Get(t, `/v2/requests/${id}.xml`)).text();
      for (const secret of ['melder@example.org', 'Erika', '0383']) {
        expect(JSON.stringify(request)).not.toContain(secret);
        expect(xml).not.toContain(secret);
      }
    });

    it('shows a staff status change with its public note in requests and servicerequestupdates', async () => {
      const created = await ok<[{ service_request_id: string }]>(
        postRequest(t, {
          api_key: key,
          service_code: 'strasse',
          address_string: 'Lange Straße 12',
        }),
        201,
      );
      const id = created[0].service_request_id;
      await ok(t.staff('POST', `/reports/${id}/moderation`, { state: 'public' }));
      const before = new Date().toISOString();
      await ok(
        t.staff('POST', `/reports/${id}/status`, {
          status: 'in_progress',
          publicNote: 'Der Bauhof kommt am Montag.',
          internalNote: 'Kolonne 2 fragen',
        }),
      );
      await ok(t.staff('POST', `/reports/${id}/status`, { status: 'fixed' }));

      const updates = await ok<Record<string, unknown>[]>(
        open311Get(t, `/v2/servicerequestupdates.json?updated_after=${encodeURIComponent(before)}`),
      );
      const mine = updates.filter((u) => u.service_request_id === id);
      expect(mine).toEqual([
        expect.objectContaining({
          status: 'open',
          description: 'Der Bauhof kommt am Montag.',
          media_url: null,
        }),
        expect.objectContaining({ status: 'closed', description: 'Erledigt' }),
      ]);
      expect(JSON.stringify(updates)).not.toContain('Kolonne');
      const later = mine[1]?.updated_datetime as string;
      const after = await ok<unknown[]>(
        open311Get(t, `/v2/servicerequestupdates.json?updated_after=${encodeURIComponent(later)}`),
      );
      expect(after).toEqual([]);

      const [request] = await requests(`?service_request_id=${id}`);
      expect(request).toMatchObject({
        status: 'closed',
        status_notes: 'Der Bauhof kommt am Montag.',
        address: 'Lange Straße 12',
      });
      expect((await requests('?status=open')).map((r) => r.service_request_id)).not.toContain(id);
      expect(
        (await requests('?status=closed&service_code=strasse')).map((r) => r.service_request_id),
      ).toContain(id);
      expect(
        (await requests('?service_code=muell')).map((r) => r.service_request_id),
      ).not.toContain(id);
      expect(await requests('?end_date=2000-01-01T00:00:00Z')).toEqual([]);
    });

    it('links the photo only once staff release it', async () => {
      const { publicId } = await ok<{ publicId: string }>(
        t.resident('/', {
          json: { category: 'muell', location: MARKT, photo: await photoBase64() },
        }),
        201,
      );
      await ok(
        t.staff('POST', `/reports/${publicId}/moderation`, { state: 'public', photo: 'internal' }),
      );
      const [kept] = await requests(`?service_request_id=${publicId}`);
      expect(kept?.media_url).toBeNull();
      await ok(
        t.staff('POST', `/reports/${publicId}/moderation`, { state: 'public', photo: 'public' }),
      );
      const [shown] = await requests(`?service_request_id=${publicId}`);
      expect(shown?.media_url).toBe(`https://app.hagenow.example/api/reports/${publicId}/photo`);
    });
  });

  describe('Open311 refusals', () => {
    it('refuses a missing, wrong or revoked key with 403 naming api_key', async () => {
      const fields = { service_code: 'strasse', address_string: 'Markt 1' };
      for (const api_key of [undefined, 'o311_falsch']) {
        const error = await open311Refused(
          postRequest(t, api_key ? { ...fields, api_key } : fields),
          403,
        );
        expect(error.description).toBe(
          'api_key: Der Schlüssel fehlt, ist unbekannt oder wurde widerrufen.',
        );
      }
      const revoked = await apiKey(t, 'Alte App');
      await ok(postRequest(t, { ...fields, api_key: revoked.key }), 201);
      await ok(t.staff('DELETE', `/open311-keys/${revoked.id}`));
      await open311Refused(postRequest(t, { ...fields, api_key: revoked.key }), 403);
    });

    it('refuses an unknown service, a missing place and bad fields with 400 naming the field', async () => {
      const unknown = await open311Refused(
        postRequest(
          t,
          { api_key: key, service_code: 'raketen', address_string: 'Markt 1' },
          { lang: 'en' },
        ),
        400,
      );
      expect(unknown.description).toBe('service_code: There is no service "raketen" in this town.');
      const nowhere = await open311Refused(
        postRequest(t, { api_key: key, service_code: 'strasse' }),
        400,
      );
      expect(nowhere.description).toMatch(/^lat\/long: /);
      const cases: [Record<string, string>, string][] = [
        [{ lat: '53.4', address_string: 'Markt 1' }, 'long'],
        [{ lat: 'Norden', long: '11.1' }, 'lat'],
        [{ lat: '95', long: '11.1' }, 'lat'],
        [{ address_string: 'Markt 1', email: 'keine-adresse' }, 'email'],
        [{ address_string: 'Markt 1', description: 'x'.repeat(2001) }, 'description'],
      ];
      for (const [fields, field] of cases) {
        const error = await open311Refused(
          postRequest(t, { api_key: key, service_code: 'strasse', ...fields }),
          400,
        );
        expect(error.description.startsWith(`${field}: `), error.description).toBe(true);
      }
      const xml = await postRequest(
        t,
        { api_key: key, service_code: 'strasse' },
        { format: 'xml' },
      );
      expect(xml.headers.get('content-type')).toContain('text/xml');
      expect(parseXml(await xml.text())).toMatchObject({ errors: { error: { code: '400' } } });
    });

    it('refuses a malformed filter naming it', async () => {
      const status = await open311Refused(open311Get(t, '/v2/requests.json?status=done'), 400);
      expect(status.description.startsWith('status: ')).toBe(true);
      const date = await open311Refused(open311Get(t, '/v2/requests.json?start_date=gestern'), 400);
      expect(date.description.startsWith('start_date: ')).toBe(true);
      await open311Refused(open311Get(t, '/v2/servicerequestupdates.json?updated_after=x'), 400);
    });
  });

  describe('Open311 limits', () => {
    it('counts a client’s reports against the per-address limit, as a resident’s', async () => {
      const limited = await startReports({ database, config: { limits: { perAddressPerDay: 1 } } });
      try {
        const { key: limitedKey } = await apiKey(limited);
        const fields = { api_key: limitedKey, service_code: 'strasse', address_string: 'Markt 1' };
        await ok(postRequest(limited, fields, { ip: '203.0.113.7' }), 201);
        const res = postRequest(limited, fields, { ip: '203.0.113.7' });
        const error = await open311Refused(res, 429);
        expect(error.description).toContain('IP-Adresse');
        // A refused attempt stored nothing.
        const { rows } = await limited.server.db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM reports',
        );
        expect(rows[0]?.n).toBe(1);
      } finally {
        await limited.close();
      }
    });
  });

  describe('Open311 API keys (staff)', () => {
    it('shows a key once and keeps only its hash', async () => {
      const created = await apiKey(t, 'Mängel-App des Kreises');
      expect(created.key).toMatch(/^o311_[\w-]{43}$/);
      const { items } = await ok<{ items: Record<string, unknown>[] }>(
        t.staff('GET', '/open311-keys'),
      );
      const listed = items.find((k) => k.id === created.id);
      expect(listed).toMatchObject({
        name: 'Mängel-App des Kreises',
        revokedAt: null,
        hint: created.key.slice(0, 9),
      });
      expect(JSON.stringify(items)).not.toContain(created.key);
      const { rows } = await t.server.db.query<{ key_hash: string }>(
        'SELECT key_hash FROM reports_api_keys WHERE id = $1',
        [created.id],
      );
      expect(rows[0]?.key_hash).not.toContain(created.key.slice(5));
      const gone = await t.staff('DELETE', '/open311-keys/00000000-0000-4000-8000-000000000000');
      expect(gone.status).toBe(404);
    });
  });
});
