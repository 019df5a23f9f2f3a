import { createHash } from 'node:crypto';
import { imageWidthsFor, storedImageOf, storedImageUrl } from '@city-app/core';
import type { Database, Queryable } from '../module.js';
import { checkImage, type ImageLimits, renderImage } from './pipeline.js';

/** A phone camera's photo fits; a 50 MP header is refused before decoding. */
export const IMAGE_LIMITS: ImageLimits = { maxBytes: 15 * 1024 * 1024, maxMegapixels: 50 };

/** An uploaded image as the editor gets it: the largest rendition and every width kept. */
export interface StoredImage {
  id: string;
  url: string;
  width: number;
  height: number;
  widths: number[];
}

async function existing(db: Queryable, id: string): Promise<StoredImage | undefined> {
  const { rows } = await db.query<{ width: number; height: number; widths: number[] }>(
    `select i.width, i.height,
       array(select r.width from city_app_image_renditions r
             where r.image_id = i.id order by r.width) as widths
     from city_app_images i where i.id = $1`,
    [id],
  );
  const row = rows[0];
  if (!row) return undefined;
  const largest = row.widths[row.widths.length - 1] ?? row.width;
  return {
    id,
    url: storedImageUrl(id, largest),
    width: row.width,
    height: row.height,
    widths: row.widths,
  };
}

/**
 * Checks, re-encodes and keeps an upload in each width. The same bytes uploaded again give
 * the same image without encoding it again. Throws `ImageRefused` for what is no image.
 */
export async function storeImage(
  db: Database,
  input: Buffer,
  uploadedBy: string | null,
): Promise<StoredImage> {
  const id = createHash('sha256').update(input).digest('hex').slice(0, 32);
  const known = await existing(db, id);
  if (known) return known;
  const upright = await checkImage(input, IMAGE_LIMITS);
  const renditions = await renderImage(
    input,
    imageWidthsFor(upright.width).map((width) => ({ width, format: 'webp' as const })),
  );
  const largest = renditions[renditions.length - 1];
  if (!largest) throw new Error('an image without renditions');
  await db.transaction(async (tx) => {
    const inserted = await tx.query(
      `insert into city_app_images (id, width, height, uploaded_by) values ($1, $2, $3, $4)
       on conflict (id) do nothing returning id`,
      [id, largest.width, largest.height, uploadedBy],
    );
    // Another request stored the same bytes meanwhile.
    if (inserted.rows.length === 0) return;
    for (const r of renditions) {
      await tx.query(
        `insert into city_app_image_renditions (image_id, width, height, content_type, bytes)
         values ($1, $2, $3, $4, $5)`,
        [id, r.width, r.height, r.contentType, r.bytes],
      );
    }
  });
  return (await existing(db, id)) as StoredImage;
}

/** One rendition's bytes, or nothing when the image or that width does not exist. */
export async function readRendition(
  db: Queryable,
  id: string,
  width: number,
): Promise<{ bytes: Uint8Array; contentType: string } | undefined> {
  const { rows } = await db.query<{ bytes: Uint8Array; content_type: string }>(
    'select bytes, content_type from city_app_image_renditions where image_id = $1 and width = $2',
    [id, width],
  );
  const row = rows[0];
  return row ? { bytes: row.bytes, contentType: row.content_type } : undefined;
}

/**
 * Whether content may keep this address of the image store: it names a stored image in a
 * width that was kept. Modules check it before saving, so no page shows a broken image.
 */
export async function isStoredImage(db: Queryable, url: string): Promise<boolean> {
  const stored = storedImageOf(url);
  if (!stored) return false;
  const { rows } = await db.query(
    'select 1 from city_app_image_renditions where image_id = $1 and width = $2',
    [stored.id, stored.width],
  );
  return rows.length > 0;
}
