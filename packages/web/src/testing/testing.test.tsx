// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { answer, fakeApi } from './fake-api.js';
import { fill, text } from './fields.js';
import { mount } from './mount.js';
import { render } from './page.js';
import { staffScreenProblems } from './well-formed.js';

afterEach(() => {
  document.body.innerHTML = '';
});

function Screen({ heading, busy = false }: { heading: string; busy?: boolean }) {
  return (
    <main>
      <nav aria-label="Bereiche">
        <a href="/admin/a" aria-current="page">
          A
        </a>
      </nav>
      <h1>{heading}</h1>
      {busy ? <div className="city-spinner" /> : null}
      <button type="button" aria-label="Speichern: Entwurf">
        Speichern
      </button>
    </main>
  );
}

describe("the shell's component-test helpers", () => {
  it('find nothing wrong with a finished staff screen', async () => {
    const { container } = mount(<Screen heading="Übersicht" />);
    expect(
      await staffScreenProblems(container, { current: '/admin/a', keys: /x\.staff\./ }),
    ).toEqual([]);
  });

  it('name each way a staff screen falls short', async () => {
    const { container } = mount(
      <>
        <Screen heading="x.staff.title" busy />
        <h1>Zweite</h1>
        <button type="button" aria-label="Löschen">
          Entfernen
        </button>
        <input type="text" />
      </>,
    );
    expect(
      await staffScreenProblems(container, { current: '/admin/b', keys: /x\.staff\./ }),
    ).toEqual(
      expect.arrayContaining([
        '2 headings h1, not one',
        'navigation marks /admin/a, not /admin/b',
        'still loading',
        'shows the message key x.staff.',
        'button reads "entfernen" but is named "Löschen"',
        expect.stringMatching(/^label: /),
      ]),
    );
  });

  it('answer from routes, refuse the rest with a 404, and keep what was asked', async () => {
    const { api, asked } = fakeApi({
      'GET /api/x': () => ({ n: 1 }),
      'POST /api/x': () => answer(409, { code: 'taken', message: 'Schon vergeben.' }),
    });
    expect(await api.get('/api/x?q=1')).toEqual({ n: 1 });
    await expect(api.post('/api/x', { a: 1 })).rejects.toMatchObject({ status: 409 });
    await expect(api.get('/api/y')).rejects.toMatchObject({ status: 404 });
    expect(asked.map((a) => `${a.method} ${a.path}`)).toEqual([
      'GET /api/x?q=1',
      'POST /api/x',
      'GET /api/y',
    ]);
    expect(asked[1]?.body).toEqual({ a: 1 });
  });

  it('type into fields by their label as React hears it', async () => {
    let typed = '';
    const page = render(
      <form>
        <label htmlFor="name">Name (Pflichtfeld)</label>
        <input id="name" onInput={(e) => (typed = e.currentTarget.value)} />
        <textarea aria-label="Text" />
      </form>,
    );
    page.fill('Name', 'Hagenow');
    expect(typed).toBe('Hagenow');
    fill(page.container.querySelector('textarea'), 'Zeile');
    expect(page.container.querySelector('textarea')?.value).toBe('Zeile');
    expect(() => page.control('Fehlt')).toThrow('no control labelled "Fehlt"');
    expect(text(page.container.querySelector('label'))).toBe('Name (Pflichtfeld)');
  });
});
