// @vitest-environment happy-dom
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Organiser, PendingSubmission } from '../../api/submission.js';
import { EventView } from './event.js';
import { MARKET_ID, market, townApi } from './fixtures.js';
import { OrganisersView } from './organisers.js';
import { ReviewView } from './review.js';
import type { Staff } from './staff.js';
import { answer, expectWellFormed, render, settle, staffFor } from './testing.js';

let unmount = () => {};
afterEach(() => unmount());

const library: Organiser = {
  id: '7c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5',
  name: 'Förderverein Stadtbibliothek',
  contact: 'Erika Mustermann',
  email: 'lesen@bibliothek.example',
  website: 'https://bibliothek.example',
  trusted: false,
  events: 2,
  lastSubmittedAt: '2027-02-20T09:00:00.000Z',
};
const church: Organiser = {
  ...library,
  id: '7c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d6',
  name: 'Kirchengemeinde',
  email: 'kirche@hagenow.example',
  website: null,
  trusted: true,
};

const pending: PendingSubmission = {
  event: {
    ...market,
    status: 'pending',
    title: 'Lesenacht',
    organiserName: library.name,
    description: 'Vorlesen mit Taschenlampen.',
  },
  organiser: library,
  submittedAt: '2027-02-20T09:00:00.000Z',
  confirmedAt: '2027-02-20T09:05:00.000Z',
};

function moderationApi(routes: Parameters<typeof townApi>[0] = {}) {
  return townApi({
    'GET /api/events/admin/submissions': () => ({ items: [pending] }),
    'GET /api/events/admin/organisers': () => ({ items: [library, church] }),
    ...routes,
  });
}

async function reviewPage(routes: Parameters<typeof townApi>[0] = {}) {
  const { api, asked } = moderationApi(routes);
  const page = render(<ReviewView staff={staffFor(api)} />);
  unmount = page.unmount;
  await settle();
  return { page, calls: () => asked.filter((a) => a.method !== 'GET') };
}

