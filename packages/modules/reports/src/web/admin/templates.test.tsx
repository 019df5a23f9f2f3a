// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { TemplateInput } from '../../api/staff-report.js';
import { templates, townApi } from './fixtures.js';
import { TemplatesView } from './templates.js';
import { answer, expectWellFormed, render, settle, staffFor } from './testing.js';

let unmount = () => {};
afterEach(() => unmount());

const [fixed, working] = templates;
const API = '/api/reports/admin/templates';

async function templatesPage(
  routes: Parameters<typeof townApi>[0] = {},
  locale: 'de' | 'en' = 'de',
) {
  const { api, asked } = townApi(routes);
  const page = render(<TemplatesView staff={staffFor(api, locale)} />);
  unmount = page.unmount;
  await settle();
  return { page, calls: () => asked.filter((a) => a.method !== 'GET') };
}

describe('the response templates', () => {
  it('lists each with the status it suits', async () => {
    const { page } = await templatesPage();
    const rows = [...page.container.querySelectorAll('tbody tr')].map((r) =>
      [...r.querySelectorAll('th, td')].slice(0, 3).map((c) => c.textContent),
    );
    expect(rows).toEqual([
      ['Behoben', 'Erledigt', 'Der Schaden ist behoben. Danke für Ihre Meldung!'],
      ['In Arbeit', 'Zu jedem Stand', 'Der Bauhof kümmert sich in den nächsten Tagen darum.'],
    ]);
  });

  it('adds one after checking its lengths', async () => {
    const { page, calls } = await templatesPage({
      [`POST ${API}`]: (body) => ({ ...fixed, id: 'new', ...(body as TemplateInput) }),
    });
    page.fill('Titel', 'x');
    await page.press('Textbaustein anlegen');
    expect(page.summary()).toEqual([
      ['#reports-template-new-title', 'Der Titel hat 2 bis 80 Zeichen.'],
      ['#reports-template-new-text', 'Der Text hat 2 bis 2000 Zeichen.'],
    ]);
    expect(calls()).toEqual([]);
    page.fill('Titel', ' Nicht zuständig ');
    page.fill('Text', 'Dafür ist der Landkreis zuständig; wir haben die Meldung weitergegeben.');
    page.fill('Passt zum Stand', 'closed');
    await page.press('Textbaustein anlegen');
    expect(calls()).toEqual([
      {
        method: 'POST',
        path: API,
        body: {
          title: 'Nicht zuständig',
          text: 'Dafür ist der Landkreis zuständig; wir haben die Meldung weitergegeben.',
          status: 'closed',
        },
      },
    ]);
    expect(page.text()).toContain('Textbaustein „Nicht zuständig“ ist angelegt.');
    // A fresh form for the next one.
    expect(page.control('Titel').value).toBe('');
  });

  it('edits one, with the server’s refusal at its field', async () => {
    let tries = 0;
    const { page, calls } = await templatesPage({
      [`PUT ${API}/${working?.id}`]: (body) =>
        ++tries === 1
          ? answer(400, { code: 'validation_failed', message: 'Zu lang.', field: 'text' })
          : { ...working, ...(body as TemplateInput) },
    });
    await page.press('Bearbeiten: „In Arbeit“');
    expect(document.activeElement?.textContent).toBe('Textbaustein „In Arbeit“ bearbeiten');
    expect(page.control('Text').value).toBe(working?.text);
    page.fill('Passt zum Stand', 'in_progress');
    await page.press('Änderungen speichern');
    expect(page.summary()).toEqual([['#reports-template-edit-text', 'Zu lang.']]);
    await expectWellFormed(page.container, '/admin/maengelmelder/vorlagen');
    await page.press('Änderungen speichern');
    expect(calls().map((c) => c.body)).toEqual([
      { title: 'In Arbeit', text: working?.text, status: 'in_progress' },
      { title: 'In Arbeit', text: working?.text, status: 'in_progress' },
    ]);
    expect(page.text()).toContain('Textbaustein „In Arbeit“ ist gespeichert.');
    expect(page.container.querySelector('#reports-template-edit-heading')).toBeNull();
  });

  it('deletes one only after asking', async () => {
    const { page, calls } = await templatesPage(
      { [`DELETE ${API}/${fixed?.id}`]: () => answer(204) },
      'en',
    );
    await page.press('Delete: "Behoben"');
    expect(document.body.textContent).toContain('Delete the template?');
    expect(calls()).toEqual([]);
    await page.press('Delete for good');
    expect(calls()).toEqual([{ method: 'DELETE', path: `${API}/${fixed?.id}`, body: undefined }]);
    expect(page.text()).toContain('Template "Behoben" is deleted.');
  });
});
