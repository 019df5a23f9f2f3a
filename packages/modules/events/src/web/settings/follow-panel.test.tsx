// @vitest-environment happy-dom
import { type DevicePushState, PushClientError } from '@city-app/notify/browser';
import { afterEach, describe, expect, it } from 'vitest';
import {
  axeViolations,
  click,
  fakeServer,
  moduleShowing,
  type Rendered,
  renderApp,
  text,
  waitFor,
} from '../../../test/resident-web.js';
import type { PushAccess } from '../device/push-access.js';
import { FollowPanel } from './follow-panel.js';

const DEVICE = '5b0c6f0e-2a1d-4c4e-9f60-3f1b8f5f4a12';

/** A device whose push helpers answer as the test says; counts how often it was enabled. */
function fakePush(options: { state?: DevicePushState; enable?: () => Promise<string> } = {}) {
  const push = {
    enabled: 0,
    support: () => 'supported' as const,
    state: async () =>
      options.state ?? { installationId: null, subscribed: false, preferences: null },
    enable: async () => {
      push.enabled++;
      return (options.enable ?? (async () => DEVICE))();
    },
  };
  return push satisfies PushAccess;
}

let app: Rendered | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});
const body = () => text(app?.container);
const box = (id: string) => app?.container.querySelector(`#${id}`) as HTMLInputElement | null;
const button = (label: string) =>
  [...(app?.container.querySelectorAll('button') ?? [])].find((b) => b.textContent === label);

describe('following categories', () => {
  it('saves the ticked categories and the days ahead, switching push on first', async () => {
    const server = fakeServer();
    server.answer(`PUT /api/events/follows/${DEVICE}`, {
      categories: ['sport', 'natur'],
      daysBefore: 3,
    });
    const push = fakePush();
    app = renderApp(
      '/veranstaltungen/test',
      server,
      'de',
      moduleShowing(() => <FollowPanel push={push} />),
    );
    await waitFor(() => expect(box('events-follow-sport')).toBeTruthy());
    expect(await axeViolations(app.container)).toEqual([]);
    // Nothing chosen: said at the first box, nothing sent.
    click(button('Kategorien speichern'));
    await waitFor(() => expect(body()).toContain('Wählen Sie mindestens eine Kategorie.'));
    expect(push.enabled).toBe(0);
    click(box('events-follow-sport'));
    click(box('events-follow-natur'));
    const days = box('events-follow-days') as unknown as HTMLSelectElement;
    days.value = '3';
    days.dispatchEvent(new Event('change', { bubbles: true }));
    click(button('Kategorien speichern'));
    await waitFor(() => expect(body()).toContain('Gespeichert. Sie hören einmal am Tag'));
    expect(push.enabled).toBe(1);
    expect(server.calls.filter((c) => c.method === 'PUT')).toEqual([
      {
        method: 'PUT',
        path: `/api/events/follows/${DEVICE}`,
        body: { categories: ['sport', 'natur'], daysBefore: 3 },
      },
    ]);
    expect(button('Nicht mehr folgen')).toBeTruthy();
  });

  it('shows what the device follows, in English, and stops following', async () => {
    const server = fakeServer();
    server.answer(`/api/events/follows/${DEVICE}`, { categories: ['kultur'], daysBefore: 14 });
    server.answer(`DELETE /api/events/follows/${DEVICE}`, null, 204);
    const push = fakePush({
      state: { installationId: DEVICE, subscribed: true, preferences: null },
    });
    app = renderApp(
      '/veranstaltungen/test',
      server,
      'en',
      moduleShowing(() => <FollowPanel push={push} />),
    );
    await waitFor(() => expect(box('events-follow-kultur')?.checked).toBe(true));
    expect((box('events-follow-days') as unknown as HTMLSelectElement).value).toBe('14');
    expect(await axeViolations(app.container)).toEqual([]);
    click(button('Stop following'));
    await waitFor(() => expect(body()).toContain('You follow no categories any more.'));
    expect(box('events-follow-kultur')?.checked).toBe(false);
  });

  it('explains in its own words when notifications are blocked, and saves nothing', async () => {
    const server = fakeServer();
    const push = fakePush({
      enable: () => Promise.reject(new PushClientError('denied', 'NotAllowedError')),
    });
    app = renderApp(
      '/veranstaltungen/test',
      server,
      'de',
      moduleShowing(() => <FollowPanel push={push} />),
    );
    await waitFor(() => expect(box('events-follow-sport')).toBeTruthy());
    click(box('events-follow-sport'));
    click(button('Kategorien speichern'));
    await waitFor(() =>
      expect(body()).toContain('Benachrichtigungen sind für diese Seite blockiert'),
    );
    expect(body()).not.toContain('NotAllowedError');
    expect(server.calls.some((c) => c.method === 'PUT')).toBe(false);
  });
});
