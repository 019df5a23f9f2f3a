import { testDatabases } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../../test/setup.js';
import type { ApiError, Catalogue, CourseSummary, ResourceDetail, StaffResource } from '../api.js';

const API = '/api/experiment-space';

// What staff write for residents in German and English, and its limits: on each database.
describe.each(testDatabases())(
  'English names and descriptions of resources and courses on %s',
  (database) => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness({ database });
    });
    afterAll(async () => {
      await h?.close();
    });

    const staff: Harness['asStaff'] = (...request) => h.asStaff(...request);

    it('keeps a resource’s English name, description, uses and notes, and residents read them', async () => {
      const resource = {
        id: 'plotter',
        kind: 'equipment',
        name: { de: 'Schneideplotter', en: 'Cutting plotter' },
        description: { de: 'Schneidet Folie.', en: 'Cuts vinyl.' },
        uses: [{ de: 'Aufkleber', en: 'Stickers' }, { de: 'Schablonen' }],
        accessibility: { stepFree: true, notes: { de: 'Tisch unterfahrbar.' } },
      };
      const created = await h.json<StaffResource>(staff('POST', '/resources', resource), 201);
      expect(created).toMatchObject({ name: resource.name, description: resource.description });
      const page = await h.json<ResourceDetail>(h.server.request(`${API}/resources/plotter`), 200);
      expect(page).toMatchObject({
        name: resource.name,
        description: resource.description,
        uses: resource.uses,
        accessibility: resource.accessibility,
      });

      // A change keeps what it sends: the English description removed, the name kept.
      const changed = await h.json<StaffResource>(
        staff('PUT', '/resources/plotter', {
          ...resource,
          id: undefined,
          kind: undefined,
          description: { de: 'Schneidet Folie.' },
        }),
        200,
      );
      expect(changed.description).toEqual({ de: 'Schneidet Folie.' });
      const catalogue = await h.json<Catalogue>(h.server.request(API), 200);
      expect(catalogue.resources.find((r) => r.id === 'plotter')?.name).toEqual(resource.name);
    });

    it('keeps a course’s English title and description', async () => {
      const course = {
        id: 'plotten',
        title: { de: 'Plotten lernen', en: 'Learning to plot' },
        description: { de: 'Vom Entwurf zum Aufkleber.', en: 'From a drawing to a sticker.' },
        seats: 6,
      };
      await h.json<CourseSummary>(staff('POST', '/courses', course), 201);
      const shown = await h.json<CourseSummary>(h.server.request(`${API}/courses/plotten`), 200);
      expect(shown).toMatchObject({ title: course.title, description: course.description });
    });

    it('refuses texts beyond their limits, naming the field, in German and English', async () => {
      const long = (n: number) => 'x'.repeat(n);
      const resource = { id: 'laser', kind: 'equipment', name: { de: 'Laserschneider' } };
      const cases: [string, unknown, string][] = [
        ['/resources', { ...resource, name: { de: 'Laser', en: long(201) } }, 'name.en'],
        ['/resources', { ...resource, description: { en: long(5001) } }, 'description.en'],
        ['/resources', { ...resource, uses: [{ de: long(201) }] }, 'uses.0.de'],
        [
          '/resources',
          { ...resource, uses: Array.from({ length: 31 }, () => ({ de: 'a' })) },
          'uses',
        ],
        [
          '/resources',
          { ...resource, accessibility: { notes: { en: long(5001) } } },
          'accessibility.notes.en',
        ],
        ['/resources', { ...resource, name: { de: 'Laser', fr: 'Laser' } }, 'name'],
        [
          '/courses',
          { id: 'lasern', title: { de: 'Lasern', en: long(201) }, seats: 4 },
          'title.en',
        ],
        [
          '/courses',
          { id: 'lasern', title: { de: 'Lasern' }, description: { en: long(5001) }, seats: 4 },
          'description.en',
        ],
      ];
      for (const [path, body, field] of cases) {
        for (const language of ['de', 'en']) {
          const res = await staff('POST', path, body, language);
          const refused = (await res.json()) as ApiError & { field?: string };
          expect([res.status, refused.field], `${field} (${language})`).toEqual([400, field]);
          expect(refused.code).toBe('validation_failed');
        }
      }
      expect((await h.server.request(`${API}/resources/laser`)).status).toBe(404);
    });
  },
);
