import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKey, open311Get, parseXml, postRequest } from '../routes/open311-testing.js';
import { ok, type ReportsClient, startReports } from '../routes/reports-testing.js';

// Real answers of other Open311 servers (see samples/README.md): ours must carry the same
// fields, so clients written against those read ours.
const sample = (name: string) =>
  parseXml(readFileSync(new URL(`./samples/${name}`, import.meta.url), 'utf8'), [
    'service',
    'request',
    'attribute',
  ]);

const fieldsOf = (item: unknown) => Object.keys(item as object).sort();
const itemsOf = (doc: Record<string, unknown>, root: string, item: string) =>
  (doc[root] as Record<string, Record<string, unknown>[]>)[item] as Record<string, unknown>[];

let t: ReportsClient;
let requestId: string;
beforeAll(async () => {
  t = await startReports();
  const { key } = await apiKey(t);
  const [created] = await ok<{ service_request_id: string }[]>(
    postRequest(t, {
      api_key: key,
      service_code: 'strasse',
      lat: '53.4312',
      long: '11.1875',
      address_string: 'Markt 1 & 2 <Rathaus>',
      description: 'Schlagloch',
    }),
    201,
  );
  requestId = created?.service_request_id as string;
  await ok(t.staff('POST', `/reports/${requestId}/moderation`, { state: 'public' }));
  await ok(
    t.staff('POST', `/reports/${requestId}/status`, {
      status: 'closed',
      closingReason: 'duplicate',
      publicNote: 'Schon gemeldet.',
    }),
  );
});
afterAll(() => t?.close());

const xml = async (path: string) =>
  parseXml(await (await open311Get(t, path)).text(), ['service', 'request', 'attribute']);
const json = async (path: string) => ok<unknown>(open311Get(t, path));

describe('our answers have the fields of real Open311 servers', () => {
  it('services: the same fields as SF311’s list, in XML and JSON', async () => {
    const theirs = itemsOf(sample('services.xml'), 'services', 'service');
    expect(theirs).toHaveLength(36);
    const expected = fieldsOf(theirs[0]);
    for (const service of theirs) expect(fieldsOf(service)).toEqual(expected);

    const ours = itemsOf(await xml('/v2/services.xml'), 'services', 'service');
    for (const service of ours) expect(fieldsOf(service)).toEqual(expected);
    const asJson = (await json('/v2/services.json')) as Record<string, unknown>[];
    for (const service of asJson) {
      expect(fieldsOf(service)).toEqual(expected);
      expect(service).toMatchObject({
        service_code: expect.any(String),
        service_name: expect.any(String),
        description: expect.any(String),
        metadata: false,
        type: 'realtime',
        group: expect.any(String),
      });
      // XML says `false`, JSON the boolean.
    }
    expect(theirs[0]?.metadata).toBe('false');
    expect(ours[0]?.metadata).toBe('false');
  });

  it('service requests: the same fields as the sample, numbers for lat/long in JSON', async () => {
    const theirs = itemsOf(sample('service_requests.xml'), 'service_requests', 'request');
    expect(theirs).toHaveLength(2);
    const expected = fieldsOf(theirs[0]);
    expect(fieldsOf(theirs[1])).toEqual(expected);

    const ours = itemsOf(
      await xml(`/v2/requests.xml?service_request_id=${requestId}`),
      'service_requests',
      'request',
    );
    expect(ours).toHaveLength(1);
    expect(fieldsOf(ours[0])).toEqual(expected);
    expect(ours[0]).toMatchObject({
      service_request_id: requestId,
      status: 'closed',
      status_notes: 'Schon gemeldet.',
      address: 'Markt 1 & 2 <Rathaus>',
      lat: '53.4312',
      long: '11.1875',
    });
    // Their dates and ours are W3C date-times.
    for (const item of [theirs[0], ours[0]]) {
      expect(Number.isNaN(Date.parse(String(item?.requested_datetime)))).toBe(false);
    }
    const [asJson] = (await json(`/v2/requests.json?service_request_id=${requestId}`)) as Record<
      string,
      unknown
    >[];
    expect(fieldsOf(asJson)).toEqual(expected);
    expect(asJson).toMatchObject({ lat: 53.4312, long: 11.1875, status: 'closed' });
    for (const [field, value] of Object.entries(asJson ?? {})) {
      expect(['string', 'number', 'object'], field).toContain(typeof value);
      if (typeof value === 'number') expect(['lat', 'long']).toContain(field);
    }
  });

  it('service definition: the same shape, with no attributes', async () => {
    const theirs = sample('service_definition.xml').service_definition as Record<string, unknown>;
    expect(Object.keys(theirs).sort()).toEqual(['attribute', 'service_code']);
    const ours = (await xml('/v2/services/strasse.xml')).service_definition as Record<
      string,
      unknown
    >;
    expect(ours.service_code).toBe('strasse');
    // No attribute is an empty list: only keys the sample has.
    for (const key of Object.keys(ours)) expect(Object.keys(theirs)).toContain(key);
    expect(await json('/v2/services/strasse.json')).toEqual({
      service_code: 'strasse',
      attributes: [],
    });
  });
});
