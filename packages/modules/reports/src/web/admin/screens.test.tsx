// @vitest-environment happy-dom
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import reportsWeb from '../index.js';
import { ApiKeysView } from './api-keys.js';
import { LIGHT, NOW, POTHOLE, townApi } from './fixtures.js';
import { InboxView } from './inbox.js';
import { ReportView } from './report.js';
import { adminScreens } from './screens.js';
import type { Staff } from './staff.js';
import { TemplatesView } from './templates.js';
import { expectWellFormed, render, settle, staffFor } from './testing.js';

let unmount = () => {};
afterEach(() => unmount());

const screens: Array<[string, (staff: Staff) => ReactNode, string | null]> = [
  ['the inbox', (s) => <InboxView staff={s} now={NOW} />, '/admin/maengelmelder'],
  ['an open report', (s) => <ReportView staff={s} id={POTHOLE} />, null],
  ['a merged report', (s) => <ReportView staff={s} id={LIGHT} />, null],
  ['the templates', (s) => <TemplatesView staff={s} />, '/admin/maengelmelder/vorlagen'],
  ['the Open311 keys', (s) => <ApiKeysView staff={s} />, '/admin/maengelmelder/schnittstelle'],
];

describe.each(['de', 'en'] as const)('the staff screens in %s', (locale) => {
  it.each(screens)(
    '%s: one heading, its place in the navigation, no axe violations',
    async (_name, screen, here) => {
      const { api } = townApi();
      const page = render(screen(staffFor(api, locale)));
      unmount = page.unmount;
      await settle();
      await expectWellFormed(page.container, here);
    },
  );
});

describe('the staff part of the web module', () => {
  it('is for the reports role and loads each screen on demand', async () => {
    expect(reportsWeb.admin?.role).toBe('reports');
    expect(reportsWeb.admin?.routes.map((r) => r.path).sort()).toEqual(
      ['', ':id', 'vorlagen', 'schnittstelle'].sort(),
    );
    const loaded = await Promise.all(Object.values(adminScreens).map((load) => load()));
    for (const screen of loaded) expect(typeof screen.default).toBe('function');
  });
});
