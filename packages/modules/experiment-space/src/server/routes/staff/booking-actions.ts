import { cityError } from '@city-app/core';
import { type CityEnv, describeRoute, validated } from '@city-app/server';
import { type Context, Hono } from 'hono';
import * as input from '../../input.js';
import type { Space } from '../../space.js';
import { refusals, staffRoute } from '../describe.js';
import { actorOf } from '../request.js';

type Act = (id: string, actor: string, reason?: string) => Promise<unknown>;

/** The body is optional: nothing, or `{"reason": "…"}` that the booker is told. */
const transition = (act: Act) => async (c: Context<CityEnv>) => {
  const { id } = validated<{ id: string }>(c, 'params');
  const text = await c.req.text();
  let reason: string | undefined;
  if (text.trim()) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw cityError('space_reason_not_json', {}, { field: 'body' });
    }
    const parsed = input.reasonBody.safeParse(json);
    if (!parsed.success) throw cityError('space_reason_too_long', {}, { field: 'reason' });
    reason = parsed.data.reason;
  }
  return c.json(await act(id, actorOf(c), reason));
};

/** `POST /staff/bookings/:id/<action>`: what staff do with one booking. */
export function staffBookingActionRoutes(space: Space): Hono<CityEnv> {
  const app = new Hono<CityEnv>();

  const action = (path: string, summary: string, act: Act) =>
    app.post(
      `/staff/bookings/:id/${path}`,
      describeRoute(
        staffRoute({
          summary,
          params: input.idParams,
          responses: { 200: { description: 'Done.' }, ...refusals },
        }),
      ),
      transition(act),
    );
  action('approve', 'Approve a pending booking (the booker is told)', (id, actor) =>
    space.bookings.approve(id, actor),
  );
  action(
    'decline',
    'Decline a pending booking, with a reason (the booker is told)',
    (id, actor, reason) => space.bookings.decline(id, actor, reason),
  );
  action('check-in', 'Check in', (id, actor) => space.bookings.checkIn(id, actor));
  action('no-show', 'Mark as not come', (id, actor) => space.bookings.noShow(id, actor));
  action('cancel', 'Cancel (the booker is told)', (id, actor, reason) =>
    space.bookings.cancelByStaff(id, actor, reason),
  );

  return app;
}
