import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicReportDetail } from '../../api/public-report.js';
import type { StaffReportDetail, StaffReportPage } from '../../api/staff-report.js';
import {
  MARKT,
  mailTo,
  ok,
  photoBase64,
  pushes,
  type ReportsClient,
  refused,
  startReports,
} from './reports-testing.js';

let t: ReportsClient;
beforeAll(async () => {
  t = await startReports();
});
afterAll(() => t?.close());

const report = async (json: Record<string, unknown>, lang = 'de') =>
  (await ok<{ publicId: string }>(t.resident('/', { json, lang }), 201)).publicId;
const status = (publicId: string, json: Record<string, unknown>) =>
  t.staff('POST', `/reports/${publicId}/status`, json);

describe('staff work on a report', () => {
  it('a status change pushes to the reporter and followers, and mails the reporter in their language', async () => {
    const reporter = await t.device();
    const follower = await t.device();
    const publicId = await report(
      {
        category: 'strasse',
        location: MARKT,
        description: 'Tiefes Schlagloch.',
        installationId: reporter,
        email: 'reporter@example.org',
      },
      'en',
    );
    await ok(t.staff('POST', `/reports/${publicId}/moderation`, { state: 'public' }));
    expect((await t.resident(`/${publicId}/followers/${follower}`, { method: 'PUT' })).status).toBe(
      204,
    );

    const changed = await ok<StaffReportDetail>(
      status(publicId, {
        status: 'in_progress',
        publicNote: 'Der Bauhof kommt am Montag.',
        internalNote: 'Kolonne 2, Asphalt bestellen.',
      }),
    );
    expect(changed.status).toBe('in_progress');
    expect(changed.history.at(-1)).toMatchObject({
      status: 'in_progress',
      publicNote: 'Der Bauhof kommt am Montag.',
      internalNote: 'Kolonne 2, Asphalt bestellen.',
    });

    const [push] = await pushes(t.server);
    expect(push?.ids.sort()).toEqual([reporter, follower].sort());
    expect(push?.title).toEqual({
      de: `Meldung ${publicId}: In Bearbeitung`,
      en: `Report ${publicId}: In progress`,
    });
    expect(push?.body.de).toBe('Straßenschaden: Der Bauhof kommt am Montag.');
    expect(push?.url).toBe(`/maengelmelder/${publicId}`);
    // The reporter wrote in English, so the mail is English.
    const [mail] = await mailTo(t.server, 'reporter@example.org');
    expect(mail?.subject).toBe(`Your report ${publicId}: In progress`);
    expect(mail?.body).toContain('Der Bauhof kommt am Montag.');
    expect(mail?.body).toContain(`https://app.hagenow.example/maengelmelder/${publicId}`);

    // Residents see the public note, never the internal one.
    const page = await ok<PublicReportDetail>(t.resident(`/${publicId}`));
    expect(JSON.stringify(page)).not.toContain('Kolonne 2');
    expect(JSON.stringify(page)).not.toContain('reporter@example.org');
    expect(JSON.stringify(page)).not.toContain(reporter);
    expect(page.history.map((h) => [h.status, h.note])).toEqual([
      ['new', null],
      ['in_progress', 'Der Bauhof kommt am Montag.'],
    ]);

    // An internal note alone tells nobody, and residents do not see it as a change.
    await ok(status(publicId, { status: 'in_progress', internalNote: 'Asphalt ist da.' }));
    expect(await pushes(t.server)).toHaveLength(1);
    expect((await ok<PublicReportDetail>(t.resident(`/${publicId}`))).history).toHaveLength(2);

    // Fixed: counted for the median, told again.
    await ok(status(publicId, { status: 'fixed', publicNote: 'Repariert.' }));
    expect(await pushes(t.server)).toHaveLength(2);
    expect(await mailTo(t.server, 'reporter@example.org')).toHaveLength(2);
  });

  it('refuses a change that is none, a way back to new, and closing without a reason', async () => {
    const publicId = await report({ category: 'muell', address: 'Markt 1' });
    await refused(status(publicId, { status: 'new' }), 400, 'reports_status_unchanged', 'status');
    await ok(status(publicId, { status: 'confirmed' }));
    await refused(status(publicId, { status: 'new' }), 400, 'reports_status_back_to_new', 'status');
    await refused(
      status(publicId, { status: 'closed' }),
      400,
      'reports_closing_reason_missing',
      'closingReason',
    );
    const closed = await ok<StaffReportDetail>(
      status(publicId, { status: 'closed', closingReason: 'not_responsible' }),
    );
    expect(closed.closingReason).toBe('not_responsible');
    await refused(status('2026-99999', { status: 'fixed' }), 404, 'reports_not_found');
    // Without an address or device nobody is told, and nothing fails.
    expect(closed.reporterEmail).toBeNull();
  });

  it('moderation decides the words and the photo residents see', async () => {
    const publicId = await report({
      category: 'spielplatz',
      location: MARKT,
      description: 'Schaukel kaputt, Familie Müller aus Nr. 3 weiß Bescheid.',
      photo: await photoBase64(),
    });
    const published = await ok<StaffReportDetail>(
      t.staff('POST', `/reports/${publicId}/moderation`, {
        state: 'public',
        description: 'Schaukel kaputt.',
        photo: 'internal',
      }),
    );
    expect(published).toMatchObject({
      moderation: 'public',
      description: 'Schaukel kaputt.',
      originalDescription: 'Schaukel kaputt, Familie Müller aus Nr. 3 weiß Bescheid.',
      hasPhoto: true,
      photoPublic: false,
    });
    let page = await ok<PublicReportDetail>(t.resident(`/${publicId}`));
    expect(page.description).toBe('Schaukel kaputt.');
    expect(page.photo).toBeNull();
    await refused(t.resident(`/${publicId}/photo`), 404, 'reports_not_found');

    await ok(
      t.staff('POST', `/reports/${publicId}/moderation`, { state: 'public', photo: 'public' }),
    );
    page = await ok<PublicReportDetail>(t.resident(`/${publicId}`));
    expect(page.description).toBe('Schaukel kaputt.');
    expect(page.photo).toBe(`/api/reports/${publicId}/photo`);
    const photo = await t.resident(`/${publicId}/photo`);
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/jpeg');

    // Hidden: gone for residents, page and photo alike.
    await ok(t.staff('POST', `/reports/${publicId}/moderation`, { state: 'hidden' }));
    await refused(t.resident(`/${publicId}`), 404, 'reports_not_found');
    await refused(t.resident(`/${publicId}/photo`), 404, 'reports_not_found');
  });

  it('the inbox filters by department, assignee and review; reports move between departments', async () => {
    const publicId = await report({ category: 'verkehrszeichen', address: 'Bahnhofstraße 4' });
    const inbox = (query: string) =>
      ok<StaffReportPage>(t.staff('GET', `/reports?${query}`)).then((p) =>
        p.items.map((r) => r.publicId),
      );
    expect(await inbox('department=ordnungsamt&open=true')).toContain(publicId);
    expect(await inbox('department=bauhof')).not.toContain(publicId);
    expect(await inbox('moderation=pending')).toContain(publicId);

    const taken = await ok<StaffReportDetail>(
      t.staff('POST', `/reports/${publicId}/assignment`, { department: 'bauhof', assignee: 'me' }),
    );
    expect(taken.department).toBe('bauhof');
    expect(taken.assignee?.name).toBeTruthy();
    expect(await inbox('department=bauhof&assigned=me')).toContain(publicId);
    expect(await inbox('assigned=nobody')).not.toContain(publicId);
    await ok(t.staff('POST', `/reports/${publicId}/assignment`, { assignee: null }));
    expect(await inbox('assigned=nobody')).toContain(publicId);
    await refused(
      t.staff('POST', `/reports/${publicId}/assignment`, { department: 'finanzamt' }),
      400,
      'reports_department_unknown',
      'department',
    );
  });

  it('gives a report to a named colleague with the role, and refuses anyone else naming the field', async () => {
    const publicId = await report({ category: 'muell', address: 'Am Bahnhof 1' });
    const jana = (await t.server.loginAs(['reports'], { name: 'Jana Peters' })).user;
    const editor = (await t.server.loginAs(['editor'], { name: 'Eda Redaktion' })).user;
    const gone = (await t.server.loginAs(['reports'], { name: 'Gerd Gegangen' })).user;
    await t.server.db.query('UPDATE city_app_users SET deactivated_at = now() WHERE id = $1', [
      gone.id,
    ]);

    const listed = await ok<{ items: { id: string; name: string }[] }>(
      t.staff('GET', '/colleagues'),
    );
    const names = listed.items.map((c) => c.name);
    expect(names).toContain('Jana Peters');
    expect(names).not.toContain('Eda Redaktion');
    expect(names).not.toContain('Gerd Gegangen');
    // Names only: no e-mail address travels to the browser.
    expect(Object.keys(listed.items[0] ?? {}).sort()).toEqual(['id', 'name']);

    const given = await ok<StaffReportDetail>(
      t.staff('POST', `/reports/${publicId}/assignment`, { assignee: jana.id }),
    );
    expect(given.assignee).toEqual({ id: jana.id, name: 'Jana Peters' });
    const inbox = await ok<StaffReportPage>(t.staff('GET', `/reports?assigned=${jana.id}`));
    expect(inbox.items.map((r) => r.publicId)).toEqual([publicId]);

    for (const who of [editor.id, gone.id, '00000000-0000-4000-8000-000000000000']) {
      await refused(
        t.staff('POST', `/reports/${publicId}/assignment`, { assignee: who }),
        400,
        'reports_assignee_unknown',
        'assignee',
      );
    }
    await refused(
      t.staff('POST', `/reports/${publicId}/assignment`, { assignee: 'jana' }),
      400,
      'validation_failed',
      'assignee',
    );
    // Refused changes leave the report with Jana.
    const still = await ok<StaffReportDetail>(t.staff('GET', `/reports/${publicId}`));
    expect(still.assignee?.name).toBe('Jana Peters');
  });

  it('is for the reports role only', async () => {
    const publicId = await report({ category: 'muell', address: 'Markt 2' });
    const editor = await t.server.loginAs(['editor']);
    const res = await t.server.request(`/api/reports/admin/reports/${publicId}`, {
      headers: editor.headers,
    });
    expect(res.status).toBe(403);
    expect((await t.server.request('/api/reports/admin/reports')).status).toBe(401);
  });
});
