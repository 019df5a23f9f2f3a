// Open311 as its clients drive it: forms posted with an API key, answers in JSON or XML.
import { XMLParser } from 'fast-xml-parser';
import { expect } from 'vitest';
import { freshIp, ok, type ReportsClient } from './reports-testing.js';

export const V2 = '/open311/v2';

/** A GET under `/open311`, in `lang`. */
export const open311Get = (t: ReportsClient, path: string, lang = 'de') =>
  t.server.request(`/open311${path}`, { headers: { 'Accept-Language': lang } });

/** A form POST of a client to `/open311/v2/requests.<format>`. */
export const postRequest = (
  t: ReportsClient,
  fields: Record<string, string>,
  options: { format?: 'json' | 'xml'; lang?: string; ip?: string } = {},
) =>
  t.server.request(`${V2}/requests.${options.format ?? 'json'}`, {
    method: 'POST',
    body: new URLSearchParams(fields),
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'Accept-Language': options.lang ?? 'de',
      'X-Forwarded-For': options.ip ?? freshIp(),
    },
  });

/** A key staff created for a client; the key itself. */
export async function apiKey(t: ReportsClient, name = 'Landkreis Straßenmeisterei') {
  const created = await ok<{ key: string; id: string }>(
    t.staff('POST', '/open311-keys', { name }),
    201,
  );
  return created;
}

/** The standard's error list, after checking the status; its single error. */
export async function open311Refused(response: Promise<Response>, status: number) {
  const res = await response;
  const body = (await res.json()) as { code: number; description: string }[];
  expect({ status: res.status, body }, JSON.stringify(body)).toMatchObject({
    status,
    body: [{ code: status }],
  });
  expect(body).toHaveLength(1);
  return body[0] as { code: number; description: string };
}

/** XML as a client's parser reads it: every value text, repeated elements always lists. */
export const parseXml = (xml: string, lists: string[] = []) =>
  new XMLParser({
    parseTagValue: false,
    ignoreDeclaration: true,
    ignoreAttributes: true,
    isArray: (name) => lists.includes(name),
  }).parse(xml) as Record<string, unknown>;
