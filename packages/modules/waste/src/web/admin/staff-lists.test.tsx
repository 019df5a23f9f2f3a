// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { emptyPlan, summary, townApi } from './fixtures.js';
import { MappingsView } from './mappings.js';
import { OverviewView } from './overview.js';
import { SourcesView } from './sources.js';
import { mount, settle, staffFor } from './testing.js';

let unmount = () => {};
afterEach(() => unmount());

describe('the overview', () => {
  it('warns of sample dates, counts, lists the next pickups in date order and the sources’ health', async () => {
    const { api } = townApi();
    const page = mount(<OverviewView staff={staffFor(api)} />);
    unmount = page.unmount;
    await settle();
    expect(page.text()).toContain('Die Termine im Abfallkalender sind Beispiele.');
    expect(page.text()).toContain('Straßen und Ortsteile2');
    const next =
      [...page.container.querySelectorAll('.waste-admin__plain-list')][0]?.textContent ?? '';
    expect(next.indexOf('Papier Montag')).toBeLessThan(next.indexOf('Rest Mittwoch'));
    expect(page.text()).toContain('Fehler (2-mal in Folge): Der Server antwortete mit 503.');
    expect(page.text()).toContain('Granzin: Pausiert');
    expect(page.text()).toMatch(/Zuletzt erfolgreich importiert: \d/);
  });

  it('lets staff who entered the dates by hand say they are real', async () => {
    let sample = true;
    const { api, asked } = townApi({
      'GET /api/waste': () => ({ ...summary, sample }),
      'POST /api/waste/admin/samples/end': () => {
        sample = false;
        return { sample: false, ended: true };
      },
    });
    const page = mount(<OverviewView staff={staffFor(api)} />);
    unmount = page.unmount;
    await settle();
    await page.click('Die Termine sind echt');
    await settle();
    expect(asked.some((a) => a.method === 'POST' && a.path.endsWith('/samples/end'))).toBe(true);
    expect(page.text()).toContain('Die Termine gelten jetzt als echt.');
    expect(page.text()).not.toContain('Die Termine im Abfallkalender sind Beispiele.');
  });

  it('says in German when the server cannot be reached', async () => {
    const { api } = townApi({
      'POST /api/waste/admin/samples/end': () => {
        throw new TypeError('Failed to fetch');
      },
    });
    const page = mount(<OverviewView staff={staffFor(api)} />);
    unmount = page.unmount;
    await settle();
    await page.click('Die Termine sind echt');
    await settle();
    expect(page.text()).toContain('Der Server ist nicht erreichbar.');
  });
});

describe('the mapping table', () => {
  it('shows each text with its type in words and saves a changed one; adds a new text', async () => {
    const { api, asked } = townApi({
      'PUT /api/waste/admin/mappings/graue%20tonne': () => ({}),
      'PUT /api/waste/admin/mappings/Sperrm%C3%BCll': () => ({}),
    });
    const page = mount(<MappingsView staff={staffFor(api)} initialText="Sperrmüll" />);
    unmount = page.unmount;
    await settle();
    const rows = [...page.container.querySelectorAll('tbody tr')].map(
      (r) => r.querySelector('td')?.textContent,
    );
    expect(rows).toEqual(['Restabfall', 'Nicht importieren']);
    page.type('Abfallart für „Graue Tonne“', 'papier');
    await page.click('Zuordnung für „Graue Tonne“ speichern');
    await settle();
    expect(asked.find((a) => a.method === 'PUT')).toMatchObject({
      path: '/api/waste/admin/mappings/graue%20tonne',
      body: { label: 'Graue Tonne', typeId: 'papier' },
    });

    expect(page.fieldByLabel('Text in der Datei').value).toBe('Sperrmüll');
    await page.click('Zuordnung hinzufügen');
    await settle();
    expect(asked.filter((a) => a.method === 'PUT').at(-1)?.body).toEqual({
      label: 'Sperrmüll',
      typeId: null,
    });
    expect(page.liveRegions().join('|')).toContain('Zuordnung für „Sperrmüll“ gespeichert.');
  });
});

describe('the sources', () => {
  it('runs a dry run of a source and shows its plan; pauses one', async () => {
    const { api, asked } = townApi({
      'POST /api/waste/admin/sources/1/run': () => emptyPlan,
      'PATCH /api/waste/admin/sources/1': () => ({}),
    });
    const page = mount(<SourcesView staff={staffFor(api, 'en')} />);
    unmount = page.unmount;
    await settle();
    expect(page.text()).toContain('Failing (2 times in a row): Der Server antwortete mit 503.');
    await page.click('Dry run for "Lange Straße"');
    await settle();
    expect(asked.find((a) => a.path.endsWith('/run'))?.body).toEqual({ dryRun: true });
    expect(page.text()).toContain('Result of the dry run');
    expect(page.text()).toContain('No changes.');
    await page.click('Pause "Lange Straße"');
    await settle();
    expect(asked.find((a) => a.method === 'PATCH')?.body).toEqual({ active: false });
  });

  it('adds a source with its address, checking the address first', async () => {
    const { api, asked } = townApi({ 'POST /api/waste/admin/sources': () => ({}) });
    const page = mount(<SourcesView staff={staffFor(api)} />);
    unmount = page.unmount;
    await settle();
    page.type('Name', 'Bahnhofstraße');
    page.type('Adresse des Kalenders', 'abfall.example/x.ics');
    await page.click('Quelle hinzufügen');
    expect(page.fieldByLabel('Adresse des Kalenders').getAttribute('aria-invalid')).toBe('true');
    page.type('Adresse des Kalenders', 'https://abfall.example/x.ics');
    await page.click('Quelle hinzufügen');
    await settle();
    expect(asked.find((a) => a.method === 'POST')?.body).toEqual({
      name: 'Bahnhofstraße',
      format: 'ics',
      url: 'https://abfall.example/x.ics',
    });
  });
});
