// @vitest-environment happy-dom
import { createTranslator } from '@city-app/core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/api-client.js';
import { shellMessages } from '../i18n/messages.js';
import { Loaded } from './loaded.js';
import type { Resource } from './use-resource.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const staff = { t: createTranslator('de', shellMessages) };
let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  document.body.innerHTML = '';
});

function show(resource: Resource<string[]>, notFound?: string) {
  const reload = vi.fn();
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() =>
    root?.render(
      <Loaded resource={{ ...resource, reload }} staff={staff} notFound={notFound}>
        {(names) => (
          <ul>
            {names.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
      </Loaded>,
    ),
  );
  return { host, reload };
}

const refusal = (status: number) =>
  new ApiError({ status, code: 'x', message: 'Die Veranstaltung gibt es nicht.' });

describe('Loaded', () => {
  it('says it is loading, then shows the content', () => {
    expect(show({ state: 'loading' }).host.querySelector('[role="status"]')?.textContent).toBe(
      'Wird geladen …',
    );
    act(() => root?.unmount());
    expect(show({ state: 'ready', data: ['Markt', 'Konzert'] }).host.textContent).toBe(
      'MarktKonzert',
    );
  });

  it('shows a failure in words with the server’s message, and tries again on request', () => {
    const { host, reload } = show({ state: 'failed', error: refusal(500) });
    expect(host.textContent).toContain('Das konnte nicht geladen werden.');
    expect(host.textContent).toContain('Die Veranstaltung gibt es nicht.');
    const retry = host.querySelector('button');
    expect(retry?.textContent).toBe('Erneut versuchen');
    act(() => retry?.click());
    expect(reload).toHaveBeenCalledOnce();
  });

  it('says "not found" plainly for a 404 or a path that cannot name anything (400)', () => {
    for (const status of [404, 400]) {
      const { host } = show({ state: 'failed', error: refusal(status) }, 'Nicht gefunden.');
      expect(host.textContent).toBe('Nicht gefunden.');
      expect(host.querySelector('button')).toBeNull();
      act(() => root?.unmount());
    }
    // Without a notFound sentence, a 404 is a failure like any other.
    expect(show({ state: 'failed', error: refusal(404) }).host.textContent).toContain(
      'Erneut versuchen',
    );
  });
});
