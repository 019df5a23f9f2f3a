import { z } from 'zod';

/** What a venue offers people with disabilities, as residents filter and read it. */
export const accessibilitySchema = z.object({
  stepFree: z.boolean(),
  accessibleToilet: z.boolean(),
  hearingLoop: z.boolean(),
  note: z.string().nullable(),
});

/** A place events take place at, kept once and reused. */
export const venueSchema = z.object({
  id: z.string(),
  name: z.string(),
  street: z.string().nullable(),
  postcode: z.string().nullable(),
  locality: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  accessibility: accessibilitySchema,
  sample: z.boolean(),
});

export type Venue = z.output<typeof venueSchema>;
export const venueListSchema = z.object({ items: z.array(venueSchema) });
export type VenueList = z.output<typeof venueListSchema>;
