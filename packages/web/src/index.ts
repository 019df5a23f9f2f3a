// The image upload field is `@city-app/web/image-field`; its types are named here too.
export type { ImageFieldProps } from './admin/image-field/image-field.js';
export type { ImageUpload, UploadedImage } from './admin/image-field/upload-image.js';
export { StaffPage, type StaffSectionLink } from './admin/staff-page/staff-page.js';
export { ActionFailure } from './api/action-failure.js';
export {
  type ApiClientOptions,
  ApiError,
  answerLost,
  apiUrl,
  createApiClient,
  isApiError,
  readCookie,
} from './api/api-client.js';
export { attemptKey, keyAfter } from './api/attempt-key.js';
export { failureText, refusalOf } from './api/failure.js';
export { type FieldErrors, useAction } from './api/use-action.js';
export {
  type AccessibilityConformity,
  type SettingsSection,
  type StaffUser,
  useCity,
} from './app/context.js';
export {
  CityApp,
  type CityAppProps,
  type CityWebOptions,
  createCityWeb,
} from './app/create-city-web.js';
export { type ModuleValue, useModule } from './app/use-module.js';
export { Loaded } from './data/loaded.js';
export { type Resource, useResource } from './data/use-resource.js';
export { shellMessages } from './i18n/messages.js';
export { withOwnWords } from './i18n/own-words.js';
export { formatStaffDate, formatStaffInstant, formatStaffTime } from './i18n/staff-dates.js';
export { ContentImage, type ContentImageProps } from './images/content-image.js';
export {
  type ApiClient,
  type CityContextValue,
  defineHomeWidget,
  defineWebModule,
  type HomeWidgetProps,
  type HomeWidgetWithData,
  type Lazy,
  type ModuleSettingsSection,
  type RequestOptions,
  type ScreenProps,
  type ScreensOf,
  type WebModule,
  type WebModuleDefinition,
  type WebRoute,
  type WidgetHeight,
} from './module.js';
export { screenMismatch } from './module-check.js';
export {
  buildRouteTable,
  joinPath,
  matchPath,
  mayAccess,
  resolveRoute,
  SHELL_PAGES,
} from './router/match.js';
export { useQueryFlag } from './router/query-flag.js';
export { Link, type LinkProps, useRouter } from './router/router.js';
export { StaffLink } from './router/staff-link.js';
