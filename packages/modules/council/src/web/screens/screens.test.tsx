// @vitest-environment happy-dom
import { screenMismatch } from '@city-app/web';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MEETING, meetingSummary } from '../../../test/meeting-summary.js';
import { axeViolations, fakeServer, renderApp, text, waitFor } from '../../../test/resident-web.js';
import type { MeetingDetail, MeetingPage } from '../../api/meeting.js';
import type { PaperDetail } from '../../api/paper.js';
import councilWeb from '../index.js';

const PAPER = 'P9yT2kLm4n5oPqRs';
const summary = meetingSummary;
const page: MeetingPage = { items: [summary], total: 25, page: 1, pageSize: 20 };
const meeting: MeetingDetail = {
  ...summary,
  agenda: [
    {
      key: 'A1bC2dE3fG4hI5jK',
      number: '1',
      name: 'Radweg an der Bahnhofstraße',
      result: 'Beschlossen',
      papers: [{ key: PAPER, name: 'Beschlussvorlage Radweg', reference: '0042/2026' }],
    },
    {
      key: 'L6mN7oP8qR9sT0uV',
      number: '2',
      name: 'Spielplatz im Neubaugebiet',
      result: null,
      papers: [],
    },
  ],
  documents: [
    {
      name: 'Einladung',
      url: 'https://ratsinfo.example/file/1.pdf',
      mimeType: 'application/pdf',
      size: 82930,
    },
  ],
  organizations: [{ key: 'O1bAuAu55chu55aa', name: 'Bauausschuss' }],
  web: 'https://ratsinfo.example/meeting/3',
};
const paper: PaperDetail = {
  key: PAPER,
  name: 'Beschlussvorlage Radweg',
  reference: '0042/2026',
  paperType: 'Beschlussvorlage',
  date: '2026-02-10',
  documents: [
    {
      name: 'Vorlage',
      url: 'https://ratsinfo.example/file/2.pdf',
      mimeType: 'application/pdf',
      size: 2_400_000,
    },
  ],
  consultations: [
    {
      key: 'W1xY2zA3bC4dE5fG',
      meeting: { key: MEETING, name: summary.name, start: summary.start },
      committees: ['Bauausschuss'],
      role: 'Beschlussfassung',
    },
  ],
  web: null,
};

let server: ReturnType<typeof fakeServer>;
let app: ReturnType<typeof renderApp> | undefined;
beforeEach(() => {
  server = fakeServer();
  server.answer('/api/council/meetings?page=1', page);
  server.answer('/api/council/meetings?page=2', { ...page, items: [], page: 2 });
  server.answer('/api/council/meetings?page=1&q=Radweg', { ...page, total: 1 });
  server.answer(`/api/council/meetings/${MEETING}`, meeting);
  server.answer(`/api/council/papers/${PAPER}`, paper);
});
afterEach(() => {
  app?.unmount();
  app = undefined;
});
const h1 = () => text(app?.container.querySelector('h1'));