describe('the review queue', () => {
  it('opens a submission with every field and who sent it, and publishes it', async () => {
    const { page, calls } = await reviewPage({
      [`POST /api/events/admin/events/${MARKET_ID}/approve`]: () => ({
        ...pending.event,
        status: 'published',
      }),
    });
    const row = page.container.querySelector('tbody tr');
    expect(row?.textContent).toContain('Lesenacht');
    expect(row?.textContent).toContain('Förderverein Stadtbibliothek');
    await page.press('Prüfen: „Lesenacht“');
    expect(document.activeElement?.textContent).toBe('Prüfen: „Lesenacht“');
    const facts = [...page.container.querySelectorAll('dt')].map(
      (dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`,
    );
    expect(facts).toContain('Beschreibung: Vorlesen mit Taschenlampen.');
    expect(facts).toContain('Ansprechperson: Erika Mustermann');
    expect(facts).toContain('E-Mail: lesen@bibliothek.example');
    expect(facts).toContain('Website: https://bibliothek.example');
    expect(facts).toContain('Kategorie: Märkte');
    expect(facts).toContain('Eintritt: Eintritt frei');
    const edit = [...page.container.querySelectorAll('a')].find(
      (a) => a.textContent === 'Vorher bearbeiten',
    );
    expect(edit?.getAttribute('href')).toBe(`/admin/veranstaltungen/${MARKET_ID}`);
    await page.press('Veröffentlichen: „Lesenacht“');
    expect(calls()).toEqual([
      { method: 'POST', path: `/api/events/admin/events/${MARKET_ID}/approve`, body: undefined },
    ]);
    expect(page.text()).toContain(
      '„Lesenacht“ ist veröffentlicht; der Veranstalter erhält eine E-Mail.',
    );
  });

  it('marks what the organiser wrote as German where the app speaks English', async () => {
    const { api } = moderationApi();
    const page = render(<ReviewView staff={staffFor(api, 'en')} />);
    unmount = page.unmount;
    await settle();
    await page.press('Review: "Lesenacht"');
    const heading = page.container.querySelector('#events-review-heading');
    expect(heading?.textContent).toBe('Review: "Lesenacht"');
    expect(heading?.querySelector('[lang="de"]')?.textContent).toBe('Lesenacht');
    const german = [...page.container.querySelectorAll('dd [lang="de"]')].map((e) => e.textContent);
    expect(german).toContain('Vorlesen mit Taschenlampen.');
    expect(german).toContain('Förderverein Stadtbibliothek');
  });

  it('rejects only with a reason, and sends it', async () => {
    const { page, calls } = await reviewPage({
      [`POST /api/events/admin/events/${MARKET_ID}/reject`]: (body) => ({
        ...pending.event,
        status: 'rejected',
        rejectionReason: (body as { reason: string }).reason,
      }),
    });
    await page.press('Prüfen: „Lesenacht“');
    const form = () => page.control('Begründung für den Veranstalter').closest('form');
    await page.submit(form());
    expect(page.summary()).toEqual([
      ['#events-review-reason', 'Schreiben Sie eine Begründung mit mindestens fünf Zeichen.'],
    ]);
    expect(calls()).toEqual([]);
    page.fill('Begründung für den Veranstalter', 'Findet außerhalb der Stadt statt.');
    await page.submit(form());
    expect(calls().map((c) => c.body)).toEqual([{ reason: 'Findet außerhalb der Stadt statt.' }]);
    expect(page.text()).toContain('„Lesenacht“ ist abgelehnt');
  });

  it('says when another staff member decided first', async () => {
    const { page } = await reviewPage({
      [`POST /api/events/admin/events/${MARKET_ID}/approve`]: () =>
        answer(409, {
          code: 'events_submission_not_pending',
          message: 'Diese Veranstaltung wartet nicht auf eine Prüfung (Stand: published).',
        }),
    });
    await page.press('Prüfen: „Lesenacht“');
    await page.press('Veröffentlichen: „Lesenacht“');
    expect(page.text()).toContain('Diese Veranstaltung wartet nicht auf eine Prüfung');
  });
});

describe('the page of a submitted event', () => {
  it('publishes it there, without going back to the queue', async () => {
    const { api, asked } = moderationApi({
      [`GET /api/events/admin/events/${MARKET_ID}`]: () => pending.event,
      [`POST /api/events/admin/events/${MARKET_ID}/approve`]: () => ({
        ...pending.event,
        status: 'published',
      }),
    });
    const page = render(<EventView staff={staffFor(api)} id={MARKET_ID} />);
    unmount = page.unmount;
    await settle();
    expect(page.text()).toContain('Wartet auf Ihre Entscheidung');
    await page.press('Veröffentlichen: „Lesenacht“');
    expect(asked.filter((a) => a.method === 'POST').map((a) => a.path)).toEqual([
      `/api/events/admin/events/${MARKET_ID}/approve`,
    ]);
    expect(page.text()).toContain(
      '„Lesenacht“ ist veröffentlicht; der Veranstalter erhält eine E-Mail.',
    );
    // Published, it no longer waits: the button is gone.
    expect(() => page.button('Veröffentlichen: „Lesenacht“')).toThrow();
  });
});

describe('the organisers', () => {
  it('names each one’s status in words and trusts or withdraws', async () => {
    const { api, asked } = moderationApi({
      [`POST /api/events/admin/organisers/${library.id}/trust`]: () => ({
        ...library,
        trusted: true,
      }),
      [`POST /api/events/admin/organisers/${church.id}/distrust`]: () => ({
        ...church,
        trusted: false,
      }),
    });
    const page = render(<OrganisersView staff={staffFor(api, 'en')} />);
    unmount = page.unmount;
    await settle();
    const rows = [...page.container.querySelectorAll('tbody tr')].map((r) => r.textContent);
    expect(rows[0]).toContain('Reviewed');
    expect(rows[1]).toContain('Trusted');
    await page.press('Trust: "Förderverein Stadtbibliothek"');
    await page.press('Withdraw trust: "Kirchengemeinde"');
    expect(asked.filter((a) => a.method === 'POST').map((a) => a.path)).toEqual([
      `/api/events/admin/organisers/${library.id}/trust`,
      `/api/events/admin/organisers/${church.id}/distrust`,
    ]);
    expect(page.text()).toContain('Submissions of "Kirchengemeinde" are reviewed again.');
  });

  it('deletes an organiser only after asking', async () => {
    const { api, asked } = moderationApi({
      [`DELETE /api/events/admin/organisers/${library.id}`]: () => answer(204),
    });
    const page = render(<OrganisersView staff={staffFor(api)} />);
    unmount = page.unmount;
    await settle();
    await page.press('Löschen: „Förderverein Stadtbibliothek“');
    expect(document.body.textContent).toContain('Veranstalter löschen?');
    expect(asked.filter((a) => a.method === 'DELETE')).toEqual([]);
    await page.press('Endgültig löschen');
    expect(asked.filter((a) => a.method === 'DELETE').map((a) => a.path)).toEqual([
      `/api/events/admin/organisers/${library.id}`,
    ]);
    expect(page.text()).toContain('„Förderverein Stadtbibliothek“ ist gelöscht.');
  });
});

const screens: Array<[string, (staff: Staff) => ReactNode, string]> = [
  ['the review queue', (s) => <ReviewView staff={s} />, '/admin/veranstaltungen/pruefen'],
  ['the organisers', (s) => <OrganisersView staff={s} />, '/admin/veranstaltungen/veranstalter'],
];

describe.each(['de', 'en'] as const)('moderation screens in %s', (locale) => {
  it.each(screens)(
    '%s: one heading, its place in the navigation, no axe violations',
    async (_n, screen, here) => {
      const { api } = moderationApi();
      const page = render(screen(staffFor(api, locale)));
      unmount = page.unmount;
      await settle();
      // The queue with one submission open: its fields and the reject form count too.
      const open = page.container.querySelector('tbody button') as HTMLButtonElement | null;
      if (here.endsWith('pruefen')) await page.press(open?.getAttribute('aria-label') ?? '');
      await expectWellFormed(page.container, here);
    },
  );
});
