// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEVICE, devicePush } from '../../../test/device-push.js';
import {
  axeViolations,
  fakeServer,
  fill,
  renderApp,
  text,
  waitFor,
} from '../../../test/resident-web.js';

const WORDS = `/api/council/installations/${DEVICE}/words`;

let server: ReturnType<typeof fakeServer>;
let app: ReturnType<typeof renderApp> | undefined;
beforeEach(() => {
  server = fakeServer();
  server.answer('/api/council/committees', { items: [] });
  server.answer(WORDS, { items: [], limit: 20 });
});
afterEach(() => {
  app?.unmount();
  app = undefined;
});

const field = (label: string) =>
  waitFor(() => {
    const id = [...document.querySelectorAll('label')].find((l) =>
      text(l).startsWith(label),
    )?.htmlFor;
    const input = id ? (document.getElementById(id) as HTMLInputElement | null) : null;
    if (!input) throw new Error(`no field ${label}`);
    return input;
  });
const button = (name: RegExp) =>
  waitFor(() => {
    const found = [...document.querySelectorAll('button')].find((b) =>
      name.test(b.getAttribute('aria-label') ?? text(b)),
    );
    if (!found || found.disabled) throw new Error(`no enabled button ${name}`);
    return found;
  });
const submit = async (input: HTMLInputElement) => {
  await act(async () => input.form?.requestSubmit());
};

describe('following words on this device', () => {
  it('follows a typed word after push is switched on, lists it, and stops', async () => {
    server.answer(`PUT ${WORDS}/Neue%20Mitte`, { items: [{ word: 'Neue Mitte' }], limit: 20 });
    server.answer(`DELETE ${WORDS}/Neue%20Mitte`, { items: [], limit: 20 });
    app = renderApp('/rat/gremien', server, 'de', devicePush({ installationId: null }));
    await waitFor(() =>
      expect(text(app?.container)).toContain('Sie folgen auf diesem Gerät noch keinem Stichwort.'),
    );
    // Nothing was asked of a device not signed up.
    expect(server.calls.some((c) => c.includes('/words'))).toBe(false);
    const input = await field('Stichwort');
    expect(input.maxLength).toBe(40);
    expect(input.getAttribute('aria-describedby')).toBeTruthy();
    fill(input, 'Neue Mitte');
    await button(/^Stichwort folgen$/);
    await submit(input);
    await waitFor(() =>
      expect(text(app?.container)).toContain('Sie folgen jetzt dem Stichwort „Neue Mitte“.'),
    );
    expect(server.calls).toContain(`PUT ${WORDS}/Neue%20Mitte`);
    expect(input.value).toBe('');
    const stop = await button(/^Nicht mehr folgen: Neue Mitte$/);
    expect(await axeViolations(app.container)).toEqual([]);
    await act(async () => stop.click());
    await waitFor(() =>
      expect(text(app?.container)).toContain('Sie folgen dem Stichwort „Neue Mitte“ nicht mehr.'),
    );
    expect(server.calls).toContain(`DELETE ${WORDS}/Neue%20Mitte`);
    expect(text(app.container)).toContain('Sie folgen auf diesem Gerät noch keinem Stichwort.');
  });

  it('shows the device’s words and the server’s refusal at the field, in English', async () => {
    server.answer(WORDS, { items: [{ word: 'Radweg' }, { word: 'Schul' }], limit: 20 });
    server.answer(`PUT ${WORDS}/ab`, {
      status: 400,
      code: 'council_word_invalid',
      field: 'word',
      message: 'A word has 3 to 40 characters: letters, digits, spaces, hyphens, dots or slashes.',
    });
    app = renderApp('/rat/gremien', server, 'en', devicePush({ installationId: DEVICE }));
    await button(/^Stop following: Radweg$/);
    await button(/^Stop following: Schul$/);
    expect(app.container.querySelector('h1')?.textContent).toBe('Committees and words');
    const input = await field('Word');
    fill(input, 'ab');
    await submit(input);
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    const described = (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => text(document.getElementById(id)))
      .join(' ');
    expect(described).toContain('A word has 3 to 40 characters');
    expect(input.value).toBe('ab');
    expect(await axeViolations(app.container)).toEqual([]);
  });

  it('says in the page’s language why push could not be switched on', async () => {
    app = renderApp(
      '/rat/gremien',
      server,
      'de',
      devicePush({ installationId: null, refuse: true }),
    );
    const input = await field('Stichwort');
    fill(input, 'Radweg');
    await submit(input);
    const alert = await waitFor(() => {
      const found = app?.container.querySelector(
        '.council-words [role="alert"], .council-words .city-alert',
      );
      if (!found) throw new Error('no alert');
      return found;
    });
    expect(text(alert)).toBe(
      'Benachrichtigungen sind für diese Seite blockiert. Erlauben Sie sie in den Einstellungen des Browsers.',
    );
    expect(server.calls.some((c) => c.startsWith('PUT'))).toBe(false);
  });

  it.each(['de', 'en'] as const)('has no axe violations (%s)', async (locale) => {
    server.answer(WORDS, { items: [{ word: 'Bahnhofstraße' }], limit: 20 });
    app = renderApp('/rat/gremien', server, locale, devicePush({ installationId: DEVICE }));
    await button(locale === 'de' ? /^Nicht mehr folgen: Bahnhof/ : /^Stop following: Bahnhof/);
    expect(await axeViolations(app.container)).toEqual([]);
  });
});
