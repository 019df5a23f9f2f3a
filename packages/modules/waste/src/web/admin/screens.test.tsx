// @vitest-environment happy-dom
import axe from 'axe-core';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { townApi } from './fixtures.js';
import { ImportView } from './import.js';
import { LocationView } from './location.js';
import { LocationsView } from './locations.js';
import { MappingsView } from './mappings.js';
import { OverviewView } from './overview.js';
import { SourcesView } from './sources.js';
import type { Staff } from './staff.js';
import { mount, settle, staffFor } from './testing.js';
import { TourView } from './tour.js';

const screens: Array<[string, (staff: Staff) => ReactNode, string]> = [
  ['overview', (s) => <OverviewView staff={s} />, '/admin/abfall'],
  ['import', (s) => <ImportView staff={s} />, '/admin/abfall/import'],
  ['mapping table', (s) => <MappingsView staff={s} />, '/admin/abfall/zuordnung'],
  ['sources', (s) => <SourcesView staff={s} />, '/admin/abfall/quellen'],
  ['streets', (s) => <LocationsView staff={s} />, '/admin/abfall/strassen'],
  ['a street', (s) => <LocationView staff={s} id={4} />, '/admin/abfall/strassen'],
  ['a tour', (s) => <TourView staff={s} id={7} />, '/admin/abfall/strassen'],
];

let unmount = () => {};
afterEach(() => unmount());

describe.each(['de', 'en'] as const)('every staff screen in %s', (locale) => {
  it.each(screens)(
    '%s: one heading, the navigation with the current section, no axe violations',
    async (_name, screen, current) => {
      const { api } = townApi();
      const page = mount(screen(staffFor(api, locale)));
      unmount = page.unmount;
      await settle();
      expect(page.container.querySelectorAll('h1')).toHaveLength(1);
      const here = page.container.querySelector('nav a[aria-current="page"]');
      expect(here?.getAttribute('href')).toBe(current);
      // No key shows through: every text comes from the catalogue of this language.
      expect(page.text()).not.toMatch(/waste\.admin\./);
      const result = await axe.run(page.container, {
        // happy-dom lays nothing out, so contrast is checked in the browser journeys instead.
        rules: { 'color-contrast': { enabled: false } },
      });
      expect(
        result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`),
      ).toEqual([]);
    },
  );
});
