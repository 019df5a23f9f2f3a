import { plainText } from '@city-app/core';
import { z } from 'zod';
import { IMPORT_FORMATS } from '../../api/import-plan.js';
import { MAX_CALENDAR_BYTES } from './sources/fetch.js';

/** The street or area a per-street file is for, when it is not in the calendar yet. */
export const locationInput = z
  .object({
    kind: z.enum(['street', 'area']).default('street'),
    name: plainText().trim().min(1).max(120),
    district: plainText().trim().min(1).max(80).optional(),
    houseFrom: z.number().int().min(0).max(99999).optional(),
    houseTo: z.number().int().min(0).max(99999).optional(),
    parity: z.enum(['all', 'odd', 'even']).optional(),
  })
  .refine((l) => l.houseFrom === undefined || l.houseTo === undefined || l.houseFrom <= l.houseTo, {
    path: ['houseTo'],
    message: 'The last house number must not be lower than the first.',
  });

/** Base64 of at most 5 MB. */
const MAX_BASE64 = Math.ceil(MAX_CALENDAR_BYTES / 3) * 4;

/**
 * The body `POST /api/waste/admin/import` takes: a 5 MB file as base64 and the JSON around
 * it. The kernel's 1 MiB stays on every other route.
 */
export const IMPORT_BODY_BYTES = MAX_BASE64 + 64 * 1024;

export const importInput = z.object({
  format: z.enum(IMPORT_FORMATS),
  file: z
    .string()
    .max(MAX_BASE64)
    .regex(/^[A-Za-z0-9+/\s]*={0,2}\s*$/)
    .optional(),
  url: z
    .url({ protocol: /^https$/ })
    .max(2000)
    .optional(),
  locationId: z.number().int().positive().max(2_147_483_647).optional(),
  location: locationInput.optional(),
  dryRun: z.boolean(),
});
export type ImportInput = z.output<typeof importInput>;

export const sourceInput = z.object({
  name: plainText().trim().min(1).max(120),
  format: z.enum(IMPORT_FORMATS),
  url: z.url({ protocol: /^https?$/ }).max(2000),
  locationId: z.number().int().positive().max(2_147_483_647).nullable().default(null),
  active: z.boolean().default(true),
});
export const idParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
