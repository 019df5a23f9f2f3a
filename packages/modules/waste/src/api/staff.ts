import { z } from 'zod';

/**
 * What the staff's API under `/api/waste/admin` answers for streets, tours and pickups: the
 * shapes the server writes and the staff screens read.
 */
export const CHANGE_REASONS = ['holiday', 'missed', 'weather', 'other'] as const;
export type PickupReason = (typeof CHANGE_REASONS)[number];

const bilingual = z.object({ de: z.string(), en: z.string() });

/** Which tour serves a location for one waste type. */
export const locationTourSchema = z.object({
  typeId: z.string(),
  tourId: z.number().int(),
  tourName: z.string(),
});

export const staffLocationSchema = z.object({
  id: z.number().int(),
  kind: z.enum(['street', 'area']),
  name: z.string(),
  district: z.string().nullable(),
  houseFrom: z.number().int().nullable(),
  houseTo: z.number().int().nullable(),
  parity: z.enum(['all', 'odd', 'even']),
  tours: z.array(locationTourSchema),
});
export type StaffLocation = z.output<typeof staffLocationSchema>;

export const locationPageSchema = z.object({
  total: z.number().int(),
  locations: z.array(staffLocationSchema),
});
export type LocationPage = z.output<typeof locationPageSchema>;

export const staffPickupSchema = z.object({
  id: z.number().int(),
  date: z.string(),
  plannedDate: z.string().nullable(),
  status: z.enum(['scheduled', 'cancelled']),
  reason: z.enum(CHANGE_REASONS).nullable(),
  note: bilingual.nullable(),
  origin: z.string(),
});
export type StaffPickup = z.output<typeof staffPickupSchema>;

export const tourSummarySchema = z.object({
  id: z.number().int(),
  typeId: z.string(),
  name: z.string(),
  /** Scheduled pickups from today on, and the next of them. */
  upcoming: z.number().int(),
  nextDate: z.string().nullable(),
  locations: z.number().int(),
});
export type TourSummary = z.output<typeof tourSummarySchema>;

export const tourListSchema = z.object({ tours: z.array(tourSummarySchema) });
export type TourList = z.output<typeof tourListSchema>;

export const tourDetailSchema = z.object({
  id: z.number().int(),
  typeId: z.string(),
  name: z.string(),
  pickups: z.array(staffPickupSchema),
  locations: z.array(staffLocationSchema.omit({ tours: true })),
});
export type TourDetail = z.output<typeof tourDetailSchema>;

/** The answer of moving a tour's dates in a range. */
export const shiftResultSchema = z.object({ moved: z.number().int(), tour: tourDetailSchema });
export type ShiftResult = z.output<typeof shiftResultSchema>;
