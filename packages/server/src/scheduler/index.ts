export { listSources } from './health.js';
export { sourceRoutes } from './routes.js';
export { parseInterval, parseSchedule } from './schedule.js';
export { type Scheduler, type SchedulerJob, startScheduler } from './scheduler.js';
