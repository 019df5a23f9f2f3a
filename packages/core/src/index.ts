export * from './color/contrast.js';
export * from './config/index.js';
export * from './errors/index.js';
export * from './i18n/index.js';
export * from './input/index.js';
export * from './module/index.js';
export * from './staff/index.js';
export { SLUG_PATTERN, slugify } from './town/slug.js';
export { GERMAN_STATE_CODES, GERMAN_STATES, type GermanState } from './town/states.js';
