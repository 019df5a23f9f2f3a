import { z } from 'zod';

const fraction = z.number().min(0).max(1);

/**
 * Parts of a photo staff make unrecognisable (a face, a number plate), as fractions of its
 * width and height, so the screen can mark them on a photo of any displayed size.
 */
export const redactionSchema = z.strictObject({
  regions: z
    .array(
      z
        .strictObject({
          x: fraction,
          y: fraction,
          width: fraction.refine((w) => w > 0, 'Mark an area, not a point.'),
          height: fraction.refine((h) => h > 0, 'Mark an area, not a point.'),
        })
        .refine((r) => r.x + r.width <= 1.0001 && r.y + r.height <= 1.0001, {
          message: 'The area reaches beyond the photo.',
        }),
    )
    .min(1)
    .max(10),
});
export type Redaction = z.output<typeof redactionSchema>;
