import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { type Context, Hono } from 'hono';
import { followParamsSchema } from '../../api/follows.js';
import { followedWordsSchema, wordParamsSchema } from '../../api/words.js';
import type { CouncilConfig } from '../../config.js';
import {
  followedWords,
  followWord,
  MAX_WORDS_PER_INSTALLATION,
  unfollowWord,
} from '../words/store.js';
import { installationGuard } from './follows.js';

const tags = ['council'];
const secret = { kind: 'installation', in: 'path', name: 'installationId' } as const;
const words = { 200: { description: 'The device’s words now.', schema: followedWordsSchema } };
const changed = {
  ...words,
  400: { description: 'Not a word the app can follow (`council_word_invalid`).' },
};

/**
 * `/api/council/installations/:installationId/words(/:word)`: a device follows a topic word,
 * no account; it hears of new meetings and agenda items the word is found in.
 */
export function wordRoutes(ctx: ModuleServerContext<CouncilConfig>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();
  const params = (c: Context) => {
    const p = validated<{ word: string; installationId: string }>(c, 'params');
    return { word: p.word, installationId: p.installationId.toLowerCase() };
  };
  const answer = (c: Context, body: unknown) => {
    c.header('Cache-Control', 'no-store');
    return c.json(body);
  };

  app.get(
    '/installations/:installationId/words',
    describeRoute({
      summary: 'The words this device follows',
      tags,
      secret,
      params: followParamsSchema.pick({ installationId: true }),
      responses: words,
    }),
    async (c) => {
      const { installationId } = validated<{ installationId: string }>(c, 'params');
      return answer(c, await followedWords(ctx.db, installationId.toLowerCase()));
    },
  );

  app.put(
    '/installations/:installationId/words/:word',
    describeRoute({
      summary: 'Follow a word on this device',
      description: `The device hears by push of each new meeting and each agenda addition the word begins a word of (its name, its public items, the papers on them), case, umlauts ("ae", "ss") and punctuation aside. Following a word again changes nothing; at most ${MAX_WORDS_PER_INSTALLATION} words a device.`,
      tags,
      secret,
      params: wordParamsSchema,
      responses: {
        ...changed,
        409: {
          description: `The device is not signed up for notifications (\`council_no_installation\`), or follows ${MAX_WORDS_PER_INSTALLATION} words already (\`council_too_many_words\`).`,
        },
      },
    }),
    installationGuard(ctx),
    async (c) => {
      const { word, installationId } = params(c);
      return answer(c, await followWord(ctx, word, installationId));
    },
  );

  app.delete(
    '/installations/:installationId/words/:word',
    describeRoute({
      summary: 'Stop following a word on this device',
      tags,
      secret,
      params: wordParamsSchema,
      responses: changed,
    }),
    installationGuard(ctx),
    async (c) => {
      const { word, installationId } = params(c);
      return answer(c, await unfollowWord(ctx.db, word, installationId));
    },
  );
  return app;
}
