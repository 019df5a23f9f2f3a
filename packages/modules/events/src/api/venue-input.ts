import { plainText } from '@city-app/core';
import { z } from 'zod';

/** A venue as staff write it. */
export const venueInputSchema = z.strictObject({
  name: plainText().trim().min(2).max(120),
  street: plainText().trim().max(120).optional(),
  postcode: z
    .string()
    .regex(/^[0-9]{5}$/)
    .optional(),
  locality: plainText().trim().max(80).optional(),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
  stepFree: z.boolean().default(false),
  accessibleToilet: z.boolean().default(false),
  hearingLoop: z.boolean().default(false),
  accessibilityNote: plainText().trim().max(500).optional(),
});

export type VenueInput = z.output<typeof venueInputSchema>;
