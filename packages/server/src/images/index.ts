// What modules use of the kernel's images: the pipeline, the upload limits, and whether an
// address content keeps names a stored image.
export * from './pipeline.js';
export { IMAGE_LIMITS, isStoredImage, type StoredImage } from './store.js';
