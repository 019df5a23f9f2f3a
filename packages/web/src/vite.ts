export { checkIndexHtml, renderIndexHtml, SERVICE_WORKER_META } from './plugin/html.js';
export { APP_ICONS, drawIcon, iconInitial } from './plugin/icons.js';
export { MANIFEST_FILE, type WebAppManifest, webAppManifest } from './plugin/manifest.js';
export {
  type CityAppPluginOptions,
  cityApp,
  MODULES_ID,
  moduleEntrySpecifiers,
  modulesModuleSource,
} from './plugin/plugin.js';
export {
  cacheVersion,
  precacheList,
  SERVICE_WORKER_FILE,
  serviceWorkerSource,
} from './plugin/service-worker.js';
