import { z } from 'zod';

/** The placeholders a tile address may hold; no `{s}`: one host, so one origin in the CSP. */
const TILE_PLACEHOLDERS = /\{(z|x|y|r)\}/g;

/** The origin a tile address template loads from, e.g. `https://tiles.hagenow.de`. */
export function tileOrigin(template: string): string {
  return new URL(template.replace(TILE_PLACEHOLDERS, '0')).origin;
}

const tileUrl = z
  .string()
  .trim()
  .max(500)
  .refine(
    (value) => ['{z}', '{x}', '{y}'].every((p) => value.includes(p)),
    'Put {z}, {x} and {y} where the tile server expects them.',
  )
  .refine(
    (value) => !/\{(?!(z|x|y|r)\})[^}]*\}/.test(value),
    'Only {z}, {x}, {y} and {r} (no {s}).',
  )
  .refine((value) => {
    try {
      const url = new URL(value.replace(TILE_PLACEHOLDERS, '0'));
      return url.protocol === 'https:' && !url.username && !url.password;
    } catch {
      return false;
    }
  }, 'Use an https address with a host, such as https://tiles.hagenow.de/{z}/{x}/{y}.png.');

/**
 * `map`: where the maps of every module get their tiles. Maps are a matter of the whole app
 * (reports, later places and events), so the town sets the tile server once here. Without it
 * no screen shows a map and nothing is asked of any map server; the lists and address fields
 * stay.
 */
export const mapSchema = z
  .strictObject({
    tiles: z
      .strictObject({
        url: tileUrl.describe(
          'Tile address template with {z}/{x}/{y} (and {r} for @2x), https; the CSP allows exactly its origin.',
        ),
        attribution: z
          .string()
          .trim()
          .min(1)
          .max(300)
          .describe('Shown on every map, e.g. "© OpenStreetMap-Mitwirkende".'),
        maxZoom: z
          .number()
          .int()
          .min(10)
          .max(22)
          .default(19)
          .describe('The closest zoom the tile server has tiles for.'),
      })
      .optional()
      .describe('The town’s tile server, or one it has a contract with. Left out: no map.'),
    center: z
      .strictObject({
        lat: z.number().min(-90).max(90),
        lon: z.number().min(-180).max(180),
      })
      .optional()
      .describe('Where a map opens: the town’s centre, e.g. its market square.'),
    zoom: z
      .number()
      .int()
      .min(10)
      .max(18)
      .optional()
      .describe('How close a map opens (default 14, a small town whole).'),
  })
  .default({})
  .describe('Maps: where their tiles come from.');

export type MapConfig = z.output<typeof mapSchema>;
