// The light `@city-app/server/open-items` entry: `city-app doctor` reads a project's sample
// files without loading the server kernel.
export { findSampleFiles, SAMPLE_LOGO_MARKER } from './sample-files.js';
