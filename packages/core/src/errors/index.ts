export { errors } from './catalogue.js';
export {
  CityAppError,
  type CityAppErrorData,
  type ConfigIssue,
  isCityAppError,
} from './city-app-error.js';
