import { createTestServer, type TestServer } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_BODY_BYTES } from '../import/input.js';
import waste from '../index.js';

// The import route takes the authority's files up to 5 MB with the kernel's default limit
// (1 MiB) left as it is; every other route keeps that limit.
let server: TestServer;
let staff: Record<string, string>;

beforeAll(async () => {
  server = await createTestServer({ modules: [waste] });
  staff = (await server.loginAs(['waste'])).headers;
});
afterAll(() => server?.close());

/** A CSV of about `bytes` bytes: 100 streets, a pickup a week, a long note on every row. */
function bigCsv(bytes: number): string {
  const note = 'Tonnen bis 6 Uhr an den Straßenrand stellen. '.repeat(22);
  const rows = ['Straße;Abfallart;Datum;Hinweis'];
  for (let i = 0, size = 0; size < bytes; i++) {
    const day = new Date(Date.UTC(2027, 0, 4 + 7 * Math.floor(i / 100)));
    const row = `Teststraße ${i % 100};Papier;${day.toISOString().slice(0, 10)};${note}`;
    rows.push(row);
    size += Buffer.byteLength(row) + 2;
  }
  return rows.join('\r\n');
}

const importing = (file: string, language = 'en') =>
  server.request('/api/waste/admin/import', {
    headers: { ...staff, 'accept-language': language },
    json: { format: 'csv', file, dryRun: true },
  });

describe('the size of an upload', () => {
  it('takes a 3 MB file (a dry run) although the kernel limit is 1 MiB', async () => {
    const csv = bigCsv(3 * 1000 * 1000);
    const res = await importing(Buffer.from(csv).toString('base64'));
    expect(res.status).toBe(200);
    const plan = await res.json();
    // Every street of the file was read, none of its rows left out.
    expect(plan).toMatchObject({ dryRun: true, locations: { added: 100 }, warnings: [] });
    expect(plan.pickups.added).toBeGreaterThan(0);
  }, 60_000);

  it('refuses a 6 MB file with 413 naming the limit, in de and en', async () => {
    const file = Buffer.alloc(6 * 1000 * 1000, 'a').toString('base64');
    const en = await importing(file);
    expect(en.status).toBe(413);
    expect(await en.json()).toMatchObject({
      code: 'payload_too_large',
      message: `The request body is larger than ${IMPORT_BODY_BYTES} bytes.`,
    });
    const de = await importing(file, 'de');
    expect((await de.json()).message).toBe(
      `Der Inhalt der Anfrage ist größer als ${IMPORT_BODY_BYTES} Bytes.`,
    );
  });

  it('leaves 1 MiB on the other routes', async () => {
    const res = await server.request('/api/waste/admin/sources', {
      headers: { ...staff, 'accept-language': 'en' },
      json: { name: 'x'.repeat(1.5 * 1024 * 1024), format: 'ics', url: 'https://a.example/' },
    });
    expect(res.status).toBe(413);
    expect((await res.json()).message).toBe('The request body is larger than 1048576 bytes.');
  });
});
