export { errors } from './catalogue.js';
export {
  CityAppError,
  type CityAppErrorData,
  type ConfigIssue,
  type ErrorBody,
  type ErrorExtra,
  isCityAppError,
} from './city-app-error.js';
export { moduleContractErrors } from './entries/module-contract.js';
export { defineErrors, type ErrorEntries, type ErrorEntry, type ParamsOf } from './entry.js';
export { EXIT_CODES, EXIT_MEANINGS, type ExitKind, exitCodeOf } from './exit-codes.js';
export { cityError, type ErrorId, errorCatalogue, errorDomains, errorRaiser } from './registry.js';
export type { Bilingual, ParamValue } from './template.js';
