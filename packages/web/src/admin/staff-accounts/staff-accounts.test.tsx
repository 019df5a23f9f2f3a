// @vitest-environment happy-dom
import { createTranslator, type Locale } from '@city-app/core';
import { ENGLISH_UI_STRINGS, GERMAN_UI_STRINGS, UiStringsProvider } from '@city-app/ui';
import axe from 'axe-core';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { createApiClient } from '../../api/api-client.js';
import { shellMessages } from '../../i18n/messages.js';
import { staffAccountsMessages } from './messages.js';
import { StaffAccountsView } from './staff-accounts-screen.js';
import type { StaffAccount, StaffList, StaffRole } from './types.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ROLES: StaffRole[] = [
  {
    id: 'admin',
    title: { de: 'Administration (alle Bereiche)', en: 'Administration (every area)' },
  },
  { id: 'editor', title: { de: 'Redaktion', en: 'Editorial' } },
  {
    id: 'librarian',
    title: { de: 'Bibliothek', en: 'Library' },
    module: {
      id: 'experiment-space',
      title: { de: 'Digitaler Experimentierraum', en: 'Digital experiment space' },
    },
  },
];

const account = (over: Partial<StaffAccount>): StaffAccount => ({
  id: 'x',
  email: 'x@hagenow.example',
  name: 'X',
  roles: ['editor'],
  mustChangePassword: false,
  createdAt: '2026-11-02T09:00:00Z',
  deactivatedAt: null,
  lastLoginAt: null,
  ...over,
});

const ME = account({
  id: 'me',
  name: 'Petra Amt',
  email: 'petra.amt@hagenow.example',
  roles: ['admin'],
  lastLoginAt: '2026-12-04T07:15:00Z',
});
const LIBRARY = account({
  id: 'lib',
  name: 'Lena Buch',
  email: 'lena.buch@hagenow.example',
  roles: ['librarian', 'editor', 'waste-clerk'],
  lastLoginAt: '2026-12-01T12:00:00Z',
});
const INVITED = account({
  id: 'new',
  name: 'Nora Neu',
  email: 'nora.neu@hagenow.example',
  mustChangePassword: true,
});
const GONE = account({
  id: 'gone',
  name: 'Gerd Geht',
  email: 'gerd@hagenow.example',
  deactivatedAt: '2026-11-30T15:00:00Z',
  lastLoginAt: '2026-11-29T08:00:00Z',
});

type Route = (body: unknown) => { status: number; body?: unknown };
const ok = (body?: unknown) => ({ status: 200, body });

/** A server answering `"METHOD /path"` from `routes`; `sent` lists every change asked for. */
function fakeServer(routes: Record<string, Route> = {}) {
  const sent: { method: string; path: string; body: unknown }[] = [];
  let staff = [ME, LIBRARY, INVITED, GONE];
  const all: Record<string, Route> = {
    'GET /api/staff': () => ok({ staff, roles: ROLES } satisfies StaffList),
    ...routes,
  };
  const api = createApiClient({
    csrfToken: () => undefined,
    fetch: async (input, init) => {
      const url = new URL(String(input), 'https://hagenow.example');
      const method = init?.method ?? 'GET';
      const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
      if (method !== 'GET') sent.push({ method, path: url.pathname, body });
      const route = all[`${method} ${url.pathname}`];
      const answer = route ? route(body) : { status: 404, body: { code: 'not_found' } };
      return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
        status: answer.status,
      });
    },
  });
  return { api, sent, setStaff: (next: StaffAccount[]) => (staff = next) };
}

let cleanup = () => {};
afterEach(() => cleanup());

