// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { colleagues, figures, NOW, POTHOLE, townApi } from './fixtures.js';
import { InboxView } from './inbox.js';
import { render, settle, staffFor } from './testing.js';

let unmount = () => {};
afterEach(() => unmount());

async function inbox(locale: 'de' | 'en' = 'de', routes: Parameters<typeof townApi>[0] = {}) {
  const { api, asked } = townApi(routes);
  const went: string[] = [];
  const page = render(<InboxView staff={staffFor(api, locale, (p) => went.push(p))} now={NOW} />);
  unmount = page.unmount;
  await settle();
  const paths = (prefix: string) =>
    asked.filter((a) => a.path.startsWith(prefix)).map((a) => a.path);
  return { page, went, paths };
}

const cells = (row: Element | null | undefined) =>
  [...(row?.querySelectorAll('th, td') ?? [])].map((c) => c.textContent);

describe('the inbox', () => {
  it('opens on the open reports and shows each with what staff sort by', async () => {
    const { page, went, paths } = await inbox();
    expect(paths('/api/reports/admin/reports')).toEqual([
      '/api/reports/admin/reports?page=1&pageSize=50&open=true',
    ]);
    expect(page.text()).toContain('Gefunden: 120');
    const [pothole, light] = page.container.querySelectorAll('tbody tr');
    expect(cells(pothole)).toEqual([
      POTHOLE,
      'Straßenschaden',
      'Lange Straße 12',
      '9 Tage',
      'Bestätigt',
      'Wartet auf Prüfung',
      'Bauhof',
    ]);
    // The category's icon is drawn beside its words, hidden from screen readers.
    expect(pothole?.querySelector('svg[data-icon="road"]')?.getAttribute('aria-hidden')).toBe(
      'true',
    );
    // Reported this morning, closed as a duplicate, at a point without an address, taken.
    expect(cells(light)).toEqual([
      '2027-00043',
      'Straßenbeleuchtung',
      'Punkt auf der Karte: 53.43120, 11.18750',
      'Heute',
      'Geschlossen: Schon gemeldet',
      'Öffentlich',
      'Bauhof, Erika Mustermann',
    ]);

    const link = pothole?.querySelector('a');
    expect(link?.getAttribute('href')).toBe(`/admin/maengelmelder/${POTHOLE}`);
    link?.click();
    expect(went).toEqual([`/admin/maengelmelder/${POTHOLE}`]);
  });

  it('shows the figures at the top, for the department chosen', async () => {
    const { page, paths } = await inbox('de', {
      'GET /api/reports/admin/figures': (_b, url) =>
        url.searchParams.get('department') === 'bauhof' ? { ...figures, open: 9 } : figures,
    });
    const facts = () =>
      [...page.container.querySelectorAll('dt')].map(
        (dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`,
      );
    expect(facts()).toEqual([
      'Offen: 17',
      'Warten auf Prüfung: 3',
      'Bis erledigt (Median, letztes Jahr): 4,5 Tage',
      'Erledigt im letzten Jahr: 30',
      'Neu: 5',
      'Bestätigt: 8',
      'In Bearbeitung: 4',
      'Erledigt: 30',
      'Geschlossen: 6',
    ]);

    page.fill('Abteilung', 'bauhof');
    page.fill('Stand', 'in_progress');
    page.fill('Prüfung', 'pending');
    page.fill('Bearbeitet von', 'me');
    await page.submit(page.container.querySelector('form[role="search"]'));
    expect(paths('/api/reports/admin/reports').at(-1)).toBe(
      '/api/reports/admin/reports?page=1&pageSize=50&department=bauhof&status=in_progress&moderation=pending&assigned=me',
    );
    expect(paths('/api/reports/admin/figures')).toEqual([
      '/api/reports/admin/figures',
      '/api/reports/admin/figures?department=bauhof',
    ]);
    expect(facts()[0]).toBe('Offen: 9');

    page.fill('Stand', '');
    page.fill('Bearbeitet von', 'nobody');
    await page.submit(page.container.querySelector('form[role="search"]'));
    expect(paths('/api/reports/admin/reports').at(-1)).toBe(
      '/api/reports/admin/reports?page=1&pageSize=50&department=bauhof&moderation=pending&assigned=nobody',
    );

    // A colleague is offered by name; the filter sends their staff id.
    const assigned = page.control('Bearbeitet von') as unknown as HTMLSelectElement;
    expect([...assigned.options].map((o) => o.textContent)).toEqual([
      'Egal',
      'Mir',
      'Niemandem',
      ...colleagues.map((c) => c.name),
    ]);
    page.fill('Bearbeitet von', colleagues[1]?.id ?? '');
    await page.submit(page.container.querySelector('form[role="search"]'));
    expect(paths('/api/reports/admin/reports').at(-1)).toBe(
      `/api/reports/admin/reports?page=1&pageSize=50&department=bauhof&moderation=pending&assigned=${colleagues[1]?.id}`,
    );
  });

  it('pages by 50', async () => {
    const { page, paths } = await inbox('en');
    expect(page.text()).toContain('Page 1 of 3');
    await page.press('Next page');
    expect(paths('/api/reports/admin/reports').at(-1)).toBe(
      '/api/reports/admin/reports?page=2&pageSize=50&open=true',
    );
    await page.press('Previous page');
    expect(paths('/api/reports/admin/reports').at(-1)).toBe(
      '/api/reports/admin/reports?page=1&pageSize=50&open=true',
    );
  });

  it('says when nothing fits, and when nothing was fixed yet', async () => {
    const { page } = await inbox('en', {
      'GET /api/reports/admin/reports': () => ({ items: [], page: 1, pageSize: 50, total: 0 }),
      'GET /api/reports/admin/figures': () => ({ ...figures, medianDaysToFixed: null }),
    });
    expect(page.text()).toContain('No reports for this choice.');
    expect(page.text()).toContain('Until fixed (median, last year)Nothing fixed yet');
  });

  it('downloads the CSV sending only the fields filled in', async () => {
    const { page } = await inbox();
    const form = page.container.querySelector(
      'form[action="/api/reports/admin/export.csv"]',
    ) as HTMLFormElement;
    expect(form.method).toBe('get');
    expect([...new FormData(form).keys()]).toEqual([]);
    page.fill('Gemeldet ab', '2027-01-01');
    expect([...new FormData(form).entries()]).toEqual([['from', '2027-01-01']]);
    page.fill('Abteilung der Tabelle', 'ordnungsamt');
    page.fill('Gemeldet bis', '2027-03-31');
    expect([...new FormData(form).entries()]).toEqual([
      ['department', 'ordnungsamt'],
      ['from', '2027-01-01'],
      ['to', '2027-03-31'],
    ]);
    expect(page.button('CSV herunterladen').type).toBe('submit');
  });
});
