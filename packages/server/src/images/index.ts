// What modules use of the kernel's images: the pipeline and the upload limits.
export * from './pipeline.js';
export { IMAGE_LIMITS, type StoredImage } from './store.js';
