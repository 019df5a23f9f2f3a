export * from './color/contrast.js';
export * from './config/index.js';
export * from './database/index.js';
export * from './dates/index.js';
export * from './errors/index.js';
export * from './i18n/index.js';
export {
  IMAGE_WIDTHS,
  IMAGES_PATH,
  imageSrcSet,
  imageWidthsFor,
  isImageStorePath,
  storedImageOf,
  storedImageUrl,
} from './images/widths.js';
export * from './input/index.js';
// The legal tables (enforcement bodies, the kernel's stored data, open items) are the
// `@city-app/core/legal` entry: reachable from here, the browser's first screen would carry them.
export type { EnforcementBody } from './legal/enforcement-bodies.js';
export type { OpenItem } from './legal/open-items.js';
export {
  type PersonalDataDeclaration,
  personalDataProblems,
  retentionText,
} from './legal/personal-data.js';
export { isPlaceholder, known } from './legal/placeholder.js';
export { isSampleContent, type SampleContent } from './legal/sample-content.js';
export * from './module/index.js';
export * from './sources/index.js';
export * from './staff/index.js';
export * from './time/index.js';
export { SLUG_PATTERN, slugify } from './town/slug.js';
export { GERMAN_STATE_CODES, GERMAN_STATES, type GermanState } from './town/states.js';
