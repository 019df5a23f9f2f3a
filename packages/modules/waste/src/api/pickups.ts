import { z } from 'zod';

/** A location as residents choose it, the answer of `GET /api/waste/locations?q=`. */
export const locationSchema = z.object({
  id: z.number().int(),
  kind: z.enum(['street', 'area']),
  name: z.string(),
  district: z.string().nullable(),
  /** "1–19 (ungerade)", or null for the whole street. */
  houseNumbers: z.string().nullable(),
  /** The name with district and house numbers, as one line. */
  label: z.string(),
});
export type WasteLocation = z.output<typeof locationSchema>;

/** One pickup at a location, the items of `GET /api/waste/locations/:id/pickups`. */
export const pickupSchema = z.object({
  date: z.string(),
  typeId: z.string(),
  status: z.enum(['scheduled', 'cancelled']),
  /** The date first published when the pickup was moved, else null. */
  plannedDate: z.string().nullable(),
  reason: z.enum(['holiday', 'missed', 'weather', 'other']).nullable(),
  note: z.object({ de: z.string(), en: z.string() }).nullable(),
});
export type Pickup = z.output<typeof pickupSchema>;

export const pickupListSchema = z.object({
  location: locationSchema,
  from: z.string(),
  to: z.string(),
  pickups: z.array(pickupSchema),
});
export type PickupList = z.output<typeof pickupListSchema>;
