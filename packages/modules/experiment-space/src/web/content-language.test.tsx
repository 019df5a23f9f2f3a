// @vitest-environment happy-dom
import { createApiClient } from '@city-app/web';
import axe from 'axe-core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ResourceDetail } from '../api.js';
import { LocalText } from './parts/local-text.js';
import { ResourceFacts } from './parts/resource-facts.js';
import { spaceApi, spaceFor } from './space.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const api = createApiClient({ fetch: async () => new Response('{}'), csrfToken: () => undefined });
const spaces = {
  de: spaceFor('de', 'Europe/Berlin', () => {}, spaceApi(api)),
  en: spaceFor('en', 'Europe/Berlin', () => {}, spaceApi(api)),
};

/** Staff gave the printer an English name, description and first use, not the rest. */
const printer: ResourceDetail = {
  id: '3d-drucker',
  kind: 'equipment',
  category: 'fabrication',
  name: { de: '3D-Drucker', en: '3D printer' },
  description: { de: 'Druckt Teile aus PLA.', en: 'Prints parts in PLA.' },
  photo: null,
  prerequisites: [],
  approvalRequired: false,
  bookableBy: ['resident'],
  uses: [{ de: 'Ersatzteile', en: 'Spare parts' }, { de: 'Schilder' }],
  accessibility: { stepFree: true, notes: { de: 'Tisch unterfahrbar.' } },
  location: null,
  openingHours: [],
  rules: {
    granularityMinutes: 30,
    minDurationMinutes: 30,
    maxDurationMinutes: 240,
    bufferAfterMinutes: 0,
    minNoticeMinutes: 0,
    maxHorizonDays: 28,
    cancellationDeadlineMinutes: 60,
    waitlistOfferMinutes: 120,
    quotas: [],
  },
  groupRules: {},
};

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('main');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function show(locale: 'de' | 'en', resource: ResourceDetail = printer) {
  const space = spaces[locale];
  act(() =>
    root.render(
      <>
        <h1>
          <LocalText value={resource.name} space={space} />
        </h1>
        <ResourceFacts resource={resource} space={space} />
      </>,
    ),
  );
}

/** The texts marked German on the page, each with its text. */
const markedGerman = () =>
  [...container.querySelectorAll('[lang="de"]')].map((node) => node.textContent);

async function violations() {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(', ')}`);
}

describe('what staff wrote about a resource, on a resident’s page', () => {
  it('in German: the German texts, none of them marked', async () => {
    show('de');
    expect(container.querySelector('h1')?.textContent).toBe('3D-Drucker');
    expect(container.textContent).toContain('Druckt Teile aus PLA.');
    expect(container.textContent).toContain('Ersatzteile');
    expect(markedGerman()).toEqual([]);
    expect(await violations()).toEqual([]);
  });

  it('in English: the English texts, and the German ones without a translation marked lang="de"', async () => {
    show('en');
    expect(container.querySelector('h1')?.textContent).toBe('3D printer');
    expect(container.textContent).toContain('Prints parts in PLA.');
    expect(container.textContent).toContain('Spare parts');
    expect(markedGerman()).toEqual(['Schilder', 'Tisch unterfahrbar.']);
    expect(await violations()).toEqual([]);
  });

  it('in English with nothing translated: the German name and description, marked', async () => {
    show('en', {
      ...printer,
      name: { de: 'Lasercutter' },
      description: { de: 'Schneidet Holz und Acryl.' },
    });
    expect(markedGerman()).toEqual([
      'Lasercutter',
      'Schneidet Holz und Acryl.',
      'Schilder',
      'Tisch unterfahrbar.',
    ]);
    expect(await violations()).toEqual([]);
  });
});
