// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { EventsView } from './events.js';
import { MARKET_ID, townApi } from './fixtures.js';
import { render, settle, staffFor } from './testing.js';

let unmount = () => {};
afterEach(() => unmount());

describe('the events list', () => {
  it('searches by title, status and category, and pages by 50', async () => {
    const { api, asked } = townApi();
    const went: string[] = [];
    const page = render(<EventsView staff={staffFor(api, 'de', (p) => went.push(p))} />);
    unmount = page.unmount;
    await settle();
    const lists = () => asked.filter((a) => a.path.startsWith('/api/events/admin/events'));
    expect(lists().map((a) => a.path)).toEqual(['/api/events/admin/events?page=1']);
    expect(page.text()).toContain('Gefunden: 120');
    // The next date is the town's day, not the UTC day the instant falls on.
    expect(page.text()).toContain('Dienstag, 2. März 2027');
    expect(page.text()).toContain('Seite 1 von 3');

    await page.press('Nächste Seite');
    expect(lists().at(-1)?.path).toBe('/api/events/admin/events?page=2');
    expect(page.text()).toContain('Seite 2 von 3');
    await page.press('Vorherige Seite');
    expect(lists().at(-1)?.path).toBe('/api/events/admin/events?page=1');

    page.fill('Titel enthält', ' Markt ');
    page.fill('Status', 'pending');
    page.fill('Kategorie', 'markt');
    await page.submit(page.container.querySelector('form[role="search"]'));
    expect(lists().at(-1)?.path).toBe(
      '/api/events/admin/events?page=1&q=Markt&status=pending&category=markt',
    );

    const link = page.container.querySelector('tbody a');
    expect(link?.getAttribute('href')).toBe(`/admin/veranstaltungen/${MARKET_ID}`);
    (link as HTMLAnchorElement).click();
    expect(went).toEqual([`/admin/veranstaltungen/${MARKET_ID}`]);
  });

  it('offers a new event', async () => {
    const { api } = townApi();
    const page = render(<EventsView staff={staffFor(api, 'en')} />);
    unmount = page.unmount;
    await settle();
    const links = [...page.container.querySelectorAll('a')].filter(
      (a) => a.textContent === 'New event',
    );
    expect(links.map((a) => a.getAttribute('href'))).toContain('/admin/veranstaltungen/neu');
  });
});
