import { cityError } from '@city-app/core';
import { Hono } from 'hono';
import type { KernelEnv } from '../http/context.js';
import type { Database } from '../module.js';
import { readRendition } from './store.js';

/** A year, and `immutable`: an id is the hash of its upload, so its bytes never change. */
export const IMAGE_CACHE_CONTROL = 'public, max-age=31536000, immutable';
const FILE = /^([0-9a-f]{32})-(\d{1,4})\.webp$/;

/** `/images/<id>-<width>.webp`: an image in one width, for anyone, cached for good. */
export function imageFileRoutes(db: Database): Hono<KernelEnv> {
  const router = new Hono<KernelEnv>();
  router.get('/:file', async (c) => {
    const match = FILE.exec(c.req.param('file'));
    const found = match && (await readRendition(db, match[1] as string, Number(match[2])));
    if (!found) throw cityError('image_not_found');
    const etag = `"${match[1]}-${match[2]}"`;
    const headers = { 'Cache-Control': IMAGE_CACHE_CONTROL, ETag: etag };
    if (c.req.header('if-none-match') === etag) return c.body(null, 304, headers);
    return c.body(new Uint8Array(found.bytes), 200, {
      ...headers,
      'Content-Type': found.contentType,
    });
  });
  return router;
}
