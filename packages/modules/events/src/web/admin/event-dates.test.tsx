// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { StaffEvent } from '../../api/staff-event.js';
import { collapsedDates } from './dates/collapsed-dates.js';
import { EventView } from './event.js';
import { MARKET_ID, market, townApi } from './fixtures.js';
import { answer, render, settle, staffFor } from './testing.js';

let unmount = () => {};
afterEach(() => unmount());

const base = `/api/events/admin/events/${MARKET_ID}`;
const withDate = (index: number, change: Partial<StaffEvent['dates'][number]>): StaffEvent => ({
  ...market,
  dates: market.dates.map((d, i) => (i === index ? { ...d, ...change } : d)),
});

async function marketPage(routes: Parameters<typeof townApi>[0] = {}, locale: 'de' | 'en' = 'de') {
  const went: string[] = [];
  const { api, asked } = townApi(routes);
  const page = render(
    <EventView staff={staffFor(api, locale, (p) => went.push(p))} id={MARKET_ID} />,
  );
  unmount = page.unmount;
  await settle();
  const calls = () => asked.filter((a) => a.method !== 'GET');
  return { page, calls, went };
}

describe('an event’s dates', () => {
  it('lists each date with its time and state in words, and the actions that fit', async () => {
    const { page } = await marketPage();
    const rows = [...page.container.querySelectorAll('tbody tr')].map((r) => r.textContent);
    expect(rows[0]).toContain('Dienstag, 2. März 2027');
    expect(rows[0]).toContain('08:00–13:00');
    expect(rows[0]).toContain('Findet statt');
    expect(rows[1]).toContain('Abgesagt');
    expect(rows[1]).toContain('Wegen Sturmwarnung');
    expect(page.container.querySelector('tbody tr:nth-child(2) s')?.textContent).toBe(
      'Dienstag, 9. März 2027',
    );
    expect(rows[2]).toContain('Mittwoch, 17. März 2027');
    expect(rows[2]).toContain('09:00–13:00');
    expect(rows[2]).toContain('Verlegt von Dienstag, 16. März 2027');
    // A cancelled date can only be restored; a scheduled one not.
    expect(() => page.button('Absagen: Termin am Dienstag, 9. März 2027')).toThrow();
    expect(() => page.button('Wiederherstellen: Termin am Dienstag, 2. März 2027')).toThrow();
    page.button('Verlegen: Termin am Dienstag, 16. März 2027');
  });

  it('calls one date off with a note, and shows the answer', async () => {
    const { page, calls } = await marketPage({
      [`POST ${base}/dates/2027-03-02/cancel`]: (body) =>
        withDate(0, { status: 'cancelled', note: (body as { note: string }).note }),
    });
    page.button('Absagen: Termin am Dienstag, 2. März 2027').focus();
    await page.press('Absagen: Termin am Dienstag, 2. März 2027');
    expect(document.activeElement?.textContent).toBe('Termin am Dienstag, 2. März 2027 absagen');
    page.fill('Hinweis für die Bürgerinnen und Bürger', ' Wegen Glatteis ');
    await page.press('Termin absagen');
    expect(calls()).toEqual([
      { method: 'POST', path: `${base}/dates/2027-03-02/cancel`, body: { note: 'Wegen Glatteis' } },
    ]);
    expect(page.text()).toContain('Der Termin am Dienstag, 2. März 2027 ist abgesagt.');
    expect(page.container.querySelector('tbody tr')?.textContent).toContain('Wegen Glatteis');
    expect(() => page.button('Termin absagen')).toThrow();
    // The "Absagen" button is gone with the cancelled date: focus lands on the dates' heading.
    expect(document.activeElement?.textContent).toBe('Termine');
  });

  it('moves a date to another day and time; a day taken shows at the new day', async () => {
    let taken = true;
    const { page, calls } = await marketPage({
      [`POST ${base}/dates/2027-03-02/move`]: () =>
        taken
          ? answer(409, {
              code: 'events_date_taken',
              message: 'Die Veranstaltung hat am 2027-03-03 schon einen Termin.',
              hint: 'Wählen Sie einen anderen Tag.',
              field: 'to',
            })
          : withDate(0, { status: 'moved', localDate: '2027-03-04' }),
    });
    const opener = page.button('Verlegen: Termin am Dienstag, 2. März 2027');
    opener.focus();
    await page.press('Verlegen: Termin am Dienstag, 2. März 2027');
    await page.press('Abbrechen');
    expect(document.activeElement).toBe(opener);
    await page.press('Verlegen: Termin am Dienstag, 2. März 2027');
    expect(page.control('Neuer Tag').value).toBe('2027-03-02');
    page.fill('Neuer Tag', '2027-03-03');
    page.fill('Neuer Beginn', '09:00');
    await page.press('Termin verlegen');
    expect(page.control('Neuer Tag').getAttribute('aria-invalid')).toBe('true');
    expect(page.summary()).toEqual([
      [
        '#events-date-to',
        'Die Veranstaltung hat am 2027-03-03 schon einen Termin. Wählen Sie einen anderen Tag.',
      ],
    ]);
    taken = false;
    page.fill('Neuer Tag', '2027-03-04');
    await page.press('Termin verlegen');
    expect(calls().map((c) => c.body)).toEqual([
      { to: '2027-03-03', startTime: '09:00' },
      { to: '2027-03-04', startTime: '09:00' },
    ]);
    expect(page.text()).toContain(
      'Der Termin am Dienstag, 2. März 2027 ist auf den Donnerstag, 4. März 2027 verlegt.',
    );
  });

  it('restores a cancelled date with DELETE', async () => {
    const { page, calls } = await marketPage(
      {
        [`DELETE ${base}/dates/2027-03-09`]: () => withDate(1, { status: 'scheduled', note: null }),
      },
      'en',
    );
    await page.press('Restore: date on Tuesday, 9 March 2027');
    expect(calls()).toEqual([
      { method: 'DELETE', path: `${base}/dates/2027-03-09`, body: undefined },
    ]);
    expect(page.text()).toContain('The date on Tuesday, 9 March 2027 is as planned again.');
    expect(page.container.querySelectorAll('tbody tr')[1]?.textContent).toContain('Takes place');
  });
});

