export type { Queryable, TransactionalDatabase } from './queryable.js';
