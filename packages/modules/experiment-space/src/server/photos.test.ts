import { cameraJpeg, testDatabases } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../../test/setup.js';
import type { ApiError, Catalogue, CourseSummary, ResourceDetail, StaffResource } from '../api.js';

const API = '/api/experiment-space';
const UNKNOWN = `/images/${'0'.repeat(32)}-1600.webp`;
const STARTER = '/modules/experiment-space/3d-drucker.svg';

// The photos' addresses are checked against the kernel's image store: on each test database.
describe.each(testDatabases())('photos of resources and courses on %s', (database) => {
  let h: Harness;
  let uploaded: { url: string; id: string; widths: number[] };

  beforeAll(async () => {
    h = await startHarness({ database });
    const res = await h.server.request('/api/images', {
      method: 'POST',
      headers: { ...h.staff, Origin: 'http://localhost', 'Content-Type': 'image/jpeg' },
      body: new Uint8Array(await cameraJpeg(1200, 800)),
    });
    expect(res.status).toBe(201);
    uploaded = await res.json();
  });
  afterAll(async () => {
    await h?.close();
  });

  const staff: Harness['asStaff'] = (...request) => h.asStaff(...request);

  it('shows residents the photo staff uploaded for a resource, in the catalogue and on its page', async () => {
    expect(uploaded.widths).toEqual([480, 960, 1200]);
    const photo = { src: uploaded.url, alt: { de: 'Ein Laserschneider', en: 'A laser cutter' } };
    const created = await h.json<StaffResource>(
      staff('POST', '/resources', {
        id: 'laser',
        kind: 'equipment',
        name: { de: 'Laserschneider' },
        photo,
      }),
      201,
    );
    expect(created.photo).toEqual(photo);
    const catalogue = await h.json<Catalogue>(h.server.request(API), 200);
    expect(catalogue.resources.find((r) => r.id === 'laser')?.photo).toEqual(photo);
    const page = await h.json<ResourceDetail>(h.server.request(`${API}/resources/laser`), 200);
    expect(page.photo).toEqual(photo);
    const file = await h.server.request(uploaded.url);
    expect([file.status, file.headers.get('content-type')]).toEqual([200, 'image/webp']);

    // A starter's picture (a file of the app) keeps working, and the photo can be removed.
    const starter = { src: STARTER, alt: { de: 'Ein 3D-Drucker' } };
    const changed = await h.json<StaffResource>(
      staff('PUT', '/resources/laser', { name: { de: 'Laserschneider' }, photo: starter }),
      200,
    );
    expect(changed.photo).toEqual(starter);
    const removed = await h.json<StaffResource>(
      staff('PUT', '/resources/laser', { name: { de: 'Laserschneider' }, photo: null }),
      200,
    );
    expect(removed.photo).toBeNull();
  });

  it('refuses an address of the image store that names no stored image, in German and English', async () => {
    const refused = await h.json<ApiError>(
      staff('POST', '/resources', {
        id: 'plotter',
        kind: 'equipment',
        name: { de: 'Schneideplotter' },
        photo: { src: UNKNOWN, alt: { de: 'Ein Plotter' } },
      }),
      400,
    );
    expect(refused).toMatchObject({
      code: 'validation_failed',
      field: 'photo.src',
      message: 'Das Foto gibt es auf diesem Server nicht (mehr).',
    });
    expect((await h.server.request(`${API}/resources/plotter`)).status).toBe(404);

    // The image exists, but not in this width (it was kept up to 1200 px).
    const wider = uploaded.url.replace('-1200.webp', '-1600.webp');
    const english = await h.json<ApiError>(
      staff(
        'PUT',
        '/resources/drucker',
        { name: { de: '3D-Drucker' }, photo: { src: wider, alt: { de: 'Ein Drucker' } } },
        'en',
      ),
      400,
    );
    expect(english).toMatchObject({
      field: 'photo.src',
      message: 'This photo does not exist (any more) on this server.',
    });
    const kept = await h.json<ResourceDetail>(h.server.request(`${API}/resources/drucker`), 200);
    expect(kept.photo?.src).toBe('/experimentierraum/drucker.jpg');
  });

  it('refuses a photo without alt text, with a long one, or from another server, naming the field', async () => {
    const cases: [unknown, string][] = [
      [{ src: uploaded.url }, 'photo.alt'],
      [{ src: uploaded.url, alt: { de: ' ' } }, 'photo.alt.de'],
      [{ src: uploaded.url, alt: { de: 'x'.repeat(301) } }, 'photo.alt.de'],
      [{ src: 'https://example.org/plotter.jpg', alt: { de: 'Ein Plotter' } }, 'photo.src'],
      [{ src: `/${'a'.repeat(2001)}`, alt: { de: 'Ein Plotter' } }, 'photo.src'],
    ];
    for (const [photo, field] of cases) {
      const refused = await h.json<ApiError>(
        staff('POST', '/courses', { id: 'plotten', title: { de: 'Plotten' }, seats: 4, photo }),
        400,
      );
      expect(refused.field, JSON.stringify(photo)).toBe(field);
    }
    expect((await h.server.request(`${API}/courses/plotten`)).status).toBe(404);
  });

  it('keeps a course’s photo, shows it to residents, and refuses an unknown one on a change', async () => {
    const photo = { src: uploaded.url, alt: { de: 'Kinder am Lötkolben' } };
    const created = await h.json<CourseSummary>(
      staff('POST', '/courses', { id: 'loeten', title: { de: 'Löten lernen' }, seats: 6, photo }),
      201,
    );
    expect(created.photo).toEqual(photo);
    const shown = await h.json<CourseSummary>(h.server.request(`${API}/courses/loeten`), 200);
    expect(shown.photo).toEqual(photo);
    const listed = await h.json<CourseSummary[]>(h.server.request(`${API}/courses`), 200);
    expect(listed.find((c) => c.id === 'loeten')?.photo).toEqual(photo);
    const catalogue = await h.json<Catalogue>(h.server.request(API), 200);
    expect(catalogue.courses.find((c) => c.id === 'loeten')?.photo).toEqual(photo);

    const refused = await h.json<ApiError>(
      staff('PUT', '/courses/loeten', {
        title: { de: 'Löten lernen' },
        seats: 6,
        photo: { src: UNKNOWN, alt: { de: 'Ein Lötkolben' } },
      }),
      400,
    );
    expect(refused.field).toBe('photo.src');
    expect(
      (await h.json<CourseSummary>(h.server.request(`${API}/courses/loeten`), 200)).photo,
    ).toEqual(photo);

    const changed = await h.json<CourseSummary>(
      staff('PUT', '/courses/loeten', { title: { de: 'Löten lernen' }, seats: 6, photo: null }),
      200,
    );
    expect(changed.photo).toBeNull();
  });
});
