import { fileURLToPath } from 'node:url';
import { createCityServer } from '@city-app/server';
import config from '../city.config';

// Built to dist/server/server.js, so the project root is two folders up.
const root = fileURLToPath(new URL('../..', import.meta.url));

createCityServer(config, { root }).then((server) => server.listen());
