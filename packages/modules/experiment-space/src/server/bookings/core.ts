import { cityError } from '@city-app/core';
import type { SpaceContext } from '../context.js';
import { bookingRows } from './rows.js';
import { bookingStates, type State } from './state.js';
import { bookingTeller } from './tell.js';
import { bookingViews } from './views.js';

/** What every booking concern works with: the rows, where they stand, their views, telling. */
export function bookingsCore(ctx: SpaceContext) {
  const rows = bookingRows(ctx);
  const states = bookingStates(ctx);
  const views = bookingViews(ctx);
  const tell = bookingTeller(ctx, views);

  async function loadByIdForStaff(id: string): Promise<State> {
    const row = await rows.rowBy('id', id);
    if (!row) throw cityError('space_booking_not_found', { id });
    return states.state(row);
  }

  return { ctx, ...rows, ...states, ...views, tell, loadByIdForStaff };
}

export type BookingsCore = ReturnType<typeof bookingsCore>;
