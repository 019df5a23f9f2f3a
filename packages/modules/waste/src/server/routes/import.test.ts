import { readFile } from 'node:fs/promises';
import { createTestServer, type TestServer } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportPlan } from '../../api/import-plan.js';
import type { MappingList } from '../../api/import-sources.js';
import { csvFile, icsFile } from '../import/testing/files.js';
import waste from '../index.js';

let server: TestServer;
let staff: Record<string, string>;
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const CSV = csvFile([
  ['Bahnhofstraße', 'Papier', '2027-01-12'],
  ['Bahnhofstraße', 'Papier', '2027-02-09'],
  ['Lange Straße', 'Restmüll', '2027-01-05'],
  ['Lange Straße', 'Schadstoffmobil', '2027-01-07'],
]);

const post = (json: unknown, headers = staff) =>
  server.request('/api/waste/admin/import', { method: 'POST', headers, json });

beforeAll(async () => {
  // The route declares its own body limit for uploads of up to 5 MB (import-size.test.ts).
  server = await createTestServer({ modules: [waste] });
  staff = (await server.loginAs(['waste'])).headers;
});
afterAll(() => server?.close());

describe('POST /api/waste/admin/import', () => {
  it('is for staff with the waste role only', async () => {
    const body = { format: 'csv', file: base64(CSV), dryRun: true };
    expect((await server.request('/api/waste/admin/import', { json: body })).status).toBe(401);
    const editor = (await server.loginAs(['editor'])).headers;
    expect((await post(body, editor)).status).toBe(403);
    expect((await post(body)).status).toBe(200);
  });

  it('plans in a dry run, then applies the same plan', async () => {
    const body = { format: 'csv', file: base64(CSV), dryRun: true };
    const dry = (await (await post(body)).json()) as ImportPlan;
    expect(dry).toMatchObject({
      dryRun: true,
      format: 'csv',
      range: { from: '2027-01-05', to: '2027-02-09' },
      locations: { added: 2, matched: 0 },
      pickups: { added: 3 },
      unmapped: [{ label: 'Schadstoffmobil', count: 1 }],
    });
    const summary = await (await server.request('/api/waste')).json();
    expect(summary).toMatchObject({ locations: 0 });

    const applied = (await (await post({ ...body, dryRun: false })).json()) as ImportPlan;
    expect({ ...applied, dryRun: true }).toEqual(dry);
    expect(await (await server.request('/api/waste')).json()).toMatchObject({
      locations: 2,
      firstDate: '2027-01-05',
    });

    // The unmapped text waits in the mapping table for staff.
    const list = (await (
      await server.request('/api/waste/admin/mappings', { headers: staff })
    ).json()) as MappingList;
    expect(list.seen).toEqual([{ textKey: 'schadstoffmobil', label: 'Schadstoffmobil', count: 1 }]);
  });

  it('puts a per-street calendar on the street given, and asks for one when missing', async () => {
    const file = base64(
      icsFile([
        { label: 'Abfuhr: Gelber Sack', date: '2027-01-15' },
        { label: 'Abfuhr: Gelber Sack', date: '2027-01-29' },
      ]),
    );
    const missing = await post({ format: 'ics', file, dryRun: true });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({
      code: 'waste_import_location_required',
      field: 'locationId',
    });
    const plan = (await (
      await post({
        format: 'ics',
        file,
        dryRun: false,
        location: { name: 'Granzin', kind: 'area' },
      })
    ).json()) as ImportPlan;
    expect(plan.pickups.added).toBe(2);
    const unknown = await post({ format: 'ics', file, dryRun: true, locationId: 987654 });
    expect(unknown.status).toBe(404);
  });

  it('reads the Smart Village App’s export and an ISO-8859-1 calendar as the authority sends them', async () => {
    const fixture = async (name: string) =>
      (await readFile(new URL(`../../../test/fixtures/waste/${name}`, import.meta.url))).toString(
        'base64',
      );
    const sva = (await (
      await post({ format: 'sva', file: await fixture('sva-bahnhofstrasse.ics'), dryRun: true })
    ).json()) as ImportPlan;
    expect(sva.unmapped).toEqual([]);
    expect(new Set(sva.changes.map((c) => c.location))).toEqual(new Set(['Bahnhofstraße']));
    expect(sva.pickups.added).toBeGreaterThan(0);
    const latin1 = (await (
      await post({
        format: 'ics',
        file: await fixture('latin1-muehlenstrasse.ics'),
        location: { name: 'Mühlenstraße' },
        dryRun: true,
      })
    ).json()) as ImportPlan;
    expect(latin1.changes[0]).toMatchObject({ location: 'Mühlenstraße', kind: 'added' });
  });

  it('refuses bad input with 400 naming the field, in the request’s language', async () => {
    const cases: [unknown, string][] = [
      [{ format: 'pdf', file: base64(CSV), dryRun: true }, 'format'],
      [{ format: 'csv', file: base64(CSV) }, 'dryRun'],
      [{ format: 'csv', file: 'kein base64!', dryRun: true }, 'file'],
      [{ format: 'csv', dryRun: true }, 'file'],
      [
        { format: 'csv', file: base64(CSV), url: 'https://example.org/a.csv', dryRun: true },
        'file',
      ],
      [{ format: 'ics', url: 'http://example.org/a.ics', dryRun: true }, 'url'],
      [
        { format: 'ics', file: base64(CSV), location: { name: 'x'.repeat(121) }, dryRun: true },
        'location.name',
      ],
      [
        {
          format: 'ics',
          file: base64(CSV),
          location: { name: 'A', houseFrom: 9, houseTo: 3 },
          dryRun: true,
        },
        'location.houseTo',
      ],
      [{ format: 'ics', file: base64(CSV), locationId: -1, dryRun: true }, 'locationId'],
    ];
    for (const [body, field] of cases) {
      const res = await server.request('/api/waste/admin/import', {
        method: 'POST',
        headers: { ...staff, 'accept-language': 'en' },
        json: body,
      });
      expect({ field, status: res.status }).toEqual({ field, status: 400 });
      expect(((await res.json()) as { field: string }).field).toBe(field);
    }
  });

  it('refuses a file over 5 MB', async () => {
    const big = 'A'.repeat(Math.ceil((5 * 1024 * 1024) / 3) * 4 + 4);
    const res = await post({ format: 'csv', file: big, dryRun: true });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { field: string }).field).toBe('file');
  });

  it('writes nothing of a file the parser refuses', async () => {
    const before = await (await server.request('/api/waste')).json();
    const res = await post({
      format: 'csv',
      file: base64(
        `${CSV}\r\nNeue Straße;Papier;2027-03-01`.replace('Straße;Abfallart', 'Gasse;Sorte'),
      ),
      dryRun: false,
    });
    expect(res.status).toBe(400);
    expect(await (await server.request('/api/waste')).json()).toEqual(before);
  });
});

