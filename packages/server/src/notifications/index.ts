export {
  type KernelNotifications,
  moduleTopics,
  type NotifyWorkerOptions,
  notifyMigrationPlan,
  startNotifications,
  workerEnabled,
} from './notifications.js';
export { notificationRoutes } from './routes.js';
