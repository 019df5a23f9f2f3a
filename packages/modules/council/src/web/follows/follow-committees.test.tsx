// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEVICE, devicePush } from '../../../test/device-push.js';
import { MEETING, meetingSummary } from '../../../test/meeting-summary.js';
import { axeViolations, fakeServer, renderApp, text, waitFor } from '../../../test/resident-web.js';
import type { MeetingDetail } from '../../api/meeting.js';

const BAU = 'O1bAuAu55chu55aa';
const meeting: MeetingDetail = {
  ...meetingSummary,
  agenda: [],
  documents: [],
  organizations: [{ key: BAU, name: 'Bauausschuss' }],
  web: null,
};

let server: ReturnType<typeof fakeServer>;
let app: ReturnType<typeof renderApp> | undefined;
beforeEach(() => {
  server = fakeServer();
  server.answer(`/api/council/meetings/${MEETING}`, meeting);
  server.answer(`/api/council/installations/${DEVICE}/committees`, { items: [] });
});
afterEach(() => {
  app?.unmount();
  app = undefined;
});

const followButton = (name: RegExp) =>
  waitFor(() => {
    const button = [...document.querySelectorAll('button')].find((b) =>
      name.test(b.getAttribute('aria-label') ?? ''),
    );
    if (!button || button.disabled) throw new Error(`no enabled button ${name}`);
    return button;
  });

describe('following a meeting’s committee on this device', () => {
  it('follows after push is switched on, then stops, saying so each time', async () => {
    app = renderApp(`/rat/${MEETING}`, server, 'de', devicePush({ installationId: null }));
    const follow = await followButton(/^Diesem Gremium folgen: Bauausschuss$/);
    expect(text(follow)).toBe('Diesem Gremium folgen');
    await act(async () => follow.click());
    await waitFor(() =>
      expect(text(app?.container)).toContain('Sie folgen jetzt dem Gremium „Bauausschuss“.'),
    );
    expect(server.calls).toContain(`PUT /api/council/committees/${BAU}/followers/${DEVICE}`);
    expect(text(app.container)).toContain(
      'Sie folgen dem Gremium „Bauausschuss“ auf diesem Gerät.',
    );

    const stop = await followButton(/^Nicht mehr folgen: Bauausschuss$/);
    await act(async () => stop.click());
    await waitFor(() =>
      expect(text(app?.container)).toContain('Sie folgen dem Gremium „Bauausschuss“ nicht mehr.'),
    );
    expect(server.calls).toContain(`DELETE /api/council/committees/${BAU}/followers/${DEVICE}`);
    await followButton(/^Diesem Gremium folgen: Bauausschuss$/);
  });

  it('shows what the device follows already, in English', async () => {
    server.answer(`/api/council/installations/${DEVICE}/committees`, {
      items: [{ key: BAU, name: 'Bauausschuss' }],
    });
    app = renderApp(`/rat/${MEETING}`, server, 'en', devicePush({ installationId: DEVICE }));
    await followButton(/^Stop following: Bauausschuss$/);
    expect(text(app.container)).toContain(
      'You follow the committee “Bauausschuss” on this device.',
    );
  });

  it('explains in the page’s language why it could not follow', async () => {
    app = renderApp(
      `/rat/${MEETING}`,
      server,
      'de',
      devicePush({ installationId: null, refuse: true }),
    );
    const follow = await followButton(/^Diesem Gremium folgen/);
    await act(async () => follow.click());
    const alert = await waitFor(() => {
      const found = app?.container.querySelector('[role="alert"], .alert, [class*="alert"]');
      if (!found) throw new Error('no alert');
      return found;
    });
    expect(text(alert)).toBe(
      'Benachrichtigungen sind für diese Seite blockiert. Erlauben Sie sie in den Einstellungen des Browsers.',
    );
    expect(server.calls.some((c) => c.startsWith('PUT'))).toBe(false);
    app.unmount();

    // The server's refusal, in its own words (which the server gives in the page's language).
    server.answer(`PUT /api/council/committees/${BAU}/followers/${DEVICE}`, {
      code: 'council_too_many_follows',
      message: 'This device already follows 50 committees; no more are possible.',
      field: 'installationId',
    });
    app = renderApp(`/rat/${MEETING}`, server, 'en', devicePush({ installationId: DEVICE }));
    const again = await followButton(/^Follow this committee/);
    await act(async () => again.click());
    await waitFor(() =>
      expect(text(app?.container)).toContain('This device already follows 50 committees'),
    );
  });

  it('lists the committees to follow on their own page', async () => {
    server.answer('/api/council/committees', {
      items: [
        { key: BAU, name: 'Bauausschuss' },
        { key: 'O2hAuPtAu55chu55', name: 'Hauptausschuss' },
      ],
    });
    app = renderApp('/rat/gremien', server, 'de', devicePush({ installationId: null }));
    const haupt = await followButton(/^Diesem Gremium folgen: Hauptausschuss$/);
    expect(app.container.querySelector('h1')?.textContent).toBe('Gremien und Stichwörter');
    await act(async () => haupt.click());
    await followButton(/^Nicht mehr folgen: Hauptausschuss$/);
    await followButton(/^Diesem Gremium folgen: Bauausschuss$/);
    expect(server.calls).toContain(
      `PUT /api/council/committees/O2hAuPtAu55chu55/followers/${DEVICE}`,
    );
    expect(await axeViolations(app.container)).toEqual([]);
  });

  it.each(['de', 'en'] as const)('has no axe violations, following or not (%s)', async (locale) => {
    app = renderApp(`/rat/${MEETING}`, server, locale, devicePush({ installationId: null }));
    const follow = await followButton(locale === 'de' ? /^Diesem Gremium/ : /^Follow this/);
    expect(await axeViolations(app.container)).toEqual([]);
    await act(async () => follow.click());
    await followButton(locale === 'de' ? /^Nicht mehr folgen/ : /^Stop following/);
    expect(await axeViolations(app.container)).toEqual([]);
  });
});
