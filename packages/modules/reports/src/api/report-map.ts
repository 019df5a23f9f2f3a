import { z } from 'zod';
import { REPORT_STATUSES } from '../status/status.js';
import { bboxSchema } from './public-report.js';

/** The zoom levels the map asks for reports at: a whole region (8) to a single house (19). */
export const MAP_ZOOM = { min: 8, max: 19 } as const;

export const reportMapQuerySchema = z.object({
  bbox: bboxSchema.describe('The area shown: west,south,east,north (degrees).'),
  zoom: z.coerce
    .number()
    .int()
    .describe(`The map's zoom level, ${MAP_ZOOM.min} to ${MAP_ZOOM.max}.`),
  status: z.enum(REPORT_STATUSES).optional(),
  category: z.string().min(1).max(31).optional(),
});
export type ReportMapQuery = z.output<typeof reportMapQuerySchema>;

const box = z.object({ west: z.number(), south: z.number(), east: z.number(), north: z.number() });

/** A cell of the map's grid with one published report: the report, where it is. */
export const mapReportSchema = z.object({
  kind: z.literal('report'),
  publicId: z.string(),
  category: z.string(),
  status: z.enum(REPORT_STATUSES),
  lat: z.number(),
  lon: z.number(),
});
/** A cell with several: how many, their centre, and the box that shows them all. */
export const mapClusterSchema = z.object({
  kind: z.literal('cluster'),
  count: z.number().int(),
  lat: z.number(),
  lon: z.number(),
  bbox: box,
});
export const reportMapSchema = z.object({
  zoom: z.number().int(),
  /** The side of a grid cell in screen pixels. */
  cellPixels: z.number().int(),
  /** Reports in the area, in markers and clusters together. */
  total: z.number().int(),
  items: z.array(z.discriminatedUnion('kind', [mapReportSchema, mapClusterSchema])),
});
export type MapReport = z.output<typeof mapReportSchema>;
export type MapCluster = z.output<typeof mapClusterSchema>;
export type ReportMap = z.output<typeof reportMapSchema>;
