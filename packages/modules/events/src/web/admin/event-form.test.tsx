// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { EventView } from './event.js';
import { CONCERT_ID, concert, MARKET_ID, market, synagogue, townApi } from './fixtures.js';
import { NewEventView } from './new-event.js';
import { answer, render, settle, staffFor } from './testing.js';

let unmount = () => {};
const browserRequest = globalThis.XMLHttpRequest;
afterEach(() => {
  unmount();
  globalThis.XMLHttpRequest = browserRequest;
});

const STORED_IMAGE = `/images/${'c'.repeat(32)}-960.webp`;

/** The kernel's image store as the upload field reaches it: one XMLHttpRequest, answered 201. */
class ImageStore {
  static sent: { url: string; body: unknown }[] = [];
  upload = {};
  status = 0;
  statusText = '';
  responseText = '';
  onload?: () => void;
  private url = '';
  open(_method: string, url: string) {
    this.url = url;
  }
  setRequestHeader() {}
  send(body: unknown) {
    ImageStore.sent.push({ url: this.url, body });
    this.status = 201;
    this.responseText = JSON.stringify({
      id: 'c'.repeat(32),
      url: STORED_IMAGE,
      width: 960,
      height: 640,
      widths: [480, 960],
    });
    queueMicrotask(() => this.onload?.());
  }
}

/** The new-event screen with a server that publishes what it gets under MARKET_ID. */
async function newEvent(locale: 'de' | 'en' = 'de', refuse?: unknown) {
  const went: string[] = [];
  const { api, asked } = townApi({
    'POST /api/events/admin/events': (body) =>
      refuse ?? answer(201, { ...market, ...(body as object) }),
  });
  const page = render(<NewEventView staff={staffFor(api, locale, (p) => went.push(p))} />);
  unmount = page.unmount;
  await settle();
  const form = () => page.control(locale === 'de' ? 'Titel' : 'Title').closest('form');
  const sent = () => asked.filter((a) => a.method === 'POST').map((a) => a.body);
  return { page, form, sent, went };
}

describe('a new event', () => {
  it('sends a weekly series on two weekdays with a count, and opens the event', async () => {
    const { page, form, sent, went } = await newEvent();
    page.tick('Wöchentlich');
    page.fill('Titel', '  Wochenmarkt ');
    page.fill('Titel auf Englisch', 'Weekly market');
    page.fill('Kategorie', 'markt');
    page.fill('Ort als Text', 'Lindenplatz');
    page.fill('Erster Tag', '2027-03-02');
    page.fill('Uhrzeit des Beginns', '08:00');
    page.fill('Uhrzeit des Endes', '13:00');
    page.tick('Eintritt frei');
    page.tick('Donnerstag');
    page.tick('Nach einer Anzahl von Terminen');
    page.fill('Anzahl der Termine', '10');
    await page.submit(form());
    expect(sent()).toEqual([
      {
        title: 'Wochenmarkt',
        titleEn: 'Weekly market',
        description: '',
        category: 'markt',
        place: 'Lindenplatz',
        isFree: true,
        startDate: '2027-03-02',
        startTime: '08:00',
        endTime: '13:00',
        // The first day's weekday (a Tuesday) is ticked already.
        repeat: { frequency: 'weekly', interval: 1, weekdays: ['TU', 'TH'], count: 10 },
      },
    ]);
    expect(went).toEqual([`/admin/veranstaltungen/${MARKET_ID}?veroeffentlicht`]);
  });

  it('sends "the 2nd Saturday of the month until a day" and "every 3 days"', async () => {
    const { page, form, sent } = await newEvent('en');
    page.fill('Title', 'Flohmarkt');
    page.fill('Venue', synagogue.id);
    page.fill('First day', '2027-03-13');
    page.tick('Monthly');
    page.tick('On a weekday, for example the 2nd Saturday');
    // Prefilled from the first day: the 13th is the second Saturday.
    expect(page.control('Which one in the month').value).toBe('2');
    expect(page.control('Weekday').value).toBe('SA');
    page.tick('Until a day');
    page.fill('Last possible day', '2027-12-31');
    await page.submit(form());
    expect(sent()[0]).toMatchObject({
      venueId: synagogue.id,
      repeat: { frequency: 'monthly', interval: 1, week: 2, weekday: 'SA', until: '2027-12-31' },
    });
    expect(sent()[0]).not.toHaveProperty('place');
    expect(sent()[0]).not.toHaveProperty('startTime');

    page.tick('Every few days');
    page.fill('Every how many days', '3');
    page.tick('No fixed end (ten years at most)');
    await page.submit(form());
    expect(sent()[1]).toMatchObject({ repeat: { frequency: 'daily', interval: 3 } });
    expect((sent()[1] as { repeat: object }).repeat).toEqual({ frequency: 'daily', interval: 3 });
  });

  it('lists what is missing at the top, linked to the fields, and sends nothing', async () => {
    const { page, form, sent } = await newEvent();
    page.tick('Wöchentlich');
    // Without a first day Monday is suggested; unticked, no weekday is left.
    expect(page.control('Montag').checked).toBe(true);
    page.tick('Montag');
    page.tick('Bis zu einem Tag');
    await page.submit(form());
    expect(page.summary()).toEqual([
      ['#events-event-title', 'Geben Sie einen Titel mit mindestens zwei Zeichen an.'],
      ['#events-event-startDate', 'Geben Sie den ersten Tag an.'],
      ['#events-event-repeat-weekdays', 'Wählen Sie mindestens einen Wochentag.'],
      ['#events-event-repeat-until', 'Geben Sie den letzten Tag der Reihe an.'],
    ]);
    expect(document.activeElement?.classList.contains('city-error-summary')).toBe(true);
    expect(page.control('Titel').getAttribute('aria-invalid')).toBe('true');
    expect(sent()).toEqual([]);
  });

  it('shows the server’s refusal at its field, also inside the series part', async () => {
    const refusal = answer(400, {
      code: 'validation_failed',
      message: 'Die Reihe muss am oder nach dem ersten Termin enden.',
      field: 'repeat.until',
    });
    const { page, form } = await newEvent('de', refusal);
    page.fill('Titel', 'Lesung');
    page.fill('Erster Tag', '2027-03-02');
    page.tick('Alle paar Tage');
    page.tick('Bis zu einem Tag');
    page.fill('Letzter möglicher Tag', '2027-03-01');
    await page.submit(form());
    expect(page.summary()).toEqual([
      ['#events-event-repeat-until', 'Die Reihe muss am oder nach dem ersten Termin enden.'],
    ]);
    const until = page.control('Letzter möglicher Tag');
    expect(until.getAttribute('aria-invalid')).toBe('true');
    expect(
      document.getElementById(until.getAttribute('aria-describedby') ?? '')?.textContent,
    ).toContain('Die Reihe muss am oder nach dem ersten Termin enden.');
  });
});

