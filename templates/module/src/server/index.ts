import { defineServerModule } from '@city-app/server';
import type { Config } from '../config.js';
import manifest from '../index.js';
import { migrations } from './migrations.js';
import { routes } from './routes.js';

/** The server part: the table and the API under `/api/{{id}}`. */
export default defineServerModule<Config>({ manifest, migrations, routes });
