export { imageFileRoutes } from './file-routes.js';
export {
  ACCEPTED_IMAGE_FORMATS,
  checkImage,
  type ImageLimits,
  type ImageRefusal,
  ImageRefused,
  type Rendition,
  type RenditionSpec,
  renderImage,
} from './pipeline.js';
export { IMAGE_LIMITS, type StoredImage } from './store.js';
export { IMAGE_UPLOAD_BODY_BYTES, imageUploadRoutes } from './upload-routes.js';
