// @vitest-environment happy-dom
import axe from 'axe-core';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { EventView } from './event.js';
import { EventsView } from './events.js';
import { CONCERT_ID, MARKET_ID, townApi } from './fixtures.js';
import { NewEventView } from './new-event.js';
import { SourcesView } from './sources.js';
import type { Staff } from './staff.js';
import { render, settle, staffFor } from './testing.js';
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
      expect(page.container.querySelectorAll('h1')).toHaveLength(1);
      const here = page.container.querySelector('nav a[aria-current="page"]');
      expect(here?.getAttribute('href') ?? null).toBe(current);
      expect(page.container.querySelector('.city-spinner, [role="progressbar"]')).toBeNull();
      expect(page.text()).not.toMatch(/events\.staff\./);
      // WCAG 2.5.3: a button's accessible name starts with the words it shows.
      for (const button of page.container.querySelectorAll('button[aria-label]')) {
        const shown = (button.textContent ?? '').trim().toLowerCase();
        expect(button.getAttribute('aria-label')?.toLowerCase().startsWith(shown)).toBe(true);
      }
      const result = await axe.run(page.container, {
        // happy-dom lays nothing out, so contrast is for the browser journeys.
        rules: { 'color-contrast': { enabled: false } },
      });
      expect(
        result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`),
      ).toEqual([]);
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
