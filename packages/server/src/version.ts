// Inlined at build time, so the published package knows its version without reading files.
import { version } from '../package.json';

/** The version of @city-app/server. */
export const SERVER_VERSION: string = version;
