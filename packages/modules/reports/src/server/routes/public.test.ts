import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NearbyList, PublicReportPage } from '../../api/public-report.js';
import {
  MARKT,
  NEAR_MARKT,
  ok,
  type ReportsClient,
  refused,
  startReports,
} from './reports-testing.js';

let t: ReportsClient;
beforeAll(async () => {
  t = await startReports();
});
afterAll(() => t?.close());

const report = async (json: Record<string, unknown>) =>
  (await ok<{ publicId: string }>(t.resident('/', { json }), 201)).publicId;
const publish = (publicId: string) =>
  ok(t.staff('POST', `/reports/${publicId}/moderation`, { state: 'public' }));

describe('what residents read', () => {
  it('lists the town’s categories with their icons', async () => {
    const { items } = await ok<{ items: { id: string; icon: string }[] }>(
      t.resident('/categories'),
    );
    expect(items.map((c) => c.id)).toEqual([
      'strasse',
      'beleuchtung',
      'muell',
      'spielplatz',
      'gruen',
      'verkehrszeichen',
      'sonstiges',
    ]);
    expect(items[1]).toMatchObject({ icon: 'street-light' });
  });

  it('shows open reports nearby in the same category before a duplicate is sent', async () => {
    const published = await report({
      category: 'beleuchtung',
      location: MARKT,
      description: 'Laterne am Markt dunkel.',
    });
    await publish(published);
    const pending = await report({
      category: 'beleuchtung',
      location: NEAR_MARKT,
      description: 'Geheim',
    });
    const otherCategory = await report({ category: 'muell', location: MARKT });
    const far = await report({ category: 'beleuchtung', location: { lat: 53.44, lon: 11.2 } });
    const fixed = await report({ category: 'beleuchtung', location: MARKT });
    await ok(t.staff('POST', `/reports/${fixed}/status`, { status: 'fixed' }));

    const { items } = await ok<NearbyList>(
      t.resident(`/nearby?category=beleuchtung&lat=${MARKT.lat}&lon=${MARKT.lon}`),
    );
    const ids = items.map((r) => r.publicId);
    expect(ids).toContain(published);
    expect(ids).toContain(pending);
    for (const id of [otherCategory, far, fixed]) expect(ids).not.toContain(id);
    const near = items.find((r) => r.publicId === pending);
    // About 100 m east; a report waiting for review shows no words.
    expect(near?.distanceMeters).toBeGreaterThan(80);
    expect(near?.distanceMeters).toBeLessThan(120);
    expect(near?.description).toBeNull();
    expect(items.find((r) => r.publicId === published)?.description).toBe(
      'Laterne am Markt dunkel.',
    );
    // Nearest first.
    expect(items[0]?.distanceMeters).toBeLessThanOrEqual(items.at(-1)?.distanceMeters ?? 0);

    await refused(
      t.resident('/nearby?category=beleuchtung&lat=91&lon=11'),
      400,
      'validation_failed',
      'lat',
    );
  });

  it('lists published reports by status, category and bounding box, page by page, without contact data', async () => {
    const inside: string[] = [];
    for (let i = 0; i < 3; i++) {
      const id = await report({
        category: 'gruen',
        location: { lat: 53.5 + i * 0.001, lon: 11.5 },
        email: 'geheim@example.org',
      });
      await publish(id);
      inside.push(id);
    }
    const outside = await report({ category: 'gruen', location: { lat: 53.6, lon: 11.5 } });
    await publish(outside);
    const bbox = 'bbox=11.49,53.49,11.51,53.51';
    const first = await ok<PublicReportPage>(t.resident(`/?${bbox}&pageSize=2`));
    expect(first.total).toBe(3);
    const second = await ok<PublicReportPage>(t.resident(`/?${bbox}&pageSize=2&page=2`));
    const seen = [...first.items, ...second.items].map((r) => r.publicId);
    expect(seen.sort()).toEqual([...inside].sort());
    expect(JSON.stringify(first)).not.toContain('geheim@example.org');

    await ok(t.staff('POST', `/reports/${inside[0]}/status`, { status: 'confirmed' }));
    const confirmed = await ok<PublicReportPage>(
      t.resident(`/?${bbox}&status=confirmed&category=gruen`),
    );
    expect(confirmed.items.map((r) => r.publicId)).toEqual([inside[0]]);

    await refused(t.resident('/?bbox=11.51,53.49,11.49,53.51'), 400, 'validation_failed', 'bbox');
    await refused(t.resident('/?pageSize=1000'), 400, 'validation_failed', 'pageSize');
  });

  it('a device follows a report and stops; a device not signed up cannot', async () => {
    const publicId = await report({ category: 'strasse', address: 'Lange Straße 1' });
    const device = await t.device();
    const follow = (id: string, method: string) =>
      t.resident(`/${publicId}/followers/${id}`, { method });
    expect((await follow(device, 'PUT')).status).toBe(204);
    expect((await follow(device, 'PUT')).status).toBe(204);
    await ok(t.staff('POST', `/reports/${publicId}/status`, { status: 'confirmed' }));
    const staffView = await ok<{ followers: number }>(t.staff('GET', `/reports/${publicId}`));
    expect(staffView.followers).toBe(1);
    const mine = await ok<{ items: { publicId: string; relation: string; status: string }[] }>(
      t.resident(`/installations/${device}`),
    );
    expect(mine.items).toEqual([
      expect.objectContaining({ publicId, relation: 'follower', status: 'confirmed' }),
    ]);
    expect((await follow(device, 'DELETE')).status).toBe(204);
    expect((await ok<{ items: unknown[] }>(t.resident(`/installations/${device}`))).items).toEqual(
      [],
    );
    expect(
      (await ok<{ followers: number }>(t.staff('GET', `/reports/${publicId}`))).followers,
    ).toBe(0);
    await refused(
      follow(crypto.randomUUID(), 'PUT'),
      409,
      'reports_no_installation',
      'installationId',
    );
    await refused(
      t.resident(`/2026-99999/followers/${device}`, { method: 'PUT' }),
      404,
      'reports_not_found',
    );
  });
});
