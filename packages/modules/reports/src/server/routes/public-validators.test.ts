import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, MARKT, ok, type ReportsClient, startReports } from './reports-testing.js';

// The list, the map, a report and the categories are the same for everyone: a phone asks
// again with its ETag and gets a 304 until a report is published or changes.
let t: ReportsClient;
beforeAll(async () => {
  t = await startReports();
});
afterAll(() => t?.close());

const MAP = `/map?bbox=11.1750,53.4230,11.2030,53.4380&zoom=14`;

async function read(path: string, etag?: string) {
  const res = await t.server.request(`${API}${path}`, {
    headers: { 'Accept-Language': 'de', ...(etag ? { 'If-None-Match': etag } : {}) },
  });
  return { status: res.status, etag: res.headers.get('ETag'), res };
}

/** The answer's ETag, after checking that asking with it again gets a 304. */
async function validated(path: string): Promise<string> {
  const first = await read(path);
  expect(first.status).toBe(200);
  expect(first.etag).toMatch(/^"[0-9a-f]{40}"$/);
  const again = await read(path, first.etag as string);
  expect(again.status).toBe(304);
  expect(await again.res.text()).toBe('');
  return first.etag as string;
}

async function publishedReport(description: string): Promise<string> {
  const { publicId } = await ok<{ publicId: string }>(
    t.resident('/', { json: { category: 'beleuchtung', location: MARKT, description } }),
    201,
  );
  await ok(t.staff('POST', `/reports/${publicId}/moderation`, { state: 'public' }));
  return publicId;
}

describe('validators of what residents read', () => {
  it('answers the list and the map with 304 until a new report is published', async () => {
    await publishedReport('Laterne am Markt dunkel.');
    const list = await validated('');
    const map = await validated(MAP);
    expect((await read('', list)).res.headers.get('Cache-Control')).toBe('public, no-cache');

    await publishedReport('Zweite Laterne dunkel.');
    for (const [path, etag] of [
      ['', list],
      [MAP, map],
    ] as const) {
      const after = await read(path, etag);
      expect(after.status).toBe(200);
      expect(after.etag).not.toBe(etag);
    }
  });

  it('answers a report with 304 until its status changes', async () => {
    const id = await publishedReport('Schlagloch vor der Schule.');
    const etag = await validated(`/${id}`);
    await ok(t.staff('POST', `/reports/${id}/status`, { status: 'fixed' }));
    const after = await read(`/${id}`, etag);
    expect(after.status).toBe(200);
    expect(after.etag).not.toBe(etag);
  });

  it('validates the categories, and never the reports near a point', async () => {
    await validated('/categories');
    const near = await read(`/nearby?category=beleuchtung&lat=${MARKT.lat}&lon=${MARKT.lon}`);
    expect(near.status).toBe(200);
    expect(near.res.headers.get('Cache-Control')).toBe('no-store');
    expect(near.etag).toBeNull();
  });
});