describe('the mapping table', () => {
  it('maps a text to a type or to none, lists and removes it', async () => {
    const put = (key: string, json: unknown) =>
      server.request(`/api/waste/admin/mappings/${encodeURIComponent(key)}`, {
        method: 'PUT',
        headers: staff,
        json,
      });
    expect((await put('schadstoffmobil', { label: 'Schadstoffmobil', typeId: null })).status).toBe(
      200,
    );
    // Staff type the text as the file has it; it is stored under its key.
    const typed = await put('Gelbe Säcke', { label: 'Gelbe Säcke', typeId: 'gelbe-tonne' });
    expect(await typed.json()).toMatchObject({ textKey: 'gelbesaecke' });
    const wrongType = await put('bio', { label: 'Bio', typeId: 'kompost' });
    expect(wrongType.status).toBe(400);
    expect(((await wrongType.json()) as { field: string }).field).toBe('typeId');
    const wrongKey = await put('– / –', { label: '–', typeId: 'gelbe-tonne' });
    expect(((await wrongKey.json()) as { field: string }).field).toBe('textKey');

    const list = (await (
      await server.request('/api/waste/admin/mappings', { headers: staff })
    ).json()) as MappingList;
    expect(list.mappings).toEqual([
      { textKey: 'gelbesaecke', label: 'Gelbe Säcke', typeId: 'gelbe-tonne' },
      { textKey: 'schadstoffmobil', label: 'Schadstoffmobil', typeId: null },
    ]);
    // A mapped text is no longer waiting.
    expect(list.seen).toEqual([]);

    const del = (key: string) =>
      server.request(`/api/waste/admin/mappings/${encodeURIComponent(key)}`, {
        method: 'DELETE',
        headers: staff,
      });
    expect((await del('gelbesaecke')).status).toBe(204);
    expect((await del('gelbesaecke')).status).toBe(404);
    expect((await server.request('/api/waste/admin/mappings', { headers: {} })).status).toBe(401);
  });
});
