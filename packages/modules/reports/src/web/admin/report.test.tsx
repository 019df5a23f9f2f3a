// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { StaffReportDetail } from '../../api/staff-report.js';
import { colleagues, LIGHT, light, POTHOLE, pothole, templates, townApi } from './fixtures.js';
import { ReportView } from './report.js';
import { answer, expectWellFormed, render, settle, staffFor } from './testing.js';

let unmount = () => {};
afterEach(() => unmount());

const ROUTE = `/api/reports/admin/reports/${POTHOLE}`;

async function reportPage(
  routes: Parameters<typeof townApi>[0] = {},
  locale: 'de' | 'en' = 'de',
  id = POTHOLE,
) {
  const { api, asked } = townApi(routes);
  const page = render(<ReportView staff={staffFor(api, locale)} id={id} />);
  unmount = page.unmount;
  await settle();
  const posts = () => asked.filter((a) => a.method === 'POST');
  const reads = () => asked.filter((a) => a.method === 'GET' && a.path === ROUTE).length;
  return { page, posts, reads };
}

const facts = (container: HTMLElement) =>
  [...container.querySelectorAll('dt')].map(
    (dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`,
  );

/** The answer of a change: the report with `change`, one more history entry when a status. */
const changed = (change: Partial<StaffReportDetail>) => () => ({ ...pothole, ...change });

describe('a report’s page', () => {
  it('shows everything: the photo, the reporter’s e-mail, the history with internal notes', async () => {
    const { page } = await reportPage();
    expect(page.container.querySelector('h1')?.textContent).toBe(`Meldung ${POTHOLE}`);
    expect(facts(page.container)).toEqual(
      expect.arrayContaining([
        'Stand: Bestätigt',
        'Prüfung: Wartet auf Prüfung',
        'Kategorie: Straßenschaden',
        'Ort: Lange Straße 12',
        'Gemeldet: 01.03.2027, 09:30',
        'Abteilung: Bauhof',
        'Bearbeitet von: Niemandem zugewiesen',
        'E-Mail der meldenden Person: melderin@example.org',
        'Geräte, die der Meldung folgen: 3',
        'Beschreibung der meldenden Person: Tiefes Schlagloch vor Hausnummer 12, Herr Müller ist schon gestürzt.',
        'Öffentliche Beschreibung: Keine',
      ]),
    );
    const mail = page.container.querySelector('a[href^="mailto:"]');
    expect(mail?.getAttribute('href')).toBe('mailto:melderin@example.org');
    const photo = page.container.querySelector('img');
    expect(photo?.getAttribute('src')).toBe(`/api/reports/admin/reports/${POTHOLE}/photo?v=0`);
    expect(photo?.getAttribute('alt')).toBe(`Foto zu Meldung ${POTHOLE}`);
    expect(page.text()).toContain('Das Foto ist nur intern sichtbar.');

    // The newest first, with who did it and both notes.
    const history = [...page.container.querySelectorAll('ol > li')].map((li) => li.textContent);
    expect(history).toEqual([
      '02.03.2027, 10:00: BestätigtVon: Erika MustermannÖffentlich: Wir sehen uns das an.Intern: Kolonne Nord fragen',
      '01.03.2027, 09:30: Neu',
    ]);
  });

  it('changes the status with a public and an internal note; a template fills the public note', async () => {
    const { page, posts } = await reportPage({
      [`POST ${ROUTE}/status`]: changed({ status: 'fixed' }),
    });
    expect(page.button('Notiz speichern').type).toBe('submit');
    page.fill('Neuer Stand', 'fixed');
    // Only templates for "fixed" or for any status are offered.
    const offered = [...page.control('Textbaustein').querySelectorAll('option')].map(
      (o) => o.textContent,
    );
    expect(offered).toEqual(['Keiner', 'Behoben', 'In Arbeit']);
    page.fill('Textbaustein', templates[0]?.id ?? '');
    expect(page.control('Öffentliche Notiz').value).toBe(templates[0]?.text);
    page.fill('Interne Notiz', '  Kolonne Nord, 2 Stunden ');
    await page.press('Status ändern');
    expect(posts()).toEqual([
      {
        method: 'POST',
        path: `${ROUTE}/status`,
        body: {
          status: 'fixed',
          publicNote: 'Der Schaden ist behoben. Danke für Ihre Meldung!',
          internalNote: 'Kolonne Nord, 2 Stunden',
        },
      },
    ]);
    expect(page.text()).toContain(`Meldung ${POTHOLE} steht jetzt auf „Erledigt“.`);
    expect(facts(page.container)).toContain('Stand: Erledigt');
    expect(page.control('Öffentliche Notiz').value).toBe('');
  });

  it('asks for the reason when closing, and for something to save', async () => {
    const { page, posts } = await reportPage({
      [`POST ${ROUTE}/status`]: changed({ status: 'closed', closingReason: 'not_found' }),
    });
    await page.press('Notiz speichern');
    expect(page.summary()).toEqual([
      [
        '#reports-status-publicNote',
        'Wählen Sie einen anderen Stand, oder schreiben Sie eine öffentliche oder interne Notiz.',
      ],
    ]);
    page.fill('Neuer Stand', 'closed');
    await page.press('Status ändern');
    expect(page.summary()).toEqual([
      ['#reports-status-closingReason', 'Wählen Sie den Grund, aus dem Sie die Meldung schließen.'],
    ]);
    expect(posts()).toEqual([]);
    page.fill('Grund des Schließens', 'not_found');
    await page.press('Status ändern');
    expect(posts().map((p) => p.body)).toEqual([{ status: 'closed', closingReason: 'not_found' }]);
    expect(facts(page.container)).toContain('Stand: Geschlossen: Vor Ort nichts gefunden');
  });

  it('publishes with the words edited and keeps the photo internal, or hides', async () => {
    const { page, posts } = await reportPage({
      [`POST ${ROUTE}/moderation`]: (body) => {
        const { state, description } = body as { state: 'public' | 'hidden'; description: string };
        return { ...pothole, moderation: state, description };
      },
    });
    expect(page.control('Öffentliche Beschreibung').value).toBe(pothole.originalDescription);
    page.fill('Öffentliche Beschreibung', 'Tiefes Schlagloch vor Hausnummer 12.');
    await page.press('Veröffentlichen');
    expect(posts().map((p) => p.body)).toEqual([
      { state: 'public', description: 'Tiefes Schlagloch vor Hausnummer 12.', photo: 'internal' },
    ]);
    expect(page.text()).toContain(`Meldung ${POTHOLE} ist veröffentlicht.`);
    expect(facts(page.container)).toContain(
      'Öffentliche Beschreibung: Tiefes Schlagloch vor Hausnummer 12.',
    );

    page.tick('Freigeben: Wer die Meldung liest, sieht das Foto');
    page.tick('Verbergen (z. B. Missbrauch, Werbung)');
    page.fill('Öffentliche Beschreibung', '');
    await page.press('Verbergen');
    expect(posts().at(-1)?.body).toEqual({ state: 'hidden', description: null, photo: 'public' });
  });

  it('takes the report, gives it back, and moves it to another department', async () => {
    const me = { id: 'u2', name: 'Max Muster' };
    const { page, posts } = await reportPage({
      [`POST ${ROUTE}/assignment`]: (body) => {
        const b = body as { assignee?: 'me' | null; department?: string };
        return {
          ...pothole,
          assignee: b.assignee === 'me' ? me : null,
          department: b.department ?? pothole.department,
        };
      },
    });
    expect(() => page.button('Niemandem zuweisen')).toThrow();
    await page.press('Mir zuweisen');
    expect(page.text()).toContain(`Meldung ${POTHOLE} bearbeitet jetzt Max Muster.`);
    expect(facts(page.container)).toContain('Bearbeitet von: Max Muster');
    await page.press('Niemandem zuweisen');
    page.fill('Abteilung', 'ordnungsamt');
    await page.press('Abteilung ändern');
    expect(posts().map((p) => p.body)).toEqual([
      { assignee: 'me' },
      { assignee: null },
      { department: 'ordnungsamt' },
    ]);
    expect(page.text()).toContain(`Meldung ${POTHOLE} liegt jetzt bei Ordnungsamt.`);
  });

  it('gives the report to a colleague picked by name, and shows a refusal at that field', async () => {
    const [jana, tom] = colleagues;
    let refuse = false;
    const { page, posts } = await reportPage({
      [`POST ${ROUTE}/assignment`]: (body) => {
        if (refuse)
          return answer(400, {
            code: 'reports_assignee_unknown',
            field: 'assignee',
            message: 'Diese Person kann keine Meldungen übernehmen.',
          });
        const id = (body as { assignee: string }).assignee;
        return { ...pothole, assignee: colleagues.find((c) => c.id === id) ?? null };
      },
    });
    const select = page.control('Kollegin oder Kollege') as unknown as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual([jana?.name, tom?.name]);
    page.fill('Kollegin oder Kollege', tom?.id ?? '');
    await page.press('Zuweisen');
    expect(posts().map((p) => p.body)).toEqual([{ assignee: tom?.id }]);
    expect(page.text()).toContain(`Meldung ${POTHOLE} bearbeitet jetzt Tom Krüger.`);
    expect(facts(page.container)).toContain('Bearbeitet von: Tom Krüger');

    refuse = true;
    await page.press('Zuweisen');
    expect(page.summary()).toEqual([
      ['#reports-assign-colleague', 'Diese Person kann keine Meldungen übernehmen.'],
    ]);
  });

  it('merges into another report by its number, checked before it is sent', async () => {
    const { page, posts } = await reportPage({
      [`POST ${ROUTE}/merge`]: changed({
        status: 'closed',
        closingReason: 'duplicate',
        mergedInto: '2027-00007',
      }),
    });
    page.fill('Nummer der Meldung zur selben Sache', '7');
    await page.press('Zusammenführen');
    expect(page.summary()).toEqual([
      [
        '#reports-merge-into',
        'Geben Sie die Nummer so an, wie sie bei der Meldung steht, zum Beispiel 2026-00042.',
      ],
    ]);
    expect(posts()).toEqual([]);
    page.fill('Nummer der Meldung zur selben Sache', ' 2027-00007 ');
    await page.press('Zusammenführen');
    expect(posts().map((p) => p.body)).toEqual([{ into: '2027-00007' }]);
    // Merged, it is changed only there: the page points to the other report.
    expect(page.text()).toContain('Diese Meldung ist mit 2027-00007 zusammengeführt.');
    expect(() => page.button('Status ändern')).toThrow();
    expect(() => page.button('Mir zuweisen')).toThrow();
  });

  it('places a refusal naming a field at that field', async () => {
    const { page } = await reportPage({
      [`POST ${ROUTE}/merge`]: () =>
        answer(400, {
          code: 'reports_merge_into_itself',
          message: 'Eine Meldung kann nicht mit sich selbst zusammengeführt werden.',
          field: 'into',
        }),
    });
    page.fill('Nummer der Meldung zur selben Sache', POTHOLE);
    await page.press('Zusammenführen');
    expect(page.summary()).toEqual([
      ['#reports-merge-into', 'Eine Meldung kann nicht mit sich selbst zusammengeführt werden.'],
    ]);
  });

  it('explains a 409 (merged or changed by someone else) and shows the report as it now is', async () => {
    let merged = false;
    const { page, reads } = await reportPage({
      [`GET ${ROUTE}`]: () => (merged ? { ...pothole, mergedInto: LIGHT } : pothole),
      [`POST ${ROUTE}/assignment`]: () => {
        merged = true;
        return answer(409, {
          code: 'reports_already_merged',
          message: `Diese Meldung ist schon mit ${LIGHT} zusammengeführt und kann nicht mehr geändert werden.`,
          hint: `Bearbeiten Sie Meldung ${LIGHT}.`,
        });
      },
    });
    expect(reads()).toBe(1);
    await page.press('Mir zuweisen');
    expect(page.text()).toContain('Inzwischen geändert');
    expect(page.text()).toContain(
      'Jemand anderes hat diese Meldung gerade geändert oder zusammengeführt.',
    );
    expect(reads()).toBe(2);
    expect(page.text()).toContain(`Diese Meldung ist mit ${LIGHT} zusammengeführt.`);
    await expectWellFormed(page.container, null);
  });

  it('in English, says the same in English', async () => {
    const { page } = await reportPage({}, 'en', LIGHT);
    expect(page.container.querySelector('h1')?.textContent).toBe(`Report ${LIGHT}`);
    expect(facts(page.container)).toEqual(
      expect.arrayContaining([
        'Status: Closed: Already reported',
        'E-mail of the person who reported it: Not given',
        `Merged into: ${POTHOLE}`,
      ]),
    );
    expect(page.text()).toContain(`This report is merged into ${POTHOLE}.`);
    expect(page.text()).toContain('No photo.');
    expect(light.assignee?.name).toBe('Erika Mustermann');
    // What staff wrote is marked as German on an English page.
    expect(page.container.querySelector('ol [lang="de"]')?.textContent).toBe('Erika Mustermann');
  });

  it('shows how the forwarding to the county stands, and sends a failed one again', async () => {
    const failed = {
      target: { id: 'kreis', name: { de: 'Landkreis Ludwigslust-Parchim', en: 'County' } },
      state: 'failed' as const,
      attempts: 5,
      nextTryAt: null,
      lastError: 'HTTP 503',
      remoteId: null,
      remoteStatus: null,
      remoteNotes: null,
      sentAt: null,
      checkedAt: null,
    };
    const { page, posts } = await reportPage({
      [`GET ${ROUTE}/forwarding`]: () => failed,
      [`POST ${ROUTE}/forwarding/retry`]: () => ({
        ...failed,
        state: 'queued',
        nextTryAt: '2027-03-10T11:05:00.000Z',
      }),
    });
    const section = page.container.querySelector('[aria-labelledby="reports-forwarding-heading"]');
    expect(facts(section as HTMLElement)).toEqual([
      'An: Landkreis Ludwigslust-Parchim',
      'Stand der Weiterleitung: Nicht gesendet',
      'Versuche: 5',
      'Letzte Antwort: HTTP 503',
      'Gesendet am: Noch nicht',
      'Zuletzt nachgefragt: Noch nicht',
    ]);
    await page.press('Erneut senden');
    expect(posts().map((p) => p.path)).toEqual([`${ROUTE}/forwarding/retry`]);
    expect(page.text()).toContain(
      'Die Meldung geht beim nächsten Lauf erneut an Landkreis Ludwigslust-Parchim.',
    );
    expect(facts(section as HTMLElement)).toContain('Nächster Versuch: 10.03.2027, 12:05');
    expect(() => page.button('Erneut senden')).toThrow();
    await expectWellFormed(page.container, null);
  });

  it('pixelates areas typed in percent, and loads the photo anew', async () => {
    const { page, posts } = await reportPage({
      [`POST ${ROUTE}/photo/redaction`]: () => pothole,
    });
    expect(page.text()).toContain('Noch kein Bereich markiert.');
    page.fill('Von links', '10');
    page.fill('Von oben', '20');
    page.fill('Breite', '95');
    page.fill('Höhe', '5');
    await page.press('Bereich markieren');
    expect(page.summary()).toEqual([
      [
        '#reports-redaction-x',
        'Geben Sie vier Zahlen von 0 bis 100 an; Breite und Höhe größer als 0, und der Bereich endet im Foto.',
      ],
    ]);
    page.fill('Breite', '12,5');
    await page.press('Bereich markieren');
    page.fill('Von links', '50');
    page.fill('Von oben', '50');
    page.fill('Breite', '10');
    page.fill('Höhe', '10');
    await page.press('Bereich markieren');
    await page.press('Entfernen: 50 % von links, 50 % von oben, 10 % breit, 10 % hoch');
    expect(posts()).toEqual([]);
    await page.press('Markierte Bereiche verpixeln');
    expect(posts()).toEqual([
      {
        method: 'POST',
        path: `${ROUTE}/photo/redaction`,
        body: { regions: [{ x: 0.1, y: 0.2, width: 0.125, height: 0.05 }] },
      },
    ]);
    expect(page.text()).toContain('Das Foto ist verpixelt.');
    expect(page.container.querySelector('img')?.getAttribute('src')).toBe(
      `/api/reports/admin/reports/${POTHOLE}/photo?v=1`,
    );
    await expectWellFormed(page.container, null);
  });

  it('leaves the forwarding out for a report not forwarded', async () => {
    const { page } = await reportPage();
    expect(page.container.querySelector('#reports-forwarding-heading')).toBeNull();
  });

  it('says plainly when there is no such report', async () => {
    const { page } = await reportPage({}, 'de', '2027-99999');
    expect(page.text()).toContain('Diese Meldung gibt es nicht.');
  });
});
