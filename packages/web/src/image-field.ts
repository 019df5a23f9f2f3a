// The image upload field staff use in content forms, an entry of its own: only the staff
// screens that show it load it, never a resident's first screen.
export { ImageField, type ImageFieldProps } from './admin/image-field/image-field.js';
export { imageFieldMessages } from './admin/image-field/messages.js';
export {
  ACCEPTED_IMAGE_TYPES,
  type ImageUpload,
  MAX_IMAGE_MEGABYTES,
  type UploadedImage,
  uploadImage,
} from './admin/image-field/upload-image.js';
