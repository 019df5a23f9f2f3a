import { config as zodConfig } from 'zod';
import { type NewsConfig, newsConfigOf } from '../config.js';

/**
 * The news options for the browser screens. Zod's compiled parsers probe `new Function` once;
 * the app's Content-Security-Policy refuses eval, and the browser reports each refused probe
 * as a policy violation. Parsing without compilation costs nothing for a few options.
 */
export function browserNewsConfig(city: { modules: Record<string, unknown> }): NewsConfig {
  zodConfig({ jitless: true });
  return newsConfigOf(city);
}
