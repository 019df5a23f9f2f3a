// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { StaffPickup, TourDetail } from '../../api/staff.js';
import type { CalendarSummary } from '../../summary.js';
import { fakeApi, mount, reply, settle, staffFor } from './testing.js';
import { TourView } from './tour.js';

const summary: CalendarSummary = {
  authority: 'Abfallwirtschaft',
  types: [
    {
      id: 'restabfall',
      name: { de: 'Restabfall', en: 'Residual waste' },
      colour: '#4d4d4d',
      icon: 'residual',
    },
  ],
  sample: false,
  firstDate: null,
  lastDate: null,
  locations: 1,
};
const pickup = (id: number, date: string, over: Partial<StaffPickup> = {}): StaffPickup => ({
  id,
  date,
  plannedDate: null,
  status: 'scheduled',
  reason: null,
  note: null,
  origin: 'manual',
  ...over,
});
const tour = (pickups: StaffPickup[]): TourDetail => ({
  id: 7,
  typeId: 'restabfall',
  name: 'Rest Mittwoch',
  pickups,
  locations: [
    {
      id: 3,
      kind: 'street',
      name: 'Lange Straße',
      district: null,
      houseFrom: 1,
      houseTo: 19,
      parity: 'odd',
    },
  ],
});

let unmount = () => {};
afterEach(() => unmount());