describe('council screens', () => {
  it('has a screen for each pattern its meta declares, and no other', () => {
    expect(screenMismatch(councilWeb)).toEqual([]);
  });

  it('lists the coming meetings with time in the town’s zone, committee and place, and pages', async () => {
    app = renderApp('/rat', server, 'de');
    await waitFor(() => expect(text(app?.container)).toContain('3. Sitzung des Bauausschusses'));
    expect(h1()).toBe('Sitzungen des Rats und der Ausschüsse');
    const content = text(app.container);
    expect(content).toContain('Dienstag, 3. März 2026 um 18:00');
    expect(content).toContain('Bauausschuss');
    expect(content).toContain('Seite 1 von 2');
    expect(app.container.querySelector(`a[href="/rat/${MEETING}"]`)).toBeTruthy();
  });

  it('searches by words, keeping them in the address', async () => {
    app = renderApp('/rat', server, 'de');
    await waitFor(() => expect(app?.container.querySelector('input[type="search"]')).toBeTruthy());
    const input = app.container.querySelector('input[type="search"]') as HTMLInputElement;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    act(() => {
      setter?.call(input, 'Radweg');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const form = app.container.querySelector('search form') as HTMLFormElement;
    await act(async () => form.requestSubmit());
    await waitFor(() => expect(server.requests).toContain('/api/council/meetings?page=1&q=Radweg'));
    expect(window.location.search).toBe('?q=Radweg');
    await waitFor(() => expect(text(app?.container)).toContain('Suche zurücksetzen'));
  });

  it('shows a meeting’s agenda with its papers and the documents at the source', async () => {
    app = renderApp(`/rat/${MEETING}`, server, 'de');
    await waitFor(() => expect(h1()).toBe('3. Sitzung des Bauausschusses'));
    await waitFor(() =>
      expect(text(app?.container)).toContain('TOP 1: Radweg an der Bahnhofstraße'),
    );
    const content = text(app.container);
    expect(content).toContain('Ergebnis: Beschlossen');
    expect(content).toContain('Einladung (PDF, 81 KB)');
    const doc = app.container.querySelector('a[href="https://ratsinfo.example/file/1.pdf"]');
    expect(doc?.getAttribute('rel')).toContain('noopener');
    expect(text(app.container.querySelector('a[href="https://ratsinfo.example/meeting/3"]'))).toBe(
      'Im Ratsinformationssystem ansehen',
    );
    expect(app.container.querySelector(`a[href="/rat/vorlage/${PAPER}"]`)?.textContent).toBe(
      '0042/2026: Beschlussvorlage Radweg',
    );
    // Into the phone's calendar, its own words in the page's language.
    const calendar = [...app.container.querySelectorAll('a')].find(
      (a) => text(a) === 'In den Kalender',
    );
    expect(calendar?.getAttribute('href')).toBe(
      `/api/council/meetings/${MEETING}/calendar.ics?lang=de`,
    );
    expect(calendar?.getAttribute('type')).toBe('text/calendar');
  });

  it('shows a paper with its documents and consultations, in English too', async () => {
    app = renderApp(`/rat/vorlage/${PAPER}`, server, 'en');
    await waitFor(() => expect(text(app?.container)).toContain('Discussed by'));
    const content = text(app.container);
    expect(content).toContain('10 February 2026');
    expect(content).toContain('Vorlage (PDF, 2.3 MB)');
    expect(content).toContain('Role: Beschlussfassung');
    expect(content).not.toContain('Zurück');
  });

  it('offers the meeting to the calendar in English, cancelled or not', async () => {
    server.answer(`/api/council/meetings/${MEETING}`, { ...meeting, cancelled: true });
    app = renderApp(`/rat/${MEETING}`, server, 'en');
    await waitFor(() => expect(text(app?.container)).toContain('Cancelled'));
    const calendar = [...app.container.querySelectorAll('a')].find(
      (a) => text(a) === 'Add to calendar',
    );
    expect(calendar?.getAttribute('href')).toBe(
      `/api/council/meetings/${MEETING}/calendar.ics?lang=en`,
    );
  });

  it('says a meeting is not there when the server does not know it', async () => {
    app = renderApp('/rat/AAAAAAAAAAAAAAAA', server, 'de');
    await waitFor(() =>
      expect(text(app?.container)).toContain('Diese Sitzung gibt es nicht oder nicht mehr.'),
    );
  });

  it('is worked by keyboard: only links, buttons and fields, in reading order, each named', async () => {
    app = renderApp('/rat', server, 'de');
    await waitFor(() => expect(text(app?.container)).toContain('Seite 1 von 2'));
    const screen = app.container.querySelector('.council-meetings') as HTMLElement;
    // Nothing made clickable by script, and no tab order of its own (the heading takes focus
    // only by script, after a navigation).
    for (const element of screen.querySelectorAll('[tabindex], [onclick], [role="button"]')) {
      expect(element.tagName).toBe('H1');
      expect(element.getAttribute('tabindex')).toBe('-1');
    }
    const input = screen.querySelector('input') as HTMLInputElement;
    expect(screen.querySelector(`label[for="${input.id}"]`)?.textContent).toBe(
      'In Sitzungen, Tagesordnungen und Vorlagen suchen',
    );
    const reachable = [...screen.querySelectorAll('a[href], button:not([disabled])')].map(text);
    expect(reachable).toEqual([
      'Gremien und Stichwörtern folgen',
      'Suchen',
      '3. Sitzung des Bauausschusses',
      'Nächste Seite',
    ]);
  });

  it.each([
    ['/rat', 'de'],
    ['/rat', 'en'],
    [`/rat/${MEETING}`, 'de'],
    [`/rat/${MEETING}`, 'en'],
    [`/rat/vorlage/${PAPER}`, 'de'],
    [`/rat/vorlage/${PAPER}`, 'en'],
  ] as const)('%s (%s) has no axe violations', async (url, locale) => {
    app = renderApp(url, server, locale);
    await waitFor(() =>
      expect(app?.container.querySelector('.council-facts, .city-card')).toBeTruthy(),
    );
    expect(await axeViolations(app.container)).toEqual([]);
  });
});
