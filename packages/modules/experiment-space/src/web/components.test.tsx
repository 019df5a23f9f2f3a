// @vitest-environment happy-dom
import { missingTranslations } from '@city-app/core';
import { ApiError, createApiClient, failureText } from '@city-app/web';
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DaySlots, FreeTime } from '../api.js';
import { webMessages } from './messages.js';
import {
  type BookerErrors,
  type BookerValues,
  emptyBooker,
  refusalView,
  validateBooker,
} from './parts/booker-state.js';
import { BookingForm } from './parts/booking-form.js';
import { durationChoices } from './parts/durations.js';
import { PUSH_FIELD_ID, pushInstallation, pushOptIn } from './parts/push-opt-in.js';
import { SlotList } from './parts/slot-list.js';
import { spaceApi, spaceFor } from './space.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** What the components asked the server, answered with `answer`. */
const asked: Array<{ method: string; url: string; headers: Headers }> = [];
let answer = () => new Response('{}');
const api = createApiClient({
  fetch: async (input, init) => {
    asked.push({
      method: init?.method ?? 'GET',
      url: String(input),
      headers: new Headers(init?.headers),
    });
    return answer();
  },
  csrfToken: () => undefined,
});
const german = spaceFor('de', 'Europe/Berlin', () => {}, spaceApi(api));
const english = spaceFor('en', 'Europe/Berlin', () => {}, spaceApi(api));

const slot = (from: string, to: string): FreeTime => ({
  start: `2026-12-01T${from}:00+01:00`,
  end: `2026-12-01T${to}:00+01:00`,
  startLocal: `2026-12-01T${from}`,
  endLocal: `2026-12-01T${to}`,
});
const day: DaySlots = {
  resourceId: '3d-drucker-1',
  date: '2026-12-01',
  durationMinutes: 60,
  slots: [slot('10:00', '11:00'), slot('11:00', '12:00'), slot('14:30', '15:30')],
};

let container: HTMLElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function render(node: React.ReactNode) {
  act(() => root.render(node));
}

function click(element: Element | null | undefined) {
  if (!element) throw new Error('nothing to click');
  act(() => (element as HTMLElement).click());
}

function buttons(): HTMLButtonElement[] {
  return [...container.querySelectorAll('button')];
}

function button(name: string | RegExp): HTMLButtonElement {
  const found = buttons().find((b) =>
    typeof name === 'string' ? b.textContent === name : name.test(b.textContent ?? ''),
  );
  if (!found) throw new Error(`no button ${name}: ${buttons().map((b) => b.textContent)}`);
  return found;
}

function liveRegions(): string[] {
  return [...container.querySelectorAll('[role="status"]')].map((r) => r.textContent ?? '');
}

/** The slot list as a screen holds it: the chosen day and time in state. */
function SlotHarness(props: {
  initialDate?: string;
  days?: Record<string, DaySlots>;
  en?: boolean;
}) {
  const [date, setDate] = useState(props.initialDate ?? '2026-12-01');
  const [selected, setSelected] = useState<FreeTime | null>(null);
  const days = props.days ?? { '2026-12-01': day };
  return (
    <SlotList
      space={props.en ? english : german}
      date={date}
      minDate="2026-12-01"
      maxDate="2026-12-03"
      day={days[date] ?? null}
      selected={selected}
      onDate={setDate}
      onSelect={setSelected}
    />
  );
}

