// @vitest-environment happy-dom
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { townApi } from '../admin/fixtures.js';
import { answer, render, settle, staffFor } from '../admin/testing.js';
import { SubmitView } from './submit.js';

let unmount = () => {};
afterEach(() => unmount());

const WORDS = {
  de: {
    title: 'Titel',
    category: 'Kategorie',
    place: 'Ort als Text',
    day: 'Erster Tag',
    contact: 'Ihr Name',
    name: 'Verein oder Einrichtung',
    email: 'E-Mail-Adresse',
    website: 'Website (freiwillig)',
  },
  en: {
    title: 'Title',
    category: 'Category',
    place: 'Place as text',
    day: 'First day',
    contact: 'Your name',
    name: 'Club or institution',
    email: 'E-mail address',
    website: 'Website (optional)',
  },
} as const;

async function submitPage(locale: 'de' | 'en' = 'de', reply?: unknown) {
  const { api, asked } = townApi({
    'POST /api/events/submissions': (body) =>
      reply ??
      answer(202, {
        email: (body as { organiser: { email: string } }).organiser.email,
        expiresAt: '2027-03-04T10:00:00.000Z',
      }),
  });
  const page = render(<SubmitView person={staffFor(api, locale)} town="Hagenow" />);
  unmount = page.unmount;
  await settle();
  const words = WORDS[locale];
  const form = () => page.control(words.title).closest('form');
  const sent = () => asked.filter((a) => a.method === 'POST').map((a) => a.body);
  const fillEvent = () => {
    page.fill(words.title, 'Lesenacht');
    page.fill(words.category, 'kultur');
    page.fill(words.place, 'Stadtbibliothek');
    page.fill(words.day, '2027-03-12');
  };
  return { page, form, sent, words, fillEvent };
}

describe('an organiser submits an event', () => {
  it('asks only what an organiser knows: no English texts, image, last day or other series', async () => {
    const { page } = await submitPage();
    const labels = [...page.container.querySelectorAll('label, legend')].map((l) => l.textContent);
    for (const staffOnly of [
      /Englisch/,
      /Bild/,
      /^Letzter Tag/,
      /^Veranstalter$/,
      /^Alle paar Tage/,
      /^Monatlich/,
    ]) {
      expect(labels.filter((l) => staffOnly.test(l ?? ''))).toEqual([]);
    }
    for (const wanted of [
      'Titel',
      'Beschreibung',
      'Kategorie',
      'Veranstaltungsort',
      'Eintritt frei',
    ]) {
      expect(labels.some((l) => l?.startsWith(wanted))).toBe(true);
    }
    page.tick('Wöchentlich');
    expect(() => page.control('Alle wie viele Wochen')).toThrow();
  });

  it('checks who they are and their consent before sending anything', async () => {
    const { page, form, sent, words, fillEvent } = await submitPage();
    fillEvent();
    page.fill(words.email, 'keine-adresse');
    page.fill(words.website, 'bibliothek');
    await page.submit(form());
    expect(page.summary()).toEqual([
      ['#events-submit-contact', 'Geben Sie Ihren Namen mit mindestens zwei Zeichen an.'],
      ['#events-submit-name', 'Geben Sie einen Namen mit mindestens zwei Zeichen an.'],
      ['#events-submit-email', 'Geben Sie eine E-Mail-Adresse an, zum Beispiel name@verein.de.'],
      ['#events-submit-website', 'Geben Sie eine Adresse mit https:// an.'],
      [
        '#events-submit-consent',
        'Ohne Ihre Einwilligung können wir die Eintragung nicht annehmen.',
      ],
    ]);
    expect(sent()).toEqual([]);
  });

  it('sends the event, the organiser and the consent, then says a link is on its way', async () => {
    const { page, form, sent, words, fillEvent } = await submitPage();
    fillEvent();
    page.fill(words.contact, 'Erika Mustermann');
    page.fill(words.name, ' Förderverein Stadtbibliothek ');
    page.fill(words.email, 'lesen@bibliothek.example');
    page.fill(words.website, 'https://bibliothek.example');
    page.tick(
      'Ich willige ein, dass die Stadt meine Angaben speichert, um diese Eintragung zu bearbeiten (bis zwei Jahre nach meiner letzten Veranstaltung). Ich kann die Einwilligung jederzeit per E-Mail an die Stadt widerrufen.',
    );
    await page.submit(form());
    expect(sent()).toEqual([
      {
        event: {
          title: 'Lesenacht',
          description: '',
          category: 'kultur',
          place: 'Stadtbibliothek',
          isFree: false,
          startDate: '2027-03-12',
        },
        organiser: {
          contact: 'Erika Mustermann',
          name: 'Förderverein Stadtbibliothek',
          email: 'lesen@bibliothek.example',
          website: 'https://bibliothek.example',
        },
        consent: true,
      },
    ]);
    expect(page.text()).toContain('Fast geschafft: Bitte bestätigen Sie Ihre Eintragung');
    expect(page.text()).toContain('Wir haben einen Link an lesen@bibliothek.example geschickt.');
    expect(document.activeElement?.textContent).toBe(
      'Fast geschafft: Bitte bestätigen Sie Ihre Eintragung',
    );
    await page.press('Weitere Veranstaltung eintragen');
    expect(page.control(words.title).value).toBe('');
  });

  it('puts a refusal of the limit on the e-mail field', async () => {
    const refusal = answer(429, {
      code: 'limit_submissions_per_email',
      message: 'This e-mail address already made 10 submissions in the last 24 hours.',
      field: 'email',
    });
    const { page, form, words, fillEvent } = await submitPage('en', refusal);
    fillEvent();
    page.fill(words.contact, 'Jan Jansen');
    page.fill(words.name, 'Youth centre');
    page.fill(words.email, 'jugend@hagenow.example');
    page.tick(
      'I agree that the town keeps my details to handle this submission (until two years after my last event). I may withdraw my consent at any time by e-mail to the town.',
    );
    await page.submit(form());
    expect(page.summary()).toEqual([
      [
        '#events-submit-email',
        'This e-mail address already made 10 submissions in the last 24 hours.',
      ],
    ]);
  });
});

describe.each(['de', 'en'] as const)('the submission form in %s', (locale) => {
  it('has one heading, every text from the catalogue, and no axe violations', async () => {
    const { page } = await submitPage(locale);
    expect(page.container.querySelectorAll('h1')).toHaveLength(1);
    expect(page.text()).not.toMatch(/events\.(submit|staff)\./);
    const result = await axe.run(page.container, {
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`),
    ).toEqual([]);
  });
});
