// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { feedSources, townApi } from './fixtures.js';
import { SourcesView } from './sources.js';
import { answer, render, settle, staffFor } from './testing.js';

let unmount = () => {};
afterEach(() => unmount());

const [website, club] = feedSources as [(typeof feedSources)[0], (typeof feedSources)[0]];
const synced = {
  dryRun: false,
  created: 2,
  changed: 0,
  unchanged: 5,
  removed: 1,
  keptPast: 0,
  skipped: [],
  notes: [],
};

async function sourcesPage(routes: Parameters<typeof townApi>[0] = {}, locale: 'de' | 'en' = 'de') {
  const { api, asked } = townApi(routes);
  const page = render(<SourcesView staff={staffFor(api, locale)} />);
  unmount = page.unmount;
  await settle();
  return { page, calls: () => asked.filter((a) => a.method !== 'GET') };
}

describe('the subscribed calendars', () => {
  it('shows each calendar’s health in words: last success, failures with the reason, paused', async () => {
    const { page } = await sourcesPage();
    const rows = [...page.container.querySelectorAll('tbody tr')].map((r) => r.textContent ?? '');
    expect(rows[0]).toContain('Zuletzt erfolgreich:');
    expect(rows[0]).toContain('3 neu, 1 geändert, 10 unverändert, 0 entfernt, 1 ausgelassen');
    expect(rows[1]).toContain('Pausiert');
    expect(rows[1]).toContain('Noch nicht abgeglichen');
    expect(rows[1]).toContain('Fehler seit 3 Abgleichen');
    expect(rows[1]).toContain('HTTP 503');
  });

  it('syncs now, runs a dry run, pauses and resumes, naming the calendar', async () => {
    const { page, calls } = await sourcesPage({
      [`POST /api/events/admin/sources/${website.id}/sync`]: (body) => ({
        ...synced,
        dryRun: (body as { dryRun: boolean }).dryRun,
      }),
      [`PATCH /api/events/admin/sources/${club.id}`]: (body) => ({ ...club, ...(body as object) }),
    });
    await page.press('Jetzt abgleichen: „Website der Stadt“');
    expect(page.text()).toContain(
      '„Website der Stadt“ abgeglichen: 2 neu, 0 geändert, 5 unverändert, 1 entfernt.',
    );
    await page.press('Probelauf: „Website der Stadt“');
    expect(page.text()).toContain('Probelauf für „Website der Stadt“ (nichts gespeichert)');
    await page.press('Fortsetzen: „Sportverein“');
    expect(calls().map((c) => [c.method, c.path, c.body])).toEqual([
      ['POST', `/api/events/admin/sources/${website.id}/sync`, { dryRun: false }],
      ['POST', `/api/events/admin/sources/${website.id}/sync`, { dryRun: true }],
      ['PATCH', `/api/events/admin/sources/${club.id}`, { active: true }],
    ]);
    expect(page.text()).toContain('„Sportverein“ wird wieder abgeglichen.');
  });

  it('subscribes to a calendar: checks the address and the category lines first, then syncs it', async () => {
    const made = {
      ...website,
      id: '7a1e0b52-0d44-4c1e-9a0b-3f1b2c3d4e03',
      name: 'Kirchengemeinde',
    };
    const { page, calls } = await sourcesPage({
      'POST /api/events/admin/sources': () => answer(201, made),
      [`POST /api/events/admin/sources/${made.id}/sync`]: () => synced,
    });
    const form = () => page.control('Name').closest('form');
    page.fill('Name', 'Kirchengemeinde');
    page.fill('Adresse des Kalenders (https://…)', 'kalender.ics');
    page.fill('Kategorien des Kalenders zuordnen', 'Gottesdienst = kirche\nKonzert');
    await page.submit(form());
    expect(page.summary().map(([href]) => href)).toEqual([
      '#events-source-new-url',
      '#events-source-new-categoryMap',
    ]);
    expect(page.text()).toContain('Zeile 1: Schreiben Sie „Wort = Kennung“');
    expect(calls()).toEqual([]);

    page.fill('Adresse des Kalenders (https://…)', 'https://kirche.example/kalender.ics');
    page.fill('Kategorien des Kalenders zuordnen', 'Orgel = kultur\n\nMarkt=markt');
    await page.submit(form());
    expect(calls().map((c) => c.body)).toEqual([
      {
        name: 'Kirchengemeinde',
        url: 'https://kirche.example/kalender.ics',
        defaultCategory: null,
        categoryMap: { Orgel: 'kultur', Markt: 'markt' },
        active: true,
      },
      { dryRun: false },
    ]);
  });
});
