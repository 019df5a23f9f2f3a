import { expectChanged, expectRevalidated } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, MARKT, ok, type ReportsClient, startReports } from './reports-testing.js';

// The list, the map, a report and the categories are the same for everyone: a phone asks
// again with its ETag and gets a 304 until a report is published or changes.
let t: ReportsClient;
beforeAll(async () => {
  t = await startReports();
});
afterAll(() => t?.close());

const MAP = `${API}/map?bbox=11.1750,53.4230,11.2030,53.4380&zoom=14`;

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
    const list = await expectRevalidated(t.server, API);
    const map = await expectRevalidated(t.server, MAP);
    await publishedReport('Zweite Laterne dunkel.');
    await expectChanged(t.server, API, list);
    await expectChanged(t.server, MAP, map);
  });

  it('answers a report with 304 until its status changes', async () => {
    const id = await publishedReport('Schlagloch vor der Schule.');
    const etag = await expectRevalidated(t.server, `${API}/${id}`);
    await ok(t.staff('POST', `/reports/${id}/status`, { status: 'fixed' }));
    await expectChanged(t.server, `${API}/${id}`, etag);
  });

  it('validates the categories, and never the reports near a point', async () => {
    await expectRevalidated(t.server, `${API}/categories`);
    const near = await t.server.request(
      `${API}/nearby?category=beleuchtung&lat=${MARKT.lat}&lon=${MARKT.lon}`,
    );
    expect(near.status).toBe(200);
    expect(near.headers.get('Cache-Control')).toBe('no-store');
    expect(near.headers.get('ETag')).toBeNull();
  });
});
