export { isFailing, type SourceHealth, type SourceState, sourceStateOf } from './source-health.js';
