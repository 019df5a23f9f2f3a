// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NewApiKey } from '../../api/open311-keys.js';
import { ApiKeysView } from './api-keys.js';
import { apiKeys, townApi } from './fixtures.js';
import { answer, expectWellFormed, render, settle, staffFor } from './testing.js';

let unmount = () => {};
afterEach(() => {
  unmount();
  vi.restoreAllMocks();
});

const API = '/api/reports/admin/open311-keys';
const [county, old] = apiKeys;
const KEY = 'o311_N3wK3yF0rTh3C0untyS1xtyF0urCh4r5L0ng';

async function keysPage(routes: Parameters<typeof townApi>[0] = {}, locale: 'de' | 'en' = 'de') {
  const { api, asked } = townApi(routes);
  const page = render(<ApiKeysView staff={staffFor(api, locale)} />);
  unmount = page.unmount;
  await settle();
  return { page, calls: () => asked.filter((a) => a.method !== 'GET') };
}

describe('the Open311 keys', () => {
  it('lists them by name, first characters and last use; a revoked one says since when', async () => {
    const { page } = await keysPage();
    const rows = [...page.container.querySelectorAll('tbody tr')].map((r) =>
      [...r.querySelectorAll('th, td')].map((c) => c.textContent),
    );
    expect(rows).toEqual([
      [
        'Landkreis, Straßenmeisterei',
        'o311_k7Qx…',
        '05.01.2027, 10:00 von Erika Mustermann',
        '09.03.2027, 17:45',
        'Sperren',
      ],
      [
        'Alte App',
        'o311_Zz01…',
        '05.05.2026, 11:00 von Erika Mustermann',
        'Noch nie',
        'Gesperrt am 01.12.2026, 10:00',
      ],
    ]);
  });

  it('creates one and shows the key this once, ready to copy', async () => {
    const created: NewApiKey = { ...county, id: 'k3', name: 'Kreis-App', key: KEY } as NewApiKey;
    const { page, calls } = await keysPage({ [`POST ${API}`]: () => answer(201, created) });
    await page.press('Schlüssel anlegen');
    expect(page.summary()).toEqual([
      ['#reports-key-name', 'Nennen Sie, wer den Schlüssel nutzt (mindestens zwei Zeichen).'],
    ]);
    page.fill('Wer nutzt den Schlüssel?', ' Kreis-App ');
    await page.press('Schlüssel anlegen');
    expect(calls()).toEqual([{ method: 'POST', path: API, body: { name: 'Kreis-App' } }]);
    expect(page.text()).toContain('Nur jetzt sichtbar');
    expect(page.text()).toContain('kann ihn nie wieder zeigen');
    const field = page.control('Schlüssel');
    expect(field.value).toBe(KEY);
    expect(field.readOnly).toBe(true);
    expect(document.activeElement?.textContent).toBe('Schlüssel für „Kreis-App“');
    await expectWellFormed(page.container, '/admin/maengelmelder/schnittstelle');

    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await page.press('Schlüssel kopieren');
    expect(writeText).toHaveBeenCalledWith(KEY);
    expect(page.text()).toContain('Der Schlüssel ist in der Zwischenablage.');
  });

  it('says how to copy by hand when the browser does not let it', async () => {
    const created = { ...county, id: 'k3', key: KEY } as NewApiKey;
    const { page } = await keysPage({ [`POST ${API}`]: () => answer(201, created) }, 'en');
    page.fill('Who uses the key?', 'County');
    await page.press('Create key');
    const writeText = vi.fn(async () => {
      throw new Error('denied');
    });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await page.press('Copy key');
    expect(page.text()).toContain('Select the key in the field and copy it yourself.');
  });

  it('revokes only after asking, and only a usable key', async () => {
    const { page, calls } = await keysPage({
      [`DELETE ${API}/${county?.id}`]: () => ({ ...county, revokedAt: '2027-03-10T10:00:00.000Z' }),
    });
    expect(() => page.button(`Sperren: „${old?.name}“`)).toThrow();
    await page.press(`Sperren: „${county?.name}“`);
    expect(document.body.textContent).toContain('Schlüssel sperren?');
    expect(calls()).toEqual([]);
    await page.press('Endgültig sperren');
    expect(calls()).toEqual([{ method: 'DELETE', path: `${API}/${county?.id}`, body: undefined }]);
    expect(page.text()).toContain('Der Schlüssel von „Landkreis, Straßenmeisterei“ ist gesperrt.');
  });
});
