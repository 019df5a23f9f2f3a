// The shape `listSources` returns lives in core, where the staff screen reads it too.
export type { SourceHealth } from '@city-app/core';
export { MIN_PASSWORD_LENGTH } from './auth/password.js';
export { LOGIN_LIMITS } from './auth/rate-limit.js';
export { hasRole, KERNEL_ROLES } from './auth/roles.js';
export { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from './auth/sessions.js';
export type { Colleague, StaffDirectory } from './auth/staff-directory.js';
export {
  type CityServer,
  type CityServerOptions,
  createCityServer,
  DEFAULT_HOST,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_PORT,
  type ListeningServer,
} from './create-city-server/index.js';
export { migrationChecksum } from './database/migrate.js';
export { type OpenDatabaseOptions, openDatabase } from './database/open.js';
export {
  type ModulePublicDates,
  PUBLIC_DATES_LIMIT,
  type PublicDatesAccess,
  type PublicDatesRange,
} from './dates/public-dates.js';
export { consoleLogger } from './http/logger.js';
export {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  SECURITY_HEADERS,
} from './http/security.js';
export * from './images/index.js';
export { type TownInfo, townInfoSchema } from './kernel-routes/town.js';
export {
  type AbuseLimits,
  type GuardOptions,
  LIMIT_DEFAULTS,
  type LimitCheck,
  type LimitDecision,
  type LimitedAction,
  type LimitRule,
  type LimitRules,
  limitRulesFromEnv,
} from './limits/index.js';
export type { QueuedMail } from './mail/outbox.js';
export {
  folderTransport,
  type MailTransport,
  mailFolder,
  type OutgoingMail,
  smtpTransport,
  transportFromEnv,
} from './mail/transport.js';
export {
  type CityEnv,
  type Database,
  type DateRange,
  defineServerModule,
  type Importer,
  type ImporterOption,
  type ImporterText,
  type ImportFile,
  type ImportSummary,
  type Logger,
  type Migration,
  type ModuleDates,
  type ModuleNotify,
  type ModuleServerContext,
  type Queryable,
  type RootRoutes,
  type RouteBodyLimit,
  type RouteDescription,
  type RouteSecret,
  type ScheduledJob,
  type ServerModule,
  type StaffUser,
  type StopBackgroundWork,
} from './module.js';
export type { NotifyWorkerOptions } from './notifications/index.js';
export { describeRoute, validated } from './openapi/describe.js';
export { buildOpenApiDocument, openApiPath } from './openapi/document.js';
export { listSources } from './scheduler/index.js';
export {
  composeEnvironment,
  envExample,
  isSettingName,
  readSetting,
  SETTINGS,
  type Setting,
  type SettingName,
} from './settings/index.js';
export {
  parseStarterYaml,
  readStarterFile,
  type StarterInvalid,
  type StarterNotYaml,
  type StarterYaml,
} from './starter/starter-yaml.js';
export { SERVER_VERSION } from './version.js';
