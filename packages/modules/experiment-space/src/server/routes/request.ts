import type { CityEnv } from '@city-app/server';
import type { Context } from 'hono';

/** Who on the staff did it, as the booking core's audit records it. */
export const actorOf = (c: Context<CityEnv>) => `staff:${c.get('user')?.id ?? 'unknown'}`;

/** Where the request came from: the links in e-mails point back there. */
export const originOf = (c: Context) => new URL(c.req.url).origin;
