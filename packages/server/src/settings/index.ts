export { composeEnvironment, envExample } from './deploy-files.js';
export {
  isSettingName,
  readSetting,
  SETTINGS,
  type Setting,
  type SettingName,
} from './settings.js';