describe('the tour screen', () => {
  it('lists the dates in a table with headers and the streets the tour serves', async () => {
    const { api } = fakeApi({
      'GET /api/waste/admin/tours/7': () =>
        tour([
          pickup(1, '2027-01-06'),
          pickup(2, '2027-01-14', { plannedDate: '2027-01-13', reason: 'holiday' }),
        ]),
      'GET /api/waste': () => summary,
    });
    const page = mount(<TourView staff={staffFor(api)} id={7} />);
    unmount = page.unmount;
    await settle();
    expect(page.container.querySelector('h1')?.textContent).toBe('Rest Mittwoch');
    const headers = [...page.container.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(headers).toEqual(['Datum', 'Stand', 'Ursprünglich geplant', 'Grund', 'Aktionen']);
    const rows = [...page.container.querySelectorAll('tbody tr')].map((tr) => tr.textContent);
    expect(rows[1]).toContain('Donnerstag, 14. Januar 2027');
    expect(rows[1]).toContain('Mittwoch, 13. Januar 2027');
    expect(rows[1]).toContain('Feiertag');
    expect(page.text()).toContain('Lange Straße, 1–19 (ungerade)');
    // The type shows by name, its colour only beside it.
    expect(page.text()).toContain('Abfallart: Restabfall');
    expect(page.button('Termin verschieben: Mittwoch, 6. Januar 2027')).toBeTruthy();
  });

  it('names each date’s buttons with their visible words first (WCAG 2.5.3, label in name)', async () => {
    const { api } = fakeApi({
      'GET /api/waste/admin/tours/7': () =>
        tour([pickup(1, '2027-01-06'), pickup(2, '2027-01-13', { status: 'cancelled' })]),
      'GET /api/waste': () => summary,
    });
    const page = mount(<TourView staff={staffFor(api)} id={7} />);
    unmount = page.unmount;
    await settle();
    const buttons = [...page.container.querySelectorAll('tbody button')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Termin verschieben: Mittwoch, 6. Januar 2027',
      'Termin absagen: Mittwoch, 6. Januar 2027',
      'Termin löschen: Mittwoch, 6. Januar 2027',
      'Absage zurücknehmen: Mittwoch, 13. Januar 2027',
      'Termin löschen: Mittwoch, 13. Januar 2027',
    ]);
    for (const button of buttons)
      expect(button.getAttribute('aria-label')).toContain(button.textContent as string);
  });

  it('moves a date with its reason and note, then says so', async () => {
    let current = tour([pickup(1, '2027-01-06')]);
    const { api, asked } = fakeApi({
      'GET /api/waste/admin/tours/7': () => current,
      'GET /api/waste': () => summary,
      'POST /api/waste/admin/tours/7/pickups/1/move': () => {
        const moved = pickup(1, '2027-01-07', { plannedDate: '2027-01-06', reason: 'weather' });
        current = tour([moved]);
        return moved;
      },
    });
    const page = mount(<TourView staff={staffFor(api)} id={7} />);
    unmount = page.unmount;
    await settle();
    await page.click('Termin verschieben: Mittwoch, 6. Januar 2027');
    expect(document.activeElement?.textContent).toBe(
      'Termin am Mittwoch, 6. Januar 2027 verschieben',
    );

    // Without a date the form says what is missing, in a summary linked to the field.
    await page.submit(page.fieldByLabel('Neues Datum').closest('form'));
    expect(page.container.querySelector('.city-error-summary a')?.getAttribute('href')).toBe(
      '#waste-pickup-move-date',
    );

    page.type('Neues Datum', '2027-01-07');
    page.type('Grund', 'weather');
    page.type('Hinweis für die Bürgerinnen und Bürger (Deutsch)', 'Wegen Glätte');
    await page.submit(page.fieldByLabel('Neues Datum').closest('form'));
    await settle();
    const move = asked.find((a) => a.method === 'POST');
    expect(move?.body).toEqual({
      date: '2027-01-07',
      reason: 'weather',
      note: { de: 'Wegen Glätte' },
    });
    expect(page.liveRegions().join('|')).toContain(
      'Termin vom Mittwoch, 6. Januar 2027 auf Donnerstag, 7. Januar 2027 verschoben.',
    );
    expect(page.container.querySelector('#waste-pickup-move-heading')).toBeNull();
  });

  it('shows the API’s refusal at the field it names, as the API words it', async () => {
    const { api } = fakeApi({
      'GET /api/waste/admin/tours/7': () => tour([]),
      'GET /api/waste': () => summary,
      'POST /api/waste/admin/tours/7/pickups': () =>
        reply(409, {
          code: 'waste_pickup_exists',
          message: 'Die Tour „Rest Mittwoch“ hat am 2027-01-06 schon einen Termin.',
          hint: 'Wählen Sie einen anderen Tag.',
          field: 'date',
        }),
    });
    const page = mount(<TourView staff={staffFor(api)} id={7} />);
    unmount = page.unmount;
    await settle();
    expect(page.text()).toContain('Diese Tour hat noch keine Termine.');
    page.type('Datum', '2027-01-06');
    await page.submit(page.fieldByLabel('Datum').closest('form'));
    await settle();
    const field = page.fieldByLabel('Datum');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(page.container.querySelector('.city-error-summary')?.textContent).toContain(
      'Die Tour „Rest Mittwoch“ hat am 2027-01-06 schon einen Termin. Wählen Sie einen anderen Tag.',
    );
  });

  it('moves the dates of a range and cancels one, in English too', async () => {
    const { api, asked } = fakeApi({
      'GET /api/waste/admin/tours/7': () => tour([pickup(1, '2027-03-31')]),
      'GET /api/waste': () => summary,
      'POST /api/waste/admin/tours/7/shift': () => ({
        moved: 1,
        tour: tour([pickup(1, '2027-04-01')]),
      }),
      'POST /api/waste/admin/tours/7/pickups/1/cancel': () =>
        pickup(1, '2027-03-31', { status: 'cancelled' }),
    });
    const page = mount(<TourView staff={staffFor(api, 'en')} id={7} />);
    unmount = page.unmount;
    await settle();
    page.type('First day of the period', '2027-03-29');
    page.type('Last day of the period', '2027-04-02');
    await page.click('Move the dates');
    await settle();
    expect(asked.find((a) => a.path.endsWith('/shift'))?.body).toEqual({
      from: '2027-03-29',
      to: '2027-04-02',
      days: 1,
      reason: 'holiday',
    });
    expect(page.liveRegions().join('|')).toContain('Dates moved: 1.');

    await page.click(/^Cancel the date: /);
    await page.submit(page.fieldByLabel('Reason').closest('form'));
    await settle();
    expect(asked.find((a) => a.path.endsWith('/cancel'))?.body).toEqual({ reason: 'holiday' });
  });

  it('renames the tour and deletes it, then goes back to the streets', async () => {
    const { api, asked } = fakeApi({
      'GET /api/waste/admin/tours/7': () => tour([]),
      'GET /api/waste': () => summary,
      'PATCH /api/waste/admin/tours/7': (body) => ({ ...tour([]), ...(body as object) }),
      'DELETE /api/waste/admin/tours/7': () => reply(204),
    });
    const went: string[] = [];
    const page = mount(<TourView staff={staffFor(api, 'de', (p) => went.push(p))} id={7} />);
    unmount = page.unmount;
    await settle();
    page.type('Name der Tour', 'Rest Donnerstag');
    await page.click('Namen speichern');
    await settle();
    expect(asked.find((a) => a.method === 'PATCH')?.body).toEqual({ name: 'Rest Donnerstag' });
    expect(page.liveRegions().join('|')).toContain('Die Tour heißt jetzt „Rest Donnerstag“.');
    await page.click('Tour „Rest Mittwoch“ löschen');
    await settle();
    expect(went).toEqual(['/admin/abfall/strassen']);
  });
});