describe('the dates of a long series', () => {
  // A year of weekly dates from tomorrow on, all still to come.
  const weekly = Array.from({ length: 52 }, (_, week) => {
    const day = new Date(Date.now() + (1 + week * 7) * 86_400_000).toISOString().slice(0, 10);
    return {
      originalDate: day,
      localDate: day,
      start: `${day}T07:00:00.000Z`,
      end: `${day}T12:00:00.000Z`,
      status: 'scheduled' as const,
      note: null,
    };
  });
  const rows = (page: { container: HTMLElement }) =>
    page.container.querySelectorAll('tbody tr').length;

  it('shows the next five and a button for all of them that says it is collapsed', async () => {
    const { page } = await marketPage({ [`GET ${base}`]: () => ({ ...market, dates: weekly }) });
    expect(rows(page)).toBe(5);
    const all = page.button('Alle 52 Termine zeigen');
    expect(all.getAttribute('aria-expanded')).toBe('false');
    const list = document.getElementById(all.getAttribute('aria-controls') ?? '');
    expect(list?.querySelector('table')).toBeTruthy();
    await page.press('Alle 52 Termine zeigen');
    expect(rows(page)).toBe(52);
    const fewer = page.button('Nur die nächsten 5 Termine zeigen');
    expect(fewer.getAttribute('aria-expanded')).toBe('true');
    await page.press('Nur die nächsten 5 Termine zeigen');
    expect(rows(page)).toBe(5);
  });

  it('starts at today: past dates of the series are behind the button', () => {
    const shown = collapsedDates(weekly, weekly[3]?.localDate ?? '');
    expect(shown).toEqual(weekly.slice(3, 8));
    // All past: the last five.
    expect(collapsedDates(weekly, '2030-01-01').at(-1)).toBe(weekly.at(-1));
    // Seven dates are shown whole.
    expect(collapsedDates(weekly.slice(0, 7), '2027-01-01')).toHaveLength(7);
  });
});

describe('the whole event', () => {
  it('is called off and reinstated', async () => {
    const { page, calls } = await marketPage({
      [`POST ${base}/cancel`]: () => ({ ...market, cancelled: true }),
      [`POST ${base}/reinstate`]: () => market,
    });
    await page.press('Ganze Veranstaltung absagen');
    expect(page.text()).toContain('Die ganze Veranstaltung ist abgesagt.');
    expect(page.text()).toContain('„Wochenmarkt“ ist abgesagt.');
    await page.press('Absage zurücknehmen');
    expect(page.text()).toContain('„Wochenmarkt“ findet wieder statt.');
    expect(calls().map((c) => c.path)).toEqual([`${base}/cancel`, `${base}/reinstate`]);
  });

  it('is deleted only after a confirmation, then the list opens', async () => {
    const { page, calls, went } = await marketPage({
      [`DELETE ${base}`]: () => answer(204),
    });
    await page.press('Löschen: „Wochenmarkt“');
    expect(calls()).toEqual([]);
    const dialog = document.querySelector('dialog');
    expect(dialog?.open).toBe(true);
    expect(dialog?.textContent).toContain('sagt sie besser ab');
    await page.press('Endgültig löschen');
    expect(calls()).toEqual([{ method: 'DELETE', path: base, body: undefined }]);
    expect(went).toEqual(['/admin/veranstaltungen']);
  });
});
