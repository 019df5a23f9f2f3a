import { cityError, isImageStorePath } from '@city-app/core';
import { isStoredImage, type Queryable } from '@city-app/server';
import type { Photo } from '../api.js';

/**
 * Refuses a photo whose address is in the kernel's image store but names no stored image
 * (a typed or outdated address), so residents never see a broken picture. Files of the app
 * (the starter's pictures) are served as they are.
 */
export async function checkPhoto(db: Queryable, photo: Photo | null | undefined): Promise<void> {
  if (photo && isImageStorePath(photo.src) && !(await isStoredImage(db, photo.src))) {
    throw cityError('space_photo_not_found', {}, { field: 'photo.src' });
  }
}
