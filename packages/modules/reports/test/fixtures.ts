import type { DeviceReportList } from '../src/api/device-reports.js';
import type { PublicReport, PublicReportDetail } from '../src/api/public-report.js';
import { DEFAULT_CATEGORIES } from '../src/categories/category.js';

type DeviceReport = DeviceReportList['items'][number];

/** The categories as `GET /api/reports/categories` gives them. */
export const categories = {
  items: DEFAULT_CATEGORIES.map(({ id, title, icon }) => ({ id, title, icon })),
};

/** A reviewed report of the public list; `overrides` change what a test looks at. */
export function publicReport(overrides: Partial<PublicReport> = {}): PublicReport {
  return {
    publicId: '2026-00042',
    category: 'strasse',
    status: 'in_progress',
    closingReason: null,
    location: { lat: 53.4284, lon: 11.1853 },
    address: 'Lange Straße 28',
    description: 'Tiefes Schlagloch vor der Apotheke.',
    photo: null,
    mergedInto: null,
    reportedAt: '2026-11-30T09:15:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
    ...overrides,
  };
}

export function reportDetail(overrides: Partial<PublicReportDetail> = {}): PublicReportDetail {
  return {
    ...publicReport(),
    history: [
      { status: 'new', closingReason: null, note: null, at: '2026-11-30T09:15:00.000Z' },
      {
        status: 'in_progress',
        closingReason: null,
        note: 'Der Bauhof repariert es diese Woche.',
        at: '2026-12-01T10:00:00.000Z',
      },
    ],
    ...overrides,
  };
}

/** One entry of "Meine Meldungen": by default the pothole, followed by this device. */
export function deviceReport(overrides: Partial<DeviceReport> = {}): DeviceReport {
  return {
    publicId: '2026-00042',
    category: 'strasse',
    status: 'in_progress',
    closingReason: null,
    moderation: 'public',
    mergedInto: null,
    relation: 'follower',
    reportedAt: '2026-11-30T09:15:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
    ...overrides,
  };
}
