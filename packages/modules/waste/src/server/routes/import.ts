import { localeFromAcceptLanguage } from '@city-app/core';
import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { Hono } from 'hono';
import { importPlanSchema } from '../../api/import-plan.js';
import type { WasteConfig } from '../../config.js';
import { importError } from '../../errors/import.js';
import { WASTE_ROLE } from '../../meta.js';
import { importFile } from '../import/import-file.js';
import { type ImportInput, importInput } from '../import/input.js';
import { fetchCalendar, privateSourcesAllowed } from '../import/sources/fetch.js';

/** The bytes of the upload or of the calendar at the address, exactly one of them. */
async function fileBytes(input: ImportInput, allowPrivateAddresses: boolean): Promise<Uint8Array> {
  if ((input.file === undefined) === (input.url === undefined)) {
    throw importError('waste_import_no_file', {}, { field: 'file' });
  }
  if (input.file !== undefined) return Buffer.from(input.file, 'base64');
  const fetched = await fetchCalendar(input.url as string, { allowPrivateAddresses });
  // Without a stored ETag the answer is never "unchanged".
  return fetched.changed ? fetched.bytes : new Uint8Array();
}

/** `POST /api/waste/admin/import`: a dry run shows what would change; otherwise it is applied. */
export function importRoutes(ctx: ModuleServerContext<WasteConfig>): Hono<CityEnv> {
  return new Hono<CityEnv>().post(
    '/admin/import',
    describeRoute({
      summary: 'Import the authority’s calendar from a file or an address (or plan it: dryRun)',
      tags: ['waste'],
      role: WASTE_ROLE,
      body: importInput,
      responses: {
        200: { description: 'What changed, or would change.', schema: importPlanSchema },
        400: { description: 'Bad input or a file that cannot be read; nothing was written.' },
        404: { description: 'No such street (locationId).' },
        502: { description: 'The calendar at the address could not be fetched.' },
      },
    }),
    async (c) => {
      const input = validated<ImportInput>(c, 'body');
      const bytes = await fileBytes(input, privateSourcesAllowed(ctx.env));
      const plan = await importFile(ctx, {
        bytes,
        format: input.format,
        target: input.location
          ? { location: input.location }
          : input.locationId !== undefined
            ? { locationId: input.locationId }
            : null,
        dryRun: input.dryRun,
        source: input.url ? 'url' : 'upload',
        language: localeFromAcceptLanguage(c.req.header('accept-language')),
      });
      return c.json(plan);
    },
  );
}
