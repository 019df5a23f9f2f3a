import { plainText } from '@city-app/core';
import { z } from 'zod';

/** What staff name a key by: who uses it (e.g. "Landkreis, Straßenmeisterei"). */
export const apiKeyInputSchema = z.strictObject({
  name: plainText().trim().min(2).max(80),
});
export type ApiKeyInput = z.output<typeof apiKeyInputSchema>;

/** An Open311 API key as staff see it: never the key itself, only its first characters. */
export const apiKeySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  hint: z.string().describe('The key’s first characters, to tell keys apart.'),
  createdBy: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiKey = z.output<typeof apiKeySchema>;

/** A key just created: the only answer that carries `key`. */
export const newApiKeySchema = apiKeySchema.extend({
  key: z.string().describe('The key; shown this once and stored only as a hash.'),
});
export type NewApiKey = z.output<typeof newApiKeySchema>;

export const apiKeyListSchema = z.object({ items: z.array(apiKeySchema) });
