// @vitest-environment happy-dom
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { EventView } from './event.js';
import { EventsView } from './events.js';
import { CONCERT_ID, MARKET_ID, townApi } from './fixtures.js';
import { NewEventView } from './new-event.js';
import { SourcesView } from './sources.js';
import type { Staff } from './staff.js';
import { expectWellFormed, render, settle, staffFor } from './testing.js';
import { VenuesView } from './venues.js';

const screens: Array<[string, (staff: Staff) => ReactNode, string | null]> = [
  ['the list', (s) => <EventsView staff={s} />, '/admin/veranstaltungen'],
  ['a new event', (s) => <NewEventView staff={s} />, '/admin/veranstaltungen/neu'],
  ['a series', (s) => <EventView staff={s} id={MARKET_ID} />, null],
  ['an imported rule', (s) => <EventView staff={s} id={CONCERT_ID} />, null],
  ['the venues', (s) => <VenuesView staff={s} />, '/admin/veranstaltungen/orte'],
  ['the calendars', (s) => <SourcesView staff={s} />, '/admin/veranstaltungen/quellen'],
];

let unmount = () => {};
afterEach(() => unmount());

describe.each(['de', 'en'] as const)('every staff screen in %s', (locale) => {
  it.each(screens)(
    '%s: one heading, the navigation, every text from the catalogue, no axe violations',
    async (_name, screen, current) => {
      const { api } = townApi();
      const page = render(screen(staffFor(api, locale)));
      unmount = page.unmount;
      await settle();
      await expectWellFormed(page.container, current);
    },
  );
});

describe('words, not colour only', () => {
  it('names each event’s status, series, sample and source in the reader’s language', async () => {
    const { api } = townApi();
    const page = render(<EventsView staff={staffFor(api, 'en')} />);
    unmount = page.unmount;
    await settle();
    const rows = [...page.container.querySelectorAll('tbody tr')].map((r) => r.textContent);
    expect(rows[0]).toContain('Published');
    expect(rows[0]).toContain('Series');
    expect(rows[0]).toContain('Editorial team');
    expect(rows[1]).toContain('Awaiting review');
    expect(rows[1]).toContain('Called off');
    expect(rows[1]).toContain('Sample');
    expect(rows[1]).toContain('Submitted');
    expect(rows[1]).toContain('No further date');
  });
});
