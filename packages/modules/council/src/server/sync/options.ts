import type { ModuleServerContext } from '@city-app/server';
import type { CouncilConfig } from '../../config.js';
import { defaultHttpOptions, type HttpOptions } from '../oparl/http.js';

/** The client's limits, and whether the town's own network may be reached. */
export function httpOptionsOf(
  ctx: Pick<ModuleServerContext<CouncilConfig>, 'env'>,
  signal?: AbortSignal,
): HttpOptions {
  const allow =
    (ctx.env?.CITY_APP_SOURCES_PRIVATE_ADDRESSES ?? '').trim().toLowerCase() === 'allow';
  return { ...defaultHttpOptions(), allowPrivateAddresses: allow, ...(signal ? { signal } : {}) };
}