describe('changing an event', () => {
  it('uploads the event’s image and sends its address with the description', async () => {
    globalThis.XMLHttpRequest = ImageStore as unknown as typeof XMLHttpRequest;
    const { page, form, sent } = await newEvent();
    page.fill('Titel', 'Lesenacht');
    page.fill('Ort als Text', 'Stadtbibliothek');
    page.fill('Erster Tag', '2027-03-02');
    const picker = page.control('Bild hochladen');
    const photo = new File([new Uint8Array(32)], 'lesenacht.jpg', { type: 'image/jpeg' });
    Object.defineProperty(picker, 'files', { value: [photo], configurable: true });
    picker.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(ImageStore.sent).toEqual([{ url: '/api/images', body: photo }]);
    expect(page.container.querySelector('figure img')?.getAttribute('src')).toBe(STORED_IMAGE);
    await page.submit(form());
    expect(sent()).toEqual([]);
    expect(page.summary()).toContainEqual([
      '#events-event-imageAlt',
      'Beschreiben Sie das Bild für Menschen, die es nicht sehen.',
    ]);
    page.fill('Alternativtext', 'Kinder lesen mit Taschenlampen');
    await page.submit(form());
    expect(sent()).toMatchObject([
      { imageUrl: STORED_IMAGE, imageAlt: 'Kinder lesen mit Taschenlampen' },
    ]);
  });

  it('fills the form from the event and its rule, and saves the changes with PUT', async () => {
    const { api, asked } = townApi({
      [`PUT /api/events/admin/events/${MARKET_ID}`]: (body) => ({ ...market, ...(body as object) }),
    });
    const page = render(<EventView staff={staffFor(api)} id={MARKET_ID} />);
    unmount = page.unmount;
    await settle();
    expect(page.control('Titel').value).toBe('Wochenmarkt');
    expect(page.control('Wöchentlich').checked).toBe(true);
    expect(page.control('Dienstag').checked).toBe(true);
    expect(page.control('Anzahl der Termine').value).toBe('10');
    page.fill('Titel', 'Grüner Markt');
    await page.submit(page.control('Titel').closest('form'));
    const put = asked.find((a) => a.method === 'PUT');
    expect(put?.body).toMatchObject({
      title: 'Grüner Markt',
      repeat: { frequency: 'weekly', interval: 1, weekdays: ['TU'], count: 10 },
    });
    expect(page.container.querySelector('h1')?.textContent).toBe('Grüner Markt');
    expect(page.text()).toContain('Die Änderungen an „Grüner Markt“ sind gespeichert.');
  });

  it('confirms on its page that a new event is published', async () => {
    const { api } = townApi({});
    const page = render(<EventView staff={staffFor(api)} id={MARKET_ID} published />);
    unmount = page.unmount;
    await settle();
    const said = [...page.container.querySelectorAll('[role="status"]')].map((s) => s.textContent);
    expect(said).toContain('„Wochenmarkt“ ist veröffentlicht.');
  });

  it('shows an imported rule as text with a note, and keeps it on saving', async () => {
    const { api, asked } = townApi({
      [`PUT /api/events/admin/events/${CONCERT_ID}`]: () => concert,
    });
    const page = render(<EventView staff={staffFor(api, 'en')} id={CONCERT_ID} />);
    unmount = page.unmount;
    await settle();
    expect(page.text()).toContain('FREQ=MONTHLY;BYDAY=1SA,3SA;COUNT=6');
    expect(page.text()).toContain('The form cannot show this rule.');
    expect(page.control('Keep the rule').checked).toBe(true);
    expect(page.text()).toContain('Status: Awaiting review');
    await page.submit(page.control('Title').closest('form'));
    const put = asked.find((a) => a.method === 'PUT')?.body as Record<string, unknown>;
    expect(put).toMatchObject({ keepRule: true, venueId: synagogue.id, price: '5 €' });
    expect(put).not.toHaveProperty('repeat');
  });

  it('says so when the event is gone', async () => {
    const { api } = townApi();
    const page = render(
      <EventView staff={staffFor(api)} id="00000000-0000-4000-8000-000000000000" />,
    );
    unmount = page.unmount;
    await settle();
    expect(page.text()).toContain('Diese Veranstaltung gibt es nicht (mehr).');
    page.unmount();
    const typo = render(<EventView staff={staffFor(api)} id="wochenmarkt" />);
    unmount = typo.unmount;
    await settle();
    expect(typo.text()).toContain('Diese Veranstaltung gibt es nicht (mehr).');
  });
});
