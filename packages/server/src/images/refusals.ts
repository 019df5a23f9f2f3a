import { type CityAppError, cityError } from '@city-app/core';
import type { ImageRefusal } from './pipeline.js';

/** The field an upload's refusal names: the file input. */
export const IMAGE_FIELD = 'file';

/** The pipeline's refusal as an entry of the error catalogue, naming the field `file`. */
export function imageRefusal(why: ImageRefusal): CityAppError {
  const extra = { field: IMAGE_FIELD };
  switch (why.reason) {
    case 'too_large':
      return cityError('image_too_large', { size: why.size, max: why.max }, extra);
    case 'type':
      return cityError('image_type', { format: why.format }, extra);
    case 'too_many_pixels':
      return cityError(
        'image_too_many_pixels',
        { megapixels: why.megapixels, max: why.max },
        extra,
      );
    case 'unreadable':
      return cityError('image_unreadable', {}, extra);
  }
}
