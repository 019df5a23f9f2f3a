import { CityAppError, type ErrorExtra } from './city-app-error.js';
import { bookingErrors } from './entries/booking.js';
import { cliErrors } from './entries/cli.js';
import { createCityAppErrors } from './entries/create-city-app.js';
import { experimentSpaceErrors } from './entries/experiment-space.js';
import { imageErrors } from './entries/images.js';
import { kernelErrors } from './entries/kernel.js';
import { moduleContractErrors } from './entries/module-contract.js';
import { moduleInstallationErrors } from './entries/module-installation.js';
import { newsErrors } from './entries/news.js';
import { newsImportErrors } from './entries/news-import.js';
import { notifyErrors } from './entries/notify.js';
import { serverStaffErrors } from './entries/server-staff.js';
import { serverStartErrors } from './entries/server-start.js';
import type { ErrorEntries, ErrorEntry, ParamsOf } from './entry.js';

/** Every error of the toolkit, by id, from each domain below. */
export const errorCatalogue = {
  ...kernelErrors,
  ...bookingErrors,
  ...notifyErrors,
  ...experimentSpaceErrors,
  ...moduleInstallationErrors,
  ...serverStartErrors,
  ...moduleContractErrors,
  ...serverStaffErrors,
  ...cliErrors,
  ...createCityAppErrors,
  ...newsErrors,
  ...newsImportErrors,
  ...imageErrors,
};

/** The domains the catalogue is made of, for the docs and the test that ids stay unique. */
export const errorDomains = {
  kernel: kernelErrors,
  booking: bookingErrors,
  notify: notifyErrors,
  'experiment-space': experimentSpaceErrors,
  installation: moduleInstallationErrors,
  serverStart: serverStartErrors,
  moduleContract: moduleContractErrors,
  serverStaff: serverStaffErrors,
  cli: cliErrors,
  createCityApp: createCityAppErrors,
  news: newsErrors,
  newsImport: newsImportErrors,
  images: imageErrors,
} as const satisfies Record<string, ErrorEntries>;

type Args<E extends ErrorEntries, Id extends keyof E> = keyof ParamsOf<E[Id]> extends never
  ? [params?: Record<string, never>, extra?: ErrorExtra]
  : [params: ParamsOf<E[Id]>, extra?: ErrorExtra];

/**
 * A typed raiser over one catalogue: `raise(id, params, { field, details })` builds the
 * `CityAppError` of that entry (callers `throw` it). A module with errors of its own makes
 * one over its entries.
 */
export function errorRaiser<const E extends ErrorEntries>(entries: E) {
  return <Id extends keyof E & string>(id: Id, ...[params, extra]: Args<E, Id>): CityAppError =>
    new CityAppError({ id, entry: entries[id] as ErrorEntry, params: params ?? {}, ...extra });
}

/** Builds the error of a catalogue entry: `throw cityError('slot_taken', { resource }, { field: 'start' })`. */
export const cityError = errorRaiser(errorCatalogue);

export type ErrorId = keyof typeof errorCatalogue;
