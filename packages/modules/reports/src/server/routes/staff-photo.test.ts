import exifr from 'exifr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffReportDetail } from '../../api/staff-report.js';
import { MARKT, ok, type ReportsClient, refused, startReports } from './reports-testing.js';

let t: ReportsClient;
beforeAll(async () => {
  t = await startReports();
});
afterAll(() => t?.close());

/** A photo with detail everywhere (noise), so any change to it shows. */
const noisyPhoto = async () =>
  (
    await sharp({
      create: {
        width: 320,
        height: 240,
        channels: 3,
        background: '#808080',
        noise: { type: 'gaussian', mean: 128, sigma: 60 },
      },
    })
      .jpeg()
      .toBuffer()
  ).toString('base64');

async function report(withPhoto: boolean) {
  const created = await ok<{ publicId: string }>(
    t.resident('/', {
      json: {
        category: 'strasse',
        location: MARKT,
        installationId: await t.device(),
        language: 'de',
        ...(withPhoto ? { photo: await noisyPhoto() } : {}),
      },
    }),
    201,
  );
  return created.publicId;
}

const photoOf = async (publicId: string) =>
  Buffer.from(await (await t.staff('GET', `/reports/${publicId}/photo`)).arrayBuffer());

describe('POST /admin/reports/:publicId/photo/redaction', () => {
  it('stores the photo anew with the areas pixelated, still without metadata', async () => {
    const publicId = await report(true);
    const before = await photoOf(publicId);
    const answer = await ok<StaffReportDetail>(
      t.staff('POST', `/reports/${publicId}/photo/redaction`, {
        regions: [{ x: 0.1, y: 0.1, width: 0.3, height: 0.3 }],
      }),
    );
    expect(answer.hasPhoto).toBe(true);
    const after = await photoOf(publicId);
    expect(after.equals(before)).toBe(false);
    expect(await exifr.parse(after)).toBeUndefined();
  });

  it('refuses an area beyond the photo, a report without a photo, and residents', async () => {
    const publicId = await report(true);
    const beyond = await refused(
      t.staff('POST', `/reports/${publicId}/photo/redaction`, {
        regions: [{ x: 0.8, y: 0, width: 0.5, height: 0.2 }],
      }),
      400,
      'validation_failed',
    );
    expect(beyond.field).toMatch(/^regions/);
    await refused(
      t.staff('POST', `/reports/${await report(false)}/photo/redaction`, {
        regions: [{ x: 0, y: 0, width: 0.5, height: 0.5 }],
      }),
      404,
      'reports_photo_none',
    );
    const stranger = await t.resident(`/admin/reports/${publicId}/photo/redaction`, {
      json: { regions: [{ x: 0, y: 0, width: 0.5, height: 0.5 }] },
    });
    expect([401, 403]).toContain(stranger.status);
  });
});
