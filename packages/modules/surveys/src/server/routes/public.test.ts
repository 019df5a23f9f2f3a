import { expectChanged, expectRevalidated } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, openSurvey, type SurveysHarness, startSurveys } from './surveys-testing.js';

let h: SurveysHarness;
beforeAll(async () => {
  h = await startSurveys();
});
afterAll(() => h?.server.close());

// A phone that opened the list before asks again with its ETag: unchanged, a 304 without a
// body; a survey opened since, the new list.
describe('the published surveys, asked for again', () => {
  it('answers 304 while the list is unchanged and the new list once a survey opens', async () => {
    const first = await h.resident('GET', '');
    expect(first.status).toBe(200);
    const tag = first.headers.get('ETag');
    expect(tag).toMatch(/^"[0-9a-f]{40}"$/);
    expect(first.headers.get('Cache-Control')).toBe('no-cache');

    const again = await h.server.request('/api/surveys', {
      headers: { 'If-None-Match': tag ?? '' },
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    const survey = await openSurvey(h);
    const changed = await h.server.request('/api/surveys', {
      headers: { 'If-None-Match': tag ?? '' },
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('ETag')).not.toBe(tag);
    const list = await ok<{ items: { id: string }[] }>(Promise.resolve(changed));
    expect(list.items.map((s) => s.id)).toContain(survey.id);
  });
});

describe('a published survey, asked for again', () => {
  it('answers 304 while it is unchanged and in full once staff close it', async () => {
    const survey = await openSurvey(h);
    const path = `/api/surveys/surveys/${survey.id}`;
    const tag = await expectRevalidated(h.server, path);

    await ok(h.staff('POST', `/surveys/${survey.id}/close`));
    await expectChanged(h.server, path, tag);
  });
});
