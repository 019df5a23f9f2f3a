import { cityError, isImageStorePath } from '@city-app/core';
import { isStoredImage, type Queryable } from '@city-app/server';

/**
 * Refuses an article image whose address is in the kernel's image store but names no stored
 * image (a typed or outdated address), so residents never see a broken picture. Other paths
 * of the site (the town's own files) are served as they are.
 */
export async function checkArticleImage(
  db: Queryable,
  imageUrl: string | null | undefined,
): Promise<void> {
  if (imageUrl && isImageStorePath(imageUrl) && !(await isStoredImage(db, imageUrl))) {
    throw cityError('news_image_not_found', {}, { field: 'imageUrl' });
  }
}
