export { CityAppError, isCityAppError, type CityAppErrorData, type ConfigIssue } from './city-app-error.js';
export { errors } from './catalogue.js';
