import { cityError, IMAGE_WIDTHS } from '@city-app/core';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { KernelEnv } from '../http/context.js';
import type { Database } from '../module.js';
import { describeRoute } from '../openapi/describe.js';
import { ImageRefused } from './pipeline.js';
import { IMAGE_FIELD, imageRefusal } from './refusals.js';
import { IMAGE_LIMITS, storeImage } from './store.js';

/** What the server buffers for one upload: the largest image and a multipart envelope. */
export const IMAGE_UPLOAD_BODY_BYTES = IMAGE_LIMITS.maxBytes + 1024 * 1024;

const storedImage = z.object({
  id: z.string(),
  url: z.string().describe('The largest rendition, e.g. /images/<id>-1600.webp.'),
  width: z.number().int(),
  height: z.number().int(),
  widths: z.array(z.number().int()).describe('Every width kept, for srcset.'),
});

/** The upload as bytes: the `file` part of a form, or the raw body. */
async function uploadedBytes(c: Context<KernelEnv>): Promise<Buffer> {
  const type = c.req.header('content-type') ?? '';
  if (type.startsWith('multipart/form-data')) {
    const file = (await c.req.parseBody())[IMAGE_FIELD];
    return file instanceof File ? Buffer.from(await file.arrayBuffer()) : Buffer.alloc(0);
  }
  return Buffer.from(await c.req.arrayBuffer());
}

/**
 * `/api/images`: staff upload an image for content. Every staff role edits some of the
 * town's content (news, events, resources, courses), so any role may upload; the kernel
 * names no module's role.
 */
export function imageUploadRoutes(db: Database, roles: readonly string[]): Hono<KernelEnv> {
  const router = new Hono<KernelEnv>();
  router.post(
    '/',
    describeRoute({
      summary: 'Upload an image for content',
      description: `JPEG, PNG or WebP, as the \`${IMAGE_FIELD}\` part of a form or as the raw body, at most ${IMAGE_LIMITS.maxBytes / 1024 / 1024} MB and ${IMAGE_LIMITS.maxMegapixels} megapixels. Stored upright, in sRGB, without any metadata (EXIF, GPS, XMP, ICC), as WebP in the widths ${IMAGE_WIDTHS.join(', ')} (never enlarged).`,
      tags: ['images'],
      signedIn: true,
      anyRole: true,
      responses: {
        201: { description: 'Stored', schema: storedImage },
        400: { description: 'No image, or not readable (`image_missing`, `image_unreadable`).' },
        403: { description: 'A staff account without any role (`image_upload_forbidden`).' },
        413: {
          description: 'Too many bytes or pixels (`image_too_large`, `image_too_many_pixels`).',
        },
        415: { description: 'Another format than JPEG, PNG or WebP (`image_type`).' },
      },
    }),
    async (c) => {
      const user = c.get('user');
      if (user && (user as { mustChangePassword?: boolean }).mustChangePassword) {
        throw cityError('password_change_required');
      }
      if (!user?.roles.some((role) => roles.includes(role))) {
        throw cityError('image_upload_forbidden');
      }
      const bytes = await uploadedBytes(c);
      if (bytes.length === 0) throw cityError('image_missing', {}, { field: IMAGE_FIELD });
      try {
        return c.json(await storeImage(db, bytes, user.id), 201);
      } catch (error) {
        if (error instanceof ImageRefused) throw imageRefusal(error.refusal);
        throw error;
      }
    },
  );
  return router;
}