async function settle() {
  for (let i = 0; i < 6; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
}

async function open(server = fakeServer(), locale: Locale = 'de') {
  const t = createTranslator(locale, shellMessages, staffAccountsMessages);
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() =>
    root.render(
      <UiStringsProvider value={locale === 'de' ? GERMAN_UI_STRINGS : ENGLISH_UI_STRINGS}>
        <StaffAccountsView
          staff={{ t, api: server.api, locale, timeZone: 'Europe/Berlin' }}
          me="me"
        />
      </UiStringsProvider>,
    ),
  );
  cleanup = () => {
    act(() => root.unmount());
    container.remove();
  };
  await settle();

  const byLabel = (label: string) => {
    const found = [...container.querySelectorAll('label')].find(
      (l) => (l.textContent ?? '').replace(/ \((Pflichtfeld|required)\)$/, '') === label,
    );
    const control = found && document.getElementById(found.htmlFor);
    if (!control) throw new Error(`no control labelled "${label}"`);
    return control as HTMLInputElement;
  };
  const button = (name: string) => {
    const all = [...document.querySelectorAll('button')];
    const found = all.find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name);
    if (!found)
      throw new Error(
        `no button "${name}" among ${all.map((b) => b.getAttribute('aria-label') ?? b.textContent).join(' | ')}`,
      );
    return found;
  };
  return {
    container,
    server,
    byLabel,
    button,
    // Each cell as a screen reader reads it: without the column's name shown above it on a
    // phone, which is hidden from screen readers (the column header names the cell).
    rows: () =>
      [...container.querySelectorAll('tbody tr')].map((r) =>
        [...r.children].map((cell) =>
          [...cell.childNodes]
            .filter((n) => !(n instanceof Element && n.getAttribute('aria-hidden') === 'true'))
            .map((n) => n.textContent)
            .join(''),
        ),
      ),
    fill(label: string, value: string) {
      const input = byLabel(label);
      const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      act(() => {
        set?.call(input, value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    },
    tick: (label: string) => act(() => byLabel(label).click()),
    async press(name: string) {
      await act(async () => button(name).click());
      await settle();
    },
    /** Submits the form the way Enter in one of its fields does. */
    async submit(label: string) {
      await act(async () => byLabel(label).closest('form')?.requestSubmit());
      await settle();
    },
    summary: () =>
      [...container.querySelectorAll('.city-error-summary a')].map((a) => [
        a.getAttribute('href'),
        a.textContent,
      ]),
    status: () =>
      [...container.querySelectorAll('[role="status"]')].map((s) => s.textContent).join(' '),
  };
}

async function expectAccessible(container: HTMLElement) {
  expect(container.querySelectorAll('h1')).toHaveLength(1);
  expect(container.textContent).not.toMatch(/staffAccounts\./);
  // Buttons named with their row begin with the words they show (WCAG 2.5.3).
  for (const b of container.querySelectorAll('button[aria-label]')) {
    const shown = (b.textContent ?? '').trim();
    expect(b.getAttribute('aria-label')?.startsWith(shown)).toBe(true);
  }
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`),
  ).toEqual([]);
}

describe('the staff accounts screen', () => {
  it('lists every account with roles, status and last sign-in in German words', async () => {
    const page = await open();
    expect(page.rows()).toEqual([
      [
        'Petra Amt (Sie)',
        'petra.amt@hagenow.example',
        'Administration (alle Bereiche)',
        'Aktiv',
        '04.12.2026, 08:15',
        'Bearbeiten',
      ],
      [
        'Lena Buch',
        'lena.buch@hagenow.example',
        'Redaktion, Bibliothek (Digitaler Experimentierraum), Rolle „waste-clerk“ (kein Modul bietet sie mehr an)',
        'Aktiv',
        '01.12.2026, 13:00',
        'BearbeitenDeaktivieren',
      ],
      [
        'Nora Neu',
        'nora.neu@hagenow.example',
        'Redaktion',
        'Eingeladen, Passwort noch nicht festgelegt',
        'Noch nie',
        'BearbeitenEinladung erneut sendenDeaktivieren',
      ],
      [
        'Gerd Geht',
        'gerd@hagenow.example',
        'Redaktion',
        'Deaktiviert seit 30.11.2026, 16:00',
        '29.11.2026, 09:00',
        'BearbeitenWieder aktivieren',
      ],
    ]);
    expect(page.container.textContent).toContain('3 aktiv, 1 deaktiviert');
    // Stacked on a phone, each cell shows its column's name above it (not the buttons'); the
    // table keeps its roles for screen readers whatever its display.
    const cells = [...page.container.querySelectorAll('tbody tr:first-child > *')];
    expect(
      cells.map(
        (c) => c.querySelector('.city-stacked-table__name[aria-hidden="true"]')?.textContent,
      ),
    ).toEqual([undefined, 'E-Mail-Adresse', 'Rollen', 'Status', 'Letzte Anmeldung', undefined]);
    expect(cells.map((c) => c.getAttribute('role'))).toEqual([
      'rowheader',
      'cell',
      'cell',
      'cell',
      'cell',
      'cell',
    ]);
    // No way to deactivate oneself.
    expect(() => page.button('Deaktivieren: Petra Amt')).toThrow();
    await expectAccessible(page.container);
  });

  it('is in English for an English page, accessible too', async () => {
    const page = await open(fakeServer(), 'en');
    const [, lena, nora, gerd] = page.rows();
    expect(lena?.[2]).toBe(
      'Editorial, Library (Digital experiment space), Role “waste-clerk” (no module offers it any more)',
    );
    expect(nora?.[3]).toBe('Invited, password not set yet');
    expect(gerd?.[3]).toBe('Deactivated since 30 Nov 2026, 16:00');
    expect(page.container.textContent).not.toMatch(/Bearbeiten|Rolle|Einladung/);
    page.tick('Editorial');
    await page.submit('Name');
    expect(page.summary()).toEqual([
      ['#staff-invite-name', 'Please enter a name.'],
      ['#staff-invite-email', 'Please enter an e-mail address.'],
    ]);
    await expectAccessible(page.container);
  });

  it('invites by e-mail: checks the fields first, then sends name, address and roles', async () => {
    const server = fakeServer({
      'POST /api/staff': (body) => ({
        status: 201,
        body: {
          user: account({ id: 'n2', ...(body as object), mustChangePassword: true }),
          invitation: { expiresAt: '2026-12-13T08:30:00Z' },
        },
      }),
    });
    const page = await open(server);
    page.fill('E-Mail-Adresse', 'stadt@buetzow');
    await page.submit('Name');
    expect(page.summary()).toEqual([
      ['#staff-invite-name', 'Bitte geben Sie einen Namen ein.'],
      ['#staff-invite-email', 'Bitte geben Sie eine E-Mail-Adresse wie name@beispiel.de ein.'],
      ['#staff-invite-role-admin', 'Bitte wählen Sie mindestens eine Rolle.'],
    ]);
    // The summary takes focus, so a keyboard user hears what is wrong.
    expect(document.activeElement?.className).toBe('city-error-summary');
    expect(page.byLabel('Redaktion').getAttribute('aria-describedby')).toContain(
      'staff-invite-roles-error',
    );
    await expectAccessible(page.container);
    expect(server.sent).toEqual([]);

    page.fill('Name', '  Bernd Bauhof ');
    page.fill('E-Mail-Adresse', 'bernd@hagenow.example');
    page.tick('Redaktion');
    page.tick('Bibliothek (Digitaler Experimentierraum)');
    await page.submit('Name');
    expect(server.sent).toEqual([
      {
        method: 'POST',
        path: '/api/staff',
        body: {
          name: 'Bernd Bauhof',
          email: 'bernd@hagenow.example',
          roles: ['editor', 'librarian'],
        },
      },
    ]);
    expect(page.status()).toContain(
      'Die Einladung an bernd@hagenow.example ist unterwegs; sie gilt bis 13.12.2026, 09:30.',
    );
    expect(page.byLabel('Name').value).toBe('');
  });

  it('shows a refusal of the server at the field it names, in its words', async () => {
    const server = fakeServer({
      'POST /api/staff': () => ({
        status: 409,
        body: {
          code: 'email_taken',
          message: 'Für lena.buch@hagenow.example gibt es schon ein Konto.',
          hint: 'Nehmen Sie eine andere Adresse oder ändern Sie die Rollen des bestehenden Kontos.',
          field: 'email',
        },
      }),
    });
    const page = await open(server);
    page.fill('Name', 'Lena');
    page.fill('E-Mail-Adresse', 'lena.buch@hagenow.example');
    page.tick('Redaktion');
    await page.submit('Name');
    const email = page.byLabel('E-Mail-Adresse');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById(
      (email.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .find((id) => id.endsWith('error')) ?? '',
    );
    expect(error?.textContent).toContain('Für lena.buch@hagenow.example gibt es schon ein Konto.');
    expect(page.summary()[0]?.[0]).toBe('#staff-invite-email');
    await expectAccessible(page.container);
  });

  it('changes name and roles; taking one’s own administration is refused at the roles', async () => {
    const server = fakeServer({
      'PATCH /api/staff/me': () => ({
        status: 409,
        body: {
          code: 'cannot_demote_self',
          message: 'Ihrem eigenen Konto können Sie die Rolle „Administration“ nicht nehmen.',
          hint: 'Bitten Sie eine andere Administratorin oder einen anderen Administrator darum.',
          field: 'roles',
        },
      }),
      'PATCH /api/staff/lib': (body) => ok({ user: { ...LIBRARY, ...(body as object) } }),
    });
    const page = await open(server);
    await page.press('Bearbeiten: Petra Amt');
    expect(document.activeElement?.textContent).toBe('Konto von Petra Amt bearbeiten');
    page.tick('Administration (alle Bereiche)');
    page.tick('Redaktion');
    await page.submit('Name');
    expect(page.summary()).toEqual([
      [
        '#staff-edit-role-admin',
        'Ihrem eigenen Konto können Sie die Rolle „Administration“ nicht nehmen. Bitten Sie eine andere Administratorin oder einen anderen Administrator darum.',
      ],
    ]);
    await expectAccessible(page.container);
    await page.press('Abbrechen');
    expect(document.activeElement?.textContent).toBe('Konten');

    await page.press('Bearbeiten: Lena Buch');
    page.fill('Name', 'Lena Buch-Meier');
    page.tick('Redaktion');
    await page.submit('Name');
    expect(server.sent.at(-1)).toEqual({
      method: 'PATCH',
      path: '/api/staff/lib',
      body: { name: 'Lena Buch-Meier', roles: ['librarian', 'waste-clerk'] },
    });
    expect(page.status()).toContain('Die Änderungen an Lena Buch-Meier sind gespeichert.');
    // Back to the invitation form once saved.
    expect(page.container.textContent).toContain('Per E-Mail einladen');
  });

  it('deactivates after asking, reactivates, and sends an invitation again', async () => {
    const server = fakeServer({
      'POST /api/staff/lib/deactivate': () =>
        ok({ user: { ...LIBRARY, deactivatedAt: '2026-12-06T08:00:00Z' } }),
      'POST /api/staff/gone/reactivate': () => ok({ user: { ...GONE, deactivatedAt: null } }),
      'POST /api/staff/new/invitation': () => ({
        status: 202,
        body: { expiresAt: '2026-12-13T10:00:00Z' },
      }),
    });
    const page = await open(server);
    await page.press('Deaktivieren: Lena Buch');
    const dialog = page.container.ownerDocument.querySelector('dialog');
    expect(dialog?.textContent).toContain('Lena Buch deaktivieren?');
    expect(dialog?.textContent).toContain('laufende Sitzungen enden sofort');
    expect(server.sent).toEqual([]);
    server.setStaff([ME, { ...LIBRARY, deactivatedAt: '2026-12-06T08:00:00Z' }, INVITED, GONE]);
    await page.press('Ja, deaktivieren');
    expect(server.sent.map((s) => `${s.method} ${s.path}`)).toEqual([
      'POST /api/staff/lib/deactivate',
    ]);
    expect(page.status()).toContain('Das Konto von Lena Buch ist deaktiviert.');
    expect(page.rows()[1]?.[3]).toBe('Deaktiviert seit 06.12.2026, 09:00');
    expect(document.activeElement?.textContent).toBe('Konten');

    await page.press('Wieder aktivieren: Gerd Geht');
    expect(page.status()).toContain('Das Konto von Gerd Geht ist wieder aktiv.');
    await page.press('Einladung erneut senden: Nora Neu');
    expect(page.status()).toContain(
      'Eine neue Einladung an nora.neu@hagenow.example ist unterwegs; sie gilt bis 13.12.2026, 11:00.',
    );
    await expectAccessible(page.container);
  });

  it('says a refusal that names no field above the list', async () => {
    const server = fakeServer({
      'POST /api/staff/lib/deactivate': () => ({
        status: 409,
        body: {
          code: 'last_admin',
          message: 'Damit bliebe die Stadt ohne aktive Administratorin oder aktiven Administrator.',
        },
      }),
    });
    const page = await open(server);
    await page.press('Deaktivieren: Lena Buch');
    await page.press('Ja, deaktivieren');
    const alert = page.container.querySelector('.city-alert');
    expect(alert?.textContent).toContain('Das hat nicht geklappt.');
    expect(alert?.textContent).toContain('Damit bliebe die Stadt ohne aktive Administratorin');
  });
});