describe('the list of free times', () => {
  it('names every free time with its whole range and says how many there are', () => {
    render(<SlotHarness />);
    const slots = container.querySelectorAll('ul button');
    expect([...slots].map((b) => b.textContent)).toEqual([
      'Dienstag, 1. Dezember 2026, 10:00 bis 11:00 Uhr',
      'Dienstag, 1. Dezember 2026, 11:00 bis 12:00 Uhr',
      'Dienstag, 1. Dezember 2026, 14:30 bis 15:30 Uhr',
    ]);
    // The day is said to screen readers only; sighted people read it in the heading above.
    expect(slots[0]?.querySelector('.city-visually-hidden')?.textContent).toBe(
      'Dienstag, 1. Dezember 2026, ',
    );
    expect(container.querySelector('h3')?.textContent).toBe('Dienstag, 1. Dezember 2026');
    expect([...slots].every((b) => b.getAttribute('aria-pressed') === 'false')).toBe(true);
    expect(liveRegions()).toContain('3 freie Zeiten am Dienstag, 1. Dezember 2026.');
    const date = container.querySelector<HTMLInputElement>('input[type="date"]');
    expect(date?.value).toBe('2026-12-01');
    expect(container.querySelector(`label[for="${date?.id}"]`)?.textContent).toBe('Tag');
  });

  it('marks the chosen time as pressed and announces the choice', () => {
    render(<SlotHarness />);
    click(button(/11:00 bis 12:00/));
    const pressed = container.querySelectorAll('ul button[aria-pressed="true"]');
    expect(pressed).toHaveLength(1);
    expect(pressed[0]?.textContent).toContain('11:00 bis 12:00 Uhr');
    expect(liveRegions()).toContain('Gewählt: Dienstag, 1. Dezember 2026, 11:00 bis 12:00 Uhr');
    click(button(/14:30 bis 15:30/));
    expect(container.querySelectorAll('ul button[aria-pressed="true"]')).toHaveLength(1);
    expect(button(/14:30/).getAttribute('aria-pressed')).toBe('true');
  });

  it('moves day by day within the bookable days and says why a day has no time', () => {
    const closed: DaySlots = { ...day, date: '2026-12-02', slots: [], reason: 'closed' };
    render(<SlotHarness days={{ '2026-12-01': day, '2026-12-02': closed }} />);
    click(button('Vorheriger Tag'));
    expect(container.querySelector('h3')?.textContent).toBe('Dienstag, 1. Dezember 2026');
    expect(button('Vorheriger Tag').getAttribute('aria-disabled')).toBe('true');
    click(button('Nächster Tag'));
    expect(container.querySelector('h3')?.textContent).toBe('Mittwoch, 2. Dezember 2026');
    expect(container.textContent).toContain('Am Mittwoch, 2. Dezember 2026 ist geschlossen.');
    expect(container.querySelector('ul')).toBeNull();
    // The third day is still loading: a spinner with a name, and the live region says so.
    click(button('Nächster Tag'));
    expect(liveRegions()).toContain('Freie Zeiten werden geladen …');
    click(button('Nächster Tag'));
    expect(container.querySelector('h3')?.textContent).toBe('Donnerstag, 3. Dezember 2026');
  });

  it('speaks English when the resident chose it', () => {
    render(<SlotHarness en />);
    // ICU versions differ on the comma after the weekday.
    expect(container.querySelector('ul button')?.textContent).toMatch(
      /^Tuesday,? 1 December 2026, 10:00 to 11:00$/,
    );
    expect(liveRegions().join('|')).toMatch(/3 free times on Tuesday,? 1 December 2026\./);
  });
});

/** The booking form with the screen's checks: validates, then hands the refusal back. */
function FormHarness({ refusal }: { refusal?: ApiError }) {
  const [values, setValues] = useState<BookerValues>(emptyBooker);
  const [errors, setErrors] = useState<BookerErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [alternatives, setAlternatives] = useState<FreeTime[]>([]);
  const [chosen, setChosen] = useState<FreeTime | null>(null);
  return (
    <BookingForm
      space={german}
      values={values}
      errors={errors}
      general={general}
      alternatives={alternatives}
      groups={[
        { id: 'resident', label: 'Privatperson' },
        { id: 'school', label: 'Schulklasse' },
      ]}
      withNote
      submitting={false}
      submitLabel="Verbindlich buchen"
      onChange={(field, value) => setValues((v) => ({ ...v, [field]: value }))}
      onAlternative={setChosen}
      onSubmit={() => {
        const found = validateBooker(values, german.t, { slotChosen: true });
        setErrors(found);
        if (Object.keys(found).length || !refusal) return;
        const view = refusalView(refusal, german.t);
        setErrors(view.errors);
        setGeneral(view.general);
        setAlternatives(view.alternatives);
      }}
    >
      <h2 id="experiment-space-slots" tabIndex={-1}>
        Freie Zeiten
      </h2>
      <p id="chosen">{chosen ? chosen.startLocal : 'none'}</p>
    </BookingForm>
  );
}

