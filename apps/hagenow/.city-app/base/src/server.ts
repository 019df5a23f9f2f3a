import { fileURLToPath } from 'node:url';
import { createCityServer } from '@city-app/server';

// Built to dist/server/server.js, so the project root is two folders up.
const root = fileURLToPath(new URL('../..', import.meta.url));

// The config is loaded here, not imported above, so a mistake in it (or in the environment)
// is printed as the list of problems with what to do, not as a crash with a stack trace.
import('../city.config')
  .then(({ default: config }) => createCityServer(config, { root }))
  .then((server) => server.listen())
  .catch((error: Error & { format?: () => string }) => {
    console.error(typeof error.format === 'function' ? error.format() : error);
    process.exit(1);
  });
