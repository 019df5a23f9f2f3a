import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../../test/setup.js';

const API = '/api/experiment-space';

/** The experiment space's refusals come from core's catalogue, in the reader's language. */
describe('the experiment space’s refusals', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h?.close());

  const refusal = async (body: unknown, language: 'de' | 'en', path = `${API}/bookings`) => {
    const res = await h.server.request(path, {
      json: body,
      headers: { 'accept-language': language },
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const booking = {
    name: 'Ida Lüdemann',
    email: 'ida@example.org',
    start: '2026-12-04T10:00',
    durationMinutes: 60,
  };

  it('say what is wrong and what to do, in German and in English, naming the field', async () => {
    const school = { ...booking, resourceId: 'kamera', group: 'school' };
    expect(await refusal(school, 'de')).toEqual({
      status: 400,
      body: {
        code: 'validation_failed',
        title: 'Ungültige Eingabe',
        message:
          'Eine Gruppenbuchung braucht den Namen der Schule, des Vereins, des Unternehmens oder des Bildungsträgers.',
        hint: 'Geben Sie den Namen der Organisation an, oder buchen Sie als Privatperson.',
        field: 'organisation',
      },
    });
    expect((await refusal(school, 'en')).body).toMatchObject({
      code: 'validation_failed',
      message: 'A group booking needs the name of the school, association, business or provider.',
      field: 'organisation',
    });

    const room = { ...booking, resourceId: 'seminarraum' };
    expect(await refusal(room, 'de')).toMatchObject({
      status: 403,
      body: {
        code: 'not_bookable_by_group',
        message: 'Das können nur diese Gruppen buchen: school, association, education_provider.',
        field: 'group',
      },
    });

    const nowhere = { ...booking, resourceId: 'nirgends' };
    expect((await refusal(nowhere, 'en')).body).toMatchObject({
      code: 'validation_failed',
      message: 'There is no resource "nirgends".',
      field: 'resourceId',
    });
  });

  it('answer a wrong private link with a German hint', async () => {
    const res = await h.server.request(`${API}/bookings/${'x'.repeat(32)}`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      code: 'not_found',
      title: 'Nicht gefunden',
      message: 'Zu diesem Link gibt es keine Buchung.',
      hint: 'Prüfen Sie den Link in Ihrer E-Mail; eine gelöschte Buchung hat keinen Link mehr.',
    });
  });
});
