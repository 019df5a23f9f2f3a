export * from './zone.js';
export * from './zone-rules.js';
