import { createTestServer, type TestServer } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingDetail, MeetingPage } from '../../api/meeting.js';
import type { PaperDetail } from '../../api/paper.js';
import { type OParlServer, startOParlServer } from '../../testing/index.js';
import council from '../index.js';
import { defaultHttpOptions } from '../oparl/http.js';
import { keyOf } from '../oparl/record.js';
import { syncSystem } from '../sync/sync-system.js';

describe('residents’ council API', () => {
  let app: TestServer;
  let oparl: OParlServer;
  const get = async <T>(path: string, language = 'de') => {
    const res = await app.request(`/api/council${path}`, {
      headers: { 'accept-language': language },
    });
    return { status: res.status, body: (await res.json()) as T };
  };
  beforeAll(async () => {
    app = await createTestServer({ modules: [council] });
    // 25 meetings, the first two days ahead; then one moved into the past.
    oparl = await startOParlServer({
      size: { meetings: 25, papers: 30, persons: 3, organizations: 6 },
    });
    oparl.change('meeting', 24, {
      start: '2020-01-01T17:00:00+01:00',
      end: '2020-01-01T19:00:00+01:00',
    });
    await syncSystem(app.db, oparl.system, {
      http: { ...defaultHttpOptions(), allowPrivateAddresses: false },
    });
  });
  afterAll(async () => {
    await oparl?.close();
    await app?.close();
  });

  it('lists the coming meetings earliest first, 20 a page', async () => {
    const first = await get<MeetingPage>('/meetings');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ total: 24, page: 1, pageSize: 20 });
    expect(first.body.items).toHaveLength(20);
    expect(first.body.items[0]).toMatchObject({
      name: '1. Sitzung Stadtvertretung',
      committees: ['Stadtvertretung'],
      place: 'Rathaus, Sitzungssaal 1, Markt 1',
      cancelled: false,
    });
    const starts = first.body.items.map((m) => m.start);
    expect([...starts].sort()).toEqual(starts);
    const second = await get<MeetingPage>('/meetings?page=2');
    const names = second.body.items.map((m) => m.name);
    expect(names).toContain('24. Sitzung Ortsbeirat Neudorf');
    // The 25th was moved into the past.
    expect(names).not.toContain('25. Sitzung Stadtvertretung');
    expect(second.body.items).toHaveLength(4);
    // The module's root (GET /api/council) answers the same first page.
    const root = await get<MeetingPage>('');
    expect(root.status).toBe(200);
    expect(root.body).toEqual(first.body);
  });

  it('finds meetings by words of their agenda and of the papers on it', async () => {
    // Agenda item topics rotate; "Löschfahrzeug" is item 5 of the topics list.
    const found = await get<MeetingPage>(`/meetings?q=${encodeURIComponent('löschfahrzeug')}`);
    expect(found.body.total).toBeGreaterThan(0);
    expect(found.body.total).toBeLessThan(24);
    for (const m of found.body.items) {
      const detail = await get<MeetingDetail>(`/meetings/${m.key}`);
      const words = JSON.stringify(detail.body).toLowerCase();
      expect(words).toContain('löschfahrzeug');
    }
    // A paper reference is a word too.
    const byPaper = await get<MeetingPage>('/meetings?q=0003/2024');
    expect(byPaper.body.items.map((m) => m.name)).toEqual(['3. Sitzung Finanzausschuss']);
    const none = await get<MeetingPage>('/meetings?q=Stadtvertretung%20Radweg%20Zoo');
    expect(none.body).toMatchObject({ total: 0, items: [] });
  });

  it('shows a meeting’s public agenda with its papers and documents, and a paper', async () => {
    const key = keyOf(`${oparl.data.base}/meeting/2`);
    const { status, body } = await get<MeetingDetail>(`/meetings/${key}`);
    expect(status).toBe(200);
    // The third item is not public.
    expect(body.agenda.map((a) => a.number)).toEqual(['1', '2']);
    expect(body.agenda[0]?.papers.map((p) => p.reference)).toEqual(['0003/2024', '0028/2024']);
    expect(body.documents).toEqual([
      {
        name: 'Einladung',
        url: `${oparl.data.base}/file/invitation-2.pdf`,
        mimeType: 'application/pdf',
        size: 82930,
      },
    ]);
    const paperKey = body.agenda[0]?.papers[0]?.key as string;
    const paper = await get<PaperDetail>(`/papers/${paperKey}`);
    expect(paper.body).toMatchObject({
      reference: '0003/2024',
      paperType: 'Beschlussvorlage',
      date: '2024-03-01',
      consultations: [
        { meeting: { key, name: '3. Sitzung Finanzausschuss' }, role: 'Beschlussfassung' },
      ],
    });
    expect(paper.body.documents[0]?.url).toBe(`${oparl.data.base}/file/paper-2.pdf`);
  });

  it('hides what the source deleted', async () => {
    const meetingKey = keyOf(`${oparl.data.base}/meeting/4`);
    const paperKey = keyOf(`${oparl.data.base}/paper/4`);
    expect((await app.request(`/api/council/meetings/${meetingKey}`)).status).toBe(200);
    oparl.remove('meeting', 4);
    oparl.remove('paper', 4);
    await syncSystem(app.db, oparl.system, {
      http: { ...defaultHttpOptions(), allowPrivateAddresses: false },
    });
    expect((await app.request(`/api/council/meetings/${meetingKey}`)).status).toBe(404);
    expect((await app.request(`/api/council/papers/${paperKey}`)).status).toBe(404);
    const list = await get<MeetingPage>('/meetings');
    expect(list.body.total).toBe(23);
  });

  it('answers 404 for an unknown meeting and 400 naming the field for a bad query', async () => {
    const missing = await app.request('/api/council/meetings/AAAAAAAAAAAAAAAA');
    expect(missing.status).toBe(404);
    const page = await get<{ field: string; message: string }>('/meetings?page=0');
    expect(page.status).toBe(400);
    expect(page.body.field).toBe('page');
    const long = await get<{ field: string }>(`/meetings?q=${'x'.repeat(101)}`, 'en');
    expect(long.status).toBe(400);
    expect(long.body.field).toBe('q');
    expect((await app.request('/api/council/meetings/not-a-key')).status).toBe(400);
  });
});
