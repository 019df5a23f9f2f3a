import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicReportDetail } from '../../api/public-report.js';
import type { Figures, ResponseTemplate, StaffReportDetail } from '../../api/staff-report.js';
import {
  MARKT,
  mailTo,
  ok,
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

const report = async (json: Record<string, unknown>) =>
  (await ok<{ publicId: string }>(t.resident('/', { json }), 201)).publicId;

describe('the town hall’s office work', () => {
  it('merges a duplicate: closed as already reported, its people follow the first report', async () => {
    const first = await report({ category: 'strasse', location: MARKT });
    const secondReporter = await t.device();
    const secondFollower = await t.device();
    const second = await report({
      category: 'strasse',
      location: MARKT,
      installationId: secondReporter,
      email: 'zweite@example.org',
    });
    expect(
      (await t.resident(`/${second}/followers/${secondFollower}`, { method: 'PUT' })).status,
    ).toBe(204);

    const merged = await ok<StaffReportDetail>(
      t.staff('POST', `/reports/${second}/merge`, { into: first, publicNote: 'Schon gemeldet.' }),
    );
    expect(merged).toMatchObject({
      status: 'closed',
      closingReason: 'duplicate',
      mergedInto: first,
      followers: 0,
    });
    const [told] = await pushes(t.server);
    expect(told?.ids.sort()).toEqual([secondReporter, secondFollower].sort());
    expect((await mailTo(t.server, 'zweite@example.org'))[0]?.subject).toBe(
      `Ihre Meldung ${second}: Geschlossen (Schon gemeldet)`,
    );

    // From now on both devices hear of the first report.
    expect((await ok<StaffReportDetail>(t.staff('GET', `/reports/${first}`))).followers).toBe(2);
    await ok(t.staff('POST', `/reports/${first}/status`, { status: 'in_progress' }));
    expect((await pushes(t.server)).at(-1)?.ids.sort()).toEqual(
      [secondReporter, secondFollower].sort(),
    );

    // A merged report is not changed any more, and nothing merges into it or itself.
    await refused(
      t.staff('POST', `/reports/${second}/status`, { status: 'confirmed' }),
      409,
      'reports_already_merged',
    );
    const third = await report({ category: 'strasse', location: MARKT });
    await refused(
      t.staff('POST', `/reports/${third}/merge`, { into: second }),
      409,
      'reports_merge_target_merged',
      'into',
    );
    await refused(
      t.staff('POST', `/reports/${third}/merge`, { into: third }),
      400,
      'reports_merge_into_itself',
      'into',
    );
    await refused(
      t.staff('POST', `/reports/${third}/merge`, { into: '2026-99999' }),
      404,
      'reports_not_found',
      'into',
    );

    // A report closed for another reason can still be merged: it is then closed as a duplicate.
    await ok(
      t.staff('POST', `/reports/${third}/status`, { status: 'closed', closingReason: 'not_found' }),
    );
    const thirdMerged = await ok<StaffReportDetail>(
      t.staff('POST', `/reports/${third}/merge`, { into: first }),
    );
    expect(thirdMerged).toMatchObject({ closingReason: 'duplicate', mergedInto: first });

    // Residents read on the duplicate's page where it went.
    await ok(t.staff('POST', `/reports/${second}/moderation`, { state: 'public' }));
    const page = await ok<PublicReportDetail>(t.resident(`/${second}`));
    expect(page).toMatchObject({ status: 'closed', closingReason: 'duplicate', mergedInto: first });
    expect(page.history.at(-1)?.note).toBe('Schon gemeldet.');
  });

  it('keeps response templates: add, change, list, remove', async () => {
    const added = await ok<ResponseTemplate>(
      t.staff('POST', '/templates', {
        title: 'Bauhof beauftragt',
        text: 'Der Bauhof ist beauftragt und kümmert sich in den nächsten Tagen darum.',
        status: 'in_progress',
      }),
      201,
    );
    const changed = await ok<ResponseTemplate>(
      t.staff('PUT', `/templates/${added.id}`, {
        title: 'Bauhof beauftragt',
        text: 'Der Bauhof kümmert sich diese Woche darum.',
      }),
    );
    expect(changed).toMatchObject({
      text: 'Der Bauhof kümmert sich diese Woche darum.',
      status: null,
    });
    const { items } = await ok<{ items: ResponseTemplate[] }>(t.staff('GET', '/templates'));
    expect(items.map((i) => i.id)).toEqual([added.id]);
    expect((await t.staff('DELETE', `/templates/${added.id}`)).status).toBe(204);
    await refused(t.staff('DELETE', `/templates/${added.id}`), 404, 'reports_template_not_found');
    await refused(
      t.staff('POST', '/templates', { title: 'x', text: 'Text' }),
      400,
      'validation_failed',
      'title',
    );
  });

  it('exports CSV without contact data, with formulas disarmed', async () => {
    const publicId = await report({
      category: 'muell',
      address: 'Markt 3',
      description: '=HYPERLINK("http://example.org")',
      email: 'kontakt@example.org',
    });
    const res = await t.staff('GET', '/export.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const csv = await res.text();
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'Nummer;Gemeldet am;Kategorie;Zuständig;Stand;Grund des Schließens;Prüfung;Breitengrad;Längengrad;Adresse;Beschreibung;Bearbeitet von;Erledigt am;Zusammengeführt mit',
    );
    const row = lines.find((l) => l.startsWith(publicId));
    expect(row).toContain(';Müll;Ordnungsamt;Neu;;Wartet auf Prüfung;;;Markt 3;');
    expect(row).toContain(`"'=HYPERLINK(""http://example.org"")"`);
    expect(csv).not.toContain('kontakt@example.org');
    const english = await (await t.staff('GET', '/export.csv', undefined, 'en')).text();
    expect(english).toContain('Number;Reported at;Category');
    await refused(t.staff('GET', '/export.csv?from=2026-13-01'), 400, 'validation_failed', 'from');
  });

  it('counts open reports and the median days to fixed', async () => {
    const before = await ok<Figures>(t.staff('GET', '/figures?department=bauhof'));
    const ids = [
      await report({ category: 'gruen', address: 'Stadtpark' }),
      await report({ category: 'gruen', address: 'Stadtpark' }),
      await report({ category: 'gruen', address: 'Stadtpark' }),
    ];
    // Reported 2, 4 and 9 days before they were fixed.
    for (const [i, days] of [2, 4, 9].entries()) {
      await t.server.db.query(
        `UPDATE reports SET created_at = now() - make_interval(days => $2) WHERE public_id = $1`,
        [ids[i], days],
      );
    }
    await ok(t.staff('POST', `/reports/${ids[0]}/status`, { status: 'fixed' }));
    await ok(t.staff('POST', `/reports/${ids[1]}/status`, { status: 'fixed' }));
    const open = await report({ category: 'gruen', address: 'Stadtpark' });
    await ok(t.staff('POST', `/reports/${open}/status`, { status: 'confirmed' }));
    await ok(t.staff('POST', `/reports/${ids[2]}/status`, { status: 'fixed' }));

    const after = await ok<Figures>(t.staff('GET', '/figures?department=bauhof'));
    expect(after.open).toBe(before.open + 1);
    expect(after.byStatus.confirmed).toBe(before.byStatus.confirmed + 1);
    expect(after.fixedLastYear).toBe(before.fixedLastYear + 3);
    expect(before.fixedLastYear).toBe(0);
    expect(after.medianDaysToFixed).toBe(4);
    expect(after.pendingModeration).toBe(before.pendingModeration + 4);
  });
});
