import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { Hono } from 'hono';
import { z } from 'zod';
import {
  type ApiKeyInput,
  apiKeyInputSchema,
  apiKeyListSchema,
  apiKeySchema,
  newApiKeySchema,
} from '../../api/open311-keys.js';
import type { ReportsConfig } from '../../config.js';
import { REPORTS_ROLE } from '../../meta.js';
import { createApiKey, listApiKeys, revokeApiKey } from '../open311/api-keys.js';

const tags = ['reports (staff)'];
const role = REPORTS_ROLE;

/** The keys Open311 clients create reports with (`POST /open311/v2/requests.json`). */
export function staffApiKeyRoutes(ctx: ModuleServerContext<ReportsConfig>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();

  app.get(
    '/admin/open311-keys',
    describeRoute({
      summary: 'The Open311 API keys, usable ones first',
      tags,
      role,
      responses: {
        200: { description: 'All of them, without the keys.', schema: apiKeyListSchema },
      },
    }),
    async (c) => c.json({ items: await listApiKeys(ctx.db) }),
  );

  app.post(
    '/admin/open311-keys',
    describeRoute({
      summary: 'Create an Open311 API key',
      description:
        'For a client that creates reports through Open311 (a county tool, another app). The answer carries the key this once; only its hash is stored.',
      tags,
      role,
      body: apiKeyInputSchema,
      responses: { 201: { description: 'Created; the key.', schema: newApiKeySchema } },
    }),
    async (c) => {
      const { name } = validated<ApiKeyInput>(c, 'body');
      c.header('Cache-Control', 'no-store');
      return c.json(await createApiKey(ctx.db, name, c.get('user')?.name ?? ''), 201);
    },
  );

  app.delete(
    '/admin/open311-keys/:id',
    describeRoute({
      summary: 'Revoke an Open311 API key',
      tags,
      role,
      params: z.strictObject({ id: z.uuid() }),
      responses: {
        200: { description: 'Revoked for good.', schema: apiKeySchema },
        404: { description: 'No such key (`open311_api_key_not_found`).' },
      },
    }),
    async (c) => c.json(await revokeApiKey(ctx.db, validated<{ id: string }>(c, 'params').id)),
  );
  return app;
}
