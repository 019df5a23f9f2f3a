import { localDate, plainText } from '@city-app/core';
import { z } from 'zod';
import { CHANGE_REASONS } from '../../api/staff.js';

/** What staff may send to the edit routes, with the limits of the tables behind them. */

const houseNumber = z.number().int().min(0).max(99999);

const locationFields = {
  kind: z.enum(['street', 'area']),
  name: plainText().trim().min(1).max(120),
  district: plainText().trim().max(80).nullable(),
  houseFrom: houseNumber.nullable(),
  houseTo: houseNumber.nullable(),
  parity: z.enum(['all', 'odd', 'even']),
};

export const newLocationBody = z.strictObject({
  ...locationFields,
  kind: locationFields.kind.default('street'),
  district: locationFields.district.optional(),
  houseFrom: locationFields.houseFrom.optional(),
  houseTo: locationFields.houseTo.optional(),
  parity: locationFields.parity.default('all'),
});
export type NewLocation = z.output<typeof newLocationBody>;

export const locationPatchBody = z.strictObject({
  kind: locationFields.kind.optional(),
  name: locationFields.name.optional(),
  district: locationFields.district.optional(),
  houseFrom: locationFields.houseFrom.optional(),
  houseTo: locationFields.houseTo.optional(),
  parity: locationFields.parity.optional(),
});
export type LocationPatch = z.output<typeof locationPatchBody>;

export const locationQuery = z.object({
  q: plainText().trim().max(120).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100000).default(0),
});

const id = z.coerce.number().int().min(1).max(2147483647);
export const idParams = z.object({ id });
export const typeIdSchema = z.string().regex(/^[a-z][a-z0-9-]{1,39}$/);
export const locationTourParams = z.object({ id, typeId: typeIdSchema });
export const setTourBody = z.strictObject({ tourId: z.number().int().min(1).max(2147483647) });
export const pickupParams = z.object({ id, pickupId: id });

export const tourQuery = z.object({ typeId: typeIdSchema.optional() });
export const newTourBody = z.strictObject({
  typeId: typeIdSchema,
  name: plainText().trim().min(1).max(120),
});
export const tourPatchBody = z.strictObject({ name: plainText().trim().min(1).max(120) });

const reason = z.enum(CHANGE_REASONS);
/** A note residents read beside the date; German first, English where given. */
const note = z.strictObject({
  de: plainText().trim().min(1).max(300),
  en: plainText().trim().min(1).max(300).optional(),
});

export const newPickupBody = z.strictObject({ date: localDate() });
export const moveBody = z.strictObject({ date: localDate(), reason, note: note.optional() });
export const cancelBody = z.strictObject({ reason, note: note.optional() });
/** Zero days and a range that ends before it starts are refused by the route, in both languages. */
export const shiftBody = z.strictObject({
  from: localDate(),
  to: localDate(),
  days: z.number().int().min(-14).max(14),
  reason,
});

export type MoveInput = z.output<typeof moveBody>;
export type CancelInput = z.output<typeof cancelBody>;
export type ShiftInput = z.output<typeof shiftBody>;
