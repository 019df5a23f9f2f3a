// @vitest-environment happy-dom
import type { DevicePushState } from '@city-app/notify/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { inDays, MARKET_ID, marketDetail } from '../../../test/event-fixtures.js';
import {
  axeViolations,
  click,
  fakeServer,
  moduleShowing,
  type Rendered,
  renderApp,
  text,
  waitFor,
} from '../../../test/resident-web.js';
import type { PushAccess } from '../device/push-access.js';
import { useEvents } from '../parts/use-events.js';
import { useDateReminders } from './date-reminders.js';
import { EventDates } from './event-dates.js';

const DEVICE = '5b0c6f0e-2a1d-4c4e-9f60-3f1b8f5f4a13';
const known: DevicePushState = { installationId: DEVICE, subscribed: true, preferences: null };
const push: PushAccess = {
  support: () => 'supported',
  state: async () => known,
  enable: async () => DEVICE,
};

function MarketDates() {
  const ctx = useEvents();
  const reminders = useDateReminders(push, ctx.api, ctx.t, ctx.locale, MARKET_ID);
  return <EventDates event={marketDetail()} ctx={ctx} reminders={reminders} />;
}

let app: Rendered | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});
const buttons = () => [...(app?.container.querySelectorAll('button') ?? [])];

describe('marking a date', () => {
  it('offers "Erinnern" on dates that take place, marks one with the chosen lead and unmarks it', async () => {
    const server = fakeServer();
    const reminders = `/api/events/reminders/${DEVICE}`;
    server.answer(reminders, { items: [] });
    server.answer(`PUT ${reminders}/${MARKET_ID}/${inDays(1)}`, { items: [] });
    server.answer(`DELETE ${reminders}/${MARKET_ID}/${inDays(1)}`, null, 204);
    app = renderApp('/veranstaltungen/test', server, 'de', moduleShowing(MarketDates));
    await waitFor(() => expect(buttons().length).toBe(2));
    // Not on the cancelled date; each button names its day.
    expect(buttons().map((b) => b.getAttribute('aria-label'))).toEqual([
      expect.stringMatching(/^Erinnern: /),
      expect.stringMatching(/^Erinnern: /),
    ]);
    expect(await axeViolations(app.container)).toEqual([]);
    const lead = app.container.querySelector('#events-remind-lead') as HTMLSelectElement;
    lead.value = '1440';
    lead.dispatchEvent(new Event('change', { bubbles: true }));
    click(buttons()[0]);
    await waitFor(() =>
      expect(text(app?.container)).toContain('Der Termin steht unter „Meine Termine“.'),
    );
    expect(buttons()[0]?.getAttribute('aria-pressed')).toBe('true');
    expect(buttons()[0]?.textContent).toBe('Erinnerung entfernen');
    click(buttons()[0]);
    await waitFor(() => expect(text(app?.container)).toContain('ist entfernt'));
    expect(server.calls.filter((c) => c.method !== 'GET').map((c) => [c.method, c.body])).toEqual([
      ['PUT', { leadMinutes: 1440 }],
      ['DELETE', undefined],
    ]);
  });
});