function type(label: string, value: string) {
  const input = fieldByLabel(label) as HTMLInputElement | HTMLSelectElement;
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')?.set;
  act(() => {
    setter?.call(input, value);
    input.dispatchEvent(
      new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
    );
  });
}

function fieldByLabel(label: string): HTMLElement {
  const found = [...container.querySelectorAll('label')].find((l) =>
    (l.textContent ?? '').startsWith(label),
  );
  const control = found && document.getElementById(found.htmlFor);
  if (!control) throw new Error(`no field labelled ${label}`);
  return control;
}

async function submit() {
  await act(async () => {
    container.querySelector('form')?.requestSubmit();
  });
}

describe('the booking form', () => {
  it('labels every field and marks required ones in text', () => {
    render(<FormHarness />);
    expect(container.querySelector('legend')?.textContent).toBe('Ihre Angaben');
    expect(fieldByLabel('Name').closest('.city-field')?.textContent).toContain('(Pflichtfeld)');
    expect(fieldByLabel('E-Mail-Adresse').getAttribute('type')).toBe('email');
    expect(fieldByLabel('E-Mail-Adresse').getAttribute('autocomplete')).toBe('email');
    // A private person has no organisation to name.
    expect(() => fieldByLabel('Name der Einrichtung')).toThrow();
    type('Ich buche als', 'school');
    expect(fieldByLabel('Name der Einrichtung').hasAttribute('required')).toBe(true);
  });

  it('refuses an empty submit: errors at the fields, linked, and a focused summary', async () => {
    render(<FormHarness />);
    type('Ich buche als', 'school');
    type('E-Mail-Adresse', 'kein-at-zeichen');
    await submit();
    const summary = container.querySelector('.city-error-summary');
    expect(document.activeElement).toBe(summary);
    const links = [...(summary?.querySelectorAll('a') ?? [])].map((a) => [
      a.getAttribute('href'),
      a.textContent,
    ]);
    expect(links).toEqual([
      ['#experiment-space-name', 'Bitte geben Sie Ihren Namen ein.'],
      ['#experiment-space-email', 'Bitte geben Sie eine E-Mail-Adresse wie name@beispiel.de ein.'],
      ['#experiment-space-organisation', 'Bitte geben Sie den Namen Ihrer Einrichtung ein.'],
    ]);
    for (const label of ['Name', 'E-Mail-Adresse', 'Name der Einrichtung']) {
      const field = fieldByLabel(label);
      expect(field.getAttribute('aria-invalid')).toBe('true');
      const described = (field.getAttribute('aria-describedby') ?? '').split(' ');
      const errorText = described.map((id) => document.getElementById(id)?.textContent).join(' ');
      expect(errorText).toMatch(/Fehler: Bitte/);
    }
    // A link of the summary takes the focus to its field.
    click(summary?.querySelector('a[href="#experiment-space-email"]'));
    expect(document.activeElement).toBe(fieldByLabel('E-Mail-Adresse'));
  });

  it('shows the server’s refusal at the field it names, with its hint', async () => {
    const refusal = new ApiError({
      status: 400,
      code: 'invalid_email',
      message: 'Diese E-Mail-Adresse nimmt keine Post an.',
      field: 'email',
      hint: 'Prüfen Sie die Schreibweise.',
    });
    render(<FormHarness refusal={refusal} />);
    type('Name', 'Erika Muster');
    type('E-Mail-Adresse', 'erika@example.org');
    await submit();
    const email = fieldByLabel('E-Mail-Adresse');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    const errorId = (email.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .find((id) => id.endsWith('-error'));
    expect(document.getElementById(errorId ?? '')?.textContent).toBe(
      'Fehler: Diese E-Mail-Adresse nimmt keine Post an. Prüfen Sie die Schreibweise.',
    );
    expect(fieldByLabel('Name').hasAttribute('aria-invalid')).toBe(false);
  });

  it('offers the free alternatives of a taken time as buttons', async () => {
    const refusal = new ApiError({
      status: 409,
      code: 'slot_taken',
      message: 'Diese Zeit ist inzwischen vergeben.',
      field: 'start',
      details: { alternatives: [slot('11:00', '12:00'), slot('14:30', '15:30')] },
    });
    render(<FormHarness refusal={refusal} />);
    type('Name', 'Erika Muster');
    type('E-Mail-Adresse', 'erika@example.org');
    await submit();
    const summary = container.querySelector('.city-error-summary');
    expect(document.activeElement).toBe(summary);
    expect(summary?.querySelector('a')?.getAttribute('href')).toBe('#experiment-space-slots');
    expect(summary?.textContent).toContain('Diese Zeit ist inzwischen vergeben.');
    click(button('Stattdessen wählen: Dienstag, 1. Dezember 2026, 14:30 bis 15:30 Uhr'));
    expect(container.querySelector('#chosen')?.textContent).toBe('2026-12-01T14:30');
  });
});

/** The booking form with the push opt-in of a device that has `installationId` (or none). */
function PushHarness(props: {
  installationId: string | null;
  locale?: 'de' | 'en';
  onRequest(body: { installationId?: string }): void;
}) {
  const [values, setValues] = useState<BookerValues>(emptyBooker);
  const [chosen, choose] = useState(false);
  const push = pushOptIn(props.installationId, chosen, choose);
  return (
    <BookingForm
      space={props.locale === 'en' ? english : german}
      values={values}
      errors={{}}
      groups={[{ id: 'resident', label: 'Privatperson' }]}
      push={push}
      submitting={false}
      submitLabel="Buchen"
      onChange={(field, value) => setValues((v) => ({ ...v, [field]: value }))}
      onSubmit={() => props.onRequest(push.request())}
    />
  );
}

describe('push on this device', () => {
  const id = '0b8f6d1e-5c1a-4c8e-9a51-3f2d7e6b9c40';

  it('offers it, unchecked, with the e-mail hint, only where the device has an installation', async () => {
    const sent: { installationId?: string }[] = [];
    render(<PushHarness installationId={null} onRequest={(b) => sent.push(b)} />);
    expect(document.getElementById(PUSH_FIELD_ID)).toBeNull();
    render(<PushHarness installationId={id} onRequest={(b) => sent.push(b)} />);
    const box = document.getElementById(PUSH_FIELD_ID) as HTMLInputElement;
    expect(box.type).toBe('checkbox');
    expect(box.checked).toBe(false);
    expect(fieldByLabel('Auch als Push-Mitteilung auf diesem Gerät')).toBe(box);
    const hint = document.getElementById(box.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toContain('Die E-Mail kommt in jedem Fall.');
    await submit();
    click(box);
    expect(box.checked).toBe(true);
    await submit();
    click(box);
    await submit();
    expect(sent).toEqual([{}, { installationId: id }, {}]);
  });

  it('speaks English when the resident chose it', () => {
    render(<PushHarness installationId={id} locale="en" onRequest={() => {}} />);
    expect(fieldByLabel('Also as a push notification on this device').id).toBe(PUSH_FIELD_ID);
  });

  it('finds no installation in a browser without Web Push, and makes no id', async () => {
    expect(await pushInstallation()).toBeNull();
    expect(localStorage.length).toBe(0);
  });
});

describe('refusals and rules', () => {
  it('puts a refusal without a known field in the summary, a network failure in plain words', () => {
    const quota = refusalView(
      new ApiError({
        status: 409,
        code: 'quota_exceeded',
        message: 'Sie haben diese Woche schon 2 Buchungen.',
        details: { quota: { period: 'week', maxCount: 2 } },
      }),
      german.t,
    );
    expect(quota.errors.slot).toBe('Sie haben diese Woche schon 2 Buchungen.');
    const odd = refusalView(
      new ApiError({
        status: 500,
        code: 'x',
        message: 'Kaputt.',
      }),
      german.t,
    );
    expect(odd).toEqual({ errors: {}, general: 'Kaputt.', alternatives: [] });
    const offline = refusalView(
      new ApiError({
        status: 0,
        code: 'network_error',
        message: 'x',
      }),
      german.t,
    );
    expect(offline.general).toMatch(/Server ist nicht erreichbar/);
  });

  it('shows a failure the server did not word in the page’s language, not the client’s English', () => {
    const proxy = new ApiError({
      status: 502,
      code: 'http_502',
      message: 'The server answered with status 502 (Bad Gateway).',
    });
    expect(failureText(proxy, german.t)).toBe(
      'Das hat nicht geklappt. Bitte versuchen Sie es erneut.',
    );
    expect(refusalView(proxy, english.t).general).toBe('That did not work. Please try again.');
    const full = new ApiError({
      status: 429,
      code: 'rate_limited',
      message: 'Zu viele Anfragen.',
      hint: 'Bitte warten Sie eine Stunde.',
    });
    expect(failureText(full, german.t)).toBe('Zu viele Anfragen. Bitte warten Sie eine Stunde.');
    // The server's own entry for a refused request of the framework is worded too.
    const worded = new ApiError({ status: 405, code: 'http_error', message: 'Nicht erlaubt.' });
    expect(failureText(worded, german.t)).toBe('Nicht erlaubt.');
  });

  it('offers lengths on the grid between the shortest and the longest booking', () => {
    expect(
      durationChoices({ granularityMinutes: 30, minDurationMinutes: 60, maxDurationMinutes: 180 }),
    ).toEqual([60, 90, 120, 150, 180]);
    expect(
      durationChoices({ granularityMinutes: 30, minDurationMinutes: 0, maxDurationMinutes: 0 }),
    ).toEqual([30]);
  });

  it('has every screen string in German and English', () => {
    expect(missingTranslations(webMessages)).toEqual({ de: [], en: [] });
  });
});

describe('the module’s API', () => {
  it('asks the shell’s client below the module’s root, with every verb and extra headers', async () => {
    asked.length = 0;
    answer = () => new Response('{"ok":true}');
    expect(await german.api.get('/')).toEqual({ ok: true });
    await german.api.get('/courses');
    await german.api.patch('/bookings/abc', { start: '2026-12-01T10:00' });
    await german.api.post('/bookings', {}, { headers: { 'Idempotency-Key': 'k1' } });
    await german.api.delete('/my-data', { headers: { Authorization: 'Bearer a' } });
    expect(asked.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /api/experiment-space',
      'GET /api/experiment-space/courses',
      'PATCH /api/experiment-space/bookings/abc',
      'POST /api/experiment-space/bookings',
      'DELETE /api/experiment-space/my-data',
    ]);
    expect(asked[3]?.headers.get('Idempotency-Key')).toBe('k1');
    expect(asked[4]?.headers.get('Authorization')).toBe('Bearer a');
  });

  it('hands on the server’s refusal with its hint and details', async () => {
    answer = () =>
      Response.json(
        {
          code: 'slot_taken',
          title: 'Vergeben',
          message: 'Diese Zeit ist inzwischen vergeben.',
          hint: 'Wählen Sie eine andere Zeit.',
          field: 'start',
          details: { alternatives: [slot('11:00', '12:00')] },
        },
        { status: 409 },
      );
    const refusal = await german.api.post('/bookings', {}).catch((error: unknown) => error);
    expect(refusalView(refusal, german.t)).toEqual({
      errors: { slot: 'Diese Zeit ist inzwischen vergeben. Wählen Sie eine andere Zeit.' },
      general: null,
      alternatives: [slot('11:00', '12:00')],
    });
  });
});
