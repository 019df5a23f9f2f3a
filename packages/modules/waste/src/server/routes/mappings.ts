import { errors, plainText } from '@city-app/core';
import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { Hono } from 'hono';
import { z } from 'zod';
import { type MappingList, mappingListSchema } from '../../api/import-sources.js';
import type { WasteConfig } from '../../config.js';
import { WASTE_ROLE } from '../../meta.js';
import { labelKey } from '../import/labels/label-key.js';
import { seenLabels } from '../import/mappings/seen.js';

const keyParams = z.object({
  textKey: z
    .string()
    .min(1)
    .max(120)
    // Staff may type the text as it appears in the file ("Graue Tonne"): stored by its key.
    .transform(labelKey)
    .refine((key) => key.length > 0, {
      message: 'The text needs at least one letter or digit.',
    }),
});
const mappingSchema = z.object({
  textKey: z.string(),
  label: z.string(),
  typeId: z.string().nullable(),
});
const tags = ['waste'];
const notFound = () => errors.notFound({ de: 'Die Zuordnung', en: 'The mapping' });

/**
 * The mapping table: which waste type a text of the authority's files means, or none (null:
 * the text is known and not imported). Under `/api/waste/admin/mappings`.
 */
export function mappingRoutes(ctx: ModuleServerContext<WasteConfig>): Hono<CityEnv> {
  const typeIds = ctx.config.types.map((t) => t.id);
  const body = z.object({
    label: plainText().trim().min(1).max(200),
    typeId: z
      .string()
      .refine((id) => typeIds.includes(id), {
        message: `Choose one of the town's waste types: ${typeIds.join(', ')}.`,
      })
      .nullable(),
  });
  return new Hono<CityEnv>()
    .get(
      '/admin/mappings',
      describeRoute({
        summary: 'The mapping table, and texts seen in imports that name no waste type',
        tags,
        role: WASTE_ROLE,
        responses: { 200: { description: 'Sorted by text.', schema: mappingListSchema } },
      }),
      async (c) => {
        const { rows } = await ctx.db.query<{
          text_key: string;
          label: string;
          type_id: string | null;
        }>('SELECT text_key, label, type_id FROM waste_mappings ORDER BY text_key');
        const mapped = new Set(rows.map((r) => r.text_key));
        const list: MappingList = {
          mappings: rows.map((r) => ({ textKey: r.text_key, label: r.label, typeId: r.type_id })),
          seen: (await seenLabels(ctx.db)).filter((s) => !mapped.has(s.textKey)),
        };
        return c.json(list);
      },
    )
    .put(
      '/admin/mappings/:textKey',
      describeRoute({
        summary: 'Map a text to a waste type (or to none: typeId null)',
        tags,
        role: WASTE_ROLE,
        params: keyParams,
        body,
        responses: { 200: { description: 'The mapping as stored.', schema: mappingSchema } },
      }),
      async (c) => {
        const { textKey: key } = validated<z.output<typeof keyParams>>(c, 'params');
        const input = validated<z.output<typeof body>>(c, 'body');
        await ctx.db.query(
          `INSERT INTO waste_mappings (text_key, label, type_id) VALUES ($1, $2, $3)
           ON CONFLICT (text_key) DO UPDATE
             SET label = excluded.label, type_id = excluded.type_id, updated_at = now()`,
          [key, input.label, input.typeId],
        );
        return c.json({ textKey: key, label: input.label, typeId: input.typeId });
      },
    )
    .delete(
      '/admin/mappings/:textKey',
      describeRoute({
        summary: 'Remove a mapping: the text is resolved by the types’ names and aliases again',
        tags,
        role: WASTE_ROLE,
        params: keyParams,
        responses: { 204: { description: 'Removed.' }, 404: { description: 'No such mapping.' } },
      }),
      async (c) => {
        const { textKey: key } = validated<z.output<typeof keyParams>>(c, 'params');
        const { rows } = await ctx.db.query(
          'DELETE FROM waste_mappings WHERE text_key = $1 RETURNING text_key',
          [key],
        );
        if (!rows.length) throw notFound();
        return c.body(null, 204);
      },
    );
}
